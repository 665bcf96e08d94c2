"""Step 6 of the inspection screen, driven through the real widgets: the minutes previewed, the
signatures drawn on screen, the digital signature with a test certificate (validated by
pyHanko), the signed file shown and exported, an amendment; and the photos step in the same
screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog
from test_rollcall import open_view
from test_signature_dialog import sign_on

from inspector_app.domain.model import InspectionStatus
from inspector_app.services.inspections import ListFilter
from inspector_app.signing import service
from inspector_app.signing.certs import create_test_certificate, load_trusted
from inspector_app.signing.settings import KIND_PKCS12, SigningSettings, save_settings
from inspector_app.signing.verify import verify_file
from inspector_app.ui.views.photos_view import PhotosView
from inspector_app.ui.views.sign_view import SignView

RENDER_TIMEOUT = 60_000
LEFT = Qt.MouseButton.LeftButton


def _first(ctx, status: InspectionStatus) -> str:  # type: ignore[no-untyped-def]
    return ctx.inspections.list(ListFilter(status=status))[0].id


def _to_sign_step(qtbot, view) -> SignView:  # type: ignore[no-untyped-def]
    sign = view.sign
    with qtbot.waitSignal(sign.preview.rendered, timeout=RENDER_TIMEOUT):
        qtbot.keyClick(view, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert view.current_step() == "sign"
    return sign


def test_sign_step_from_preview_to_signed_file_export_and_amendment(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, translations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    completed = _first(demo_ctx, InspectionStatus.COMPLETED)
    view = open_view(qtbot, demo_ctx, completed)
    sign = _to_sign_step(qtbot, view)
    unsigned = sign.preview.pdf_bytes()
    assert unsigned is not None and unsigned.startswith(b"%PDF")
    assert sign.preview.document.pageCount() >= 2
    assert sign.sign_button.isEnabled() and not sign.verify_button.isVisible()
    assert sign.signers_label.text().count("chưa ký") == 3  # "not signed yet", three signers

    # signatures on screen: two drawn, the representative refuses with a reason
    qtbot.mouseClick(sign.signatures_button, LEFT)
    dialog = sign.sign_dialog
    assert dialog is not None and dialog.isVisible()
    sign_on(qtbot, dialog.panel(service.ROLE_HEAD))
    sign_on(qtbot, dialog.panel(service.ROLE_SECRETARY))
    rep = dialog.panel(service.ROLE_REPRESENTATIVE)
    dialog.tabs.setCurrentWidget(rep)
    rep.refuse_check.setChecked(True)
    rep.reason_edit.setText("Không đồng ý với kết luận về giờ làm việc")
    with qtbot.waitSignal(sign.preview.rendered, timeout=RENDER_TIMEOUT):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    drawn = {d.role: d for d in service.drawn_signatures(demo_ctx, completed)}
    assert drawn[service.ROLE_HEAD].png and drawn[service.ROLE_SECRETARY].png
    assert drawn[service.ROLE_REPRESENTATIVE].refused_reason == (
        "Không đồng ý với kết luận về giờ làm việc"
    )
    assert "Không đồng ý với kết luận" in sign.signers_label.text()
    assert sign.preview.pdf_bytes() != unsigned  # the drawings are printed in the minutes

    # the digital signature with the certificate chosen in the settings
    made = create_test_certificate("Nguyễn Đức Thành", tmp_path / "head.p12", "mật khẩu")
    save_settings(
        demo_ctx.paths, SigningSettings(signer_kind=KIND_PKCS12, pkcs12_path=str(made.p12_path))
    )
    monkeypatch.setattr(
        "inspector_app.ui.dialogs.passphrase_dialog.ask_secret", lambda *_a, **_k: "mật khẩu"
    )
    qtbot.mouseClick(sign.sign_button, LEFT)
    qtbot.waitUntil(lambda: sign.digital is None, timeout=RENDER_TIMEOUT)
    inspection = demo_ctx.inspections.get(completed)
    assert inspection.status is InspectionStatus.SIGNED
    doc = service.latest_document(demo_ctx, completed)
    assert doc is not None and doc.path.is_file()
    report = verify_file(doc.path, load_trusted([made.pem_path]))
    assert report.ok and report.regular_signatures[0].signer == "Nguyễn Đức Thành"
    # the step now shows the signed file itself, and what can still be done
    assert sign.preview.pdf_bytes() == doc.path.read_bytes()
    assert sign.status_title.text() == "Đã ký"
    assert not sign.sign_button.isVisible() and not sign.signatures_button.isEnabled()
    assert sign.verify_button.isVisible() and sign.amend_button.isVisible()
    assert view.header.status_label.text().startswith("Đã ký")

    # export: the signed file, byte for byte
    out = tmp_path / "xuat" / "biên bản.pdf"
    out.parent.mkdir()
    task = sign.export_to(out)
    assert task is not None
    qtbot.waitUntil(lambda: sign.export_task is None, timeout=RENDER_TIMEOUT)
    assert out.read_bytes() == doc.path.read_bytes()
    assert sign.last_export == out

    # verify from the step
    qtbot.mouseClick(sign.verify_button, LEFT)
    qtbot.waitUntil(lambda: sign.verify_dialog.report is not None, timeout=RENDER_TIMEOUT)
    assert sign.verify_dialog.report.ok
    sign.verify_dialog.close()

    # an amendment: a new draft linked to the signed inspection, opened at the roll call
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *_a, **_k: ("Sửa số liệu hồ sơ trễ hạn", True)
    )
    qtbot.mouseClick(sign.amend_button, LEFT)
    amendment = view.inspection_id
    assert amendment != completed and view.current_step() == "rollcall"
    assert service.amended_inspection(demo_ctx, amendment) == completed
    assert demo_ctx.inspections.get(amendment).status is InspectionStatus.DRAFT
    assert demo_ctx.inspections.get(completed).status is InspectionStatus.SIGNED


def test_a_draft_is_previewed_and_signed_on_screen_but_not_digitally(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, translations
) -> None:
    draft = _first(demo_ctx, InspectionStatus.DRAFT)
    view = open_view(qtbot, demo_ctx, draft)
    sign = _to_sign_step(qtbot, view)
    assert sign.preview.pdf_bytes().startswith(b"%PDF")
    assert not sign.sign_button.isEnabled()
    assert sign.signatures_button.isEnabled()
    assert sign.status_title.text() == "Chưa hoàn thành"


def test_export_of_unsigned_minutes_and_a_bad_target(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, translations, tmp_path: Path, answer_boxes
) -> None:
    draft = _first(demo_ctx, InspectionStatus.DRAFT)
    view = open_view(qtbot, demo_ctx, draft)
    sign = _to_sign_step(qtbot, view)
    assert sign.suggested_file_name().endswith("-chua-ky.pdf")
    out = tmp_path / "bien-ban.pdf"
    sign.export_to(out)
    qtbot.waitUntil(lambda: sign.export_task is None, timeout=RENDER_TIMEOUT)
    assert out.read_bytes() == sign.preview.pdf_bytes()
    # a folder that does not exist: a clear message naming the file, nothing written
    bad = tmp_path / "không có" / "x.pdf"
    sign.export_to(bad)
    qtbot.waitUntil(lambda: sign.export_task is None, timeout=RENDER_TIMEOUT)
    assert not bad.exists()
    assert any(str(bad) in text for text in answer_boxes.texts)
    assert sign.export_button.isEnabled()


def test_the_photos_step_is_the_photos_view(qtbot, demo_ctx, translations) -> None:  # type: ignore[no-untyped-def]
    draft = _first(demo_ctx, InspectionStatus.DRAFT)
    view = open_view(qtbot, demo_ctx, draft)
    qtbot.keyClick(view, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert view.current_step() == "photos"
    assert isinstance(view.photos, PhotosView)
    assert view.stack.currentWidget() is view.photos
    assert view.photos.inspection is not None and view.photos.inspection.id == draft
    assert not view.photos.read_only


def test_verify_and_certificates_from_the_menus(qtbot, make_window, demo_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_ctx)
    window.action_certificates.trigger()
    assert window.certificates_dialog is not None and window.certificates_dialog.isVisible()
    window.certificates_dialog.reject()
    # a PDF that was never signed: the dialog says so, it does not fail
    completed = _first(demo_ctx, InspectionStatus.COMPLETED)
    from inspector_app.reports.export import export_pdf

    pdf = export_pdf(demo_ctx, completed, tmp_path / "khong-ky.pdf").path
    window.action_verify.trigger()
    dialog = window.verify_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.open_file(pdf)
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.verdict.text() != "", timeout=30000)
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled(), timeout=30000)
    assert dialog.report is None or not dialog.report.ok
    assert dialog.verdict.text()


def test_a_wrong_certificate_file_is_a_clear_error_and_nothing_is_signed(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, translations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer_boxes
) -> None:
    completed = _first(demo_ctx, InspectionStatus.COMPLETED)
    view = open_view(qtbot, demo_ctx, completed)
    sign = _to_sign_step(qtbot, view)
    broken = tmp_path / "hong.p12"
    broken.write_bytes(b"not a PKCS#12 file")
    save_settings(demo_ctx.paths, SigningSettings(signer_kind=KIND_PKCS12, pkcs12_path=str(broken)))
    monkeypatch.setattr(
        "inspector_app.ui.dialogs.passphrase_dialog.ask_secret", lambda *_a, **_k: "x"
    )
    qtbot.mouseClick(sign.sign_button, LEFT)
    qtbot.waitUntil(lambda: sign.digital is None, timeout=RENDER_TIMEOUT)
    assert demo_ctx.inspections.get(completed).status is InspectionStatus.COMPLETED
    assert service.latest_document(demo_ctx, completed) is None
    assert sign.sign_button.isEnabled()
    assert any("hong.p12" in text for text in answer_boxes.texts)  # the message names the file
