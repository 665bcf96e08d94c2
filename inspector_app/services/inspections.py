"""Inspections: create, list, load, record answers and attendance, complete, reopen.

Every change is committed the moment it is made (the GUI has no Save button). A completed or
signed inspection is read-only; reopening a completed one needs the team head's name and a reason,
both kept in the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from inspector_app.db import audit
from inspector_app.db import models as m
from inspector_app.db.listing import ListFilter, list_inspections
from inspector_app.domain import model as d
from inspector_app.domain.forms import Form
from inspector_app.domain.text import clean_text, nfc, vn_name_sort_key
from inspector_app.errors import NotFound, ReadOnlyError, UserError
from inspector_app.services.database import Database
from inspector_app.services.forms import FormCatalog, form_from_row, snapshot_row
from inspector_app.services.reference import agency_info, unit_info

__all__ = ["DEFAULT_LEGAL_BASIS", "TEXT_FIELDS", "InspectionService", "ListFilter", "to_domain"]

DEFAULT_LEGAL_BASIS = (
    "Căn cứ Quyết định số 129/2007/QĐ-TTg ngày 02/8/2007 của Thủ tướng Chính phủ ban hành "
    "Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước;\n"
    "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, "
    "một cửa liên thông trong giải quyết thủ tục hành chính;\n"
    "Căn cứ Quyết định thành lập Đoàn kiểm tra và Kế hoạch kiểm tra công vụ năm {year}."
)

#: Free-text fields of an inspection that :meth:`InspectionService.update` may change.
TEXT_FIELDS = frozenset(
    {
        "document_number",
        "team_name",
        "location",
        "legal_basis",
        "notes",
        "unit_explanation",
        "conclusions",
    }
)
_OPEN_STATUSES = {d.InspectionStatus.DRAFT.value}


def _load_options() -> list:
    return [
        selectinload(m.Inspection.unit).selectinload(m.Unit.parent),
        selectinload(m.Inspection.agency),
        selectinload(m.Inspection.forms).selectinload(m.InspectionForm.snapshot),
        selectinload(m.Inspection.team).selectinload(m.TeamMembership.inspector),
        selectinload(m.Inspection.representatives),
        selectinload(m.Inspection.staff),
        selectinload(m.Inspection.answers),
        selectinload(m.Inspection.recommendations),
    ]


def to_domain(row: m.Inspection) -> d.Inspection:
    return d.Inspection(
        id=row.id,
        unit=unit_info(row.unit),
        status=d.InspectionStatus(row.status),
        started_at=row.started_at,
        ended_at=row.ended_at,
        completed_at=row.completed_at,
        document_number=row.document_number,
        team_name=row.team_name,
        agency=agency_info(row.agency) if row.agency else None,
        location=row.location,
        legal_basis=row.legal_basis,
        team=tuple(
            d.TeamMember(
                t.inspector_id, t.inspector.full_name, d.TeamRole(t.role), t.inspector.position
            )
            for t in row.team
        ),
        representatives=tuple(
            d.Representative(r.id, r.full_name, r.position) for r in row.representatives
        ),
        forms=tuple(form_from_row(f.snapshot) for f in row.forms),
        staff=tuple(
            d.StaffEntry(
                id=s.id,
                full_name=s.full_name,
                position=s.position,
                counter=s.counter,
                staff_id=s.staff_id,
                attendance=d.AttendanceStatus(s.attendance) if s.attendance else None,
                arrival_time=s.arrival_time,
                note=s.note,
                added_on_site=s.added_on_site,
            )
            for s in row.staff
        ),
        answers=tuple(
            d.Answer(a.form_id, a.item_id, a.value, a.note, a.staff_entry_id)
            for a in sorted(
                row.answers, key=lambda a: (a.form_id, a.item_id, a.staff_entry_id or "")
            )
        ),
        notes=row.notes,
        unit_explanation=row.unit_explanation,
        conclusions=row.conclusions,
        recommendations=tuple(
            d.Recommendation(r.id, r.text, r.deadline) for r in row.recommendations
        ),
    )


def staff_entry(s: Session, inspection_id: str, entry_id: str) -> m.StaffEntry:
    """The person ``entry_id`` on the roll call of ``inspection_id`` (``NotFound`` otherwise)."""
    entry = s.get(m.StaffEntry, entry_id)
    if entry is None or entry.inspection_id != inspection_id:
        raise NotFound(f"no person {entry_id} in inspection {inspection_id}")
    return entry


class InspectionService:
    def __init__(self, db: Database, catalog: FormCatalog | None = None) -> None:
        self.db = db
        self._catalog = catalog

    @property
    def catalog(self) -> FormCatalog:
        if self._catalog is None:
            self._catalog = FormCatalog()
        return self._catalog

    # -- reading ------------------------------------------------------------------------------
    def list(self, flt: ListFilter | None = None) -> list[d.InspectionSummary]:
        """Inspections newest first, filtered by status, unit, period and a search text that
        ignores case and Vietnamese marks ("nguyen van" finds "Nguyễn Văn")."""
        with self.db.session() as s:
            return list_inspections(s.connection().connection.driver_connection, flt)

    def get(self, inspection_id: str) -> d.Inspection:
        with self.db.session() as s:
            return to_domain(self._load(s, inspection_id, full=True))

    def count(self) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(m.Inspection)) or 0

    # -- creating -----------------------------------------------------------------------------
    def create(
        self,
        unit_id: str,
        *,
        head_id: str,
        member_ids: Sequence[str] = (),
        secretary_id: str | None = None,
        representatives: Sequence[tuple[str, str]] = (),
        started_at: datetime | None = None,
        legal_basis: str | None = None,
        location: str = "",
        form_ids: Sequence[str] | None = None,
        document_number: str = "",
        team_name: str = "",
        agency_id: str | None = None,
        inspection_id: str | None = None,
    ) -> str:
        """A new draft with a copy of the unit's on-duty roster; returns its id."""
        forms = (
            [self.catalog.get(f) for f in form_ids]
            if form_ids is not None
            else self.catalog.defaults()
        )
        if not forms:
            raise UserError("choose at least one form for the inspection")
        started = started_at or datetime.now().astimezone().replace(second=0, microsecond=0)
        with self.db.session() as s:
            unit = s.get(m.Unit, unit_id)
            if unit is None:
                raise NotFound(f"no unit with id {unit_id}")
            head = s.get(m.Inspector, head_id)
            if head is None:
                raise NotFound(f"no inspector with id {head_id}")
            row = m.Inspection(
                id=inspection_id or d.new_id(),
                unit_id=unit.id,
                agency_id=agency_id or head.agency_id,
                status=d.InspectionStatus.DRAFT.value,
                started_at=started,
                legal_basis=nfc(
                    legal_basis
                    if legal_basis is not None
                    else DEFAULT_LEGAL_BASIS.format(year=started.year)
                ),
                location=clean_text(location) or unit.address or unit.name,
                document_number=clean_text(document_number),
                team_name=clean_text(team_name),
            )
            s.add(row)
            s.flush()
            for pos, form in enumerate(forms):
                s.add(
                    m.InspectionForm(
                        inspection_id=row.id, snapshot_id=snapshot_row(s, form).id, sort_order=pos
                    )
                )
            self._set_team(s, row.id, head_id, member_ids, secretary_id)
            for pos, (name, title) in enumerate(representatives):
                s.add(
                    m.UnitRepresentative(
                        id=d.new_id(),
                        inspection_id=row.id,
                        sort_order=pos,
                        full_name=clean_text(name),
                        position=clean_text(title),
                    )
                )
            roster = s.scalars(
                select(m.Staff).where(
                    m.Staff.unit_id == unit.id, m.Staff.active.is_(True), m.Staff.on_duty.is_(True)
                )
            ).all()
            for pos, person in enumerate(
                sorted(roster, key=lambda p: vn_name_sort_key(p.full_name))
            ):
                s.add(
                    m.StaffEntry(
                        id=d.new_id(),
                        inspection_id=row.id,
                        staff_id=person.id,
                        full_name=person.full_name,
                        position=person.position,
                        counter=person.counter,
                        sort_order=pos,
                    )
                )
            return row.id

    def _set_team(
        self,
        s: Session,
        inspection_id: str,
        head_id: str,
        member_ids: Iterable[str],
        secretary_id: str | None,
    ) -> None:
        s.execute(delete(m.TeamMembership).where(m.TeamMembership.inspection_id == inspection_id))
        roles = [(head_id, d.TeamRole.HEAD)]
        roles += [(i, d.TeamRole.MEMBER) for i in member_ids if i not in (head_id, secretary_id)]
        if secretary_id:
            roles.append((secretary_id, d.TeamRole.SECRETARY))
        for pos, (inspector_id, role) in enumerate(roles):
            if s.get(m.Inspector, inspector_id) is None:
                raise NotFound(f"no inspector with id {inspector_id}")
            s.add(
                m.TeamMembership(
                    id=d.new_id(),
                    inspection_id=inspection_id,
                    inspector_id=inspector_id,
                    role=role.value,
                    sort_order=pos,
                )
            )

    # -- editing a draft ----------------------------------------------------------------------
    def update(self, inspection_id: str, **fields: str | datetime | None) -> None:
        """Change free-text fields (see :data:`TEXT_FIELDS`), ``started_at`` or ``ended_at``."""
        unknown = set(fields) - TEXT_FIELDS - {"started_at", "ended_at"}
        if unknown:
            raise UserError(f"cannot set {', '.join(sorted(unknown))} on an inspection")
        with self.db.session() as s:
            row = self._load_open(s, inspection_id)
            for name, value in fields.items():
                if name in TEXT_FIELDS:
                    value = nfc(str(value or "")).strip()
                setattr(row, name, value)

    def set_team(
        self,
        inspection_id: str,
        *,
        head_id: str,
        member_ids: Sequence[str] = (),
        secretary_id: str | None = None,
    ) -> None:
        with self.db.session() as s:
            self._load_open(s, inspection_id)
            self._set_team(s, inspection_id, head_id, member_ids, secretary_id)

    def set_representatives(self, inspection_id: str, people: Sequence[tuple[str, str]]) -> None:
        with self.db.session() as s:
            self._load_open(s, inspection_id)
            s.execute(
                delete(m.UnitRepresentative).where(
                    m.UnitRepresentative.inspection_id == inspection_id
                )
            )
            for pos, (name, title) in enumerate(people):
                if clean_text(name):
                    s.add(
                        m.UnitRepresentative(
                            id=d.new_id(),
                            inspection_id=inspection_id,
                            sort_order=pos,
                            full_name=clean_text(name),
                            position=clean_text(title),
                        )
                    )

    def set_attendance(
        self,
        inspection_id: str,
        entry_id: str,
        status: d.AttendanceStatus | None,
        arrival_time: time | None = None,
    ) -> None:
        """Record one person's attendance; an arrival time is kept only for ``LATE``."""
        with self.db.session() as s:
            self._load_open(s, inspection_id)
            entry = staff_entry(s, inspection_id, entry_id)
            entry.attendance = d.AttendanceStatus(status).value if status else None
            entry.arrival_time = arrival_time if status is d.AttendanceStatus.LATE else None

    def set_staff_note(self, inspection_id: str, entry_id: str, note: str) -> None:
        with self.db.session() as s:
            self._load_open(s, inspection_id)
            staff_entry(s, inspection_id, entry_id).note = nfc(note).strip()

    def add_staff_entry(
        self, inspection_id: str, full_name: str, position: str = "", counter: str = ""
    ) -> str:
        """A person found on site who is not on the roster."""
        name = clean_text(full_name)
        if not name:
            raise UserError("the person's full name is required")
        with self.db.session() as s:
            self._load_open(s, inspection_id)
            last = s.scalar(
                select(func.max(m.StaffEntry.sort_order)).where(
                    m.StaffEntry.inspection_id == inspection_id
                )
            )
            entry = m.StaffEntry(
                id=d.new_id(),
                inspection_id=inspection_id,
                full_name=name,
                position=clean_text(position),
                counter=clean_text(counter),
                added_on_site=True,
                sort_order=(last or 0) + 1,
            )
            s.add(entry)
            return entry.id

    def set_answer(
        self,
        inspection_id: str,
        form_id: str,
        item_id: str,
        value: str | None,
        *,
        note: str | None = None,
        staff_entry_id: str | None = None,
    ) -> None:
        """Answer an item for the unit (``staff_entry_id`` None) or for one person.

        The value is checked against the item's answer type in the form version the inspection
        uses; ``note`` None leaves the note as it is.
        """
        with self.db.session() as s:
            row = self._load_open(s, inspection_id)
            form = self._form(row, form_id)
            try:
                item = form.item(item_id)
            except KeyError:
                raise NotFound(f"form {form_id!r} has no item {item_id!r}") from None
            if (item.scope == "staff") != (staff_entry_id is not None):
                who = "each staff member" if item.scope == "staff" else "the unit"
                raise UserError(f"item {item_id!r} is answered for {who}")
            if staff_entry_id is not None:
                staff_entry(s, inspection_id, staff_entry_id)
            try:
                clean = item.validate_value(value)
            except ValueError as exc:
                raise UserError(f"item {item_id!r}: {exc}") from None
            answer = s.scalars(
                select(m.Answer).where(
                    m.Answer.inspection_id == inspection_id,
                    m.Answer.form_id == form_id,
                    m.Answer.item_id == item_id,
                    m.Answer.staff_entry_id.is_(None)
                    if staff_entry_id is None
                    else m.Answer.staff_entry_id == staff_entry_id,
                )
            ).first()
            if answer is None:
                answer = m.Answer(
                    id=d.new_id(),
                    inspection_id=inspection_id,
                    form_id=form_id,
                    item_id=item_id,
                    staff_entry_id=staff_entry_id,
                )
                s.add(answer)
            answer.value = clean
            if note is not None:
                answer.note = nfc(note).strip()

    def set_recommendations(
        self, inspection_id: str, items: Sequence[tuple[str, date | None]]
    ) -> None:
        with self.db.session() as s:
            self._load_open(s, inspection_id)
            s.execute(
                delete(m.Recommendation).where(m.Recommendation.inspection_id == inspection_id)
            )
            for pos, (text, deadline) in enumerate(items):
                if clean_text(text):
                    s.add(
                        m.Recommendation(
                            id=d.new_id(),
                            inspection_id=inspection_id,
                            text=nfc(text).strip(),
                            deadline=deadline,
                            sort_order=pos,
                        )
                    )

    # -- life cycle ---------------------------------------------------------------------------
    def complete(self, inspection_id: str, ended_at: datetime | None = None) -> None:
        """Mark the inspection completed (and read-only); the end time defaults to now."""
        with self.db.session() as s:
            row = self._load_open(s, inspection_id)
            now = datetime.now().astimezone().replace(microsecond=0)
            row.ended_at = ended_at or row.ended_at or now
            if row.ended_at < row.started_at:
                raise UserError("the end time is before the start time")
            row.status = d.InspectionStatus.COMPLETED.value
            row.completed_at = now

    def reopen(self, inspection_id: str, head_name: str, reason: str) -> None:
        """Back to draft. Needs the team head's name, as recorded, and a reason (audited)."""
        reason = clean_text(reason)
        if not reason:
            raise UserError("a reason is required to reopen a completed inspection")
        with self.db.session() as s:
            row = self._load(s, inspection_id)
            if row.status != d.InspectionStatus.COMPLETED.value:
                raise UserError(
                    f"only a completed inspection can be reopened (this one is {row.status})"
                )
            head = next((t.inspector for t in row.team if t.role == d.TeamRole.HEAD.value), None)
            if head is None or clean_text(head_name).casefold() != head.full_name.casefold():
                raise UserError("the name given is not the team head's name")
            audit.set_reason(s, f"reopened by {head.full_name}: {reason}")
            row.status = d.InspectionStatus.DRAFT.value
            row.completed_at = None

    def delete_draft(self, inspection_id: str) -> None:
        with self.db.session() as s:
            row = self._load(s, inspection_id)
            if row.status != d.InspectionStatus.DRAFT.value:
                raise ReadOnlyError("only a draft can be deleted")
            s.delete(row)

    def audit_log(self, inspection_id: str) -> list[m.AuditEntry]:
        with self.db.session() as s:
            return list(
                s.scalars(
                    select(m.AuditEntry)
                    .where(m.AuditEntry.inspection_id == inspection_id)
                    .order_by(m.AuditEntry.id)
                )
            )

    # -- helpers ------------------------------------------------------------------------------
    def _load(self, s: Session, inspection_id: str, *, full: bool = False) -> m.Inspection:
        q = select(m.Inspection).where(m.Inspection.id == inspection_id)
        if full:
            q = q.options(*_load_options())
        row = s.scalars(q).first()
        if row is None:
            raise NotFound(f"no inspection with id {inspection_id}")
        return row

    def _load_open(self, s: Session, inspection_id: str) -> m.Inspection:
        row = self._load(s, inspection_id)
        if row.status not in _OPEN_STATUSES:
            raise ReadOnlyError(f"the inspection is {row.status} and cannot be changed")
        return row

    @staticmethod
    def _form(row: m.Inspection, form_id: str) -> Form:
        for link in row.forms:
            if link.snapshot.form_id == form_id:
                return form_from_row(link.snapshot)
        raise NotFound(f"the inspection does not use form {form_id!r}")
