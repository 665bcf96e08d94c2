"""Check every signature of a PDF, for supervisors: who signed, when, intact, trusted, changed.

* **intact**: the bytes the signature covers are exactly the bytes that were signed, and the
  signature itself is cryptographically valid;
* **trusted**: the signer's certificate chains up to one of the certificates the supervisor chose
  to trust (``--trust`` or the app's settings). Without any, trust is *not checked* (``None``);
* **changed after signing**: the file was updated after a signature by something other than a
  later signature or a document timestamp (an added annotation, text, a replaced page ...).

The report is :attr:`VerificationReport.ok` when every signature is intact, every signature's
certificate is trusted (when trust was checked), and nothing but signatures followed a signature.
Document timestamps must be intact; whether their TSA is trusted is shown but not required.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.signing.certs import CertificateInfo, describe
from inspector_app.signing.errors import NotAPdfError

if TYPE_CHECKING:
    from asn1crypto import x509

log = logging.getLogger(__name__)

KIND_SIGNATURE = "signature"
KIND_TIMESTAMP = "timestamp"


@dataclass(frozen=True)
class SignatureReport:
    index: int  # 1-based, in signing order
    field_name: str
    kind: str  # KIND_SIGNATURE or KIND_TIMESTAMP
    signer: str  # the certificate's common name (the TSA's for a document timestamp)
    certificate: CertificateInfo | None
    signed_at: datetime | None  # the signer's computer clock (or the TSA's time)
    timestamp: datetime | None  # a timestamp token's time inside the signature, if any
    intact: bool
    trusted: bool | None  # None: no trusted certificates were given
    trust_problem: str | None
    changed_after: str | None  # what was changed after this signature, besides signatures
    covers_whole_file: bool
    reason: str = ""
    error: str | None = None  # the signature could not be read at all

    @property
    def ok(self) -> bool:
        trusted_enough = self.trusted is not False or self.kind == KIND_TIMESTAMP
        return self.intact and trusted_enough and self.changed_after is None


@dataclass(frozen=True)
class VerificationReport:
    file: str
    signatures: list[SignatureReport]
    trust_checked: bool
    changed_after_last: str | None  # edits appended after the last signature
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def regular_signatures(self) -> list[SignatureReport]:
        return [s for s in self.signatures if s.kind == KIND_SIGNATURE]

    def to_json(self) -> dict[str, Any]:
        def plain(value: Any) -> Any:
            if isinstance(value, datetime):
                return value.isoformat()
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list):
                return [plain(v) for v in value]
            return value

        return {
            "file": self.file,
            "ok": self.ok,
            "trust_checked": self.trust_checked,
            "changed_after_last_signature": self.changed_after_last is not None,
            "change_after_last_signature": self.changed_after_last,
            "problems": list(self.problems),
            "signatures": [plain(asdict(s)) | {"ok": s.ok} for s in self.signatures],
        }


def verify_file(path: Path, trusted: Sequence[x509.Certificate] = ()) -> VerificationReport:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NotAPdfError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise NotAPdfError(f"{path}: is a folder, not a PDF") from None
    except OSError as exc:
        raise NotAPdfError(f"{path}: cannot read it: {exc.strerror}") from None
    return verify_bytes(data, trusted, name=str(path))


def verify_bytes(
    data: bytes, trusted: Sequence[x509.Certificate] = (), *, name: str = ""
) -> VerificationReport:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    label = name or "the file"
    if b"%PDF-" not in data[:1024]:
        raise NotAPdfError(f"{label}: not a PDF file")
    try:
        reader = PdfFileReader(io.BytesIO(data))
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise NotAPdfError(f"{label}: the PDF cannot be read ({exc})") from None

    trust_checked = bool(trusted)
    names = [e.field_name for e in embedded]
    reports = [
        _check_one(i, emb, list(trusted), trust_checked, later=set(names[i:]))
        for i, emb in enumerate(embedded, start=1)
    ]
    last_change = reports[-1].changed_after if reports else None
    if last_change and embedded:
        last_change = _appended_summary(reader, embedded[-1]) or last_change
    problems = _problems(reports, last_change, trust_checked)
    return VerificationReport(label, reports, trust_checked, last_change, problems)


def _problems(
    reports: list[SignatureReport], last_change: str | None, trust_checked: bool
) -> list[str]:
    if not reports:
        return ["the file has no digital signature"]
    problems: list[str] = []
    for r in reports:
        who = (
            f"{'timestamp' if r.kind == KIND_TIMESTAMP else 'signature'} {r.index} "
            f"({r.signer or r.field_name})"
        )
        if r.error:
            problems.append(f"{who}: cannot be read: {r.error}")
        elif not r.intact:
            problems.append(
                f"{who}: NOT INTACT: the signed content was modified after "
                "signing (its bytes no longer match the signature)"
            )
        if trust_checked and r.trusted is False and r.kind == KIND_SIGNATURE:
            problems.append(
                f"{who}: the certificate is not trusted"
                f"{' (' + r.trust_problem + ')' if r.trust_problem else ''}"
            )
        if r.changed_after and last_change is None:
            problems.append(
                f"{who}: the document was changed after this signature: {r.changed_after}"
            )
    if last_change:
        problems.append(f"the document was changed after the last signature: {last_change}")
    return problems


def _check_one(
    index: int, emb: Any, trusted: list[x509.Certificate], trust_checked: bool, later: set[str]
) -> SignatureReport:
    from pyhanko.sign.validation import (
        KeyUsageConstraints,
        SignatureCoverageLevel,
        validate_pdf_signature,
        validate_pdf_timestamp,
    )
    from pyhanko_certvalidator import ValidationContext

    is_timestamp = emb.sig_object_type == "/DocTimeStamp"
    kind = KIND_TIMESTAMP if is_timestamp else KIND_SIGNATURE
    reason = str(emb.sig_object.get("/Reason", "") or "")
    try:
        cert = emb.signer_cert
        info: CertificateInfo | None = describe(cert)
    except Exception:  # noqa: BLE001 - a damaged signature is reported, not raised
        info = None
    context = ValidationContext(trust_roots=trusted, allow_fetching=False)
    try:
        if is_timestamp:
            status: Any = validate_pdf_timestamp(emb, validation_context=context)
            signed_at = status.timestamp
            token_time = status.timestamp
        else:
            status = validate_pdf_signature(
                emb,
                context,
                ts_validation_context=context,
                key_usage_settings=KeyUsageConstraints(
                    key_usage={"non_repudiation", "digital_signature"}
                ),
            )
            signed_at = status.signer_reported_dt
            token_time = status.timestamp_validity.timestamp if status.timestamp_validity else None
    except Exception as exc:  # noqa: BLE001 - malformed signature data: report it
        log.info("signature %s could not be validated", emb.field_name, exc_info=True)
        return SignatureReport(
            index,
            emb.field_name,
            kind,
            info.common_name if info else "",
            info,
            None,
            None,
            intact=False,
            trusted=None,
            trust_problem=None,
            changed_after=None,
            covers_whole_file=False,
            reason=reason,
            error=str(exc) or type(exc).__name__,
        )
    trust_problem = None
    if trust_checked and not status.trusted:
        if info is not None and info.self_signed:
            trust_problem = "a self-signed certificate that is not among the trusted ones"
        else:
            trust_problem = _trust_problem_text(status.trust_problem_indic)
    return SignatureReport(
        index=index,
        field_name=emb.field_name,
        kind=kind,
        signer=info.common_name if info else "",
        certificate=info,
        signed_at=signed_at.astimezone() if signed_at else None,
        timestamp=token_time.astimezone() if token_time else None,
        intact=bool(status.intact and status.valid),
        trusted=bool(status.trusted) if trust_checked else None,
        trust_problem=trust_problem,
        changed_after=_changes(status, later - {emb.field_name}),
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        reason=reason,
    )


def _trust_problem_text(indic: Any) -> str:
    if indic is None:
        return "no chain to a trusted certificate"
    name = getattr(indic, "name", str(indic))
    texts = {
        "NO_CERTIFICATE_CHAIN_FOUND": "no chain to a trusted certificate",
        "OUT_OF_BOUNDS_NO_POE": "the certificate had expired or was not yet valid",
        "OUT_OF_BOUNDS_NOT_REVOKED": "the certificate had expired or was not yet valid",
        "REVOKED_NO_POE": "the certificate was revoked",
        "REVOKED_CA_NO_POE": "a certificate in the chain was revoked",
        "CHAIN_CONSTRAINTS_FAILURE": "the certificate chain breaks its constraints",
        "SIG_CONSTRAINTS_FAILURE": "the certificate is not meant for signing documents",
        "CRYPTO_CONSTRAINTS_FAILURE_NO_POE": "the algorithms used are too weak",
    }
    return texts.get(name, name.replace("_", " ").lower())


def _changes(status: Any, later_fields: set[str]) -> str | None:
    """What changed after a signature, other than later signatures and timestamps."""
    from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel, SuspiciousModification
    from pyhanko.sign.validation import SignatureCoverageLevel

    coverage = status.coverage
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return None
    if coverage is not None and coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        return "the signature does not cover its whole revision of the file"
    diff = status.diff_result
    if isinstance(diff, SuspiciousModification):
        detail = (str(diff).strip().splitlines() or [""])[0]
        return (
            f"content was added or replaced ({detail})"
            if detail
            else "content was added or replaced"
        )
    if not isinstance(diff, DiffResult):
        return "the changes could not be analysed"
    level = diff.modification_level
    if level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES):
        return None
    other_fields = set(diff.changed_form_fields) - later_fields
    if level == ModificationLevel.FORM_FILLING and not other_fields:
        return None  # only later signatures were added
    if level == ModificationLevel.FORM_FILLING:
        return f"form fields were filled in: {', '.join(sorted(other_fields))}"
    if level == ModificationLevel.ANNOTATIONS:
        return "annotations (comments, drawings or stamps) were added or changed"
    return "content was changed"


_ANNOT_SUBTYPES = {
    "/Text",
    "/FreeText",
    "/Ink",
    "/Square",
    "/Circle",
    "/Line",
    "/Polygon",
    "/PolyLine",
    "/Highlight",
    "/Underline",
    "/StrikeOut",
    "/Squiggly",
    "/Stamp",
    "/Caret",
    "/FileAttachment",
    "/Link",
    "/Popup",
    "/Redact",
}


def _appended_summary(reader: Any, last: Any) -> str | None:
    """What the updates appended after the last signature touch, in words."""
    from collections import Counter

    from pyhanko.pdf_utils import generic

    try:
        first = last.signed_revision + 1
        total = reader.total_revisions
        if first >= total:
            return None
        kinds: Counter[str] = Counter()
        for rev in range(first, total):
            for ref in reader.xrefs.explicit_refs_in_revision(rev):
                obj = reader.get_object(ref, revision=rev)
                kinds[_object_kind(obj, generic)] += 1
    except Exception:  # noqa: BLE001 - the summary is a nicety; pyHanko's verdict stands
        log.debug("could not summarise the appended updates", exc_info=True)
        return None
    updates = total - first
    parts = [f"{name} ({n})" for name, n in sorted(kinds.items()) if name]
    what = ", ".join(parts) if parts else "objects"
    return (
        f"{updates} update{'s' if updates > 1 else ''} appended after signing added or "
        f"replaced: {what}"
    )


def _object_kind(obj: Any, generic: Any) -> str:
    if isinstance(obj, generic.StreamObject):
        kind = obj.get("/Type")
        if kind == "/XObject":
            return "image or form drawing"
        if kind in ("/XRef", "/ObjStm"):
            return ""
        return "page content"
    if isinstance(obj, generic.DictionaryObject):
        kind = obj.get("/Type")
        if kind == "/Annot" or obj.get("/Subtype") in _ANNOT_SUBTYPES:
            return "annotation"
        if kind == "/Page":
            return "page"
        if kind == "/Pages":
            return "page list"
        if kind == "/Catalog":
            return "document catalog"
        if kind in ("/Sig", "/DocTimeStamp"):
            return "signature"
        if kind == "/Font":
            return "font"
        return "other object"
    return "other object"
