"""New inspection: from Ctrl+N to an inspection in the database, opened."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from inspector_app.domain.model import TeamRole
from inspector_app.services.demo import DEPARTMENTS, TEAM
from inspector_app.ui.dialogs.new_inspection_dialog import NewInspectionDialog

TU_PHAP = DEPARTMENTS[1]  # "Bộ phận Tiếp nhận và Trả kết quả lĩnh vực Tư pháp – Hộ tịch"


def _open_dialog(qtbot, window) -> NewInspectionDialog:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(NewInspectionDialog) is not None)
    dialog = window.findChild(NewInspectionDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_new_inspection_end_to_end(qtbot, make_window, demo_ctx, typist) -> None:
    window = make_window(demo_ctx)
    before = {s.id for s in demo_ctx.inspections.list()}
    dialog = _open_dialog(qtbot, window)
    assert dialog.windowTitle() == "Cuộc kiểm tra mới"
    assert dialog.started_edit.displayFormat() == "dd/MM/yyyy HH:mm"
    assert QApplication.focusWidget() is dialog.unit_combo  # the first field has the focus

    # The unit: type part of its name, pick it from the completer's list with the keyboard.
    typist(dialog.unit_combo, "tư pháp")
    popup = dialog.unit_combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert dialog.unit_combo.completer().completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.unit_combo.currentText().startswith(TU_PHAP)
    unit_id = dialog.unit_id()
    assert unit_id is not None

    # The start time (the default is now), the document number.
    started = datetime(2026, 3, 2, 7, 30).astimezone()
    dialog.started_edit.setDateTime(QDateTime(started))
    dialog.document_number.setFocus()
    typist(dialog.document_number, "21/BB-ĐKT")

    # The team defaults to the last inspection's; add a new inspector inline as a member.
    assert dialog.head_combo.currentText().startswith(TEAM[0][0])
    dialog.new_inspector_name.setFocus()
    typist(dialog.new_inspector_name, "Hoàng Văn Quân")
    typist(dialog.new_inspector_position, "Chuyên viên")
    qtbot.mouseClick(dialog.add_inspector_button, Qt.MouseButton.LeftButton)
    quan = next(p for p in demo_ctx.reference.list_inspectors() if p.full_name == "Hoàng Văn Quân")
    assert quan.id in dialog.member_ids()

    # Two representatives, typed into the table.
    qtbot.mouseClick(dialog.add_rep_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    typist(editor, "Lê Thị Thu Trang")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits the name, moves to "Position"
    typist(QApplication.focusWidget(), "Chuyên viên")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ("Lê Thị Thu Trang", "Chuyên viên") in dialog.representatives())
    dialog.reps_table.item(0, 0).setText("Trần Văn Minh")
    dialog.reps_table.item(0, 1).setText("Trưởng phòng")
    assert dialog.representatives() == [
        ("Trần Văn Minh", "Trưởng phòng"),
        ("Lê Thị Thu Trang", "Chuyên viên"),
    ]

    # The forms: the defaults are ticked; untick one.
    boxes = dialog.findChildren(QCheckBox)
    assert boxes and all(box.isChecked() for box in boxes)
    qtbot.mouseClick(boxes[-1], Qt.MouseButton.LeftButton)
    chosen = dialog.form_ids()
    assert len(chosen) == len(boxes) - 1
    assert "Căn cứ" in dialog.legal_basis.toPlainText()
    assert "2026" in dialog.legal_basis.toPlainText()

    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    created = ({s.id for s in demo_ctx.inspections.list()} - before).pop()
    inspection = demo_ctx.inspections.get(created)
    assert inspection.unit.id == unit_id
    assert inspection.started_at == started
    assert inspection.document_number == "21/BB-ĐKT"
    assert [f.id for f in inspection.forms] == chosen
    roles = {m.full_name: m.role for m in inspection.team}
    assert roles[TEAM[0][0]] is TeamRole.HEAD
    assert roles[TEAM[-1][0]] is TeamRole.SECRETARY
    assert roles["Hoàng Văn Quân"] is TeamRole.MEMBER
    assert [(r.full_name, r.position) for r in inspection.representatives] == [
        ("Trần Văn Minh", "Trưởng phòng"),
        ("Lê Thị Thu Trang", "Chuyên viên"),
    ]
    assert "Căn cứ Quyết định số 129/2007/QĐ-TTg" in inspection.legal_basis
    # ... and it is open, and remembered as the place to come back to.
    assert window.stack.currentWidget() is window.inspection_screen
    assert window.place is not None and window.place.inspection_id == created


def test_a_unit_and_a_head_are_required(qtbot, make_window, ctx, answer_boxes) -> None:
    ctx.reference.set_profile("Lê Minh Châu", "Chuyên viên", "Sở Nội vụ tỉnh Nam Định")
    ctx.reference.add_unit("Bộ phận Một cửa UBND xã Hải Vân")
    window = make_window(ctx)
    dialog = _open_dialog(qtbot, window)
    me = ctx.reference.profile().inspector
    assert dialog.head_combo.currentData() == me.id  # no earlier inspection: the profile leads
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert answer_boxes.texts == ["Hãy chọn đơn vị được kiểm tra trong danh sách."]
    assert dialog.isVisible()
    dialog.unit_combo.setCurrentIndex(0)
    dialog.head_combo.setCurrentIndex(-1)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert answer_boxes.texts[-1] == "Hãy chọn trưởng đoàn."
    assert ctx.inspections.count() == 0
    dialog.head_combo.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert ctx.inspections.count() == 1


def test_an_edited_legal_basis_is_kept_when_the_year_changes(qtbot, make_window, demo_ctx, typist):
    window = make_window(demo_ctx)
    dialog = _open_dialog(qtbot, window)
    dialog.started_edit.setDateTime(QDateTime(datetime(2025, 5, 5, 8, 0)))
    assert "năm 2025" in dialog.legal_basis.toPlainText()
    dialog.legal_basis.setPlainText("Căn cứ Kế hoạch số 12/KH-SNV.")
    dialog.started_edit.setDateTime(QDateTime(datetime(2026, 5, 5, 8, 0)))
    assert dialog.legal_basis.toPlainText() == "Căn cứ Kế hoạch số 12/KH-SNV."
