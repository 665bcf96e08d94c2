"""Signing PDFs: PAdES signatures with a Vietnamese stamp, checked by pyHanko and poppler."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from inspector_app.signing.certs import (
    create_test_certificate,
    load_certificates,
)
from inspector_app.signing.credentials import Pkcs12Credential, open_signer
from inspector_app.signing.errors import CredentialError, NotAPdfError, SigningError
from inspector_app.signing.pdf import SignatureBox, sign_pdf
from inspector_app.signing.verify import verify_bytes

HEAD = "Nguyễn Văn An"
REPRESENTATIVE = "Trần Thị Bình"


def make_pdf(pages: int = 2, text: str = "BIEN BAN KIEM TRA") -> bytes:
    """A small uncompressed PDF (so a test can find and flip a byte of its text)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    for n in range(pages):
        c.drawString(72, 800, f"{text} - trang {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("certs")
    head = create_test_certificate(HEAD, folder / "head.p12", "mật khẩu 1")
    rep = create_test_certificate(
        REPRESENTATIVE, folder / "rep.p12", "pw-2", organization="UBND phường Lê Chân"
    )
    return {"head": (head, "mật khẩu 1"), "rep": (rep, "pw-2")}


def cred(certs, who: str) -> Pkcs12Credential:  # type: ignore[no-untyped-def]
    made, passphrase = certs[who]
    return Pkcs12Credential(made.p12_path, passphrase)


def trusted(certs, *who: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    return [c for w in who for c in load_certificates(certs[w][0].pem_path)]


def test_sign_then_verify_one_signature(certs) -> None:  # type: ignore[no-untyped-def]
    with open_signer(cred(certs, "head")) as opened:
        result = sign_pdf(make_pdf(), opened, box=SignatureBox(-1, (330, 90, 550, 160)))
    assert result.signer.common_name == HEAD
    assert result.vietnamese_stamp
    assert result.field_name == "ChuKy1"
    report = verify_bytes(result.pdf, trusted(certs, "head"))
    assert report.ok, report.problems
    (sig,) = report.signatures
    assert sig.signer == HEAD and sig.intact and sig.trusted is True
    assert sig.covers_whole_file and sig.changed_after is None
    assert sig.reason == "Ký biên bản kiểm tra"
    assert sig.signed_at is not None
    assert abs((sig.signed_at - result.signed_at).total_seconds()) < 1
    # the time the signature holds, to the second (not read back from the file)
    from inspector_app.signing.pdf import _signing_time

    assert result.signed_at == _signing_time(result.pdf, result.field_name)
    assert result.signed_at.utcoffset() is not None


def test_the_stamp_is_visible_in_the_box_with_an_embedded_vietnamese_font(certs) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.reader import PdfFileReader

    box = (330, 90, 550, 160)
    with open_signer(cred(certs, "head")) as opened:
        result = sign_pdf(make_pdf(), opened, box=SignatureBox(-1, box))
    reader = PdfFileReader(io.BytesIO(result.pdf))
    (emb,) = reader.embedded_signatures
    widget = emb.sig_field
    assert [round(float(v)) for v in widget["/Rect"]] == list(box)
    last_page = reader.root["/Pages"].raw_get("/Kids")
    assert widget.raw_get("/P") == last_page.get_object().raw_get(len(last_page.get_object()) - 1)
    names = _font_names(widget["/AP"]["/N"])
    assert any("BeVietnamPro" in n for n in names), names


def _font_names(xobject):  # type: ignore[no-untyped-def]
    """The base font names used by an appearance stream and its nested forms."""
    names = []
    resources = xobject.get("/Resources", {})
    for font in resources.get("/Font", {}).values():
        names.append(str(font.get_object().get("/BaseFont")))
    for inner in resources.get("/XObject", {}).values():
        names.extend(_font_names(inner.get_object()))
    return names


def test_stamp_renders_vietnamese_text(certs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Rendered by poppler, the stamp's box is not blank (the text draws, not boxes)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    with open_signer(cred(certs, "head")) as opened:
        result = sign_pdf(make_pdf(pages=1), opened, box=SignatureBox(0, (330, 90, 550, 160)))
    pdf = tmp_path / "s.pdf"
    pdf.write_bytes(result.pdf)
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    with Image.open(tmp_path / "page.png") as img:
        gray = img.convert("L")
        height = gray.height
        inside = gray.crop((340, height - 155, 540, height - 95))
        outside = gray.crop((340, height - 300, 540, height - 240))
        assert inside.getextrema()[0] < 100  # dark text pixels in the box
        assert outside.getextrema()[0] > 200  # nothing drawn elsewhere


def test_two_signatures_both_valid(certs) -> None:  # type: ignore[no-untyped-def]
    with open_signer(cred(certs, "head")) as opened:
        first = sign_pdf(
            make_pdf(),
            opened,
            field_name="TruongDoan",
            box=SignatureBox(-1, (330, 90, 550, 160)),
            reserve={"DaiDienDonVi": SignatureBox(-1, (40, 90, 260, 160))},
        )
    with open_signer(cred(certs, "rep")) as opened:
        second = sign_pdf(first.pdf, opened, field_name="DaiDienDonVi")
    assert second.pdf.startswith(first.pdf)  # an incremental update: the first is untouched
    assert second.box.rect == (40, 90, 260, 160)  # the reserved box
    report = verify_bytes(second.pdf, trusted(certs, "head", "rep"))
    assert report.ok, report.problems
    assert [(s.field_name, s.signer, s.intact, s.trusted) for s in report.signatures] == [
        ("TruongDoan", HEAD, True, True),
        ("DaiDienDonVi", REPRESENTATIVE, True, True),
    ]
    assert not report.signatures[0].covers_whole_file  # the second signature follows it
    assert report.signatures[1].covers_whole_file


def test_pdfsig_agrees(certs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("pdfsig") is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    with open_signer(cred(certs, "head")) as opened:
        first = sign_pdf(make_pdf(), opened)
    with open_signer(cred(certs, "rep")) as opened:
        second = sign_pdf(first.pdf, opened)
    path = tmp_path / "two.pdf"
    path.write_bytes(second.pdf)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=True).stdout
    assert out.count("Signature Validation: Signature is Valid.") == 2
    assert f"Common Name: {HEAD}" in out and f"Common Name: {REPRESENTATIVE}" in out
    assert "Total document signed" in out

    flipped = bytearray(second.pdf)
    flipped[second.pdf.index(b"BIEN BAN")] ^= 0x01
    path.write_bytes(bytes(flipped))
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature is Valid" not in out
    assert out.count("Digest Mismatch") == 2


def test_signing_an_already_signed_field_is_refused(certs) -> None:  # type: ignore[no-untyped-def]
    with open_signer(cred(certs, "head")) as opened:
        first = sign_pdf(make_pdf(), opened, field_name="TruongDoan")
        with pytest.raises(SigningError, match="already signed"):
            sign_pdf(first.pdf, opened, field_name="TruongDoan")


def test_default_boxes_do_not_overlap(certs) -> None:  # type: ignore[no-untyped-def]
    data = make_pdf()
    boxes = []
    with open_signer(cred(certs, "head")) as opened:
        for _ in range(3):
            result = sign_pdf(data, opened)
            data = result.pdf
            boxes.append(result.box)
    assert [b.page for b in boxes] == [-1, -1, -1]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            ax1, ay1, ax2, ay2 = a.rect
            bx1, by1, bx2, by2 = b.rect
            assert ax2 <= bx1 or bx2 <= ax1 or ay2 <= by1 or by2 <= ay1
    assert verify_bytes(data).ok


def test_without_a_vietnamese_font_the_stamp_is_unaccented(certs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from inspector_app.signing import stamp

    monkeypatch.setattr(stamp, "stamp_font", lambda: None)
    with open_signer(cred(certs, "head")) as opened:
        result = sign_pdf(make_pdf(), opened)
    assert not result.vietnamese_stamp
    assert verify_bytes(result.pdf).ok
    assert stamp.unaccented("Người ký: Đặng Thị Ánh") == "Nguoi ky: Dang Thi Anh"


def test_wrong_passphrase_missing_file_and_not_a_p12(certs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made, _ = certs["head"]
    with (
        pytest.raises(CredentialError, match="wrong passphrase"),
        open_signer(Pkcs12Credential(made.p12_path, "sai")),
    ):
        pass
    with (
        pytest.raises(CredentialError, match="needs its passphrase"),
        open_signer(Pkcs12Credential(made.p12_path, "")),
    ):
        pass
    with (
        pytest.raises(CredentialError, match="no such certificate file"),
        open_signer(Pkcs12Credential(tmp_path / "none.p12", "x")),
    ):
        pass
    with (
        pytest.raises(CredentialError, match="not a PKCS#12"),
        open_signer(Pkcs12Credential(made.pem_path, "x")),
    ):
        pass


def test_an_expired_certificate_is_refused(certs) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    with (
        pytest.raises(CredentialError, match="expired on"),
        open_signer(cred(certs, "head"), now=datetime(2100, 1, 1, tzinfo=UTC)),
    ):
        pass


def test_signing_something_that_is_not_a_pdf(certs) -> None:  # type: ignore[no-untyped-def]
    with open_signer(cred(certs, "head")) as opened, pytest.raises(NotAPdfError):
        sign_pdf(b"hello", opened)


def test_test_certificate_has_document_signing_usages(certs) -> None:  # type: ignore[no-untyped-def]
    from cryptography import x509

    made, _ = certs["rep"]
    cert = x509.load_pem_x509_certificate(made.pem_path.read_bytes())
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert not usage.key_cert_sign
    ekus = {
        e.dotted_string
        for e in cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    }
    assert "1.3.6.1.5.5.7.3.36" in ekus  # document signing (RFC 9336)
    assert made.info.common_name == REPRESENTATIVE
    assert "UBND phường Lê Chân" in made.info.subject
    assert made.info.self_signed


def test_the_key_is_parsed_once_when_the_credential_is_opened(certs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """pyHanko's SimpleSigner re-reads (and OpenSSL re-checks) the key for every signature it
    makes; the opened signer keeps the key it read instead."""
    from cryptography.hazmat.primitives import serialization

    def reparse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the private key was parsed again while signing")

    with open_signer(cred(certs, "head")) as opened:
        monkeypatch.setattr(serialization, "load_der_private_key", reparse)
        result = sign_pdf(make_pdf(), opened)
    report = verify_bytes(result.pdf, trusted(certs, "head"))
    assert report.ok, report.problems


def _contents(pdf: bytes) -> tuple[int, int]:
    """(bytes reserved for the signature, bytes its CMS takes) of the last signature."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    emb = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[-1]
    return len(emb.sig_object["/Contents"]), len(emb.signed_data.dump())


def _p12(tmp_path: Path, self_signed, key, **kwargs) -> Path:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    cert = self_signed(key, HEAD, **kwargs)
    p12 = tmp_path / "key.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"k", key, cert, None, serialization.BestAvailableEncryption(b"pw")
        )
    )
    p12.with_suffix(".der").write_bytes(cert.public_bytes(serialization.Encoding.DER))
    return p12


def test_an_ec_key_in_a_pkcs12_file_signs(tmp_path: Path, self_signed) -> None:  # type: ignore[no-untyped-def]
    """ECDSA keeps the parsed key, and the room for the signature is computed."""
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.asymmetric import ec

    from inspector_app.signing.pdf import _room_for

    p12 = _p12(tmp_path, self_signed, ec.generate_private_key(ec.SECP256R1()))
    with open_signer(Pkcs12Credential(p12, "pw")) as opened:
        room = _room_for(opened.signer)
        result = sign_pdf(make_pdf(), opened)
    trust = [asn1_x509.Certificate.load(p12.with_suffix(".der").read_bytes())]
    report = verify_bytes(result.pdf, trust)
    assert report.ok, report.problems
    reserved, used = _contents(result.pdf)
    assert room == 2 * reserved and used + 300 < reserved


def test_no_room_is_computed_for_other_keys(tmp_path: Path, self_signed) -> None:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from inspector_app.signing.pdf import _room_for

    p12 = _p12(tmp_path, self_signed, ed25519.Ed25519PrivateKey.generate(), algorithm=None)
    with open_signer(Pkcs12Credential(p12, "pw")) as opened:
        assert _room_for(opened.signer) is None  # pyHanko measures it


def test_the_room_for_the_signature_is_computed_and_a_shortfall_signed_again(
    certs, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from inspector_app.signing import pdf

    with open_signer(cred(certs, "head")) as opened:
        room = pdf._room_for(opened.signer)
        result = sign_pdf(make_pdf(), opened)
        reserved, used = _contents(result.pdf)
        assert room == 2 * reserved and used + 300 < reserved < used + 1000
        # too little room: signed again with the room pyHanko measures
        monkeypatch.setattr(pdf, "_room_for", lambda _signer: 200)
        again = sign_pdf(make_pdf(), opened)
    assert verify_bytes(again.pdf, trusted(certs, "head")).ok
    assert _contents(again.pdf)[0] > 200


def test_the_stamp_font_subset_draws_what_pyhankos_own_does(certs) -> None:  # type: ignore[no-untyped-def]
    """The stamp's font engine skips reading the layout tables that pyHanko's subset leaves
    out anyway, and keeps the glyphs' bytes instead of re-encoding them: the embedded subset
    has the same tables, the same outlines, hinting and metrics (font-wide bounds and maxima
    in 'head', 'hhea' and 'maxp', and how the outlines are encoded, may differ)."""
    from fontTools.ttLib import TTFont
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
    from pyhanko.pdf_utils.writer import PdfFileWriter

    from inspector_app.signing import stamp

    font = stamp.stamp_font()
    if font is None:
        pytest.skip("no Vietnamese font for stamps")
    text = "Người ký: Nguyễn Văn An\nThời gian: 23/11/2026 10:58\nLý do: Ký biên bản kiểm tra"

    def subset(make) -> TTFont:  # type: ignore[no-untyped-def]
        engine = make(PdfFileWriter())
        engine.shape(text)
        engine.prepare_write()
        out = io.BytesIO()
        engine.tt.save(out)
        return TTFont(io.BytesIO(out.getvalue()))

    ours = subset(stamp._font_factory(str(font), 10).create_font_engine)
    plain = subset(lambda w: GlyphAccumulator(w, io.BytesIO(font.read_bytes()), 10))
    assert sorted(ours.keys()) == sorted(plain.keys())
    assert not {"GSUB", "GPOS", "GDEF"} & set(ours.keys())
    for tag in set(ours.keys()) - {"head", "hhea", "maxp", "glyf", "loca", "GlyphOrder"}:
        assert ours.getTableData(tag) == plain.getTableData(tag), tag
    for field in ("ascent", "descent", "lineGap", "numberOfHMetrics"):
        assert getattr(ours["hhea"], field) == getattr(plain["hhea"], field)
    assert ours.getGlyphOrder() == plain.getGlyphOrder()
    glyf, plain_glyf = ours["glyf"], plain["glyf"]
    drawn = 0
    for name in ours.getGlyphOrder():
        a, b = glyf[name], plain_glyf[name]
        assert a.getCoordinates(glyf) == b.getCoordinates(plain_glyf), name
        assert getattr(a, "program", None) == getattr(b, "program", None), name
        drawn += a.numberOfContours != 0
    assert drawn >= 20  # the stamp's letters, not empty slots
