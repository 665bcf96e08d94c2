"""Photos with the JSON exchange file: the JSON names each photo by hash, the files go beside it.

Two layouts (``docs/photos.md``):

* a folder: ``FILE.json`` and ``FILE.json.photos/<file_sha256>.jpg``;
* a zip: ``inspection.json`` and ``photos/<file_sha256>.jpg`` in one ``.zip`` file.

On import every file is hashed and must match its name and the JSON before anything is stored;
a missing or altered photo refuses the whole import, naming the photo.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.db import models as m
from inspector_app.domain.model import new_id
from inspector_app.errors import UserError
from inspector_app.photos import annotate as ann
from inspector_app.photos.store import SUFFIX, PhotoStore, sha256_bytes

if TYPE_CHECKING:
    from inspector_app.services.database import Database
    from inspector_app.services.exchange import ExchangeV1, PhotoV1

ZIP_JSON = "inspection.json"
ZIP_PHOTOS = "photos/"
_FIELDS = (
    "id",
    "sha256",
    "file_sha256",
    "parent_id",
    "width",
    "height",
    "original_width",
    "original_height",
    "original_size",
    "original_name",
    "source",
    "caption",
    "captured_at",
    "camera_make",
    "camera_model",
    "gps_lat",
    "gps_lon",
    "form_id",
    "item_id",
    "imported_at",
    "sort_order",
)

PhotoReader = Callable[[str], bytes | None]
"""Gives the bytes of the file of a ``file_sha256`` in an export, or ``None`` if missing."""


def photos_dir_for(json_path: Path) -> Path:
    return json_path.with_name(json_path.name + ".photos")


# -- the records (called by services/exchange.py) ---------------------------------------------
def export_photo_records(s: Session, inspection_id: str) -> list[dict[str, Any]]:
    rows = s.scalars(
        select(m.Photo)
        .where(m.Photo.inspection_id == inspection_id)
        .order_by(
            m.Photo.parent_id.is_not(None), m.Photo.sort_order, m.Photo.imported_at, m.Photo.id
        )
    ).all()
    order = (
        select(m.StaffEntry.sort_order)
        .where(m.StaffEntry.id == m.PhotoStaff.staff_entry_id)
        .scalar_subquery()
    )
    links: dict[str, list[str]] = {}
    for photo_id, entry_id in s.execute(
        select(m.PhotoStaff.photo_id, m.PhotoStaff.staff_entry_id)
        .where(m.PhotoStaff.photo_id.in_([r.id for r in rows]))
        .order_by(order)
    ):
        links.setdefault(photo_id, []).append(entry_id)
    return [
        {name: getattr(r, name) for name in _FIELDS}
        | {
            "annotation": json.loads(r.annotation) if r.annotation else None,
            "staff_entry_ids": links.get(r.id, []),
        }
        for r in rows
    ]


def check_photo_records(doc: ExchangeV1, source: str) -> None:
    """References inside the file: people, parents and items exist, ids are unique."""
    ins = doc.inspection
    people = {e.id for e in ins.staff}
    ids: set[str] = set()
    for photo in ins.photos:
        label = f"{source}: photo {photo.original_name or photo.id}"
        if photo.id in ids:
            raise UserError(f"{label}: the id {photo.id} is used twice")
        ids.add(photo.id)
        if photo.parent_id is not None and photo.parent_id not in ids:
            raise UserError(
                f"{label}: it is a version of photo {photo.parent_id}, which is "
                "not before it in the file"
            )
        for entry in photo.staff_entry_ids:
            if entry not in people:
                raise UserError(f"{label}: names person {entry}, who is not in the inspection")
        if (photo.form_id is None) != (photo.item_id is None):
            raise UserError(f"{label}: form_id and item_id go together")
        try:
            [ann.Shape(**shape) for shape in photo.annotation or []]
        except (TypeError, ValueError) as exc:
            raise UserError(f"{label}: annotation: {exc}") from None


def insert_photo_records(
    s: Session, store_root: Path, inspection_id: str, photos: Sequence[PhotoV1], source: str = ""
) -> None:
    """Add the photo rows of an imported inspection; their files must be in the store."""
    store = PhotoStore(store_root)
    for photo in photos:
        if not store.has(photo.file_sha256):
            where = f"{source}: " if source else ""
            raise UserError(
                f"{where}the file of photo {photo.original_name or photo.id} "
                f"({photo.file_sha256[:12]}…) is not in the photo store: import "
                "the export with its photos folder or as a zip"
            )
        values = photo.model_dump(exclude={"annotation", "staff_entry_ids"})
        s.add(
            m.Photo(
                **values,
                inspection_id=inspection_id,
                annotation=json.dumps(photo.annotation, ensure_ascii=False)
                if photo.annotation
                else None,
                staff_links=[
                    m.PhotoStaff(id=new_id(), staff_entry_id=e) for e in photo.staff_entry_ids
                ],
            )
        )
        s.flush()  # a version's parent is in the table before the version


# -- writing an export ------------------------------------------------------------------------
def write_export(data: dict[str, Any], out: Path, store_root: Path, *, as_zip: bool = False) -> int:
    """Write the exchange dict and its photos' files (folder or zip); returns the photo count.

    The files are written before the JSON, each atomically, so an export that a crash cut
    short has no JSON and is not mistaken for a whole one.
    """
    from inspector_app.services.exchange import write_json

    store = PhotoStore(store_root)
    shas = sorted({p["file_sha256"] for p in data["inspection"].get("photos", [])})
    for sha in shas:
        if not store.verify(sha):
            raise UserError(
                f"photo file {sha[:12]}… is missing or altered in the photo store "
                f"{store.root}; nothing was exported"
            )
    if as_zip:
        _write_zip(data, out, store, shas)
    else:
        if shas:
            folder = photos_dir_for(out)
            for sha in shas:
                target = folder / f"{sha}{SUFFIX}"
                if not (target.is_file() and sha256_bytes(target.read_bytes()) == sha):
                    _copy_atomic(store.path(sha), target)
        write_json(data, out)
    return len(data["inspection"].get("photos", []))


def _copy_atomic(src: Path, dst: Path) -> None:
    from inspector_app.photos.store import write_atomic

    try:
        write_atomic(dst, src.read_bytes(), durable=False)
    except OSError as exc:
        raise UserError(f"cannot write {dst}: {exc.strerror or exc}") from exc


def _write_zip(data: dict[str, Any], out: Path, store: PhotoStore, shas: list[str]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=".", suffix=".zip.tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(ZIP_JSON, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            for sha in shas:  # JPEG is compressed already
                zf.write(
                    store.path(sha), f"{ZIP_PHOTOS}{sha}{SUFFIX}", compress_type=zipfile.ZIP_STORED
                )
        os.replace(tmp, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise UserError(f"cannot write {out}: {exc.strerror or exc}") from exc


# -- reading an export ------------------------------------------------------------------------
def read_export(path: Path) -> tuple[ExchangeV1, PhotoReader]:
    """The validated exchange document of a ``.json`` (photos in the folder beside it) or a
    ``.zip``, and a reader of its photo files."""
    from inspector_app.services.exchange import parse_exchange, read_json

    path = Path(path)
    if path.is_file() and zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as zf:
                raw = json.loads(zf.read(ZIP_JSON).decode("utf-8-sig"))
                names = set(zf.namelist())
        except KeyError:
            raise UserError(f"{path}: the zip has no {ZIP_JSON}") from None
        except (zipfile.BadZipFile, OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UserError(f"{path}: cannot be read: {exc}") from None
        doc = parse_exchange(raw, str(path))

        def from_zip(sha: str) -> bytes | None:
            name = f"{ZIP_PHOTOS}{sha}{SUFFIX}"
            if name not in names:
                return None
            with zipfile.ZipFile(path) as zf:
                return zf.read(name)

        return doc, from_zip
    doc = read_json(path)
    folder = photos_dir_for(path)

    def from_folder(sha: str) -> bytes | None:
        try:
            return (folder / f"{sha}{SUFFIX}").read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise UserError(f"{folder}: cannot be read: {exc.strerror or exc}") from None

    return doc, from_folder


def store_photo_files(doc: ExchangeV1, read: PhotoReader, store: PhotoStore, source: str) -> int:
    """Check every photo file of ``doc`` against its hash, then put them in the store.
    Nothing is stored unless all are right. Returns the number of files copied."""
    wanted: dict[str, str] = {}
    for photo in doc.inspection.photos:
        wanted.setdefault(photo.file_sha256, photo.original_name or photo.id)
    todo: dict[str, bytes] = {}
    for sha, label in wanted.items():
        if store.verify(sha):
            continue
        data = read(sha)
        if data is None:
            raise UserError(
                f"{source}: the file of photo {label} ({sha[:12]}…) is missing from the export"
            )
        if sha256_bytes(data) != sha:
            raise UserError(
                f"{source}: the file of photo {label} ({sha[:12]}…) does not match "
                "its hash (the file was altered)"
            )
        todo[sha] = data
    for sha, data in todo.items():
        store.put(data, sha)
    return len(todo)


def import_export(db: Database, path: Path) -> str:
    """Read an export (JSON with its photos folder, or zip), check and store its photos, import
    the inspection; returns its id."""
    from inspector_app.services.exchange import import_inspection

    doc, read = read_export(path)
    store_photo_files(doc, read, PhotoStore(db.paths.photos), str(path))
    return import_inspection(db, doc, source=str(path))
