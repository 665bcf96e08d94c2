"""Unit checklists: every unit item answered by keyboard, values checked, notes, guidance."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from inspector_app.domain.forms import COMPLIANT, NOT_APPLICABLE, NOT_COMPLIANT
from inspector_app.services.demo import CENTER, TEAM, _id
from inspector_app.ui.models.checklist_model import ChecklistModel, display_value
from inspector_app.ui.views.inspection_view import InspectionView

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def view(qtbot, demo_ctx, translations) -> InspectionView:  # type: ignore[no-untyped-def]
    unit = next(u for u in demo_ctx.reference.list_units() if u.name == CENTER)
    head = next(i for i in demo_ctx.reference.list_inspectors() if i.full_name == TEAM[0][0])
    inspection_id = demo_ctx.inspections.create(unit.id, head_id=head.id)
    view = InspectionView(demo_ctx)
    qtbot.addWidget(view)
    view.resize(1366, 720)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.load(inspection_id)
    view.rollcall.focus_main()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.rollcall.table)
    qtbot.keyClick(view.rollcall.table, Key.Key_2, ALT)
    assert view.current_step() == "checklists"
    assert QApplication.focusWidget() is view.checklists.tree
    return view


def _current_id(view: InspectionView) -> str:
    item = view.checklists.current_item()
    assert item is not None
    return item.item.id


def _unit_answers(ctx, inspection_id: str) -> dict[str, tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    inspection = ctx.inspections.get(inspection_id)
    return {a.item_id: (a.value, a.note) for a in inspection.answers if a.staff_entry_id is None}


def test_every_unit_item_by_keyboard(qtbot, view, demo_ctx, typist) -> None:  # type: ignore[no-untyped-def]
    checklists, tree = view.checklists, view.checklists.tree
    assert _current_id(view) == "bright-green-clean"  # the first unanswered item is selected
    assert checklists.progress_label.text().startswith("0/17")

    def key(k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget(), k, mods)

    # workplace: 5 items, one not compliant with a note
    key(Key.Key_1)
    key(Key.Key_C)
    assert _current_id(view) == "name-plates"
    key(Key.Key_2)  # not compliant: asks why
    assert QApplication.focusWidget() is checklists.editor.line
    typist(checklists.editor.line, "Quầy 05 và 07 không có biển tên")
    key(Key.Key_Return)
    assert QApplication.focusWidget() is tree
    assert _current_id(view) == "seating-map"
    key(Key.Key_K)  # not compliant, note skipped with Esc
    key(Key.Key_Escape)
    assert _current_id(view) == "equipment-working"
    key(Key.Key_1)
    # public posting: answer the items of that section the same way until the dossier form
    while _current_id(view) != "counter-opening-time":
        key(Key.Key_1)
    # a time: a digit starts typing; a wrong value shows the error beside the field
    key(Key.Key_7)
    assert checklists.editor.line.text() == "7"
    qtbot.keyClicks(checklists.editor.line, "h95")
    key(Key.Key_Return)
    assert checklists.editor.isVisible() and checklists.editor.error.text()
    checklists.editor.line.selectAll()
    qtbot.keyClicks(checklists.editor.line, "7h30")
    key(Key.Key_Return)
    assert _current_id(view) == "reception-channel"
    key(Key.Key_3)  # the third choice: both in person and online
    assert _current_id(view) == "on-time-rate"
    key(Key.Key_Return)  # Enter opens the editor
    qtbot.keyClicks(checklists.editor.line, "120")
    key(Key.Key_Return)
    error = checklists.editor.error.text()
    assert "100" in error
    checklists.editor.line.selectAll()
    qtbot.keyClicks(checklists.editor.line, "98,5")
    key(Key.Key_Return)
    assert _current_id(view) == "late-dossier-count"
    key(Key.Key_1)
    key(Key.Key_2)
    key(Key.Key_Return)
    assert _current_id(view) == "apology-slips"
    key(Key.Key_3)  # not applicable
    key(Key.Key_1)  # logbook matches
    assert _current_id(view) == "dossier-notes"
    key(Key.Key_F2)
    typist(checklists.editor.line, "Không có hồ sơ tồn đọng")
    key(Key.Key_Return)

    answers = _unit_answers(demo_ctx, view.inspection_id)
    assert len(answers) == 17
    assert answers["bright-green-clean"] == (COMPLIANT, "")
    assert answers["name-plates"] == (NOT_COMPLIANT, "Quầy 05 và 07 không có biển tên")
    assert answers["seating-map"] == (NOT_COMPLIANT, "")
    assert answers["counter-opening-time"][0] == "07:30"
    assert answers["reception-channel"][0] == "both"
    assert answers["on-time-rate"][0] == "98.5"
    assert answers["late-dossier-count"][0] == "12"
    assert answers["apology-slips"][0] == NOT_APPLICABLE
    assert answers["dossier-notes"][0] == "Không có hồ sơ tồn đọng"
    assert checklists.progress_label.text().startswith("17/17")
    assert view.steps.item(1).text().endswith("17/17")
    # numbers read the Vietnamese way in the tree
    index = checklists.model.index_of(("dossier-handling", "on-time-rate"))
    shown = index.siblingAtColumn(ChecklistModel.COL_ANSWER).data()
    assert shown == "98,5%"


def test_note_delete_and_guidance(qtbot, view, demo_ctx, typist) -> None:  # type: ignore[no-untyped-def]
    checklists, tree = view.checklists, view.checklists.tree
    qtbot.keyClick(tree, Key.Key_N)
    typist(checklists.editor.line, "Cây xanh héo")
    qtbot.keyClick(checklists.editor.line, Key.Key_Return)
    assert _unit_answers(demo_ctx, view.inspection_id)["bright-green-clean"] == (
        None,
        "Cây xanh héo",
    )
    assert _current_id(view) == "bright-green-clean"  # a note does not move on
    qtbot.keyClick(tree, Key.Key_1)
    qtbot.keyClick(tree, Key.Key_Up)
    qtbot.keyClick(tree, Key.Key_Delete)
    assert _unit_answers(demo_ctx, view.inspection_id)["bright-green-clean"] == (
        None,
        "Cây xanh héo",
    )

    assert not checklists.guidance.isVisible()
    qtbot.keyClick(tree, Key.Key_F1)  # wins over the window's F1 while the tree has the focus
    assert checklists.guidance.isVisible()
    assert "Quyết định 129/2007/QĐ-TTg" in checklists.guidance.toPlainText()
    qtbot.keyClick(tree, Key.Key_Down)
    assert "Hồ sơ, tài liệu" in checklists.guidance.toPlainText()
    qtbot.keyClick(tree, Key.Key_Question, SHIFT)
    assert not checklists.guidance.isVisible()
    assert QApplication.focusWidget() is tree


def test_section_rows_show_progress_and_model_passes_the_tester(
    qtmodeltester, demo_ctx, translations
) -> None:  # type: ignore[no-untyped-def]
    inspection = demo_ctx.inspections.get(_id("inspection", "completed"))
    model = ChecklistModel()
    model.set_inspection(inspection, "vi")
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    assert model.rowCount() == 4  # workplace, public posting, reception, results
    assert [model.index(r, 0).data() for r in range(model.rowCount())][0] == "Nơi làm việc"
    assert model.index(0, ChecklistModel.COL_ANSWER).data() == "5/5"
    assert model.progress() == (17, 17)
    model.set_inspection(inspection, "en")  # another language: reset, same shape
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "Workplace"


def test_display_values() -> None:
    from inspector_app.services.forms import FormCatalog

    form = FormCatalog().get("dossier-handling")
    rate, count, channel = (
        form.item(i) for i in ("on-time-rate", "late-dossier-count", "reception-channel")
    )
    assert display_value(rate, "1234.5", "vi") == "1.234,5%"
    assert display_value(count, "3", "en") == "3 dossiers"
    assert display_value(channel, "online", "vi") == "Trực tuyến"
    assert display_value(rate, None, "vi") == ""
    assert QCoreApplication.translate("Checklist", "✓ Compliant")


def test_read_only_checklists(qtbot, demo_ctx, translations) -> None:  # type: ignore[no-untyped-def]
    view = InspectionView(demo_ctx)
    qtbot.addWidget(view)
    view.show()
    view.load(_id("inspection", "completed"))
    view.show_step("checklists")
    before = _unit_answers(demo_ctx, view.inspection_id)
    qtbot.keyClick(view.checklists.tree, Key.Key_2)
    qtbot.keyClick(view.checklists.tree, Key.Key_Delete)
    assert _unit_answers(demo_ctx, view.inspection_id) == before
    assert view.message_label.text()
