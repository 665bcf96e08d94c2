"""Tables. Every record that can travel between laptops has a UUID primary key.

An inspection copies what it saw (staff names, positions, the exact form definitions) so that
later changes to the rosters or the forms never alter or orphan it.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from inspector_app.db.types import ClockTime, ISODate, NFCText, UTCDateTime, utcnow
from inspector_app.domain.model import new_id

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _uuid_pk() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=new_id)


def _text(default: str = "") -> Mapped[str]:
    return mapped_column(NFCText, nullable=False, default=default, server_default=text("''"))


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )


class Agency(Timestamps, Base):
    """A government body: the inspecting department or the one a unit belongs to."""

    __tablename__ = "agencies"
    id: Mapped[str] = _uuid_pk()
    name: Mapped[str] = mapped_column(NFCText, nullable=False)
    short_name: Mapped[str] = _text()
    address: Mapped[str] = _text()


class Unit(Timestamps, Base):
    """A place that gets inspected: a service center or one of its departments."""

    __tablename__ = "units"
    id: Mapped[str] = _uuid_pk()
    name: Mapped[str] = mapped_column(NFCText, nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, default="other")
    code: Mapped[str] = _text()
    address: Mapped[str] = _text()
    agency_id: Mapped[str | None] = mapped_column(
        ForeignKey("agencies.id", ondelete="SET NULL"), index=True
    )
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("units.id", ondelete="SET NULL"), index=True
    )
    agency: Mapped[Agency | None] = relationship()
    parent: Mapped[Unit | None] = relationship(remote_side="Unit.id")


class Staff(Timestamps, Base):
    """A person on a unit's roster."""

    __tablename__ = "staff"
    id: Mapped[str] = _uuid_pk()
    unit_id: Mapped[str] = mapped_column(
        ForeignKey("units.id", ondelete="CASCADE"), nullable=False, index=True
    )
    full_name: Mapped[str] = mapped_column(NFCText, nullable=False)
    position: Mapped[str] = _text()
    counter: Mapped[str] = _text()
    on_duty: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    staff_code: Mapped[str] = _text()
    note: Mapped[str] = _text()
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Inspector(Timestamps, Base):
    """A member of an inspection team."""

    __tablename__ = "inspectors"
    id: Mapped[str] = _uuid_pk()
    full_name: Mapped[str] = mapped_column(NFCText, nullable=False)
    position: Mapped[str] = _text()
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"))
    agency: Mapped[Agency | None] = relationship()


class Profile(Base):
    """This laptop: who uses it, and its own id for sync."""

    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False, default=new_id)
    inspector_id: Mapped[str | None] = mapped_column(
        ForeignKey("inspectors.id", ondelete="SET NULL")
    )
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="vi")
    inspector: Mapped[Inspector | None] = relationship()


class FormSnapshot(Base):
    """The exact definition of a form as an inspection used it (content-addressed)."""

    __tablename__ = "form_snapshots"
    id: Mapped[str] = _uuid_pk()
    form_id: Mapped[str] = mapped_column(String(64), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class Inspection(Timestamps, Base):
    __tablename__ = "inspections"
    id: Mapped[str] = _uuid_pk()
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), nullable=False)
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft", index=True)
    document_number: Mapped[str] = _text()
    team_name: Mapped[str] = _text()
    location: Mapped[str] = _text()
    legal_basis: Mapped[str] = _text()
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = _text()
    unit_explanation: Mapped[str] = _text()
    conclusions: Mapped[str] = _text()

    unit: Mapped[Unit] = relationship()
    agency: Mapped[Agency | None] = relationship()
    forms: Mapped[list[InspectionForm]] = relationship(
        order_by="InspectionForm.sort_order", cascade="all, delete-orphan"
    )
    team: Mapped[list[TeamMembership]] = relationship(
        order_by="TeamMembership.sort_order", cascade="all, delete-orphan"
    )
    representatives: Mapped[list[UnitRepresentative]] = relationship(
        order_by="UnitRepresentative.sort_order", cascade="all, delete-orphan"
    )
    staff: Mapped[list[StaffEntry]] = relationship(
        order_by="StaffEntry.sort_order", cascade="all, delete-orphan"
    )
    answers: Mapped[list[Answer]] = relationship(cascade="all, delete-orphan")
    recommendations: Mapped[list[Recommendation]] = relationship(
        order_by="Recommendation.sort_order", cascade="all, delete-orphan"
    )

    __table_args__ = (Index(None, "unit_id", "started_at"),)


class InspectionForm(Base):
    __tablename__ = "inspection_forms"
    inspection_id: Mapped[str] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), primary_key=True
    )
    snapshot_id: Mapped[str] = mapped_column(ForeignKey("form_snapshots.id"), primary_key=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    snapshot: Mapped[FormSnapshot] = relationship()


class TeamMembership(Base):
    __tablename__ = "inspection_team"
    id: Mapped[str] = _uuid_pk()
    inspection_id: Mapped[str] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), nullable=False, index=True
    )
    inspector_id: Mapped[str] = mapped_column(
        ForeignKey("inspectors.id"), nullable=False, index=True
    )
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    inspector: Mapped[Inspector] = relationship()


class UnitRepresentative(Base):
    __tablename__ = "inspection_representatives"
    id: Mapped[str] = _uuid_pk()
    inspection_id: Mapped[str] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), nullable=False, index=True
    )
    full_name: Mapped[str] = mapped_column(NFCText, nullable=False)
    position: Mapped[str] = _text()
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class StaffEntry(Base):
    """A person as seen during one inspection, with their attendance."""

    __tablename__ = "inspection_staff"
    id: Mapped[str] = _uuid_pk()
    inspection_id: Mapped[str] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), nullable=False, index=True
    )
    staff_id: Mapped[str | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    full_name: Mapped[str] = mapped_column(NFCText, nullable=False)
    position: Mapped[str] = _text()
    counter: Mapped[str] = _text()
    attendance: Mapped[str | None] = mapped_column(String(24))
    arrival_time: Mapped[time | None] = mapped_column(ClockTime)
    note: Mapped[str] = _text()
    added_on_site: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Answer(Base):
    """One answer: to a unit item (``staff_entry_id`` NULL) or to an item for one person."""

    __tablename__ = "answers"
    id: Mapped[str] = _uuid_pk()
    inspection_id: Mapped[str] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), nullable=False, index=True
    )
    form_id: Mapped[str] = mapped_column(String(64), nullable=False)
    item_id: Mapped[str] = mapped_column(String(64), nullable=False)
    staff_entry_id: Mapped[str | None] = mapped_column(
        ForeignKey("inspection_staff.id", ondelete="CASCADE")
    )
    value: Mapped[str | None] = mapped_column(NFCText)
    note: Mapped[str] = _text()
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )

    __table_args__ = (
        Index(
            "uq_answers_unit_item",
            "inspection_id",
            "form_id",
            "item_id",
            unique=True,
            sqlite_where=text("staff_entry_id IS NULL"),
        ),
        Index(
            "uq_answers_staff_item",
            "staff_entry_id",
            "form_id",
            "item_id",
            unique=True,
            sqlite_where=text("staff_entry_id IS NOT NULL"),
        ),
    )


class Recommendation(Base):
    __tablename__ = "recommendations"
    id: Mapped[str] = _uuid_pk()
    inspection_id: Mapped[str] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), nullable=False, index=True
    )
    text: Mapped[str] = mapped_column(NFCText, nullable=False)
    deadline: Mapped[date | None] = mapped_column(ISODate)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class AuditEntry(Base):
    """Who changed what and when, with the old and new values."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    actor: Mapped[str] = mapped_column(NFCText, nullable=False, default="")
    device_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(64), nullable=False)
    inspection_id: Mapped[str | None] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(NFCText, nullable=False, default="")


class Photo(Base):
    """A photo attached to an inspection as evidence.

    ``sha256`` is the hash of the original file's bytes as the camera wrote them (what a team
    member can check against the file on the phone or the memory card); ``file_sha256`` is the
    hash of the stored working copy, which names the file in the photo store
    (content-addressed, so the same picture is stored once however often it is attached). An
    annotated version is a new row with ``parent_id`` pointing at the photo it was drawn on,
    whose own file is never touched.
    """

    __tablename__ = "photos"
    id: Mapped[str] = _uuid_pk()
    inspection_id: Mapped[str] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), nullable=False
    )
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("photos.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    width: Mapped[int] = mapped_column(Integer, nullable=False)
    height: Mapped[int] = mapped_column(Integer, nullable=False)
    original_width: Mapped[int] = mapped_column(Integer, nullable=False)
    original_height: Mapped[int] = mapped_column(Integer, nullable=False)
    original_size: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    original_name: Mapped[str] = _text()
    source: Mapped[str] = mapped_column(String(16), nullable=False, default="file")
    caption: Mapped[str] = _text()
    captured_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    camera_make: Mapped[str] = _text()
    camera_model: Mapped[str] = _text()
    gps_lat: Mapped[float | None] = mapped_column(Float)
    gps_lon: Mapped[float | None] = mapped_column(Float)
    form_id: Mapped[str | None] = mapped_column(String(64))
    item_id: Mapped[str | None] = mapped_column(String(64))
    annotation: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    staff_links: Mapped[list[PhotoStaff]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (UniqueConstraint("inspection_id", "sha256"),)


class PhotoStaff(Base):
    """A staff member (as seen in the inspection) shown in a photo."""

    __tablename__ = "photo_staff"
    id: Mapped[str] = _uuid_pk()
    photo_id: Mapped[str] = mapped_column(
        ForeignKey("photos.id", ondelete="CASCADE"), nullable=False
    )
    staff_entry_id: Mapped[str] = mapped_column(
        ForeignKey("inspection_staff.id", ondelete="CASCADE"), nullable=False, index=True
    )

    __table_args__ = (UniqueConstraint("photo_id", "staff_entry_id"),)


# -- signatures (inspector_app.signing) ------------------------------------------------------------
class SignedDocument(Base):
    """A digitally signed PDF of an inspection's minutes (or of an amendment), kept in the data
    dir's ``documents`` folder under ``file_name``.

    One row per signature: a later signature (the unit representative's after the team head's)
    is a new file that extends the previous one (``previous_id``) by an incremental update, so
    every signed state stays on disk and ``sha256`` tells whether a file was touched since.
    """

    __tablename__ = "signed_documents"
    id: Mapped[str] = _uuid_pk()
    inspection_id: Mapped[str] = mapped_column(
        ForeignKey("inspections.id"), nullable=False, index=True
    )
    previous_id: Mapped[str | None] = mapped_column(ForeignKey("signed_documents.id"))
    kind: Mapped[str] = mapped_column(String(16), nullable=False, default="minutes")
    role: Mapped[str] = mapped_column(String(24), nullable=False, default="team_head")
    file_name: Mapped[str] = mapped_column(String(255), nullable=False, unique=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    signer_name: Mapped[str] = _text()
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    cert_subject: Mapped[str] = _text()
    cert_issuer: Mapped[str] = _text()
    cert_serial: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    timestamped: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class DrawnSignature(Base):
    """A signature drawn on screen for one role (``unit_representative``, ``team_head``,
    ``secretary``: :class:`inspector_app.reports.minutes.SignatureRole`),
    or that person's refusal to sign with the reason. The PNG is a file in the data dir's
    ``signatures`` folder, named by its SHA-256."""

    __tablename__ = "drawn_signatures"
    id: Mapped[str] = _uuid_pk()
    inspection_id: Mapped[str] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), nullable=False
    )
    role: Mapped[str] = mapped_column(String(24), nullable=False)
    signer_name: Mapped[str] = _text()
    png_file: Mapped[str | None] = mapped_column(String(255))
    png_sha256: Mapped[str | None] = mapped_column(String(64))
    refused_reason: Mapped[str | None] = mapped_column(NFCText)
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    __table_args__ = (UniqueConstraint("inspection_id", "role"),)


class InspectionAmendment(Base):
    """A correction of a signed inspection: ``inspection_id`` is the new inspection (a draft at
    first, signed in its turn), ``amends_id`` the signed one it corrects, which never changes."""

    __tablename__ = "inspection_amendments"
    id: Mapped[str] = _uuid_pk()
    inspection_id: Mapped[str] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    amends_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), nullable=False, index=True)
    reason: Mapped[str] = _text()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
