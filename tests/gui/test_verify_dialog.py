"""The verify dialog: a valid file, a tampered one, and a file that is no PDF at all."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from inspector_app.signing.certs import create_test_certificate
from inspector_app.signing.credentials import Pkcs12Credential, open_signer
from inspector_app.signing.pdf import sign_pdf
from inspector_app.ui.dialogs.verify_dialog import (
    COL_CHANGED,
    COL_INTACT,
    COL_SIGNER,
    COL_TRUSTED,
    VerifyDialog,
)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from reportlab.pdfgen import canvas

    folder = tmp_path_factory.mktemp("verify-dialog")
    made = create_test_certificate("Nguyễn Văn An", folder / "an.p12", "pw")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=0)
    c.drawString(72, 760, "BIEN BAN KIEM TRA")
    c.showPage()
    c.save()
    with open_signer(Pkcs12Credential(made.p12_path, "pw")) as opened:
        signed = sign_pdf(buf.getvalue(), opened).pdf
    (folder / "valid.pdf").write_bytes(signed)
    tampered = bytearray(signed)
    tampered[signed.index(b"KIEM TRA")] ^= 0x01
    (folder / "tampered.pdf").write_bytes(bytes(tampered))
    (folder / "notes.pdf").write_text("không phải PDF", encoding="utf-8")
    return {
        "valid": folder / "valid.pdf",
        "tampered": folder / "tampered.pdf",
        "text": folder / "notes.pdf",
        "pem": made.pem_path,
    }


@pytest.fixture
def dialog(qtbot, gui_app, files) -> VerifyDialog:  # type: ignore[no-untyped-def]
    d = VerifyDialog([files["pem"]])
    qtbot.addWidget(d)
    d.show()
    return d


def cell(d: VerifyDialog, row: int, col: int) -> str:
    item = d.table.item(row, col)
    assert item is not None
    return item.text()


def test_a_valid_file(qtbot, dialog: VerifyDialog, files) -> None:  # type: ignore[no-untyped-def]
    assert files["pem"].name in dialog.trust_label.text()
    with qtbot.waitSignal(dialog.verified, timeout=20000) as got:
        dialog.open_file(files["valid"])
    assert got.args[0].ok
    assert dialog.table.rowCount() == 1
    assert cell(dialog, 0, COL_SIGNER) == "Nguyễn Văn An"
    assert cell(dialog, 0, COL_INTACT) == "yes" and cell(dialog, 0, COL_TRUSTED) == "yes"
    assert cell(dialog, 0, COL_CHANGED) == "no"
    assert dialog.verdict.text().startswith("VALID")
    assert "result: VALID" in dialog.details.toPlainText()
    assert dialog.copy_button.isEnabled() and dialog.open_button.isEnabled()


def test_a_tampered_file_then_a_valid_one(qtbot, dialog: VerifyDialog, files) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.verified, timeout=20000) as got:
        dialog.open_file(files["tampered"])
    assert not got.args[0].ok
    assert cell(dialog, 0, COL_INTACT) == "NO"
    verdict = dialog.verdict.text()
    assert verdict.startswith("NOT VALID") and "not intact" in verdict
    assert "Nguyễn Văn An" in verdict
    # the next file replaces the result
    with qtbot.waitSignal(dialog.verified, timeout=20000):
        dialog.open_file(files["valid"])
    assert dialog.verdict.text().startswith("VALID")


def test_without_trusted_certificates_trust_is_not_checked(qtbot, gui_app, files) -> None:  # type: ignore[no-untyped-def]
    d = VerifyDialog()
    qtbot.addWidget(d)
    assert "not checked" in d.trust_label.text()
    with qtbot.waitSignal(d.verified, timeout=20000):
        d.open_file(files["valid"])
    assert cell(d, 0, COL_TRUSTED) == "not checked"
    assert d.verdict.text().startswith("VALID")


def test_not_a_pdf(qtbot, dialog: VerifyDialog, files) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.failed, timeout=20000) as got:
        dialog.open_file(files["text"])
    assert "not a PDF" in got.args[0]
    assert "not a PDF" in dialog.verdict.text()
    assert dialog.table.rowCount() == 0 and not dialog.copy_button.isEnabled()
