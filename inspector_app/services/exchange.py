"""The JSON exchange format: one whole inspection with its reference data and form snapshots.

Documented in ``docs/exchange-format.md``. The format is versioned (``format_version``); an
importer refuses versions it does not know. Export then import into an empty data dir round-trips
without loss: same ids, texts, times, answers and form snapshots.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app import __version__
from inspector_app.db import audit
from inspector_app.db import models as m
from inspector_app.domain.forms import Form, snapshot_sha256
from inspector_app.domain.model import (
    AttendanceStatus,
    InspectionStatus,
    TeamRole,
    UnitKind,
    new_id,
)
from inspector_app.domain.text import nfc
from inspector_app.errors import UserError
from inspector_app.services.database import Database

FORMAT = "inspector-inspection"
FORMAT_VERSION = 1


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _nfc(cls, value: Any) -> Any:
        return nfc(value) if isinstance(value, str) else value


class AgencyV1(_Model):
    id: str
    name: str
    short_name: str = ""
    address: str = ""


class UnitV1(_Model):
    id: str
    name: str
    kind: UnitKind = UnitKind.OTHER
    code: str = ""
    address: str = ""
    agency_id: str | None = None
    parent_id: str | None = None


class StaffV1(_Model):
    id: str
    unit_id: str
    full_name: str
    position: str = ""
    counter: str = ""
    on_duty: bool = True
    staff_code: str = ""
    note: str = ""
    active: bool = True


class InspectorV1(_Model):
    id: str
    full_name: str
    position: str = ""
    agency_id: str | None = None


class FormRefV1(_Model):
    form_id: str
    version: int
    sha256: str


class TeamMemberV1(_Model):
    inspector_id: str
    role: TeamRole


class RepresentativeV1(_Model):
    id: str
    full_name: str
    position: str = ""


class StaffEntryV1(_Model):
    id: str
    staff_id: str | None = None
    full_name: str
    position: str = ""
    counter: str = ""
    attendance: AttendanceStatus | None = None
    arrival_time: time | None = None
    note: str = ""
    added_on_site: bool = False


class AnswerV1(_Model):
    id: str
    form_id: str
    item_id: str
    staff_entry_id: str | None = None
    value: str | None = None
    note: str = ""
    updated_at: datetime


class RecommendationV1(_Model):
    id: str
    text: str
    deadline: date | None = None


class PhotoV1(_Model):
    """A photo; its working copy travels beside the JSON as ``<file_sha256>.jpg`` (see
    ``docs/photos.md``). ``sha256`` is the hash of the original file as the camera wrote it."""

    id: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    file_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    parent_id: str | None = None
    width: int = Field(gt=0)
    height: int = Field(gt=0)
    original_width: int = Field(gt=0)
    original_height: int = Field(gt=0)
    original_size: int = Field(default=0, ge=0)
    original_name: str = ""
    source: str = "file"
    caption: str = ""
    captured_at: datetime | None = None
    camera_make: str = ""
    camera_model: str = ""
    gps_lat: float | None = Field(default=None, ge=-90, le=90)
    gps_lon: float | None = Field(default=None, ge=-180, le=180)
    form_id: str | None = None
    item_id: str | None = None
    annotation: list[dict[str, Any]] | None = None
    staff_entry_ids: list[str] = []
    imported_at: datetime
    sort_order: int = 0


class InspectionV1(_Model):
    id: str
    unit_id: str
    agency_id: str | None = None
    status: InspectionStatus
    document_number: str = ""
    team_name: str = ""
    location: str = ""
    legal_basis: str = ""
    started_at: datetime
    ended_at: datetime | None = None
    completed_at: datetime | None = None
    created_at: datetime
    updated_at: datetime
    notes: str = ""
    unit_explanation: str = ""
    conclusions: str = ""
    forms: list[FormRefV1]
    team: list[TeamMemberV1]
    representatives: list[RepresentativeV1] = []
    staff: list[StaffEntryV1] = []
    answers: list[AnswerV1] = []
    recommendations: list[RecommendationV1] = []
    photos: list[PhotoV1] = []  # optional: files written before photos existed have none


class ReferenceV1(_Model):
    agencies: list[AgencyV1] = []
    units: list[UnitV1]
    staff: list[StaffV1] = []
    inspectors: list[InspectorV1]


class SnapshotV1(_Model):
    sha256: str
    form_id: str
    version: int
    content: dict[str, Any]


class ExchangeV1(_Model):
    format: Literal["inspector-inspection"]
    format_version: Literal[1]
    exported_at: datetime
    app_version: str
    device_id: str = ""
    inspection: InspectionV1
    reference: ReferenceV1
    form_snapshots: list[SnapshotV1] = Field(default_factory=list)


def _columns(row: Any, model: type[BaseModel]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in model.model_fields if hasattr(row, name)}


# -- export -----------------------------------------------------------------------------------
def export_inspection(db: Database, inspection_id: str) -> dict[str, Any]:
    """The inspection as a JSON-ready dict (see :func:`write_json`; with photos, use
    :func:`inspector_app.photos.travel.write_export` so that their files go with it)."""
    from inspector_app.photos.travel import export_photo_records
    from inspector_app.services.inspections import InspectionService

    with db.session() as s:
        row = InspectionService(db)._load(s, inspection_id, full=True)  # noqa: SLF001
        profile = s.get(m.Profile, 1)
        units = _unit_chain(row.unit)
        inspectors = [t.inspector for t in row.team]
        agency_ids = (
            {row.agency_id} | {u.agency_id for u in units} | {i.agency_id for i in inspectors}
        )
        agencies = [s.get(m.Agency, a) for a in sorted(a for a in agency_ids if a)]
        roster = s.scalars(
            select(m.Staff).where(m.Staff.unit_id == row.unit_id).order_by(m.Staff.id)
        ).all()
        inspection = InspectionV1(
            **_columns(row, InspectionV1)
            | {
                "forms": [
                    FormRefV1(
                        form_id=f.snapshot.form_id,
                        version=f.snapshot.version,
                        sha256=f.snapshot.sha256,
                    )
                    for f in row.forms
                ],
                "team": [TeamMemberV1(inspector_id=t.inspector_id, role=t.role) for t in row.team],
                "representatives": [_columns(r, RepresentativeV1) for r in row.representatives],
                "staff": [_columns(e, StaffEntryV1) for e in row.staff],
                "answers": [_columns(a, AnswerV1) for a in sorted(row.answers, key=lambda a: a.id)],
                "recommendations": [_columns(r, RecommendationV1) for r in row.recommendations],
                "photos": export_photo_records(s, row.id),
            }
        )
        doc = ExchangeV1(
            format=FORMAT,
            format_version=FORMAT_VERSION,
            exported_at=datetime.now().astimezone().replace(microsecond=0),
            app_version=__version__,
            device_id=profile.device_id if profile else "",
            inspection=inspection,
            reference=ReferenceV1(
                agencies=[_columns(a, AgencyV1) for a in agencies if a],
                units=[_columns(u, UnitV1) for u in units],
                staff=[_columns(p, StaffV1) for p in roster],
                inspectors=[_columns(i, InspectorV1) for i in inspectors],
            ),
            form_snapshots=[
                SnapshotV1(
                    sha256=f.snapshot.sha256,
                    form_id=f.snapshot.form_id,
                    version=f.snapshot.version,
                    content=json.loads(f.snapshot.content),
                )
                for f in row.forms
            ],
        )
    return doc.model_dump(mode="json")


def _unit_chain(unit: m.Unit) -> list[m.Unit]:
    """The unit and its parents, parents first (so that an importer can insert in order)."""
    chain = [unit]
    while chain[-1].parent is not None and chain[-1].parent not in chain:
        chain.append(chain[-1].parent)
    return chain[::-1]


def write_json(data: dict[str, Any], path: Path) -> None:
    """Write atomically: a crash never leaves a half-written export behind."""
    from inspector_app.fileio import write_atomic

    write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


# -- import -----------------------------------------------------------------------------------
def read_json(path: Path) -> ExchangeV1:
    """Read and validate an exchange file; errors name the file and the field."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot be read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    return parse_exchange(raw, str(path))


def parse_exchange(raw: Any, source: str) -> ExchangeV1:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise UserError(f"{source}: not an Inspector inspection file (format {FORMAT!r} expected)")
    if raw.get("format_version") != FORMAT_VERSION:
        raise UserError(
            f"{source}: format_version {raw.get('format_version')!r} is not supported "
            f"(this app reads version {FORMAT_VERSION})"
        )
    try:
        doc = ExchangeV1.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise UserError(f"{source}: field '{where}': {err['msg']}{more}") from None
    for snap in doc.form_snapshots:
        if snapshot_sha256(snap.content) != snap.sha256:
            raise UserError(
                f"{source}: form snapshot {snap.form_id} v{snap.version} does not "
                "match its sha256 (the file was altered)"
            )
        try:
            Form.from_snapshot(snap.content)
        except ValidationError as exc:
            raise UserError(
                f"{source}: form snapshot {snap.form_id} v{snap.version} is not a "
                f"valid form: {exc.errors()[0]['msg']}"
            ) from None
    known = {s.sha256 for s in doc.form_snapshots}
    for ref in doc.inspection.forms:
        if ref.sha256 not in known:
            raise UserError(
                f"{source}: form {ref.form_id} v{ref.version} has no snapshot in the file"
            )
    from inspector_app.photos.travel import check_photo_records

    check_photo_records(doc, source)
    return doc


def import_inspection(db: Database, doc: ExchangeV1, source: str = "") -> str:
    """Store the inspection; reference data already on this laptop (same id) is kept as is.

    The files of its photos must be in the photo store first (see
    :func:`inspector_app.photos.travel.import_export`)."""
    from inspector_app.photos.travel import insert_photo_records

    ins = doc.inspection
    with db.session() as s:
        if s.get(m.Inspection, ins.id) is not None:
            raise UserError(f"inspection {ins.id} is already in this data dir")
        audit.set_reason(s, f"imported from {source}" if source else "imported")
        ref = doc.reference
        _insert_missing(s, m.Agency, ref.agencies)
        _insert_missing(s, m.Unit, ref.units)
        _insert_missing(s, m.Staff, ref.staff)
        _insert_missing(s, m.Inspector, ref.inspectors)
        snapshots: dict[str, str] = {}
        for snap in doc.form_snapshots:
            row = s.scalars(
                select(m.FormSnapshot).where(m.FormSnapshot.sha256 == snap.sha256)
            ).first()
            if row is None:
                row = m.FormSnapshot(
                    id=new_id(),
                    form_id=snap.form_id,
                    version=snap.version,
                    sha256=snap.sha256,
                    content=json.dumps(snap.content, ensure_ascii=False, sort_keys=True),
                )
                s.add(row)
                s.flush()
            snapshots[snap.sha256] = row.id
        fields = ins.model_dump(
            exclude={
                "forms",
                "team",
                "representatives",
                "staff",
                "answers",
                "recommendations",
                "photos",
            }
        )
        fields["status"] = ins.status.value
        s.add(m.Inspection(**fields))
        s.flush()
        for pos, f in enumerate(ins.forms):
            s.add(
                m.InspectionForm(
                    inspection_id=ins.id, snapshot_id=snapshots[f.sha256], sort_order=pos
                )
            )
        for pos, t in enumerate(ins.team):
            s.add(
                m.TeamMembership(
                    id=new_id(),
                    inspection_id=ins.id,
                    inspector_id=t.inspector_id,
                    role=t.role.value,
                    sort_order=pos,
                )
            )
        for pos, r in enumerate(ins.representatives):
            s.add(m.UnitRepresentative(**r.model_dump(), inspection_id=ins.id, sort_order=pos))
        for pos, e in enumerate(ins.staff):
            values = e.model_dump()
            values["attendance"] = e.attendance.value if e.attendance else None
            s.add(m.StaffEntry(**values, inspection_id=ins.id, sort_order=pos))
        s.flush()
        for a in ins.answers:
            s.add(m.Answer(**a.model_dump(), inspection_id=ins.id))
        for pos, r in enumerate(ins.recommendations):
            s.add(m.Recommendation(**r.model_dump(), inspection_id=ins.id, sort_order=pos))
        insert_photo_records(s, db.paths.photos, ins.id, ins.photos, source)
    return ins.id


def _insert_missing(s: Session, table: type[m.Base], rows: list[Any]) -> None:
    for row in rows:
        if s.get(table, row.id) is None:
            values = row.model_dump()
            if "kind" in values:
                values["kind"] = UnitKind(values["kind"]).value
            s.add(table(**values))
            s.flush()
