"""The whole on-site flow through the real window, from an empty data dir, by keyboard.

Profile (first run) → demo data → Ctrl+N new inspection on the demo's service center → roll call
of 25 people with a few exceptions → unit checklists → findings → conclusion drafted → complete;
then what the database holds.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from test_rollcall import call_the_roll

from inspector_app.domain.forms import COMPLIANT, NOT_COMPLIANT
from inspector_app.domain.model import AttendanceStatus, InspectionStatus
from inspector_app.services.demo import CENTER, TEAM
from inspector_app.ui.dialogs.new_inspection_dialog import NewInspectionDialog
from inspector_app.ui.dialogs.profile_dialog import ProfileDialog
from inspector_app.ui.views.inspection_view import InspectionView

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press_mnemonic(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """Alt + the underlined letter of ``button`` (whatever the language); the button then
    clicks itself, with a short animation."""
    text = button.text()
    letter = text[text.index("&") + 1].upper()
    with qtbot.waitSignal(button.clicked, timeout=2000):
        qtbot.keyClick(_focus(), getattr(Key, f"Key_{letter}"), ALT)


def _first_run(qtbot, window, typist) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.findChild(ProfileDialog) is not None)
    dialog = window.findChild(ProfileDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.full_name)
    typist(dialog.full_name, "Phạm Thu Hằng")
    qtbot.keyClick(dialog.full_name, Key.Key_Tab)
    typist(_focus(), "Chuyên viên")
    qtbot.keyClick(_focus(), Key.Key_Tab)
    typist(_focus(), "Sở Nội vụ thành phố Hải Phòng")
    qtbot.keyClick(_focus(), Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "demoOfferBox") is not None)
    box = window.findChild(QMessageBox, "demoOfferBox")
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(box, Key.Key_Return)  # Yes is the default
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 2, timeout=15_000)


def _new_inspection(qtbot, window, typist) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()  # offscreen, nothing gives the window back its focus after a box
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.findChild(NewInspectionDialog) is not None)
    dialog = window.findChild(NewInspectionDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.unit_combo)
    typist(dialog.unit_combo, "trung tâm phục vụ")
    popup = dialog.unit_combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(popup.model().rowCount()):
        qtbot.keyClick(popup, Key.Key_Down)
        if popup.currentIndex().data() == CENTER:
            break
    qtbot.keyClick(popup, Key.Key_Return)
    assert dialog.unit_combo.currentText() == CENTER
    assert dialog.head_combo.currentText().startswith(TEAM[0][0])  # the demo team, by default
    qtbot.waitUntil(dialog.isActiveWindow)
    _press_mnemonic(qtbot, dialog.ok_button)  # "Create and &open"


def _answer_the_checklists(qtbot, view: InspectionView, typist) -> None:  # type: ignore[no-untyped-def]
    checklists = view.checklists
    qtbot.keyClick(_focus(), Key.Key_2, ALT)
    assert _focus() is checklists.tree
    typed = {"counter-opening-time": "7:30", "on-time-rate": "99,2", "late-dossier-count": "3"}
    for _ in range(40):
        item = checklists.current_item()
        assert item is not None
        done, total = checklists.model.progress()
        if done == total:
            break
        kind = item.item.answer
        if item.item.id == "seating-map":
            qtbot.keyClick(checklists.tree, Key.Key_2)  # not compliant: why?
            typist(checklists.editor.line, "Chưa có sơ đồ bố trí quầy")
            qtbot.keyClick(checklists.editor.line, Key.Key_Return)
        elif kind in ("compliance", "choice"):
            qtbot.keyClick(checklists.tree, Key.Key_1)
        elif kind == "text":
            qtbot.keyClick(checklists.tree, Key.Key_F2)
            typist(checklists.editor.line, "Không có hồ sơ tồn đọng")
            qtbot.keyClick(checklists.editor.line, Key.Key_Return)
        else:
            value = typed[item.item.id]
            qtbot.keyClicks(checklists.tree, value[0])  # a digit opens the editor
            qtbot.keyClicks(checklists.editor.line, value[1:])
            qtbot.keyClick(checklists.editor.line, Key.Key_Return)
    assert checklists.model.progress() == (17, 17)


def test_the_whole_flow_from_an_empty_data_dir(qtbot, make_window, ctx, typist) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ctx)
    _first_run(qtbot, window, typist)
    _new_inspection(qtbot, window, typist)

    view = window.inspection_screen
    assert isinstance(view, InspectionView)
    assert window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.rollcall.table)
    done = call_the_roll(qtbot, view.rollcall)
    keys = sum(k for _, k, _ in done)
    assert len(done) == 25 and keys / 25 <= 2
    assert window.place is not None and window.place.step == "rollcall"

    _answer_the_checklists(qtbot, view, typist)

    qtbot.keyClick(_focus(), Key.Key_3, ALT)
    assert view.findings.cards["present"].value.text() == "24/25"
    assert view.findings.cards["badge"].value.text() == "23/24"
    assert view.findings.cards["failures"].value.text() == "2"  # the badge, the seating map
    assert window.place.step == "findings"

    qtbot.keyClick(_focus(), Key.Key_4, ALT)
    _press_mnemonic(qtbot, view.conclusion.draft_button)  # "&Draft from findings"
    _press_mnemonic(qtbot, view.header.complete_button)  # "&Complete…"
    box = view.complete_box
    assert box is not None
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Yes)  # nothing missing
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(box, Key.Key_Return)

    inspection = ctx.inspections.get(view.inspection_id)
    assert inspection.status is InspectionStatus.COMPLETED
    assert inspection.unit.name == CENTER
    assert inspection.head() is not None and inspection.head().full_name == TEAM[0][0]
    people = {e.full_name: e for e in inspection.staff}
    assert len(people) == 25
    statuses = [e.attendance for e in inspection.staff]
    assert statuses.count(AttendanceStatus.AT_POST) == 23
    assert people["Dương Văn Long"].arrival_time == time(7, 52)
    assert people["Bùi Văn Hùng"].attendance is AttendanceStatus.ABSENT_WITHOUT_LEAVE
    assert people["Tạ Quang Vinh"].note == "Đang nghe điện thoại riêng"
    badge = inspection.answer("staff-discipline", "badge-worn", people["Mai Xuân Trường"].id)
    assert badge is not None and badge.value == NOT_COMPLIANT
    seating = inspection.answer("workplace", "seating-map")
    assert seating is not None and (seating.value, seating.note) == (
        NOT_COMPLIANT,
        "Chưa có sơ đồ bố trí quầy",
    )
    assert inspection.answer("dossier-handling", "on-time-rate").value == "99.2"
    assert inspection.answer("workplace", "bright-green-clean").value == COMPLIANT
    assert "đồng chí Mai Xuân Trường" in inspection.conclusions
    assert "sơ đồ" in inspection.conclusions.lower()
    assert inspection.recommendations and all(r.deadline for r in inspection.recommendations)
    assert inspection.ended_at is not None and inspection.completed_at is not None
