"""Complete (with the list of what is missing) and reopen (team head's name and a reason)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_rollcall import call_the_roll, new_inspection, open_view

from inspector_app.domain.model import AttendanceStatus, InspectionStatus
from inspector_app.services.demo import TEAM, _id
from inspector_app.ui.views.inspection_view import Missing

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def test_complete_lists_what_is_missing_and_cancel_keeps_the_draft(
    qtbot, demo_ctx, translations
) -> None:  # type: ignore[no-untyped-def]
    draft = _id("inspection", "draft")  # 10 of 25 called, no checklist answered
    view = open_view(qtbot, demo_ctx, draft)
    qtbot.mouseClick(view.header.complete_button, Qt.MouseButton.LeftButton)
    box = view.complete_box
    assert box is not None and box.isVisible()
    details = box.informativeText()
    assert "15" in details and "17" in details  # 15 people not called, 17 unit items
    assert "Bàn lãnh đạo" not in details  # names, not posts
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.keyClick(box, Key.Key_Return)  # the default when something is missing: cancel
    assert demo_ctx.inspections.get(draft).status is InspectionStatus.DRAFT

    missing = Missing.of(demo_ctx.inspections.get(draft), "vi")
    assert len(missing.not_called) == 15 and len(missing.unit_items) == 17
    assert "Hồ Minh Tuấn" in missing.staff_gaps  # away, nothing assessed yet


def test_complete_then_reopen_with_a_reason(qtbot, demo_ctx, translations, typist) -> None:  # type: ignore[no-untyped-def]
    service = demo_ctx.inspections
    view = open_view(qtbot, demo_ctx, new_inspection(demo_ctx))
    call_the_roll(qtbot, view.rollcall)
    qtbot.mouseClick(view.header.complete_button, Qt.MouseButton.LeftButton)
    box = view.complete_box
    assert "17" in box.informativeText()  # the unit checklists are still empty
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    inspection = service.get(view.inspection_id)
    assert inspection.status is InspectionStatus.COMPLETED
    assert inspection.completed_at is not None and inspection.ended_at is not None
    # read-only everywhere; the header says so and offers Reopen
    assert not view.header.complete_button.isVisibleTo(view)
    assert view.header.reopen_button.isVisibleTo(view)
    qtbot.keyClick(view.rollcall.table, Key.Key_Home)
    qtbot.keyClick(view.rollcall.table, Key.Key_5)
    assert service.get(view.inspection_id).staff == inspection.staff

    qtbot.mouseClick(view.header.reopen_button, Qt.MouseButton.LeftButton)
    dialog = view.reopen_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.head_edit)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a name and a reason are both needed
    typist(dialog.head_edit, "Trần Thị Kim Dung")  # a member, not the head
    qtbot.keyClick(dialog.head_edit, Key.Key_Tab)
    typist(dialog.reason_edit, "Bổ sung ý kiến giải trình của đơn vị")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text()
    assert service.get(view.inspection_id).status is InspectionStatus.COMPLETED

    dialog.head_edit.selectAll()
    typist(dialog.head_edit, TEAM[0][0])
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert service.get(view.inspection_id).status is InspectionStatus.DRAFT
    reasons = [e.reason for e in service.audit_log(view.inspection_id) if e.reason]
    assert any(TEAM[0][0] in r and "Bổ sung ý kiến giải trình của đơn vị" in r for r in reasons)
    assert view.header.complete_button.isVisibleTo(view)
    # writable again
    qtbot.keyClick(view.rollcall.table, Key.Key_Home)
    qtbot.keyClick(view.rollcall.table, Key.Key_2)
    first = view.rollcall.model.entry_at(0)
    now = next(e for e in service.get(view.inspection_id).staff if e.id == first.id)
    assert now.attendance is AttendanceStatus.AWAY
