"""What a photo's EXIF says about when, with what and where it was taken.

A camera writes its local clock time without a time zone unless it also writes
``OffsetTimeOriginal``; such a naive time is taken as the laptop's local time (the team and the
camera are in the same place). Values that cannot be read are left out, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from PIL import ExifTags, Image

TAG_ORIENTATION = 0x0112
TAG_MAKE = 0x010F
TAG_MODEL = 0x0110
TAG_DATETIME = 0x0132
TAG_DATETIME_ORIGINAL = 0x9003
TAG_DATETIME_DIGITIZED = 0x9004
TAG_OFFSET_TIME_ORIGINAL = 0x9011
GPS_LATITUDE_REF = 1
GPS_LATITUDE = 2
GPS_LONGITUDE_REF = 3
GPS_LONGITUDE = 4

_DATE = re.compile(r"^\s*(\d{4})[:\-/](\d{2})[:\-/](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"^\s*([+-])(\d{2}):?(\d{2})\s*$")


@dataclass(frozen=True)
class PhotoMeta:
    """What EXIF tells; every field may be missing."""

    captured_at: datetime | None = None  # aware
    camera_make: str = ""
    camera_model: str = ""
    gps_lat: float | None = None
    gps_lon: float | None = None
    orientation: int = 1


def _clean(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return ""
    return " ".join(value.replace("\x00", " ").split())[:128]


def parse_exif_datetime(value: Any, offset: Any = None) -> datetime | None:
    """``"2025:03:03 07:45:10"`` (+ ``"+07:00"``) as an aware datetime; ``None`` if unreadable."""
    text = _clean(value)
    match = _DATE.match(text)
    if not match:
        return None
    try:
        y, mo, d, h, mi, sec = (int(g) for g in match.groups())
        naive = datetime(y, mo, d, h, mi, sec)
    except ValueError:  # "0000:00:00 00:00:00" and other placeholders
        return None
    off = _OFFSET.match(_clean(offset)) if offset is not None else None
    if off:
        sign = -1 if off.group(1) == "-" else 1
        delta = timedelta(hours=int(off.group(2)), minutes=int(off.group(3)))
        if delta <= timedelta(hours=14):
            return naive.replace(tzinfo=timezone(sign * delta))
    return naive.astimezone()  # the laptop's local time


def _degrees(value: Any, ref: Any) -> float | None:
    try:
        d, m, s = (float(v) for v in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if any(x != x or x < 0 for x in (d, m, s)):  # NaN (a 0/0 rational) or negative
        return None
    result = d + m / 60 + s / 3600
    if _clean(ref).upper() in ("S", "W"):
        result = -result
    return round(result, 7)


def read_meta(image: Image.Image) -> PhotoMeta:
    """Capture time, camera, GPS position and orientation of an opened image."""
    try:
        exif = image.getexif()
    except Exception:  # noqa: BLE001 - a broken EXIF block must not lose the photo
        return PhotoMeta()
    if not exif:
        return PhotoMeta()
    try:
        sub = exif.get_ifd(ExifTags.IFD.Exif)
    except Exception:  # noqa: BLE001
        sub = {}
    try:
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    except Exception:  # noqa: BLE001
        gps = {}
    captured = (
        parse_exif_datetime(sub.get(TAG_DATETIME_ORIGINAL), sub.get(TAG_OFFSET_TIME_ORIGINAL))
        or parse_exif_datetime(sub.get(TAG_DATETIME_DIGITIZED))
        or parse_exif_datetime(exif.get(TAG_DATETIME))
    )
    lat = _degrees(gps.get(GPS_LATITUDE), gps.get(GPS_LATITUDE_REF))
    lon = _degrees(gps.get(GPS_LONGITUDE), gps.get(GPS_LONGITUDE_REF))
    if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180 or (lat == 0 and lon == 0):
        lat = lon = None
    orientation = exif.get(TAG_ORIENTATION, 1)
    return PhotoMeta(
        captured_at=captured,
        camera_make=_clean(exif.get(TAG_MAKE)),
        camera_model=_clean(exif.get(TAG_MODEL)),
        gps_lat=lat,
        gps_lon=lon,
        orientation=orientation if isinstance(orientation, int) and 1 <= orientation <= 8 else 1,
    )
