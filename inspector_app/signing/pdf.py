"""Sign a PDF: a PAdES signature with a visible Vietnamese stamp, added as an incremental update.

Signing never rewrites what is already in the file, so a PDF that is already signed can take
another signature (the unit representative's after the team head's) and both stay valid.

When a timestamp server (TSA) is given and answers, a document timestamp follows the signature,
proving the signed file existed at that time. Inspections are often done offline: when the server
cannot be reached the document is signed without it and :attr:`SignResult.timestamp_note` says
why.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from inspector_app.signing.certs import CertificateInfo
from inspector_app.signing.errors import NotAPdfError, SigningError
from inspector_app.signing.stamp import REASON_MINUTES, stamp_style

if TYPE_CHECKING:
    from inspector_app.signing.credentials import OpenedSigner

log = logging.getLogger(__name__)

#: Size of the stamp when the layout reserves no box (points).
DEFAULT_BOX_SIZE = (220.0, 64.0)
_MARGIN = 36.0
_A4 = (595.2756, 841.8898)


@dataclass(frozen=True)
class SignatureBox:
    """Where the stamp goes: a page (0-based, negative from the end) and a rectangle in points
    ``(x1, y1, x2, y2)`` with the origin at the bottom left of the page."""

    page: int
    rect: tuple[float, float, float, float]

    @property
    def height(self) -> float:
        return abs(self.rect[3] - self.rect[1])


@dataclass(frozen=True)
class SignResult:
    pdf: bytes
    field_name: str
    signer: CertificateInfo
    signed_at: datetime
    box: SignatureBox
    timestamped: bool = False
    timestamp_note: str | None = None  # why there is no timestamp, when one was asked for
    vietnamese_stamp: bool = True


def sign_pdf(
    data: bytes,
    opened: OpenedSigner,
    *,
    box: SignatureBox | None = None,
    field_name: str | None = None,
    reserve: Mapping[str, SignatureBox] | None = None,
    reason: str = REASON_MINUTES,
    location: str = "",
    field_prefix: str = "ChuKy",
    tsa_url: str | None = None,
    tsa_timeout: float = 10.0,
) -> SignResult:
    """Sign the PDF ``data`` with ``opened``; see the module docstring.

    ``field_name``: the signature field to use. An empty field of that name is filled (its box
    was reserved by an earlier signing or by another tool); otherwise a new field is made in
    ``box`` (default: bottom right of the last page). Without a name, ``ChuKy1``, ``ChuKy2`` ...
    ``reserve``: empty signature fields (name → box) to add in the same update, for the people
    who sign after; any PDF reader can fill them.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields
    from pyhanko.sign.general import SigningError as HankoSigningError
    from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner

    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise NotAPdfError("the file to sign is not a PDF")
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        existing = {name: (value, ref) for name, value, ref in fields.enumerate_sig_fields(writer)}
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise NotAPdfError(f"the PDF cannot be read: {exc}") from None
    fill_existing = False
    if field_name and field_name in existing:
        value, ref = existing[field_name]
        if value is not None:
            raise SigningError(f"the signature field {field_name} is already signed")
        fill_existing = True
        box = _field_box(ref)
    elif not field_name:
        field_name = _unique_name(field_prefix, set(existing))
    if box is None:
        box = _default_box(writer, len(existing))

    def add_reserved(writer: Any) -> Any:
        for name, reserved in (reserve or {}).items():
            if name not in existing and name != field_name:
                fields.append_signature_field(
                    writer,
                    fields.SigFieldSpec(name, on_page=reserved.page, box=_int_rect(reserved.rect)),
                )
        return writer

    add_reserved(writer)
    style, vietnamese = stamp_style(box.height)
    name = opened.certificate.common_name
    meta = PdfSignatureMetadata(
        field_name=field_name,
        reason=reason,
        location=location or None,
        name=name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    spec = (
        None
        if fill_existing
        else fields.SigFieldSpec(field_name, on_page=box.page, box=_int_rect(box.rect))
    )

    class TimedSigner(PdfSigner):
        """Keeps the signing time it writes into the signature (and the stamp), so that it
        need not be read back from the signed file."""

        signing_time: datetime | None = None

        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(
                pdf_out, existing_fields_only=existing_fields_only
            )
            self.signing_time = session.system_time
            return session

    signer = TimedSigner(meta, opened.signer, stamp_style=style, new_field_spec=spec)
    params = {"reason": reason, "signer": name}
    if not vietnamese:
        from inspector_app.signing.stamp import unaccented

        params = {k: unaccented(v) for k, v in params.items()}
    room = _room_for(opened.signer)
    try:
        try:
            out = signer.sign_pdf(writer, appearance_text_params=params, bytes_reserved=room)
        except HankoSigningError:
            if room is None:
                raise
            # too little room after all (an unusual certificate): let pyHanko measure it
            writer = add_reserved(IncrementalPdfFileWriter(io.BytesIO(data), strict=False))
            out = signer.sign_pdf(writer, appearance_text_params=params)
    except HankoSigningError as exc:
        raise SigningError(f"the PDF could not be signed: {exc}") from None
    except Exception as exc:
        _raise_token_error(exc)
        raise
    signed = out.getvalue()
    signed_at = (
        # as the signature holds it: UTCTime, whole seconds
        signer.signing_time.replace(microsecond=0).astimezone()
        if signer.signing_time is not None
        else _signing_time(signed, field_name) or datetime.now().astimezone()
    )
    result = SignResult(
        signed, field_name, opened.certificate, signed_at, box, vietnamese_stamp=vietnamese
    )
    if tsa_url:
        result = _add_document_timestamp(result, tsa_url, tsa_timeout)
    return result


def _room_for(signer: Any) -> int | None:
    """Hex digits to reserve in the file for the signature (CMS) ``signer`` makes; ``None``:
    let pyHanko measure it, by making a trial signature first.

    The signature holds the certificates, the signer's issuer and serial number twice (to
    name the signer and in the signing-certificate attribute), the signature value and about
    500 bytes of attributes and structure, plus 512 bytes of slack (about the room pyHanko
    leaves after its trial signature). Only for RSA and EC keys, whose signature sizes follow
    from the key size. Should it still be too little, :func:`sign_pdf` signs again with
    pyHanko's measure.
    """
    cert = signer.signing_cert
    if cert is None:
        return None
    key = cert.public_key
    if key.algorithm not in ("rsa", "ec"):
        return None
    octets = (key.bit_size + 7) // 8
    value = octets if key.algorithm == "rsa" else 2 * octets + 9  # EC: DER, two integers
    certs = {c.dump() for c in (cert, *signer.cert_registry)}
    tbs = cert["tbs_certificate"]
    name = tbs["issuer"].dump() + tbs["serial_number"].dump()
    return 2 * (sum(len(c) for c in certs) + 2 * len(name) + value + 500 + 512)


def _raise_token_error(exc: BaseException) -> None:
    """A PKCS#11 failure while signing (token pulled out, PIN needed again) as a user error."""
    try:
        import pkcs11
    except ImportError:  # pragma: no cover
        return
    if isinstance(exc, pkcs11.PKCS11Error):
        raise SigningError(
            f"the token refused to sign: {type(exc).__name__} {exc}".rstrip()
        ) from None


def _int_rect(rect: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    x1, y1, x2, y2 = rect
    return round(min(x1, x2)), round(min(y1, y2)), round(max(x1, x2)), round(max(y1, y2))


def _field_box(ref: Any) -> SignatureBox:
    """The box of an existing signature field (its first widget's /Rect; page unknown: -1)."""
    field = ref.get_object()
    widget = field
    if "/Rect" not in field and "/Kids" in field:
        widget = field["/Kids"][0].get_object()
    try:
        x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    except (KeyError, TypeError, ValueError):
        return SignatureBox(-1, (0.0, 0.0, 0.0, 0.0))
    return SignatureBox(-1, (x1, y1, x2, y2))


def _unique_name(prefix: str, existing: set[str]) -> str:
    n = len(existing) + 1
    while f"{prefix}{n}" in existing:
        n += 1
    return f"{prefix}{n}"


def _default_box(writer: Any, index: int) -> SignatureBox:
    """Bottom right of the last page; each further signature to the left, then a row up."""
    page_ref, _resources = writer.find_page_for_modification(-1)
    width, _height = _page_size(page_ref.get_object())
    bw, bh = DEFAULT_BOX_SIZE
    per_row = max(1, int((width - 2 * _MARGIN + 10) // (bw + 10)))
    row, col = divmod(index, per_row)
    x2 = width - _MARGIN - col * (bw + 10)
    y1 = _MARGIN + row * (bh + 10)
    return SignatureBox(-1, (x2 - bw, y1, x2, y1 + bh))


def _page_size(page: Any) -> tuple[float, float]:
    node = page
    while node is not None:
        box = node.get("/MediaBox")
        if box is not None:
            x1, y1, x2, y2 = (float(v) for v in box)
            return abs(x2 - x1), abs(y2 - y1)
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return _A4


def _signing_time(signed: bytes, field_name: str) -> datetime | None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(signed), strict=False)
    for emb in reader.embedded_signatures:
        if emb.field_name == field_name:
            ts = emb.self_reported_timestamp
            return ts.astimezone() if ts else None
    return None


def _add_document_timestamp(result: SignResult, url: str, timeout: float) -> SignResult:
    from dataclasses import replace

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers import PdfTimeStamper
    from pyhanko.sign.timestamps import HTTPTimeStamper

    try:
        stamper = PdfTimeStamper(
            HTTPTimeStamper(url, timeout=timeout), field_name=f"{result.field_name}-ThoiGian"
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(result.pdf), strict=False)
        out = stamper.timestamp_pdf(writer, md_algorithm="sha256")
    except Exception as exc:  # noqa: BLE001 - offline is normal: sign without a timestamp
        cause = exc.__cause__ or exc
        note = (
            f"the timestamp server {url} could not be reached ({type(cause).__name__}"
            f"{': ' + str(cause) if str(cause) else ''}); signed without a timestamp"
        )
        log.warning("%s", note)
        return replace(result, timestamp_note=note)
    return replace(result, pdf=out.getvalue(), timestamped=True)
