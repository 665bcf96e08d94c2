"""``inspector verify`` and ``inspector cert create-test``: exit codes, messages, tampering."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from inspector_app.cli import main
from inspector_app.signing.credentials import Pkcs12Credential, open_signer
from inspector_app.signing.pdf import sign_pdf

PASSPHRASE = "thử nghiệm"


def run(capsys, *args: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def make_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.drawString(72, 800, "BIEN BAN KIEM TRA DOT XUAT")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two test certificates made with the CLI, and a PDF signed by both."""
    folder = tmp_path_factory.mktemp("verify")
    mp = pytest.MonkeyPatch()
    mp.setenv("CERT_PW", PASSPHRASE)
    try:
        for who, name in (("head", "Nguyễn Văn An"), ("rep", "Trần Thị Bình")):
            assert (
                main(
                    [
                        "--data-dir",
                        str(folder / "data"),
                        "cert",
                        "create-test",
                        "--name",
                        name,
                        "--out",
                        str(folder / f"{who}.p12"),
                        "--passphrase-env",
                        "CERT_PW",
                    ]
                )
                == 0
            )
    finally:
        mp.undo()
    data = make_pdf()
    for who in ("head", "rep"):
        with open_signer(Pkcs12Credential(folder / f"{who}.p12", PASSPHRASE)) as opened:
            data = sign_pdf(data, opened).pdf
    (folder / "signed.pdf").write_bytes(data)
    other = folder / "other"
    other.mkdir()
    return {
        "dir": folder,
        "signed": folder / "signed.pdf",
        "head": folder / "head.pem",
        "rep": folder / "rep.pem",
    }


@pytest.fixture
def signed(made: dict[str, Path], tmp_path: Path) -> Path:
    copy = tmp_path / "signed.pdf"
    copy.write_bytes(made["signed"].read_bytes())
    return copy


def verify(capsys, path: Path, *extra: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    return run(capsys, "--data-dir", path.parent / "data", "verify", path, *extra)


def test_cert_create_test_prints_where_and_how_to_trust(
    tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PW", "abc")
    code, out, err = run(
        capsys,
        "--data-dir",
        tmp_path / "d",
        "cert",
        "create-test",
        "--name",
        "Lê  Văn   Cường",
        "--out",
        tmp_path / "cuong.p12",
        "--passphrase-env",
        "PW",
        "--organization",
        "Sở Nội vụ",
    )
    assert code == 0, err
    assert (tmp_path / "cuong.p12").is_file() and (tmp_path / "cuong.pem").is_file()
    assert "Lê Văn Cường" in out
    assert f"--trust {tmp_path / 'cuong.pem'}" in out
    assert (tmp_path / "cuong.pem").read_text().startswith("-----BEGIN CERTIFICATE-----")


def test_cert_create_test_needs_a_passphrase_from_the_environment(
    tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("NOPE", raising=False)
    code, out, err = run(
        capsys,
        "--data-dir",
        tmp_path / "d",
        "cert",
        "create-test",
        "--name",
        "A",
        "--out",
        tmp_path / "a.p12",
        "--passphrase-env",
        "NOPE",
    )
    assert code == 2 and "NOPE" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(
        capsys,
        "--data-dir",
        tmp_path / "d",
        "cert",
        "create-test",
        "--name",
        "A",
        "--out",
        tmp_path / "a.p12",
    )
    assert code == 2 and "--passphrase-env" in err  # stdin is not a terminal in tests
    monkeypatch.setenv("PW", "x")
    code, _, err = run(
        capsys,
        "--data-dir",
        tmp_path / "d",
        "cert",
        "create-test",
        "--name",
        "A",
        "--out",
        tmp_path / "a.txt",
        "--passphrase-env",
        "PW",
    )
    assert code == 2 and ".p12" in err


def test_valid_without_trust_says_trust_was_not_checked(signed: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = verify(capsys, signed)
    assert code == 0, err
    assert "2 signature(s)" in out
    assert "Nguyễn Văn An" in out and "Trần Thị Bình" in out
    assert out.count("intact: yes") == 2
    assert "trusted: not checked" in out
    assert "changed after the last signature: no" in out
    assert out.rstrip().endswith("result: VALID")


def test_trusted_with_both_certificates(signed: Path, made: dict[str, Path], capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = verify(capsys, signed, "--trust", made["head"], "--trust", made["rep"])
    assert code == 0, err
    assert out.count("trusted: yes") == 2


def test_one_untrusted_signer_exits_1_and_says_who(
    signed: Path, made: dict[str, Path], capsys
) -> None:  # type: ignore[no-untyped-def]
    code, out, err = verify(capsys, signed, "--trust", made["head"])
    assert code == 1
    assert "trusted: yes" in out and "trusted: NO" in out
    assert "Trần Thị Bình" in err and "not trusted" in err
    assert "Nguyễn Văn An" not in err


def test_json_output(signed: Path, made: dict[str, Path], capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = verify(capsys, signed, "--trust", made["head"], "--trust", made["rep"], "--json")
    assert code == 0
    data = json.loads(out)
    assert data["ok"] is True and data["trust_checked"] is True
    assert data["changed_after_last_signature"] is False
    assert [s["signer"] for s in data["signatures"]] == ["Nguyễn Văn An", "Trần Thị Bình"]
    first = data["signatures"][0]
    assert first["intact"] and first["trusted"] and first["ok"]
    assert first["certificate"]["serial"] and first["signed_at"]
    assert first["reason"] == "Ký biên bản kiểm tra"


def test_one_flipped_byte_in_the_signed_range(signed: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data = bytearray(signed.read_bytes())
    data[data.index(b"KIEM TRA")] ^= 0x01  # "JIEM TRA": inside both signed ranges
    signed.write_bytes(bytes(data))
    code, out, err = verify(capsys, signed)
    assert code == 1
    assert out.count("intact: NO") == 2
    assert "NOT INTACT" in err and "modified after signing" in err
    assert out.rstrip().endswith("result: NOT VALID")


def _append_update(data: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_annotation_appended_after_signing(signed: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils import generic

    def add_note(writer) -> None:  # type: ignore[no-untyped-def]
        page_ref, _ = writer.find_page_for_modification(0)
        page = page_ref.get_object()
        note = writer.add_object(
            generic.DictionaryObject(
                {
                    generic.NameObject("/Type"): generic.NameObject("/Annot"),
                    generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
                    generic.NameObject("/Rect"): generic.ArrayObject(
                        [generic.FloatObject(v) for v in (72, 600, 300, 640)]
                    ),
                    generic.NameObject("/Contents"): generic.TextStringObject("Không vi phạm"),
                    generic.NameObject("/DA"): generic.pdf_string("/Helv 12 Tf 0 g"),
                }
            )
        )
        annots = page.get("/Annots")
        if annots is None:
            page[generic.NameObject("/Annots")] = generic.ArrayObject([note])
        else:
            annots.append(note)
        writer.update_container(page)

    signed.write_bytes(_append_update(signed.read_bytes(), add_note))
    code, out, err = verify(capsys, signed)
    assert code == 1
    assert out.count("intact: yes") == 2  # the signed bytes are untouched...
    assert "changed after the last signature: YES" in out  # ...but something follows them
    assert "annotation" in err and "changed after the last signature" in err


def test_text_appended_to_a_page_after_signing(signed: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils import generic

    def add_text(writer) -> None:  # type: ignore[no-untyped-def]
        page_ref, _ = writer.find_page_for_modification(0)
        page = page_ref.get_object()
        stream = writer.add_object(
            generic.StreamObject(stream_data=b"BT /F1 14 Tf 72 700 Td (KHONG VI PHAM) Tj ET")
        )
        contents = page.raw_get("/Contents")
        page[generic.NameObject("/Contents")] = generic.ArrayObject([contents, stream])
        writer.update_container(page)

    signed.write_bytes(_append_update(signed.read_bytes(), add_text))
    code, out, err = verify(capsys, signed)
    assert code == 1
    assert "changed after the last signature: YES" in out
    assert "page content" in err


def test_an_unsigned_pdf_is_not_valid(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plain.pdf"
    path.write_bytes(make_pdf())
    code, out, err = verify(capsys, path)
    assert code == 1
    assert "no digital signature" in err


def test_not_a_pdf_missing_or_a_folder_exits_2_with_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "notes.pdf"
    text.write_text("Biên bản", encoding="utf-8")
    for path in (text, tmp_path / "missing.pdf", tmp_path):
        code, out, err = verify(capsys, path)
        assert code == 2, (path, err)
        assert out == "" and len(err.strip().splitlines()) == 1
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00" * 100)
    code, _, err = verify(capsys, broken)
    assert code == 2 and "cannot be read" in err


def test_a_bad_trust_file_exits_2(signed: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "bogus.pem"
    bogus.write_text("not a certificate")
    code, _, err = verify(capsys, signed, "--trust", bogus)
    assert code == 2 and "not a certificate file" in err
    code, _, err = verify(capsys, signed, "--trust", tmp_path / "none.pem")
    assert code == 2 and "no such certificate file" in err
