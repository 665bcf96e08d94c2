"""Plain data the services hand out and the domain logic works on (no Qt, no database)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import TYPE_CHECKING

# Re-exported: the statuses and the list's row live in summary.py (Home imports only that).
from inspector_app.domain.summary import InspectionStatus, TeamRole
from inspector_app.domain.summary import InspectionSummary as InspectionSummary

if TYPE_CHECKING:
    from inspector_app.domain.forms import Form


def new_id() -> str:
    """A UUID for every record that can travel between laptops."""
    import uuid  # here: the start-up path does not need it

    return str(uuid.uuid4())


class AttendanceStatus(StrEnum):
    AT_POST = "at_post"
    AWAY = "away"
    LATE = "late"
    ABSENT_WITH_LEAVE = "absent_with_leave"
    ABSENT_WITHOUT_LEAVE = "absent_without_leave"


class UnitKind(StrEnum):
    SERVICE_CENTER = "service_center"
    ONE_STOP = "one_stop"
    RECEPTION_RESULTS = "reception_results"
    DEPARTMENT = "department"
    OTHER = "other"


@dataclass(frozen=True)
class AgencyInfo:
    id: str
    name: str
    short_name: str = ""
    address: str = ""


@dataclass(frozen=True)
class UnitInfo:
    id: str
    name: str
    kind: UnitKind = UnitKind.OTHER
    address: str = ""
    code: str = ""
    parent_id: str | None = None
    agency_id: str | None = None
    parent_name: str = ""


@dataclass(frozen=True)
class StaffInfo:
    """A person on a unit's roster."""

    id: str
    unit_id: str
    full_name: str
    position: str = ""
    counter: str = ""
    on_duty: bool = True
    staff_code: str = ""
    note: str = ""
    active: bool = True


@dataclass(frozen=True)
class InspectorInfo:
    id: str
    full_name: str
    position: str = ""
    agency_id: str | None = None
    agency_name: str = ""


@dataclass(frozen=True)
class TeamMember:
    inspector_id: str
    full_name: str
    role: TeamRole
    position: str = ""


@dataclass(frozen=True)
class Representative:
    id: str
    full_name: str
    position: str = ""


@dataclass(frozen=True)
class StaffEntry:
    """A person as seen during one inspection (a copy, so later roster edits never alter it)."""

    id: str
    full_name: str
    position: str = ""
    counter: str = ""
    staff_id: str | None = None
    attendance: AttendanceStatus | None = None
    arrival_time: time | None = None
    note: str = ""
    added_on_site: bool = False


@dataclass(frozen=True)
class Answer:
    form_id: str
    item_id: str
    value: str | None
    note: str = ""
    staff_entry_id: str | None = None  # None: asked once for the unit


@dataclass(frozen=True)
class Recommendation:
    id: str
    text: str
    deadline: date | None = None


@dataclass(frozen=True)
class Inspection:
    """One whole inspection, as the findings, the minutes and the exchange format need it."""

    id: str
    unit: UnitInfo
    status: InspectionStatus
    started_at: datetime
    ended_at: datetime | None = None
    document_number: str = ""
    team_name: str = ""
    agency: AgencyInfo | None = None
    location: str = ""
    legal_basis: str = ""
    team: tuple[TeamMember, ...] = ()
    representatives: tuple[Representative, ...] = ()
    forms: tuple[Form, ...] = ()
    staff: tuple[StaffEntry, ...] = ()
    answers: tuple[Answer, ...] = ()
    notes: str = ""
    unit_explanation: str = ""
    conclusions: str = ""
    recommendations: tuple[Recommendation, ...] = ()
    completed_at: datetime | None = None

    def head(self) -> TeamMember | None:
        return next((m for m in self.team if m.role is TeamRole.HEAD), None)

    def answer(
        self, form_id: str, item_id: str, staff_entry_id: str | None = None
    ) -> Answer | None:
        for a in self.answers:
            if (a.form_id, a.item_id, a.staff_entry_id) == (form_id, item_id, staff_entry_id):
                return a
        return None
