"""Signing an inspection: render the minutes, sign them, keep the file, lock the inspection.

* :func:`sign_inspection` — the team head signs a *completed* inspection: the minutes are
  rendered (with the drawn signatures), signed, written to ``<data dir>/documents/``
  atomically, recorded in ``signed_documents``, and the inspection becomes ``signed``. All or
  nothing: if any step fails, no file is left and the inspection stays completed.
* :func:`add_signature` — a further digital signature (the unit representative's, the
  secretary's) on the latest signed file, as a new file that extends it.
* A signed inspection never changes again (``InspectionService`` refuses with
  ``ReadOnlyError``, and it cannot be reopened). A correction is an *amendment*:
  :func:`create_amendment` makes a new draft inspection with the same content, linked to the
  signed one, to be completed and signed in its turn.
* Drawn signatures and refusals (:func:`save_drawn_signature`) are stored per role until the
  inspection is signed; the PNG files live in ``<data dir>/signatures/``.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from inspector_app.db import audit
from inspector_app.db import models as m
from inspector_app.domain.model import InspectionStatus, new_id
from inspector_app.domain.text import clean_text
from inspector_app.errors import NotFound, ReadOnlyError, StorageError, UserError
from inspector_app.gcpause import gc_paused
from inspector_app.paths import DataPaths
from inspector_app.signing.credentials import Credential, open_signer
from inspector_app.signing.errors import SigningError
from inspector_app.signing.pdf import SignatureBox, sign_pdf
from inspector_app.signing.stamp import REASON_AMENDMENT, REASON_MINUTES, unaccented

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext

log = logging.getLogger(__name__)

# The roles that sign the minutes, as the PDF layout names them
# (inspector_app.reports.minutes.SignatureRole), left to right.
ROLE_REPRESENTATIVE = "unit_representative"
ROLE_HEAD = "team_head"
ROLE_SECRETARY = "secretary"
ROLES = (ROLE_REPRESENTATIVE, ROLE_HEAD, ROLE_SECRETARY)

#: Names of the signature fields in the PDF, one per role (readable in any PDF reader, which
#: can also fill the empty ones).
FIELD_NAMES = {
    ROLE_REPRESENTATIVE: "DaiDienDonVi",
    ROLE_HEAD: "TruongDoan",
    ROLE_SECRETARY: "NguoiLapBienBan",
}

KIND_MINUTES = "minutes"
KIND_AMENDMENT = "amendment"
_SIGNABLE = {InspectionStatus.COMPLETED.value}
_LOCKED = {InspectionStatus.SIGNED.value, InspectionStatus.SYNCED.value}
_DRAWABLE = {InspectionStatus.DRAFT.value, InspectionStatus.COMPLETED.value}


@dataclass(frozen=True)
class DrawnSignatureData:
    role: str
    signer_name: str
    png: bytes | None
    refused_reason: str | None
    signed_at: datetime

    @property
    def refused(self) -> bool:
        return self.refused_reason is not None


@dataclass(frozen=True)
class SignedDocumentInfo:
    id: str
    inspection_id: str
    kind: str
    role: str
    path: Path
    sha256: str
    size: int
    signer_name: str
    signed_at: datetime
    cert_subject: str
    cert_issuer: str
    cert_serial: str
    timestamped: bool
    previous_id: str | None
    timestamp_note: str | None = None  # set on the result of a signing, never stored
    name_note: str | None = None  # the certificate's name is not the signer's recorded name


#: Renders an inspection's minutes: ``(ctx, inspection_id, drawn signatures)`` → the PDF bytes
#: and the reserved signature boxes by role.
Renderer = Callable[
    ["AppContext", str, Sequence[DrawnSignatureData]], tuple[bytes, Mapping[str, SignatureBox]]
]


def documents_dir(paths: DataPaths) -> Path:
    return paths.root / "documents"


def signatures_dir(paths: DataPaths) -> Path:
    return paths.root / "signatures"


# -- drawn signatures ------------------------------------------------------------------------------
def save_drawn_signature(
    ctx: AppContext,
    inspection_id: str,
    role: str,
    *,
    png: bytes | None = None,
    refused_reason: str | None = None,
    signer_name: str = "",
) -> None:
    """Record a drawn signature (PNG bytes) or a refusal (with its reason) for ``role``."""
    _check_role(role)
    if (png is None) == (refused_reason is None):
        raise UserError("give either the drawn signature or the reason for refusing to sign")
    file_name = digest = None
    if png is not None:
        if not png.startswith(b"\x89PNG\r\n\x1a\n"):
            raise UserError("the drawn signature is not a PNG image")
        digest = hashlib.sha256(png).hexdigest()
        file_name = f"{digest}.png"
        target = signatures_dir(ctx.paths) / file_name
        if not target.exists():
            _write_file(target, png)
    else:
        refused_reason = clean_text(refused_reason)
        if not refused_reason:
            raise UserError("a refusal to sign needs its reason")
    with ctx.db.session() as s:
        row = _inspection(s, inspection_id)
        if row.status not in _DRAWABLE:
            raise ReadOnlyError(f"the inspection is {row.status} and its signatures cannot change")
        sig = s.scalars(
            select(m.DrawnSignature).where(
                m.DrawnSignature.inspection_id == inspection_id, m.DrawnSignature.role == role
            )
        ).first()
        if sig is None:
            sig = m.DrawnSignature(id=new_id(), inspection_id=inspection_id, role=role)
            s.add(sig)
        sig.signer_name = clean_text(signer_name)
        sig.png_file = file_name
        sig.png_sha256 = digest
        sig.refused_reason = refused_reason
        sig.signed_at = datetime.now().astimezone().replace(microsecond=0)


def clear_drawn_signature(ctx: AppContext, inspection_id: str, role: str) -> None:
    _check_role(role)
    with ctx.db.session() as s:
        row = _inspection(s, inspection_id)
        if row.status not in _DRAWABLE:
            raise ReadOnlyError(f"the inspection is {row.status} and its signatures cannot change")
        for sig in s.scalars(
            select(m.DrawnSignature).where(
                m.DrawnSignature.inspection_id == inspection_id, m.DrawnSignature.role == role
            )
        ):
            s.delete(sig)


def drawn_signatures(ctx: AppContext, inspection_id: str) -> list[DrawnSignatureData]:
    """The drawn signatures and refusals recorded, in the order of :data:`ROLES`."""
    with ctx.db.session() as s:
        _inspection(s, inspection_id)
        return _drawn(ctx, s, inspection_id)


def _drawn(ctx: AppContext, s: Any, inspection_id: str) -> list[DrawnSignatureData]:
    rows = list(
        s.scalars(select(m.DrawnSignature).where(m.DrawnSignature.inspection_id == inspection_id))
    )
    result = []
    for row in sorted(rows, key=lambda r: ROLES.index(r.role) if r.role in ROLES else 99):
        png = None
        if row.png_file:
            path = signatures_dir(ctx.paths) / row.png_file
            try:
                png = path.read_bytes()
            except OSError as exc:
                raise StorageError(
                    f"the drawn signature {path} cannot be read: {exc.strerror}"
                ) from None
            if row.png_sha256 and hashlib.sha256(png).hexdigest() != row.png_sha256:
                raise StorageError(f"the drawn signature {path} was changed on disk")
        result.append(
            DrawnSignatureData(row.role, row.signer_name, png, row.refused_reason, row.signed_at)
        )
    return result


# -- signing ---------------------------------------------------------------------------------------
@gc_paused()
def sign_inspection(
    ctx: AppContext,
    inspection_id: str,
    credential: Credential,
    *,
    tsa_url: str | None = None,
    location: str = "",
    render: Renderer | None = None,
    render_options: Mapping[str, Any] | None = None,
) -> SignedDocumentInfo:
    """The team head signs the minutes of a completed inspection; see the module docstring.

    ``render`` lays out the minutes (default: :func:`render_with_reports`, which takes
    ``render_options``: place, copies, photos ...)."""
    with ctx.db.session() as s:
        row = _inspection(s, inspection_id)
        _check_signable(row)
        kind = KIND_AMENDMENT if _amends(s, inspection_id) else KIND_MINUTES
        started, unit_name = row.started_at, row.unit.name if row.unit else ""
        head_name = next((t.inspector.full_name for t in row.team if t.role == "head"), "")
        drawn = _drawn(ctx, s, inspection_id)
    boxes: Mapping[str, SignatureBox]
    if render is None:
        pdf, boxes = render_with_reports(ctx, inspection_id, drawn, **(render_options or {}))
    else:
        pdf, boxes = render(ctx, inspection_id, drawn)
    refused = {d.role for d in drawn if d.refused}
    reserve = {
        FIELD_NAMES[r]: b
        for r, b in boxes.items()
        if r in FIELD_NAMES and r != ROLE_HEAD and r not in refused
    }
    head_box = boxes.get(ROLE_HEAD)
    with open_signer(credential) as opened:
        result = sign_pdf(
            pdf,
            opened,
            box=head_box,
            field_name=FIELD_NAMES[ROLE_HEAD],
            reserve=reserve,
            reason=REASON_AMENDMENT if kind == KIND_AMENDMENT else REASON_MINUTES,
            location=location,
            tsa_url=tsa_url,
        )
    name = _file_name(started, unit_name, kind)
    doc = _store(
        ctx,
        inspection_id,
        result,
        kind=kind,
        role=ROLE_HEAD,
        file_name=name,
        previous_id=None,
        lock=True,
    )
    return _with_name_note(doc, head_name, "the team head")


@gc_paused()
def add_signature(
    ctx: AppContext,
    inspection_id: str,
    credential: Credential,
    *,
    role: str = ROLE_REPRESENTATIVE,
    tsa_url: str | None = None,
    location: str = "",
) -> SignedDocumentInfo:
    """Another digital signature on the latest signed file of a signed inspection."""
    _check_role(role)
    expected = _role_name(ctx, inspection_id, role)
    latest = latest_document(ctx, inspection_id)
    if latest is None:
        raise UserError("the inspection has no signed minutes yet: the team head signs first")
    data = read_document(ctx, latest)
    with open_signer(credential) as opened:
        result = sign_pdf(
            data,
            opened,
            field_name=FIELD_NAMES[role],
            reason=REASON_AMENDMENT if latest.kind == KIND_AMENDMENT else REASON_MINUTES,
            location=location,
            tsa_url=tsa_url,
        )
    stem = latest.path.stem.split("--")[0]
    doc = _store(
        ctx,
        inspection_id,
        result,
        kind=latest.kind,
        role=role,
        file_name=f"{stem}--{role.replace('_', '-')}-{new_id()[:8]}.pdf",
        previous_id=latest.id,
        lock=False,
    )
    return _with_name_note(
        doc,
        expected,
        {ROLE_REPRESENTATIVE: "the unit's representative", ROLE_SECRETARY: "the secretary"}.get(
            role, role
        ),
    )


def signed_documents(ctx: AppContext, inspection_id: str) -> list[SignedDocumentInfo]:
    """The signed files of an inspection, oldest first (the last has every signature)."""
    with ctx.db.session() as s:
        rows = s.scalars(
            select(m.SignedDocument)
            .where(m.SignedDocument.inspection_id == inspection_id)
            .order_by(m.SignedDocument.created_at, m.SignedDocument.signed_at)
        )
        return [_info(ctx.paths, r) for r in rows]


def latest_document(ctx: AppContext, inspection_id: str) -> SignedDocumentInfo | None:
    docs = signed_documents(ctx, inspection_id)
    return docs[-1] if docs else None


def read_document(ctx: AppContext, doc: SignedDocumentInfo) -> bytes:
    """The bytes of a signed file, checked against the hash recorded when it was signed."""
    try:
        data = doc.path.read_bytes()
    except FileNotFoundError:
        raise StorageError(f"the signed minutes {doc.path} are missing") from None
    except OSError as exc:
        raise StorageError(
            f"the signed minutes {doc.path} cannot be read: {exc.strerror}"
        ) from None
    if hashlib.sha256(data).hexdigest() != doc.sha256:
        raise StorageError(
            f"the signed minutes {doc.path} were changed on disk since they were signed"
        )
    return data


def is_locked(ctx: AppContext, inspection_id: str) -> bool:
    with ctx.db.session() as s:
        return _inspection(s, inspection_id).status in _LOCKED


# -- amendments ------------------------------------------------------------------------------------
def create_amendment(ctx: AppContext, inspection_id: str, reason: str = "") -> str:
    """A new draft inspection with the signed one's content, linked to it; returns its id."""
    reason = clean_text(reason)
    with ctx.db.session() as s:
        orig = _inspection(s, inspection_id)
        if orig.status not in _LOCKED:
            raise UserError(
                "only a signed inspection is corrected by an amendment; this one is "
                f"{orig.status} and can still be changed itself"
            )
        open_ones = s.scalars(
            select(m.Inspection.id)
            .join(m.InspectionAmendment, m.InspectionAmendment.inspection_id == m.Inspection.id)
            .where(
                m.InspectionAmendment.amends_id == inspection_id,
                m.Inspection.status.not_in(tuple(_LOCKED)),
            )
        ).first()
        if open_ones:
            raise UserError(
                f"an amendment of this inspection is already in progress "
                f"({open_ones}); finish and sign it first"
            )
        audit.set_reason(s, f"amendment of {inspection_id}" + (f": {reason}" if reason else ""))
        new = _clone(
            orig,
            id=new_id(),
            status=InspectionStatus.DRAFT.value,
            completed_at=None,
            created_at=None,
            updated_at=None,
        )
        s.add(new)
        s.flush()
        _copy_children(s, orig.id, new.id)
        s.add(
            m.InspectionAmendment(
                id=new_id(), inspection_id=new.id, amends_id=orig.id, reason=reason
            )
        )
        return new.id


def amended_inspection(ctx: AppContext, inspection_id: str) -> str | None:
    """The signed inspection that ``inspection_id`` corrects, if it is an amendment."""
    with ctx.db.session() as s:
        return _amends(s, inspection_id)


def amendments_of(ctx: AppContext, inspection_id: str) -> list[str]:
    """The amendments of an inspection, oldest first."""
    with ctx.db.session() as s:
        return list(
            s.scalars(
                select(m.InspectionAmendment.inspection_id)
                .where(m.InspectionAmendment.amends_id == inspection_id)
                .order_by(m.InspectionAmendment.created_at)
            )
        )


# -- rendering with the reports package ------------------------------------------------------------
def render_with_reports(
    ctx: AppContext, inspection_id: str, drawn: Sequence[DrawnSignatureData], **options: Any
) -> tuple[bytes, dict[str, SignatureBox]]:
    """The minutes as :mod:`inspector_app.reports` lays them out, with the drawn signatures;
    ``options`` go to :func:`inspector_app.reports.build.build_minutes_input` (place, copies,
    photos ...)."""
    from inspector_app.reports.build import build_minutes_input
    from inspector_app.reports.minutes import SignatureImage, SignatureRole, render_minutes_bytes

    roles = {r.value for r in SignatureRole}
    images = [
        SignatureImage(SignatureRole(d.role), d.png, d.refused_reason, d.signer_name)
        for d in drawn
        if d.role in roles
    ]
    pdf, result = render_minutes_bytes(
        build_minutes_input(ctx, inspection_id, signatures=images, **options)
    )
    boxes = {
        str(role): SignatureBox(page, (box[0], box[1], box[2], box[3]))
        for role, (page, box) in result.signature_boxes.items()
    }
    return pdf, boxes


# -- helpers ------------------------------------------------------------------------------------
def _role_name(ctx: AppContext, inspection_id: str, role: str) -> str:
    """The name the inspection records for ``role``."""
    ins = ctx.inspections.get(inspection_id)
    if role == ROLE_REPRESENTATIVE:
        return ins.representatives[0].full_name if ins.representatives else ""
    wanted = "head" if role == ROLE_HEAD else "secretary"
    return next((t.full_name for t in ins.team if t.role.value == wanted), "")


def _with_name_note(doc: SignedDocumentInfo, expected: str, who: str) -> SignedDocumentInfo:
    """Note when the certificate names someone else than the person recorded for the role
    (a colleague's token, a test certificate): worth a look, not a reason to refuse."""
    from dataclasses import replace

    want, got = clean_text(expected).casefold(), clean_text(doc.signer_name).casefold()
    if not want or not got or want == got or want in got:
        return doc
    return replace(
        doc,
        name_note=f"the certificate is {doc.signer_name}'s, but {who} recorded "
        f"for this inspection is {clean_text(expected)}",
    )


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise UserError(f"unknown signer role {role!r} (one of {', '.join(ROLES)})")


def _inspection(s: Any, inspection_id: str) -> m.Inspection:
    row = s.get(m.Inspection, inspection_id)
    if row is None:
        raise NotFound(f"no inspection with id {inspection_id}")
    return row


def _check_signable(row: m.Inspection) -> None:
    if row.status in _LOCKED:
        raise ReadOnlyError("the inspection is already signed; a correction needs an amendment")
    if row.status not in _SIGNABLE:
        raise UserError("complete the inspection before signing its minutes")


def _amends(s: Any, inspection_id: str) -> str | None:
    return s.scalars(
        select(m.InspectionAmendment.amends_id).where(
            m.InspectionAmendment.inspection_id == inspection_id
        )
    ).first()


def _check_signed(pdf: bytes) -> None:
    """Never keep a signed file whose signatures do not check out."""
    from inspector_app.signing.verify import verify_bytes

    report = verify_bytes(pdf)
    broken = [s for s in report.signatures if not s.intact or s.changed_after]
    if broken or not report.signatures:
        raise SigningError("the signed PDF did not verify; nothing was saved")


def slug(text: str, limit: int = 40) -> str:
    """``text`` for a file name: unaccented, lower case, dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", unaccented(text).lower()).strip("-")
    return slug[:limit].rstrip("-") or "don-vi"


def _file_name(started: datetime, unit_name: str, kind: str) -> str:
    prefix = "bien-ban-sua-doi" if kind == KIND_AMENDMENT else "bien-ban"
    return f"{prefix}-{started:%Y%m%d}-{slug(unit_name)}-{new_id()[:8]}.pdf"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_file(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new temporary file next to ``path``, fsynced; return its path."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror}") from None
    if path.suffix == ".png":  # content-addressed: a plain rename is all there is to do
        os.replace(tmp, path)
        return path
    return Path(tmp)


def _store(
    ctx: AppContext,
    inspection_id: str,
    result: Any,
    *,
    kind: str,
    role: str,
    file_name: str,
    previous_id: str | None,
    lock: bool,
) -> SignedDocumentInfo:
    """Check the signed file's signatures, write it, record it (and lock the inspection) in
    one go. The file is written and flushed to disk (under a temporary name), and hashed, on
    other threads while the signatures are checked and the record is prepared; it takes its
    name just before the record is committed, and nothing is left if any step fails."""
    target = documents_dir(ctx.paths) / file_name
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="signed-file") as pool:
        written = pool.submit(_write_file, target, result.pdf)
        digest = pool.submit(_sha256, result.pdf)
        placed = False
        try:
            _check_signed(result.pdf)
            with ctx.db.session() as s:
                row = _inspection(s, inspection_id)
                if lock:
                    _check_signable(row)  # again: another window may have signed meanwhile
                elif row.status not in _LOCKED:
                    raise UserError("the inspection is not signed")
                cert = result.signer
                audit.set_reason(
                    s, f"signed by {cert.common_name} (certificate serial {cert.serial})"
                )
                doc = m.SignedDocument(
                    id=new_id(),
                    inspection_id=inspection_id,
                    previous_id=previous_id,
                    kind=kind,
                    role=role,
                    file_name=file_name,
                    sha256=digest.result(),
                    size=len(result.pdf),
                    signer_name=cert.common_name,
                    signed_at=result.signed_at,
                    cert_subject=cert.subject,
                    cert_issuer=cert.issuer,
                    cert_serial=cert.serial,
                    timestamped=result.timestamped,
                )
                s.add(doc)
                if lock:
                    row.status = InspectionStatus.SIGNED.value
                s.flush()
                tmp = written.result()  # on the disk before the record is committed
                try:
                    os.replace(tmp, target)
                except OSError as exc:
                    raise StorageError(f"cannot write {target}: {exc.strerror}") from None
                placed = True
                info = _info(ctx.paths, doc)
        except BaseException:
            if placed:
                target.unlink(missing_ok=True)
            raise
        finally:
            with contextlib.suppress(Exception):  # the temporary file, unless renamed
                written.result().unlink(missing_ok=True)
    log.info("inspection %s signed by %s: %s", inspection_id, info.signer_name, target)
    from dataclasses import replace

    return replace(info, timestamp_note=result.timestamp_note)


def _info(paths: DataPaths, row: m.SignedDocument) -> SignedDocumentInfo:
    return SignedDocumentInfo(
        id=row.id,
        inspection_id=row.inspection_id,
        kind=row.kind,
        role=row.role,
        path=documents_dir(paths) / row.file_name,
        sha256=row.sha256,
        size=row.size,
        signer_name=row.signer_name,
        signed_at=row.signed_at,
        cert_subject=row.cert_subject,
        cert_issuer=row.cert_issuer,
        cert_serial=row.cert_serial,
        timestamped=row.timestamped,
        previous_id=row.previous_id,
    )


_NO_COPY = {"created_at", "updated_at"}


def _clone(obj: Any, **overrides: Any) -> Any:
    """A new ORM object with ``obj``'s column values (``None`` overrides: the column default)."""
    mapper = sa_inspect(type(obj))
    values = {a.key: getattr(obj, a.key) for a in mapper.column_attrs if a.key not in _NO_COPY}
    values.update(overrides)
    return type(obj)(**{k: v for k, v in values.items() if v is not None or k not in overrides})


def _copy_children(s: Any, old_id: str, new_id_: str) -> None:
    """Copy what an inspection holds (forms, team, people, answers, recommendations, photos)."""

    def rows(model: Any) -> list[Any]:
        return list(s.scalars(select(model).where(model.inspection_id == old_id)))

    for link in rows(m.InspectionForm):
        s.add(_clone(link, inspection_id=new_id_))
    for model in (m.TeamMembership, m.UnitRepresentative, m.Recommendation):
        for row in rows(model):
            s.add(_clone(row, id=new_id(), inspection_id=new_id_))
    staff_map: dict[str, str] = {}
    for entry in rows(m.StaffEntry):
        staff_map[entry.id] = new_id()
        s.add(_clone(entry, id=staff_map[entry.id], inspection_id=new_id_))
    s.flush()
    for answer in rows(m.Answer):
        s.add(
            _clone(
                answer,
                id=new_id(),
                inspection_id=new_id_,
                staff_entry_id=staff_map.get(answer.staff_entry_id)
                if answer.staff_entry_id
                else None,
            )
        )
    photo_model = getattr(m, "Photo", None)
    if photo_model is None:  # pragma: no cover - photos ship with the app
        return
    photos = rows(photo_model)
    photo_map = {p.id: new_id() for p in photos}
    # parents before the annotated versions drawn on them
    for photo in sorted(photos, key=lambda p: p.parent_id is not None):
        s.add(
            _clone(
                photo,
                id=photo_map[photo.id],
                inspection_id=new_id_,
                parent_id=photo_map.get(photo.parent_id) if photo.parent_id else None,
            )
        )
        s.flush()
    link_model = getattr(m, "PhotoStaff", None)
    if link_model is not None and photos:
        links = s.scalars(select(link_model).where(link_model.photo_id.in_(list(photo_map))))
        for link in list(links):
            if link.staff_entry_id in staff_map:
                s.add(
                    _clone(
                        link,
                        id=new_id(),
                        photo_id=photo_map[link.photo_id],
                        staff_entry_id=staff_map[link.staff_entry_id],
                    )
                )
