"""The evidence checks shown on each photo. They warn; they never block.

* **Capture time.** A photo should have been taken during the inspection: from its start to its
  end, or to one day after the start while it has not ended. :data:`TOLERANCE` (15 minutes)
  is allowed on both sides for camera clocks that run a little fast or slow, and for the team
  photographing the entrance just before they announce themselves. A photo without a capture
  time (a screenshot, a picture pasted from the clipboard, a file whose EXIF was stripped by a
  messaging app) is flagged as such.
* **Used elsewhere.** The same original (same SHA-256 of the file's bytes) is attached to
  another inspection: the picture may be an old one re-used.
* **File altered or missing.** The stored working copy no longer hashes to its recorded value
  (found by :meth:`~inspector_app.photos.service.PhotoService.verify`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

TOLERANCE = timedelta(minutes=15)
OPEN_WINDOW = timedelta(days=1)


class WarningKind(StrEnum):
    NO_CAPTURE_TIME = "no_capture_time"
    BEFORE_INSPECTION = "before_inspection"
    AFTER_INSPECTION = "after_inspection"
    USED_ELSEWHERE = "used_elsewhere"
    FILE_ALTERED = "file_altered"


@dataclass(frozen=True)
class OtherUse:
    """Another inspection that has the same photo."""

    inspection_id: str
    unit_name: str
    started_at: datetime


@dataclass(frozen=True)
class EvidenceWarning:
    kind: WarningKind
    captured_at: datetime | None = None
    window: tuple[datetime, datetime] | None = None
    others: tuple[OtherUse, ...] = ()

    @property
    def text(self) -> str:
        """A plain English sentence (the CLI's wording; the GUI translates by :attr:`kind`)."""
        fmt = "%d/%m/%Y %H:%M"
        if self.kind is WarningKind.NO_CAPTURE_TIME:
            return "no capture time in the photo"
        if self.kind in (WarningKind.BEFORE_INSPECTION, WarningKind.AFTER_INSPECTION):
            assert self.captured_at is not None and self.window is not None
            side = "before" if self.kind is WarningKind.BEFORE_INSPECTION else "after"
            return (
                f"taken {self.captured_at.astimezone():{fmt}}, {side} the inspection "
                f"({self.window[0].astimezone():{fmt}} – {self.window[1].astimezone():{fmt}})"
            )
        if self.kind is WarningKind.USED_ELSEWHERE:
            where = "; ".join(
                f"{o.unit_name} {o.started_at.astimezone():%d/%m/%Y}" for o in self.others
            )
            return f"the same photo is in another inspection ({where})"
        return "the stored file was altered or is missing"


def inspection_window(started_at: datetime, ended_at: datetime | None) -> tuple[datetime, datetime]:
    """Start → end, or start → start + 1 day while the inspection has not ended."""
    return started_at, ended_at if ended_at is not None else started_at + OPEN_WINDOW


def time_warnings(
    captured_at: datetime | None, started_at: datetime, ended_at: datetime | None
) -> list[EvidenceWarning]:
    window = inspection_window(started_at, ended_at)
    if captured_at is None:
        return [EvidenceWarning(WarningKind.NO_CAPTURE_TIME)]
    if captured_at < window[0] - TOLERANCE:
        return [EvidenceWarning(WarningKind.BEFORE_INSPECTION, captured_at, window)]
    if captured_at > window[1] + TOLERANCE:
        return [EvidenceWarning(WarningKind.AFTER_INSPECTION, captured_at, window)]
    return []


def evidence_warnings(
    captured_at: datetime | None,
    started_at: datetime,
    ended_at: datetime | None,
    others: tuple[OtherUse, ...] = (),
    file_ok: bool = True,
) -> list[EvidenceWarning]:
    """Every warning for one photo."""
    warnings = time_warnings(captured_at, started_at, ended_at)
    if others:
        warnings.append(EvidenceWarning(WarningKind.USED_ELSEWHERE, others=others))
    if not file_ok:
        warnings.append(EvidenceWarning(WarningKind.FILE_ALTERED))
    return warnings
