"""The evidence rules and the EXIF readers, without files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from inspector_app.photos.annotate import Shape, ShapeKind, shapes_from_json, shapes_to_json
from inspector_app.photos.evidence import (
    TOLERANCE,
    OtherUse,
    WarningKind,
    evidence_warnings,
    inspection_window,
)
from inspector_app.photos.exif import parse_exif_datetime

START = datetime(2025, 3, 3, 7, 30, tzinfo=UTC)


def kinds(captured, ended=None, **kw):
    return [w.kind for w in evidence_warnings(captured, START, ended, **kw)]


def test_window_is_start_to_end_or_one_day() -> None:
    end = START + timedelta(hours=2)
    assert inspection_window(START, end) == (START, end)
    assert inspection_window(START, None) == (START, START + timedelta(days=1))


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (timedelta(hours=1), []),
        (-TOLERANCE, []),
        (-TOLERANCE - timedelta(seconds=1), [WarningKind.BEFORE_INSPECTION]),
        (timedelta(hours=2) + TOLERANCE, []),
        (timedelta(hours=2) + TOLERANCE + timedelta(seconds=1), [WarningKind.AFTER_INSPECTION]),
    ],
)
def test_capture_time_with_tolerance(offset, expected) -> None:
    assert kinds(START + offset, ended=START + timedelta(hours=2)) == expected


def test_missing_time_other_uses_and_altered_files() -> None:
    other = OtherUse("x", "Trung tâm", START - timedelta(days=30))
    found = evidence_warnings(None, START, None, others=(other,), file_ok=False)
    assert [w.kind for w in found] == [
        WarningKind.NO_CAPTURE_TIME,
        WarningKind.USED_ELSEWHERE,
        WarningKind.FILE_ALTERED,
    ]
    assert "Trung tâm 01/02/2025" in found[1].text


def test_exif_dates() -> None:
    local = datetime(2025, 3, 3, 7, 45, 10).astimezone()
    assert parse_exif_datetime("2025:03:03 07:45:10") == local
    assert parse_exif_datetime("2025:03:03 07:45:10", "+07:00") == datetime(
        2025, 3, 3, 7, 45, 10, tzinfo=timezone(timedelta(hours=7))
    )
    assert parse_exif_datetime(b"2025:03:03 07:45:10\x00") is not None
    for junk in ("0000:00:00 00:00:00", "", None, 12, "yesterday", "2025:13:40 99:00:00"):
        assert parse_exif_datetime(junk) is None


def test_shapes_round_trip_and_are_clamped() -> None:
    shapes = [Shape(ShapeKind.ARROW, -0.5, 0.2, 0.4, 1.7), Shape("text", 0.1, 0.1, text="Quầy 5")]  # type: ignore[arg-type]
    assert shapes[0].x1 == 0.0 and shapes[0].y2 == 1.0
    assert shapes_from_json(shapes_to_json(shapes)) == shapes
    with pytest.raises(ValueError):
        Shape(ShapeKind.TEXT, 0.1, 0.1, text="  ")
    with pytest.raises(ValueError):
        Shape("star", 0, 0)  # type: ignore[arg-type]
