"""Findings (live figures and lists) and the conclusion (drafted, edited, saved as you type)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from test_rollcall import call_the_roll, new_inspection, open_view

from inspector_app.services.demo import _id
from inspector_app.ui.views.conclusion_view import SAVE_DELAY_MS
from inspector_app.ui.views.inspection_view import InspectionView

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def _card(view: InspectionView, key: str) -> tuple[str, str]:
    card = view.findings.cards[key]
    return card.value.text(), card.detail.text()


@pytest.fixture
def called(qtbot, demo_ctx, translations) -> InspectionView:  # type: ignore[no-untyped-def]
    """A new inspection after the keyboard roll call of the 25 (with its four exceptions)."""
    view = open_view(qtbot, demo_ctx, new_inspection(demo_ctx))
    call_the_roll(qtbot, view.rollcall)
    return view


def test_findings_of_the_demo_completed_inspection(qtbot, demo_ctx, translations) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, demo_ctx, _id("inspection", "completed"))
    qtbot.keyClick(view.rollcall.table, Key.Key_3, ALT)
    assert view.current_step() == "findings"
    assert _card(view, "present") == ("23/25", "92%")
    assert _card(view, "on_time")[0] == "22/25"
    assert _card(view, "on_time")[1].startswith("88%")
    assert _card(view, "absent")[0] == "2"
    assert _card(view, "attire") == ("22/23", "95,7%")
    assert _card(view, "badge") == ("22/23", "95,7%")
    assert _card(view, "failures")[0] == "2"
    assert _card(view, "recorded") == ("178/178", "100%")
    text = view.findings.details.toPlainText()
    for name in ("Dương Văn Long", "Bùi Văn Hùng", "Mai Xuân Trường", "Tạ Quang Vinh"):
        assert name in text
    assert "Không đeo thẻ công chức trong giờ làm việc." in text  # the note taken on site
    assert "Cao Thị Thanh Hà" not in text  # absent with leave is not a shortfall


def test_findings_follow_the_roll_call_live(qtbot, called, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    view = called
    qtbot.keyClick(view.rollcall.table, Key.Key_3, ALT)
    assert _card(view, "present") == ("24/25", "96%")
    assert _card(view, "on_time")[0] == "23/25"
    assert _card(view, "absent")[0] == "1"
    assert _card(view, "attire") == ("24/24", "100%")
    assert _card(view, "badge") == ("23/24", "95,8%")
    assert _card(view, "failures")[0] == "1"
    # back to the roll call, one more problem: the findings follow when shown again
    qtbot.keyClick(view.findings.details, Key.Key_1, ALT)
    qtbot.keyClick(view.rollcall.table, Key.Key_Home)
    qtbot.keyClick(view.rollcall.table, Key.Key_A)
    qtbot.keyClick(view.rollcall.table, Key.Key_3, ALT)
    assert _card(view, "attire") == ("23/24", "95,8%")
    assert _card(view, "failures")[0] == "2"


def _save_wait(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(SAVE_DELAY_MS + 150)


def test_conclusion_drafted_edited_and_saved(qtbot, called, demo_ctx, typist) -> None:  # type: ignore[no-untyped-def]
    view, service = called, demo_ctx.inspections
    qtbot.keyClick(view.rollcall.table, Key.Key_4, ALT)
    conclusion = view.conclusion
    assert view.current_step() == "conclusion"
    conclusion.draft_button.setFocus()
    qtbot.keyClick(conclusion.draft_button, Key.Key_Space)
    assert conclusion.overwrite_box is None  # nothing typed yet: no question
    inspection = service.get(view.inspection_id)
    assert inspection.conclusions.startswith("Qua kiểm tra đột xuất việc chấp hành kỷ luật")
    assert "đồng chí Bùi Văn Hùng" in inspection.conclusions
    assert "đồng chí Mai Xuân Trường" in inspection.conclusions
    assert len(inspection.recommendations) >= 2
    assert all(r.deadline and r.deadline > date.today() for r in inspection.recommendations)
    assert inspection.recommendations[-1].text.startswith("Báo cáo kết quả khắc phục")
    assert len(conclusion.rows) == len(inspection.recommendations)

    # typing is saved after a pause ...
    edit = conclusion.conclusions_edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    typist(edit, "\nĐoàn ghi nhận tinh thần hợp tác của đơn vị.")
    assert "hợp tác" not in service.get(view.inspection_id).conclusions
    _save_wait(qtbot)
    assert service.get(view.inspection_id).conclusions.endswith("tinh thần hợp tác của đơn vị.")
    # ... and at once when the page is left (no waiting)
    typist(edit, " Cảm ơn.")
    qtbot.keyClick(edit, Key.Key_1, ALT)
    assert service.get(view.inspection_id).conclusions.endswith("Cảm ơn.")

    # drafting again asks before replacing what was typed; No (the default) keeps it
    qtbot.keyClick(view.rollcall.table, Key.Key_4, ALT)
    conclusion.draft_button.setFocus()
    qtbot.keyClick(conclusion.draft_button, Key.Key_Space)
    box = conclusion.overwrite_box
    assert box is not None and box.isVisible()
    qtbot.keyClick(box, Key.Key_Return)
    assert service.get(view.inspection_id).conclusions.endswith("Cảm ơn.")
    qtbot.keyClick(conclusion.draft_button, Key.Key_Space)
    box = conclusion.overwrite_box
    yes = box.button(box.StandardButton.Yes)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert "Cảm ơn." not in service.get(view.inspection_id).conclusions


def test_recommendations_unit_explanation_and_end_time(qtbot, called, demo_ctx, typist) -> None:  # type: ignore[no-untyped-def]
    view, service = called, demo_ctx.inspections
    qtbot.keyClick(view.rollcall.table, Key.Key_4, ALT)
    conclusion = view.conclusion
    qtbot.mouseClick(conclusion.add_button, Qt.MouseButton.LeftButton)
    row = conclusion.rows[-1]
    assert QApplication.focusWidget() is row.text_edit
    typist(row.text_edit, "Sắp xếp lại biển tên tại các quầy.")
    qtbot.keyClick(row.text_edit, Key.Key_Tab)  # to the deadline: its day is selected
    assert QApplication.focusWidget() is row.deadline_edit
    target = date.today() + timedelta(days=20)
    qtbot.keyClicks(row.deadline_edit, target.strftime("%d%m%Y"))
    assert row.deadline_edit.date() == QDate(target)
    qtbot.keyClick(row.deadline_edit, Key.Key_Tab)  # focus out: saved at once
    saved = service.get(view.inspection_id).recommendations
    assert [(r.text, r.deadline) for r in saved] == [("Sắp xếp lại biển tên tại các quầy.", target)]

    qtbot.mouseClick(conclusion.add_button, Qt.MouseButton.LeftButton)
    typist(conclusion.rows[-1].text_edit, "Thay máy quét hỏng.")
    _save_wait(qtbot)
    assert len(service.get(view.inspection_id).recommendations) == 2
    qtbot.mouseClick(conclusion.rows[0].remove_button, Qt.MouseButton.LeftButton)
    saved = service.get(view.inspection_id).recommendations
    assert [r.text for r in saved] == ["Thay máy quét hỏng."]
    assert saved[0].deadline == date.today() + timedelta(days=15)

    conclusion.explanation_edit.setFocus()
    typist(conclusion.explanation_edit, "Đơn vị tiếp thu và sẽ chấn chỉnh ngay.")
    view.hide()  # closing the window: the last keystrokes are saved
    inspection = service.get(view.inspection_id)
    assert inspection.unit_explanation == "Đơn vị tiếp thu và sẽ chấn chỉnh ngay."

    view.show()
    qtbot.waitExposed(view)
    assert not inspection.ended_at
    qtbot.mouseClick(conclusion.now_button, Qt.MouseButton.LeftButton)
    ended = service.get(view.inspection_id).ended_at
    assert ended is not None and ended.date() == date.today()


def test_completed_conclusion_is_read_only(qtbot, demo_ctx, translations) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, demo_ctx, _id("inspection", "completed"))
    view.show_step("conclusion")
    conclusion = view.conclusion
    assert conclusion.conclusions_edit.isReadOnly()
    assert not conclusion.draft_button.isEnabled()
    assert conclusion.conclusions_edit.toPlainText().startswith("Trung tâm chấp hành")
    assert len(conclusion.rows) == 2 and conclusion.rows[0].text_edit.isReadOnly()
