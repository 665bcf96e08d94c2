"""What Home lists at start-up: the statuses and one row per inspection.

Kept apart from :mod:`inspector_app.domain.model` (which re-exports them) so that the window can
show the list before the rest of the domain is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class InspectionStatus(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"
    SIGNED = "signed"
    SYNCED = "synced"


class TeamRole(StrEnum):
    HEAD = "head"
    MEMBER = "member"
    SECRETARY = "secretary"


@dataclass(frozen=True)
class InspectionSummary:
    """One row of the list of inspections."""

    id: str
    unit_id: str
    unit_name: str
    started_at: datetime
    status: InspectionStatus
    team_head: str = ""
    document_number: str = ""
    ended_at: datetime | None = None
