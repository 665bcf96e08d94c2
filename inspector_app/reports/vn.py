"""How dates, times and counts are written in an administrative document (Decree 30/2020/NĐ-CP).

* Day numbers below 10 and the months January and February take a leading zero:
  ``ngày 05 tháng 02 năm 2026`` but ``ngày 15 tháng 3 năm 2026``.
* Times read ``07 giờ 35 phút``; short dates (deadlines) ``09/11/2026``.
* Counts below ten take a leading zero (``02 bản``), as in the drafted findings.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from inspector_app.domain.text import clean_text

__all__ = [
    "clock",
    "count",
    "long_date",
    "place_and_date",
    "place_from",
    "short_date",
]


def long_date(value: date) -> str:
    """``ngày 02 tháng 11 năm 2026``, ``ngày 15 tháng 02 năm 2026``, ``ngày 05 tháng 3 năm 2026``:
    a leading zero for days below 10 and for January and February (Decree 30)."""
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


def place_and_date(place: str, value: date) -> str:
    """The line under the national motto: ``Hải Phòng, ngày 02 tháng 11 năm 2026``."""
    place = clean_text(place)
    return f"{place}, {long_date(value)}" if place else long_date(value).capitalize()


def clock(value: time | datetime) -> str:
    """``07 giờ 35 phút``."""
    return f"{value.hour:02d} giờ {value.minute:02d} phút"


def short_date(value: date) -> str:
    """``09/11/2026``."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def count(n: int) -> str:
    """``02`` for 1-9, ``0`` and ``12`` as they are."""
    return f"{n:02d}" if 1 <= n < 10 else str(n)


_PLACE = re.compile(r"\b(?:thành phố|tỉnh|TP\.?)\s+([^,;()\-–]+)", re.IGNORECASE)


def place_from(*texts: str) -> str:
    """The place name (địa danh) found in an agency's name or an address: the first words after
    ``thành phố`` / ``tỉnh`` / ``TP.`` (``Sở Nội vụ thành phố Hải Phòng`` → ``Hải Phòng``).
    Empty when none of ``texts`` names one."""
    for text in texts:
        match = _PLACE.search(clean_text(text))
        if match:
            return match.group(1).strip()
    return ""
