"""The sign step: drawn signatures or refusals with a reason, stored and printed in the
minutes; then the digital signature with the passphrase asked each time; the settings."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_signature_pad import drag, zigzag

from inspector_app.domain.model import InspectionStatus
from inspector_app.services.inspections import ListFilter
from inspector_app.signing import service
from inspector_app.signing.certs import create_test_certificate
from inspector_app.signing.settings import (
    KIND_PKCS12,
    SigningSettings,
    load_settings,
    save_settings,
    settings_path,
)
from inspector_app.ui.dialogs.certificates_dialog import CertificatesDialog
from inspector_app.ui.dialogs.passphrase_dialog import KIND_PIN, PassphraseDialog
from inspector_app.ui.dialogs.sign_dialog import (
    DigitalSigning,
    SignDialog,
    save_entries,
    signer_slots,
)

OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def completed(demo_ctx) -> str:  # type: ignore[no-untyped-def]
    return demo_ctx.inspections.list(ListFilter(status=InspectionStatus.COMPLETED))[0].id


@pytest.fixture
def dialog(qtbot, gui_app, demo_ctx, completed: str) -> SignDialog:  # type: ignore[no-untyped-def]
    d = SignDialog(signer_slots(demo_ctx.inspections.get(completed)))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def sign_on(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    tabs = panel.window().tabs
    tabs.setCurrentWidget(panel)
    qtbot.waitExposed(panel.pad)
    drag(panel.pad, zigzag(panel.pad))


def test_the_signers_are_the_inspections(dialog: SignDialog, demo_ctx, completed: str) -> None:  # type: ignore[no-untyped-def]
    ins = demo_ctx.inspections.get(completed)
    assert [p.slot.role for p in dialog.panels] == [
        service.ROLE_REPRESENTATIVE,
        service.ROLE_HEAD,
        service.ROLE_SECRETARY,
    ]
    assert dialog.panels[0].slot.name == ins.representatives[0].full_name
    assert dialog.panels[1].name_label.text() == "Nguyễn Đức Thành"


def test_ok_needs_every_signer_signed_or_refused_with_a_reason(
    qtbot,
    dialog: SignDialog,  # type: ignore[no-untyped-def]
    typist,
) -> None:
    ok = dialog.buttons.button(OK)
    assert not ok.isEnabled()  # empty pads are not signatures
    sign_on(qtbot, dialog.panel(service.ROLE_HEAD))
    sign_on(qtbot, dialog.panel(service.ROLE_SECRETARY))
    assert not ok.isEnabled()
    rep = dialog.panel(service.ROLE_REPRESENTATIVE)
    dialog.tabs.setCurrentWidget(rep)
    qtbot.mouseClick(
        rep.refuse_check, Qt.MouseButton.LeftButton, pos=rep.refuse_check.rect().center()
    )
    assert rep.refuse_check.isChecked() and not rep.pad.isEnabled()
    assert not ok.isEnabled()  # a refusal needs its reason
    typist(rep.reason_edit, "Không đồng ý với kết luận về giờ làm việc")
    assert ok.isEnabled()

    with qtbot.waitSignal(dialog.submitted) as got:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    entries = got.args[0]
    assert [(e.role, e.png is not None, e.refused_reason) for e in entries] == [
        (service.ROLE_REPRESENTATIVE, False, "Không đồng ý với kết luận về giờ làm việc"),
        (service.ROLE_HEAD, True, None),
        (service.ROLE_SECRETARY, True, None),
    ]
    assert entries[1].png.startswith(b"\x89PNG")


def test_clearing_a_pad_disables_ok_again(qtbot, dialog: SignDialog) -> None:  # type: ignore[no-untyped-def]
    for panel in dialog.panels:
        sign_on(qtbot, panel)
    ok = dialog.buttons.button(OK)
    assert ok.isEnabled()
    head = dialog.panel(service.ROLE_HEAD)
    dialog.tabs.setCurrentWidget(head)
    qtbot.mouseClick(head.clear_button, Qt.MouseButton.LeftButton)
    assert head.pad.is_empty() and not ok.isEnabled()
    with pytest.raises(ValueError):
        dialog.entries()


def test_saved_signatures_and_the_refusal_are_in_the_signed_minutes(  # type: ignore[no-untyped-def]
    qtbot, dialog: SignDialog, demo_ctx, completed: str, typist, tmp_path: Path, monkeypatch
) -> None:
    for role in (service.ROLE_HEAD, service.ROLE_SECRETARY):
        sign_on(qtbot, dialog.panel(role))
    rep = dialog.panel(service.ROLE_REPRESENTATIVE)
    rep.refuse_check.setChecked(True)
    typist(rep.reason_edit, "Vắng mặt khi đọc biên bản")
    with qtbot.waitSignal(dialog.submitted) as got:
        qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    save_entries(demo_ctx, completed, got.args[0])
    dialog.accept()
    stored = service.drawn_signatures(demo_ctx, completed)
    assert [(d.role, d.refused_reason) for d in stored] == [
        (service.ROLE_REPRESENTATIVE, "Vắng mặt khi đọc biên bản"),
        (service.ROLE_HEAD, None),
        (service.ROLE_SECRETARY, None),
    ]

    # the digital signature: settings chosen, the passphrase asked (wrong first, then right)
    made = create_test_certificate("Nguyễn Đức Thành", tmp_path / "head.p12", "đúng")
    save_settings(
        demo_ctx.paths, SigningSettings(signer_kind=KIND_PKCS12, pkcs12_path=str(made.p12_path))
    )
    answers = iter(["sai", "đúng"])
    asked: list[str] = []

    def answer(_parent, kind, what, error=""):  # type: ignore[no-untyped-def]
        asked.append(error)
        return next(answers)

    monkeypatch.setattr("inspector_app.ui.dialogs.passphrase_dialog.ask_secret", answer)
    signing = DigitalSigning(demo_ctx)
    with qtbot.waitSignal(signing.signed, timeout=30000) as result:
        signing.start(completed)
    doc = result.args[0]
    assert asked[0] == "" and "Wrong passphrase" in asked[1]
    assert demo_ctx.inspections.get(completed).status is InspectionStatus.SIGNED
    assert doc.path.is_file() and doc.signer_name == "Nguyễn Đức Thành"
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(doc.path), "-"], capture_output=True, text=True, check=True
        ).stdout
        text = " ".join(text.split())
        assert "Từ chối ký" in text and "Vắng mặt khi đọc biên bản" in text
    # the refusing representative has no signature field waiting for them
    from inspector_app.signing.verify import verify_file

    report = verify_file(doc.path)
    assert report.ok and [s.field_name for s in report.signatures] == ["TruongDoan"]
    # the passphrase was not written anywhere
    assert "đúng" not in settings_path(demo_ctx.paths).read_text(encoding="utf-8")


def test_cancelling_the_passphrase_signs_nothing(
    qtbot,
    gui_app,
    demo_ctx,
    completed: str,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch,
) -> None:
    made = create_test_certificate("A", tmp_path / "a.p12", "x")
    save_settings(
        demo_ctx.paths, SigningSettings(signer_kind=KIND_PKCS12, pkcs12_path=str(made.p12_path))
    )
    monkeypatch.setattr(
        "inspector_app.ui.dialogs.passphrase_dialog.ask_secret", lambda *_a, **_k: None
    )
    signing = DigitalSigning(demo_ctx)
    with qtbot.waitSignal(signing.cancelled):
        signing.start(completed)
    assert demo_ctx.inspections.get(completed).status is InspectionStatus.COMPLETED


def test_passphrase_dialog_hides_and_forgets(qtbot, gui_app, typist) -> None:  # type: ignore[no-untyped-def]
    d = PassphraseDialog(KIND_PIN, "VNPT-CA", error="Wrong PIN. Try again.")
    qtbot.addWidget(d)
    d.show()
    ok = d.buttons.button(OK)
    assert not ok.isEnabled()  # a PIN is never empty
    assert d.error.isVisible() and "VNPT-CA" in d.intro.text()
    typist(d.secret_edit, "123456")
    assert ok.isEnabled() and not d.error.isVisible()
    assert d.secret_edit.echoMode() == d.secret_edit.EchoMode.Password
    d.show_check.setChecked(True)
    assert d.secret_edit.echoMode() == d.secret_edit.EchoMode.Normal
    assert d.secret() == "123456"
    d.reject()
    assert d.secret() == ""


def test_certificates_dialog_saves_paths_never_secrets(
    qtbot,
    gui_app,
    demo_ctx,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    made = create_test_certificate("Phạm Thu Hằng", tmp_path / "h.p12", "x")
    other = create_test_certificate("Trần Thị Bình", tmp_path / "b.p12", "y")
    d = CertificatesDialog(demo_ctx.paths)
    qtbot.addWidget(d)
    d.show()
    assert d.none_radio.isChecked() and not d.p12_edit.isEnabled()
    d.p12_radio.setChecked(True)
    assert d.p12_edit.isEnabled() and not d.library_edit.isEnabled()
    d.p12_edit.setText(str(tmp_path / "missing.p12"))
    qtbot.mouseClick(d.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert "does not exist" in d.error.text() and d.isVisible()
    d.p12_edit.setText(str(made.p12_path))
    bogus = tmp_path / "bogus.pem"
    bogus.write_text("no")
    d.add_trusted([str(other.pem_path), str(bogus), str(other.pem_path)])
    assert d.trust_list.count() == 1 and "not a certificate file" in d.error.text()
    d.tsa_edit.setText("tsa.example.vn")
    qtbot.mouseClick(d.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert "http://" in d.error.text()
    d.tsa_edit.setText("http://tsa.example.vn")
    with qtbot.waitSignal(d.saved):
        qtbot.mouseClick(d.buttons.button(OK), Qt.MouseButton.LeftButton)
    saved = load_settings(demo_ctx.paths)
    assert saved.signer_kind == KIND_PKCS12 and saved.pkcs12_path == str(made.p12_path)
    assert saved.trusted_certificates == (str(other.pem_path),)
    assert saved.tsa_url == "http://tsa.example.vn" and saved.configured
    raw = json.loads(settings_path(demo_ctx.paths).read_text(encoding="utf-8"))
    assert not {"passphrase", "pin", "password"} & set(raw["signer"])

    again = CertificatesDialog(demo_ctx.paths)  # reopened: as saved
    qtbot.addWidget(again)
    assert again.p12_radio.isChecked() and again.p12_edit.text() == str(made.p12_path)
    assert again.trust_list.count() == 1


def test_find_tokens_with_a_missing_library_says_so(
    qtbot,
    gui_app,
    demo_ctx,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    d = CertificatesDialog(demo_ctx.paths)
    qtbot.addWidget(d)
    d.token_radio.setChecked(True)
    d.library_edit.setText(str(tmp_path / "vgca.so"))
    with qtbot.waitSignal(d.find_tokens().finished, timeout=10000):
        assert not d.find_button.isEnabled()  # while it looks
    assert "no such PKCS#11 library" in d.error.text()
    assert d.find_button.isEnabled()
