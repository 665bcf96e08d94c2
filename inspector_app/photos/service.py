"""Use cases of the photos of an inspection: add, list, caption, link, reorder, remove, annotate.

Like :class:`~inspector_app.services.inspections.InspectionService`, every change is committed at
once and is refused (:class:`ReadOnlyError`) once the inspection is no longer a draft. Files are
written to the store before the row that names them, and deleted after the last such row, so the
database never refers to a missing or half-written file.
"""

from __future__ import annotations

import builtins
import io
import threading
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.db import models as m
from inspector_app.domain.model import InspectionStatus, new_id
from inspector_app.domain.text import clean_text, nfc
from inspector_app.errors import NotFound, ReadOnlyError, UserError
from inspector_app.photos import annotate as ann
from inspector_app.photos.evidence import EvidenceWarning, OtherUse, evidence_warnings
from inspector_app.photos.pipeline import (
    BytesSource,
    ImportOptions,
    Known,
    Processed,
    Rejected,
    RejectReason,
    Source,
    collect_sources,
    ensure_thumbnail,
    put_small_copies,
    run_import,
)
from inspector_app.photos.store import PhotoStore
from inspector_app.services.database import Database
from inspector_app.services.forms import form_from_row
from inspector_app.services.inspections import staff_entry

ItemRef = tuple[str, str]  # (form_id, item_id)
#: The order photos are shown in: an annotated version shares its original's ``sort_order``
#: and comes right after it.
_ORDER = (m.Photo.sort_order, m.Photo.parent_id.is_not(None), m.Photo.imported_at, m.Photo.id)


class AddStatus(StrEnum):
    ADDED = "added"
    PRESENT = "already present"
    REJECTED = "rejected"


@dataclass(frozen=True)
class AddResult:
    source: str
    name: str
    status: AddStatus
    photo_id: str | None = None
    reason: RejectReason | None = None
    message: str = ""


@dataclass(frozen=True)
class AddProgress:
    done: int
    total: int
    result: AddResult


@dataclass(frozen=True)
class AddReport:
    results: tuple[AddResult, ...]
    cancelled: bool = False

    def _count(self, status: AddStatus) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def added(self) -> int:
        return self._count(AddStatus.ADDED)

    @property
    def present(self) -> int:
        return self._count(AddStatus.PRESENT)

    @property
    def rejected(self) -> int:
        return self._count(AddStatus.REJECTED)

    @property
    def photo_ids(self) -> list[str]:
        return [r.photo_id for r in self.results if r.photo_id]


@dataclass(frozen=True)
class PhotoInfo:
    """One photo of an inspection, as the screens and the minutes use it."""

    id: str
    inspection_id: str
    sha256: str
    file_sha256: str
    path: Path
    thumb_path: Path
    width: int
    height: int
    original_width: int
    original_height: int
    original_size: int
    original_name: str
    source: str
    caption: str
    captured_at: datetime | None
    camera_make: str
    camera_model: str
    gps_lat: float | None
    gps_lon: float | None
    item: ItemRef | None
    staff_entry_ids: tuple[str, ...]
    parent_id: str | None
    shapes: tuple[ann.Shape, ...]
    imported_at: datetime
    sort_order: int
    warnings: tuple[EvidenceWarning, ...] = ()

    @property
    def camera(self) -> str:
        make, model = self.camera_make, self.camera_model
        if make and model.lower().startswith(make.lower()):
            return model
        return f"{make} {model}".strip()

    @property
    def is_version(self) -> bool:
        """An annotated version of another photo."""
        return self.parent_id is not None


def _drain(gen: Generator[AddProgress, None, AddReport]) -> AddReport:
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


class PhotoService:
    def __init__(
        self, db: Database, store: PhotoStore | None = None, options: ImportOptions | None = None
    ) -> None:
        self.db = db
        self.store = store or PhotoStore(db.paths.photos)
        self.options = options or ImportOptions()

    # -- adding -------------------------------------------------------------------------------
    def add_iter(
        self,
        inspection_id: str,
        paths: Iterable[Path | str | BytesSource],
        *,
        staff_ids: Sequence[str] = (),
        item: ItemRef | None = None,
        caption: str = "",
        source_kind: str = "file",
        cancel: threading.Event | None = None,
    ) -> Generator[AddProgress, None, AddReport]:
        """Add files, whole folders (searched for images) and in-memory images to the
        inspection, yielding an :class:`AddProgress` per file. Every photo of the batch gets
        ``caption``, ``item`` and ``staff_ids``."""
        raw = list(paths)
        in_memory: list[Source] = [p for p in raw if isinstance(p, BytesSource)]
        files, missing = collect_sources(p for p in raw if not isinstance(p, BytesSource))
        sources: list[Source] = files + in_memory
        caption = clean_text(caption)
        with self.db.session() as s:
            row = self._load_open(s, inspection_id)
            if item is not None:
                self._check_item(row, item)
            entries = [staff_entry(s, inspection_id, e).id for e in dict.fromkeys(staff_ids)]
            base = (
                s.scalar(
                    select(func.max(m.Photo.sort_order)).where(
                        m.Photo.inspection_id == inspection_id
                    )
                )
                or 0
            ) + 1
            known = self._known(s)
        total = len(sources) + len(missing)
        results: list[AddResult] = []
        for rejected in missing:
            results.append(self._rejected(rejected))
            yield AddProgress(len(results), total, results[-1])
        pipeline = run_import(sources, self.store, self.options, frozenset(known), cancel)
        summary = None
        while True:
            try:
                progress = next(pipeline)
            except StopIteration as stop:
                summary = stop.value
                break
            outcome = progress.outcome
            if isinstance(outcome, Rejected):
                result = self._rejected(outcome)
            else:
                kind = source_kind if isinstance(sources[progress.index], BytesSource) else "file"
                result = self._record(
                    inspection_id, outcome, kind, base + progress.index, caption, item, entries
                )
            results.append(result)
            yield AddProgress(len(results), total, result)
        return AddReport(tuple(results), cancelled=bool(summary and summary.cancelled))

    def add(
        self, inspection_id: str, paths: Iterable[Path | str | BytesSource], **kwargs: object
    ) -> AddReport:
        """:meth:`add_iter` run to the end."""
        return _drain(self.add_iter(inspection_id, paths, **kwargs))  # type: ignore[arg-type]

    def add_bytes(
        self,
        inspection_id: str,
        data: bytes,
        name: str,
        *,
        source_kind: str,
        captured_at: datetime | None = None,
        **kwargs: object,
    ) -> AddReport:
        """An image from the clipboard (``source_kind="clipboard"``) or the camera
        (``"camera"``, with ``captured_at`` the moment it was taken)."""
        source = BytesSource(name, data, captured_at)
        return self.add(inspection_id, [source], source_kind=source_kind, **kwargs)

    @staticmethod
    def _rejected(outcome: Rejected) -> AddResult:
        return AddResult(
            outcome.source,
            outcome.name,
            AddStatus.REJECTED,
            reason=outcome.reason,
            message=outcome.detail,
        )

    def _known(self, s: Session) -> set[str]:
        rows = s.execute(select(m.Photo.sha256, m.Photo.file_sha256).distinct()).all()
        return {sha for sha, file_sha in rows if self.store.has(file_sha)}

    def _record(
        self,
        inspection_id: str,
        outcome: Processed | Known,
        kind: str,
        order: int,
        caption: str,
        item: ItemRef | None,
        entries: list[str],
    ) -> AddResult:
        with self.db.session() as s:
            self._load_open(s, inspection_id)
            present = s.scalars(
                select(m.Photo.id).where(
                    m.Photo.inspection_id == inspection_id, m.Photo.sha256 == outcome.sha256
                )
            ).first()
            if present is not None:
                return AddResult(outcome.source, outcome.name, AddStatus.PRESENT, present)
            if isinstance(outcome, Processed):
                meta = outcome.meta
                photo = m.Photo(
                    sha256=outcome.sha256,
                    file_sha256=outcome.file_sha256,
                    width=outcome.width,
                    height=outcome.height,
                    original_width=outcome.original_width,
                    original_height=outcome.original_height,
                    original_size=outcome.original_size,
                    captured_at=meta.captured_at,
                    camera_make=meta.camera_make,
                    camera_model=meta.camera_model,
                    gps_lat=meta.gps_lat,
                    gps_lon=meta.gps_lon,
                )
            else:
                same = s.scalars(
                    select(m.Photo)
                    .where(m.Photo.sha256 == outcome.sha256)
                    .order_by(m.Photo.parent_id.is_not(None), m.Photo.imported_at)
                ).first()
                if same is None:  # removed meanwhile: cannot happen within one batch's rows
                    return AddResult(
                        outcome.source,
                        outcome.name,
                        AddStatus.REJECTED,
                        reason=RejectReason.FAILED,
                        message="try again",
                    )
                photo = m.Photo(
                    **{
                        name: getattr(same, name)
                        for name in (
                            "sha256",
                            "file_sha256",
                            "width",
                            "height",
                            "original_width",
                            "original_height",
                            "original_size",
                            "captured_at",
                            "camera_make",
                            "camera_model",
                            "gps_lat",
                            "gps_lon",
                        )
                    }
                )
            photo.id = new_id()
            photo.inspection_id = inspection_id
            photo.original_name = nfc(outcome.name)
            photo.source = kind
            photo.caption = caption
            photo.sort_order = order
            if item is not None:
                photo.form_id, photo.item_id = item
            photo.staff_links = [m.PhotoStaff(id=new_id(), staff_entry_id=e) for e in entries]
            s.add(photo)
            return AddResult(outcome.source, outcome.name, AddStatus.ADDED, photo.id)

    # -- reading ------------------------------------------------------------------------------
    def list(
        self,
        inspection_id: str,
        *,
        staff_entry_id: str | None = None,
        item: ItemRef | None = None,
        verify: bool = False,
        warnings: bool = True,
    ) -> builtins.list[PhotoInfo]:
        """The inspection's photos in their order (annotated versions right after the photo
        they were drawn on), optionally only those of one person or one item, each with its
        evidence warnings (none when ``warnings`` is false: the minutes do not show them).
        ``verify`` also re-hashes every stored file (slower)."""
        with self.db.session() as s:
            ins = self._load(s, inspection_id)
            q = select(m.Photo).where(m.Photo.inspection_id == inspection_id).order_by(*_ORDER)
            if staff_entry_id is not None:
                q = q.where(
                    m.Photo.id.in_(
                        select(m.PhotoStaff.photo_id).where(
                            m.PhotoStaff.staff_entry_id == staff_entry_id
                        )
                    )
                )
            if item is not None:
                q = q.where(m.Photo.form_id == item[0], m.Photo.item_id == item[1])
            rows = list(s.scalars(q))
            links = self._links(s, [r.id for r in rows])
            if not warnings:
                return [self._info(r, links.get(r.id, ()), []) for r in rows]
            roots = self._root_shas(s, rows)
            others = self._others(s, inspection_id, set(roots.values()))
            return [
                self._info(
                    r,
                    links.get(r.id, ()),
                    evidence_warnings(
                        r.captured_at,
                        ins.started_at,
                        ins.ended_at,
                        others.get(roots[r.id], ()),
                        self.store.verify(r.file_sha256) if verify else True,
                    ),
                )
                for r in rows
            ]

    def get(self, photo_id: str) -> PhotoInfo:
        with self.db.session() as s:
            row = self._photo(s, photo_id)
        for info in self.list(row.inspection_id):
            if info.id == photo_id:
                return info
        raise NotFound(f"no photo with id {photo_id}")  # pragma: no cover - removed meanwhile

    def evidence_warnings(
        self, inspection_id: str, verify: bool = False
    ) -> dict[str, builtins.list[EvidenceWarning]]:
        return {p.id: list(p.warnings) for p in self.list(inspection_id, verify=verify)}

    def verify(self, inspection_id: str) -> builtins.list[str]:
        """Ids of the photos whose stored file is missing or no longer matches its hash."""
        with self.db.session() as s:
            rows = s.execute(
                select(m.Photo.id, m.Photo.file_sha256).where(
                    m.Photo.inspection_id == inspection_id
                )
            ).all()
        return [pid for pid, sha in rows if not self.store.verify(sha)]

    def thumbnail(self, photo: PhotoInfo) -> Path:
        """The thumbnail's file, rebuilt from the working copy if it went missing."""
        return ensure_thumbnail(self.store, photo.file_sha256, self.options)

    # -- organising ---------------------------------------------------------------------------
    def set_caption(self, photo_id: str, caption: str) -> None:
        with self.db.session() as s:
            self._open_photo(s, photo_id).caption = clean_text(caption)

    def link_staff(self, photo_id: str, staff_entry_ids: Sequence[str]) -> None:
        """The people shown in the photo (replaces the list; empty: nobody)."""
        with self.db.session() as s:
            photo = self._open_photo(s, photo_id)
            wanted = [
                staff_entry(s, photo.inspection_id, e).id for e in dict.fromkeys(staff_entry_ids)
            ]
            keep = [link for link in photo.staff_links if link.staff_entry_id in wanted]
            have = {link.staff_entry_id for link in keep}
            photo.staff_links = keep + [
                m.PhotoStaff(id=new_id(), staff_entry_id=e) for e in wanted if e not in have
            ]

    def link_item(self, photo_id: str, item: ItemRef | None) -> None:
        """The checklist item the photo is evidence for (``None``: none)."""
        with self.db.session() as s:
            photo = self._open_photo(s, photo_id)
            if item is not None:
                self._check_item(self._load(s, photo.inspection_id), item)
            photo.form_id, photo.item_id = item if item is not None else (None, None)

    def reorder(self, inspection_id: str, photo_ids: Sequence[str]) -> None:
        """Put the photos in this order (photos left out keep their place after these)."""
        with self.db.session() as s:
            self._load_open(s, inspection_id)
            rows = list(
                s.scalars(
                    select(m.Photo).where(m.Photo.inspection_id == inspection_id).order_by(*_ORDER)
                )
            )
            by_id = {r.id: r for r in rows}
            unknown = [p for p in photo_ids if p not in by_id]
            if unknown:
                raise NotFound(f"no photo {unknown[0]} in inspection {inspection_id}")
            ordered = [by_id[p] for p in dict.fromkeys(photo_ids)]
            ordered += [r for r in rows if r not in ordered]
            for pos, row in enumerate(ordered, start=1):
                if row.sort_order != pos:
                    row.sort_order = pos

    def remove(self, photo_id: str) -> builtins.list[str]:
        """Remove a photo and its annotated versions; returns the ids removed."""
        with self.db.session() as s:
            photo = self._open_photo(s, photo_id)
            rows = [photo, *s.scalars(select(m.Photo).where(m.Photo.parent_id == photo.id))]
            shas = {r.file_sha256 for r in rows}
            removed = [r.id for r in rows]
            for row in reversed(rows):
                s.delete(row)
        with self.db.session() as s:
            used = set(s.scalars(select(m.Photo.file_sha256).where(m.Photo.file_sha256.in_(shas))))
        for sha in shas - used:
            self.store.delete(sha)
        return removed

    def annotate(self, photo_id: str, shapes: Sequence[ann.Shape]) -> str:
        """Draw ``shapes`` on the photo as a new version; the original stays as it is.

        Annotating a version draws on the original again with the shapes given (so a version
        can be re-edited without burning arrows on arrows). Returns the new version's id.
        """
        if not shapes:
            raise UserError("draw at least one arrow, circle or text first")
        with self.db.session() as s:
            photo = self._open_photo(s, photo_id)
            root = self._photo(s, photo.parent_id) if photo.parent_id else photo
            data = ann.render_jpeg(self.store.read(root.file_sha256), shapes)
            file_sha = self.store.put(data)
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                put_small_copies(self.store, file_sha, image, self.options)
            existing = s.scalars(
                select(m.Photo.id).where(
                    m.Photo.inspection_id == photo.inspection_id, m.Photo.sha256 == file_sha
                )
            ).first()
            if existing is not None:
                return existing
            version = m.Photo(
                id=new_id(),
                inspection_id=photo.inspection_id,
                parent_id=root.id,
                sha256=file_sha,
                file_sha256=file_sha,
                width=root.width,
                height=root.height,
                original_width=root.original_width,
                original_height=root.original_height,
                original_size=len(data),
                original_name=root.original_name,
                source="annotation",
                caption=photo.caption,
                captured_at=root.captured_at,
                camera_make=root.camera_make,
                camera_model=root.camera_model,
                gps_lat=root.gps_lat,
                gps_lon=root.gps_lon,
                form_id=photo.form_id,
                item_id=photo.item_id,
                annotation=ann.shapes_to_json(shapes),
                sort_order=photo.sort_order,
                staff_links=[
                    m.PhotoStaff(id=new_id(), staff_entry_id=link.staff_entry_id)
                    for link in photo.staff_links
                ],
            )
            s.add(version)
            return version.id

    # -- helpers ------------------------------------------------------------------------------
    def _info(
        self, r: m.Photo, staff: tuple[str, ...], warnings: builtins.list[EvidenceWarning]
    ) -> PhotoInfo:
        return PhotoInfo(
            id=r.id,
            inspection_id=r.inspection_id,
            sha256=r.sha256,
            file_sha256=r.file_sha256,
            path=self.store.path(r.file_sha256),
            thumb_path=self.store.thumb_path(r.file_sha256),
            width=r.width,
            height=r.height,
            original_width=r.original_width,
            original_height=r.original_height,
            original_size=r.original_size,
            original_name=r.original_name,
            source=r.source,
            caption=r.caption,
            captured_at=r.captured_at,
            camera_make=r.camera_make,
            camera_model=r.camera_model,
            gps_lat=r.gps_lat,
            gps_lon=r.gps_lon,
            item=(r.form_id, r.item_id) if r.form_id and r.item_id else None,
            staff_entry_ids=staff,
            parent_id=r.parent_id,
            shapes=tuple(ann.shapes_from_json(r.annotation)),
            imported_at=r.imported_at,
            sort_order=r.sort_order,
            warnings=tuple(warnings),
        )

    @staticmethod
    def _links(s: Session, photo_ids: builtins.list[str]) -> dict[str, tuple[str, ...]]:
        order = (
            select(m.StaffEntry.sort_order)
            .where(m.StaffEntry.id == m.PhotoStaff.staff_entry_id)
            .scalar_subquery()
        )
        rows = s.execute(
            select(m.PhotoStaff.photo_id, m.PhotoStaff.staff_entry_id)
            .where(m.PhotoStaff.photo_id.in_(photo_ids))
            .order_by(order)
        ).all()
        links: dict[str, tuple[str, ...]] = {}
        for photo_id, entry_id in rows:
            links[photo_id] = (*links.get(photo_id, ()), entry_id)
        return links

    @staticmethod
    def _root_shas(s: Session, rows: builtins.list[m.Photo]) -> dict[str, str]:
        """Each photo's evidence identity: its own original, or its parent's for a version."""
        by_id = {r.id: r for r in rows}
        result = {}
        for r in rows:
            parent = by_id.get(r.parent_id) if r.parent_id else None
            if r.parent_id and parent is None:
                parent = s.get(m.Photo, r.parent_id)
            result[r.id] = parent.sha256 if parent is not None else r.sha256
        return result

    @staticmethod
    def _others(s: Session, inspection_id: str, shas: set[str]) -> dict[str, tuple[OtherUse, ...]]:
        rows = s.execute(
            select(m.Photo.sha256, m.Inspection.id, m.Unit.name, m.Inspection.started_at)
            .join(m.Inspection, m.Inspection.id == m.Photo.inspection_id)
            .join(m.Unit, m.Unit.id == m.Inspection.unit_id)
            .where(m.Photo.sha256.in_(shas), m.Photo.inspection_id != inspection_id)
            .distinct()
            .order_by(m.Inspection.started_at)
        ).all()
        result: dict[str, tuple[OtherUse, ...]] = {}
        for sha, ins_id, unit, started in rows:
            result[sha] = (*result.get(sha, ()), OtherUse(ins_id, unit, started))
        return result

    @staticmethod
    def _load(s: Session, inspection_id: str) -> m.Inspection:
        row = s.get(m.Inspection, inspection_id)
        if row is None:
            raise NotFound(f"no inspection with id {inspection_id}")
        return row

    def _load_open(self, s: Session, inspection_id: str) -> m.Inspection:
        row = self._load(s, inspection_id)
        if row.status != InspectionStatus.DRAFT.value:
            raise ReadOnlyError(f"the inspection is {row.status} and its photos cannot be changed")
        return row

    @staticmethod
    def _photo(s: Session, photo_id: str) -> m.Photo:
        photo = s.get(m.Photo, photo_id)
        if photo is None:
            raise NotFound(f"no photo with id {photo_id}")
        return photo

    def _open_photo(self, s: Session, photo_id: str) -> m.Photo:
        photo = self._photo(s, photo_id)
        self._load_open(s, photo.inspection_id)
        return photo

    @staticmethod
    def _check_item(row: m.Inspection, item: ItemRef) -> None:
        form_id, item_id = item
        for link in row.forms:
            if link.snapshot.form_id == form_id:
                try:
                    form_from_row(link.snapshot).item(item_id)
                except KeyError:
                    raise NotFound(f"form {form_id!r} has no item {item_id!r}") from None
                return
        raise NotFound(f"the inspection does not use form {form_id!r}")

    def resolve_item(self, inspection_id: str, ref: str) -> ItemRef:
        """``FORM:ITEM`` or an item id that only one of the inspection's forms has."""
        with self.db.session() as s:
            row = self._load(s, inspection_id)
            if ":" in ref:
                form_id, item_id = ref.split(":", 1)
                self._check_item(row, (form_id, item_id))
                return form_id, item_id
            hits = []
            for link in row.forms:
                form = form_from_row(link.snapshot)
                if any(i.id == ref for _section, i in form.items()):
                    hits.append((form.id, ref))
        if not hits:
            raise NotFound(f"no item {ref!r} in the inspection's forms")
        if len(hits) > 1:
            raise UserError(f"item {ref!r} is in several forms: write FORM:ITEM")
        return hits[0]

    def resolve_staff(self, inspection_id: str, ref: str) -> str:
        """A person of the inspection by entry id, roster id or exact full name."""
        key = nfc(ref).strip()
        with self.db.session() as s:
            self._load(s, inspection_id)
            rows = s.scalars(
                select(m.StaffEntry).where(m.StaffEntry.inspection_id == inspection_id)
            ).all()
        hits = [e for e in rows if key in (e.id, e.staff_id)]
        hits = hits or [e for e in rows if e.full_name.casefold() == key.casefold()]
        if not hits:
            raise NotFound(f"no person {ref!r} in inspection {inspection_id}")
        if len(hits) > 1:
            raise UserError(f"{ref!r} names {len(hits)} people: use the id")
        return hits[0].id

    def delete_unreferenced_files(self) -> int:
        """Remove store files no photo refers to (after a crash or a cancelled import)."""
        with self.db.session() as s:
            used = set(s.scalars(select(m.Photo.file_sha256).distinct()))
        removed = 0
        for path in self.store.root.glob("[0-9a-f][0-9a-f]/*.jpg"):
            if path.stem not in used:
                self.store.delete(path.stem)
                removed += 1
        return removed


__all__ = [
    "AddProgress",
    "AddReport",
    "AddResult",
    "AddStatus",
    "ItemRef",
    "PhotoInfo",
    "PhotoService",
]
