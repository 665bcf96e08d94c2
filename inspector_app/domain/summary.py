"""What Home lists at start-up: the statuses and one row per inspection.

Kept apart from :mod:`inspector_app.domain.model` (which re-exports them) so that the window can
show the list before the rest of the domain is imported.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import NamedTuple


class InspectionStatus(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"
    SIGNED = "signed"
    SYNCED = "synced"


class TeamRole(StrEnum):
    HEAD = "head"
    MEMBER = "member"
    SECRETARY = "secretary"


class InspectionSummary(NamedTuple):
    """One row of the list of inspections.

    A ``NamedTuple`` (immutable, like the other records on the start-up path): defining one
    costs a tenth of a frozen dataclass (which ``exec``s its generated methods), and building one
    per row is several times cheaper; ``benchmarks/startup.py``, ``benchmarks/scale.py``.
    """

    id: str
    unit_id: str
    unit_name: str
    started_at: datetime
    status: InspectionStatus
    team_head: str = ""
    document_number: str = ""
    ended_at: datetime | None = None
