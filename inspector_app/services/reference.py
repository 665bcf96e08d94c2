"""Reference data: agencies, units, rosters, inspectors and this laptop's profile."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from inspector_app.db import models as m
from inspector_app.domain.model import (
    AgencyInfo,
    InspectorInfo,
    StaffInfo,
    UnitInfo,
    UnitKind,
    new_id,
)
from inspector_app.domain.text import clean_text, vn_name_sort_key, vn_sort_key
from inspector_app.errors import NotFound, UserError
from inspector_app.services.database import Database


@dataclass(frozen=True)
class ProfileInfo:
    device_id: str
    inspector: InspectorInfo | None
    language: str = "vi"


@dataclass
class RosterImportReport:
    unit: UnitInfo
    path: Path
    added: int = 0
    updated: int = 0
    deactivated: int = 0
    skipped_rows: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class RosterHasErrors(UserError):
    """A roster file has rows with errors; nothing was imported."""

    def __init__(self, path: Path, errors: list[str]) -> None:
        self.path = path
        self.errors = errors
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(
            f"{path}: {errors[0]}{more}; nothing was imported "
            "(fix the file, or import only the valid rows)"
        )


def agency_info(row: m.Agency) -> AgencyInfo:
    return AgencyInfo(row.id, row.name, row.short_name, row.address)


def unit_info(row: m.Unit) -> UnitInfo:
    return UnitInfo(
        id=row.id,
        name=row.name,
        kind=UnitKind(row.kind),
        address=row.address,
        code=row.code,
        parent_id=row.parent_id,
        agency_id=row.agency_id,
        parent_name=row.parent.name if row.parent else "",
    )


def staff_info(row: m.Staff) -> StaffInfo:
    return StaffInfo(
        id=row.id,
        unit_id=row.unit_id,
        full_name=row.full_name,
        position=row.position,
        counter=row.counter,
        on_duty=row.on_duty,
        staff_code=row.staff_code,
        note=row.note,
        active=row.active,
    )


def inspector_info(row: m.Inspector) -> InspectorInfo:
    return InspectorInfo(
        id=row.id,
        full_name=row.full_name,
        position=row.position,
        agency_id=row.agency_id,
        agency_name=row.agency.name if row.agency else "",
    )


def _require_name(value: str, what: str) -> str:
    name = clean_text(value)
    if not name:
        raise UserError(f"{what}: a name is required")
    return name


class ReferenceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- agencies -----------------------------------------------------------------------------
    def list_agencies(self) -> list[AgencyInfo]:
        with self.db.session() as s:
            rows = s.scalars(select(m.Agency)).all()
            return sorted((agency_info(r) for r in rows), key=lambda a: vn_sort_key(a.name))

    def add_agency(self, name: str, short_name: str = "", address: str = "") -> AgencyInfo:
        with self.db.session() as s:
            row = m.Agency(
                id=new_id(),
                name=_require_name(name, "agency"),
                short_name=clean_text(short_name),
                address=clean_text(address),
            )
            s.add(row)
            s.flush()
            return agency_info(row)

    def find_or_add_agency(self, name: str) -> AgencyInfo:
        name = _require_name(name, "agency")
        with self.db.session() as s:
            row = s.scalars(select(m.Agency).where(m.Agency.name == name)).first()
            if row:
                return agency_info(row)
        return self.add_agency(name)

    # -- units --------------------------------------------------------------------------------
    def list_units(self, search: str = "") -> list[UnitInfo]:
        """Units whose name, code or address contains ``search`` (case-insensitive)."""
        with self.db.session() as s:
            rows = s.scalars(select(m.Unit)).all()
            units = [unit_info(r) for r in rows]
        needle = clean_text(search).casefold()
        if needle:
            units = [
                u
                for u in units
                if needle in f"{u.name} {u.code} {u.address} {u.parent_name}".casefold()
            ]
        return sorted(units, key=lambda u: vn_sort_key(u.name))

    def add_unit(
        self,
        name: str,
        kind: UnitKind = UnitKind.OTHER,
        *,
        code: str = "",
        address: str = "",
        agency_id: str | None = None,
        parent_id: str | None = None,
    ) -> UnitInfo:
        with self.db.session() as s:
            row = m.Unit(
                id=new_id(),
                name=_require_name(name, "unit"),
                kind=UnitKind(kind).value,
                code=clean_text(code),
                address=clean_text(address),
                agency_id=agency_id,
                parent_id=parent_id,
            )
            s.add(row)
            s.flush()
            return unit_info(row)

    def get_unit(self, unit_id: str) -> UnitInfo:
        with self.db.session() as s:
            row = s.get(m.Unit, unit_id)
            if row is None:
                raise NotFound(f"no unit with id {unit_id}")
            return unit_info(row)

    def resolve_unit(self, ref: str) -> UnitInfo:
        """A unit named by its id, its code or its exact name (as typed on a command line)."""
        ref = clean_text(ref)
        with self.db.session() as s:
            row = s.get(m.Unit, ref)
            if row is None:
                rows = s.scalars(
                    select(m.Unit).where(
                        or_(m.Unit.code == ref, func.lower(m.Unit.name) == ref.lower())
                    )
                ).all()
                if len(rows) > 1:
                    raise UserError(f"unit {ref!r} is ambiguous: give its id")
                row = rows[0] if rows else None
            if row is None:
                raise NotFound(f"no unit {ref!r} (give its id, code or exact name)")
            return unit_info(row)

    # -- rosters ------------------------------------------------------------------------------
    def roster(self, unit_id: str, *, include_inactive: bool = False) -> list[StaffInfo]:
        """The unit's staff, sorted the Vietnamese way (given name, then family name)."""
        with self.db.session() as s:
            q = select(m.Staff).where(m.Staff.unit_id == unit_id)
            if not include_inactive:
                q = q.where(m.Staff.active.is_(True))
            people = [staff_info(r) for r in s.scalars(q)]
        return sorted(people, key=lambda p: vn_name_sort_key(p.full_name))

    def add_staff(
        self,
        unit_id: str,
        full_name: str,
        position: str = "",
        counter: str = "",
        *,
        on_duty: bool = True,
        staff_code: str = "",
        note: str = "",
    ) -> StaffInfo:
        with self.db.session() as s:
            if s.get(m.Unit, unit_id) is None:
                raise NotFound(f"no unit with id {unit_id}")
            row = m.Staff(
                id=new_id(),
                unit_id=unit_id,
                full_name=_require_name(full_name, "staff member"),
                position=clean_text(position),
                counter=clean_text(counter),
                on_duty=on_duty,
                staff_code=clean_text(staff_code),
                note=clean_text(note),
            )
            s.add(row)
            s.flush()
            return staff_info(row)

    def import_roster(
        self, unit_ref: str, path: Path, *, valid_rows_only: bool = False
    ) -> RosterImportReport:
        """Make the file the unit's current roster.

        People are matched by staff code when the file has one, otherwise by full name; matched
        people are updated, new ones added, and people no longer listed are marked inactive (kept,
        since past inspections refer to them). A file with errors imports nothing unless
        ``valid_rows_only`` is set, in which case the rows with errors are skipped and reported.
        """
        from inspector_app.rosters import read_roster

        unit = self.resolve_unit(unit_ref)
        parsed = read_roster(Path(path))
        errors = [str(e) for e in parsed.errors]
        if errors and not valid_rows_only:
            raise RosterHasErrors(Path(path), errors)
        report = RosterImportReport(
            unit, Path(path), skipped_rows=errors, warnings=[str(w) for w in parsed.warnings]
        )
        with self.db.session() as s:
            existing = list(s.scalars(select(m.Staff).where(m.Staff.unit_id == unit.id)))
            by_code = {p.staff_code: p for p in existing if p.staff_code}
            by_name = {p.full_name.casefold(): p for p in existing}
            seen: set[str] = set()
            for row in parsed.rows:
                person = (by_code.get(row.staff_code) if row.staff_code else None) or by_name.get(
                    row.full_name.casefold()
                )
                if person is None or person.id in seen:
                    person = m.Staff(id=new_id(), unit_id=unit.id, full_name=row.full_name)
                    s.add(person)
                    report.added += 1
                else:
                    report.updated += 1
                seen.add(person.id)
                person.full_name = row.full_name
                person.position = row.position
                person.counter = row.counter
                person.on_duty = row.on_duty
                person.staff_code = row.staff_code
                person.note = row.note
                person.active = True
            for person in existing:
                if person.id not in seen and person.active:
                    person.active = False
                    report.deactivated += 1
        return report

    # -- inspectors and profile -----------------------------------------------------------------
    def list_inspectors(self) -> list[InspectorInfo]:
        with self.db.session() as s:
            people = [inspector_info(r) for r in s.scalars(select(m.Inspector))]
        return sorted(people, key=lambda p: vn_name_sort_key(p.full_name))

    def add_inspector(
        self, full_name: str, position: str = "", agency_id: str | None = None
    ) -> InspectorInfo:
        with self.db.session() as s:
            row = m.Inspector(
                id=new_id(),
                full_name=_require_name(full_name, "inspector"),
                position=clean_text(position),
                agency_id=agency_id,
            )
            s.add(row)
            s.flush()
            return inspector_info(row)

    def profile(self) -> ProfileInfo | None:
        """This laptop's profile; ``None`` until the first run has set it."""
        with self.db.session() as s:
            row = s.get(m.Profile, 1)
            if row is None or row.inspector is None:
                return None
            return ProfileInfo(row.device_id, inspector_info(row.inspector), row.language)

    def set_profile(self, full_name: str, position: str, agency_name: str) -> ProfileInfo:
        """Set who uses this laptop (an inspector of the given agency)."""
        agency = self.find_or_add_agency(agency_name)
        name = _require_name(full_name, "profile")
        with self.db.session() as s:
            inspector = s.scalars(
                select(m.Inspector).where(
                    m.Inspector.full_name == name, m.Inspector.agency_id == agency.id
                )
            ).first()
            if inspector is None:
                inspector = m.Inspector(id=new_id(), full_name=name, agency_id=agency.id)
                s.add(inspector)
            inspector.position = clean_text(position)
            row = s.get(m.Profile, 1) or m.Profile(id=1, device_id=new_id())
            row.inspector = inspector
            s.add(row)
            s.flush()
            result = ProfileInfo(row.device_id, inspector_info(inspector), row.language)
        self.db.forget_actor()
        return result

    def set_language(self, language: str) -> None:
        if language not in ("vi", "en"):
            raise UserError(f"language must be 'vi' or 'en', not {language!r}")
        with self.db.session() as s:
            row = s.get(m.Profile, 1) or m.Profile(id=1, device_id=new_id())
            row.language = language
            s.add(row)


def ensure_device(session: Session) -> str:
    """This laptop's id, creating the profile row if needed."""
    row = session.get(m.Profile, 1)
    if row is None:
        row = m.Profile(id=1, device_id=new_id())
        session.add(row)
        session.flush()
    return row.device_id
