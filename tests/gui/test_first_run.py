"""First run: the inspector's profile, then the demo data offered on an empty database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from inspector_app.services.demo import load_demo
from inspector_app.ui.dialogs.profile_dialog import ProfileDialog


def _profile_dialog(qtbot, window) -> ProfileDialog:
    qtbot.waitUntil(lambda: window.findChild(ProfileDialog) is not None)
    dialog = window.findChild(ProfileDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _fill(qtbot, dialog: ProfileDialog, typist) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a name and an agency are required
    typist(dialog.full_name, "Trương Thị Mỹ Linh")
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Tab)
    typist(dialog.position, "Chuyên viên chính")
    qtbot.keyClick(dialog.position, Qt.Key.Key_Tab)
    typist(dialog.agency, "Sở Nội vụ tỉnh Quảng Ninh")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _demo_offer(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "demoOfferBox") is not None)
    return window.findChild(QMessageBox, "demoOfferBox")


def test_first_run_sets_the_profile_then_loads_the_demo(qtbot, make_window, ctx, typist) -> None:
    window = make_window(ctx)
    dialog = _profile_dialog(qtbot, window)
    assert dialog.windowTitle() == "Chào mừng bạn đến với Inspector"
    assert window.home.message.text().startswith("Chưa có cuộc kiểm tra nào")
    _fill(qtbot, dialog, typist)

    profile = ctx.reference.profile()
    assert profile is not None and profile.inspector is not None
    assert profile.inspector.full_name == "Trương Thị Mỹ Linh"
    assert profile.inspector.position == "Chuyên viên chính"
    assert profile.inspector.agency_name == "Sở Nội vụ tỉnh Quảng Ninh"
    assert profile.language == "vi"

    box = _demo_offer(qtbot, window)
    assert "dữ liệu mẫu" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 2, timeout=15_000)
    assert window.home.pages.currentWidget() is window.home.table


def test_the_demo_can_be_declined(qtbot, make_window, ctx, typist) -> None:
    window = make_window(ctx)
    _fill(qtbot, _profile_dialog(qtbot, window), typist)
    box = _demo_offer(qtbot, window)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert window.demo_task is None
    assert ctx.inspections.count() == 0
    assert "Ctrl+N" in window.home.message.text()


def test_no_demo_offer_when_there_are_inspections(qtbot, make_window, ctx, typist) -> None:
    load_demo(ctx.db, ctx.catalog)  # e.g. imported before anyone set a profile
    window = make_window(ctx)
    _fill(qtbot, _profile_dialog(qtbot, window), typist)
    assert window.findChild(QMessageBox, "demoOfferBox") is None
    assert window.home.model.rowCount() == 2


def test_no_first_run_once_the_profile_is_set(qtbot, make_window, demo_ctx) -> None:
    window = make_window(demo_ctx)
    assert window.findChild(ProfileDialog) is None
    assert window.home.model.rowCount() == 2
