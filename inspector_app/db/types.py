"""Column types that enforce the data rules at the storage boundary."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo
from functools import cache
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from inspector_app.domain.text import nfc


class NFCText(TypeDecorator[str]):
    """Text stored NFC-normalized, whatever form the caller handed in."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else nfc(value)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as sortable ISO 8601 text in UTC, handed back in local time.

    A naive datetime is taken to be local time (the laptop's clock).
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.astimezone()
        return value.astimezone(UTC).isoformat(timespec="seconds")

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(_local_zone())


class ISODate(TypeDecorator[date]):
    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> date | None:
        return None if value is None else date.fromisoformat(value)


class ClockTime(TypeDecorator[time]):
    """A time of day as ``HH:MM``."""

    impl = String(5)
    cache_ok = True

    def process_bind_param(self, value: time | None, dialect: Dialect) -> str | None:
        return None if value is None else value.strftime("%H:%M")

    def process_result_value(self, value: Any, dialect: Dialect) -> time | None:
        return None if value is None else time.fromisoformat(value)


@cache
def _local_zone() -> tzinfo | None:
    """The laptop's UTC offset, read once: ``astimezone()`` asks the OS on every call, which
    costs more than the rest of loading a list. Vietnam has no daylight saving time."""
    return datetime.now().astimezone().tzinfo


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
