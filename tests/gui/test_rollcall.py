"""Roll call: 25 people by keyboard only, exceptions, filter, quick actions, models, places."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from inspector_app.domain.forms import COMPLIANT, NOT_COMPLIANT
from inspector_app.domain.model import AttendanceStatus, Inspection
from inspector_app.services.demo import CENTER, TEAM, _id
from inspector_app.ui.models.rollcall_model import (
    PersonItemsModel,
    RollCall,
    RollCallFilter,
    RollCallModel,
    fold,
)
from inspector_app.ui.views.inspection_view import InspectionView
from inspector_app.ui.views.rollcall_view import RollCallView, parse_clock

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


# --------------------------------------------------------------------------- helpers


def t(text: str) -> str:
    """A roll-call text as the UI shows it in the language installed (English when untranslated)."""
    return QCoreApplication.translate("RollCall", text)


def new_inspection(ctx, form_ids: Sequence[str] | None = None) -> str:  # type: ignore[no-untyped-def]
    """A new draft on the demo's service center: its 25 staff, nobody called yet."""
    unit = next(u for u in ctx.reference.list_units() if u.name == CENTER)
    head = next(i for i in ctx.reference.list_inspectors() if i.full_name == TEAM[0][0])
    return ctx.inspections.create(unit.id, head_id=head.id, form_ids=form_ids)


def open_view(qtbot, ctx, inspection_id: str) -> InspectionView:  # type: ignore[no-untyped-def]
    view = InspectionView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 720)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.load(inspection_id)
    view.rollcall.focus_main()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.rollcall.table)
    return view


@dataclass(frozen=True)
class Text:
    """Text typed into whatever has the focus (counts one key press per character)."""

    value: str


Step = Qt.Key | tuple[Qt.Key, Qt.KeyboardModifier] | Text

#: The common case: "at post and compliant", then the next person.
COMMON: tuple[Step, ...] = (Key.Key_1,)
#: The exceptions used by the tests and the benchmark (keys for one person each).
EXCEPTIONS: dict[str, tuple[Step, ...]] = {
    "Dương Văn Long": (Key.Key_3, Text("0752"), Key.Key_Return),  # late, arrived 07:52
    "Bùi Văn Hùng": (Key.Key_5,),  # absent without leave
    "Mai Xuân Trường": (Key.Key_B, Key.Key_1),  # badge not worn, otherwise at post
    "Tạ Quang Vinh": (
        Key.Key_N,
        Text("Đang nghe điện thoại riêng"),
        Key.Key_Return,
        Key.Key_Space,
    ),  # a note, then at post
}


def press(qtbot, step: Step) -> int:  # type: ignore[no-untyped-def]
    """Send one step to the focused widget; returns the key presses it took."""
    widget = QApplication.focusWidget()
    assert isinstance(widget, QWidget), "nothing has the keyboard focus"
    if isinstance(step, Text):
        if step.value.isascii():
            qtbot.keyClicks(widget, step.value)
        else:
            from conftest import type_text  # tests/gui/conftest.py: Vietnamese, key by key

            type_text(widget, step.value)
        return len(step.value)
    key, mods = step if isinstance(step, tuple) else (step, Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(widget, key, mods)
    return 1


def call_the_roll(
    qtbot,
    rollcall: RollCallView,  # type: ignore[no-untyped-def]
    exceptions: dict[str, tuple[Step, ...]] | None = None,
) -> list[tuple[str, int, int]]:
    """Go down the list once, by keys only: (name, command keys, typed characters) per person."""
    exceptions = EXCEPTIONS if exceptions is None else exceptions
    done: list[tuple[str, int, int]] = []
    for _ in range(rollcall.proxy.rowCount()):
        entry = rollcall.current_entry()
        assert entry is not None
        keys = typed = 0
        for step in exceptions.get(entry.full_name, COMMON):
            n = press(qtbot, step)
            if isinstance(step, Text):
                typed += n
            else:
                keys += n
        done.append((entry.full_name, keys, typed))
    return done


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def fresh_view(qtbot, demo_ctx, translations) -> InspectionView:  # type: ignore[no-untyped-def]
    return open_view(qtbot, demo_ctx, new_inspection(demo_ctx))


def _by_name(inspection: Inspection) -> dict[str, object]:
    return {e.full_name: e for e in inspection.staff}


# --------------------------------------------------------------------------- tests


def test_25_people_by_keyboard_with_exceptions(qtbot, fresh_view, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    rollcall = fresh_view.rollcall
    assert rollcall.current_entry().full_name == "Đặng Thị Lan Anh"  # Vietnamese order: Anh first
    done = call_the_roll(qtbot, rollcall)

    assert len(done) == 25
    keys = sum(k for _, k, _ in done)
    assert keys / 25 <= 2, done
    assert keys == 25 + 1 + 1 + 2  # one key each; late +1 (Enter), badge +1 (B), note +2 (N, Enter)
    assert rollcall.counts_label.text().endswith("25/25")

    inspection = demo_ctx.inspections.get(fresh_view.inspection_id)
    people = {e.full_name: e for e in inspection.staff}
    assert all(e.attendance is not None for e in inspection.staff)
    assert people["Dương Văn Long"].attendance is AttendanceStatus.LATE
    assert people["Dương Văn Long"].arrival_time == time(7, 52)
    assert people["Bùi Văn Hùng"].attendance is AttendanceStatus.ABSENT_WITHOUT_LEAVE
    assert people["Tạ Quang Vinh"].note == "Đang nghe điện thoại riêng"
    at_post = [e for e in inspection.staff if e.attendance is AttendanceStatus.AT_POST]
    assert len(at_post) == 23

    staff_items = [(f.id, i.id) for f in inspection.forms for i in f.staff_items()]
    for entry in inspection.staff:
        for form_id, item_id in staff_items:
            answer = inspection.answer(form_id, item_id, entry.id)
            if entry.full_name == "Bùi Văn Hùng":
                assert answer is None, "absent people are not assessed"
            elif (entry.full_name, item_id) == ("Mai Xuân Trường", "badge-worn"):
                assert answer is not None and answer.value == NOT_COMPLIANT
            else:
                assert answer is not None and answer.value == COMPLIANT, (entry.full_name, item_id)
    # the table shows it, with translated texts and without losing the row
    model = rollcall.model
    row = model.row_of(people["Mai Xuân Trường"].id)
    assert model.index(row, RollCallModel.COL_BADGE).data() == t("✗ Not worn")
    row = model.row_of(people["Dương Văn Long"].id)
    assert model.index(row, RollCallModel.COL_STATUS).data() == t("Late") + " (07:52)"


def test_each_status_key_and_the_table_keeps_its_row(qtbot, fresh_view, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    rollcall, table = fresh_view.rollcall, fresh_view.rollcall.table
    expected = {
        Key.Key_1: AttendanceStatus.AT_POST,
        Key.Key_2: AttendanceStatus.AWAY,
        Key.Key_4: AttendanceStatus.ABSENT_WITH_LEAVE,
        Key.Key_5: AttendanceStatus.ABSENT_WITHOUT_LEAVE,
    }
    ids = []
    for key in expected:
        ids.append(rollcall.current_person_id())
        qtbot.keyClick(table, key)
    assert table.currentIndex().row() == 4
    people = {e.id: e for e in demo_ctx.inspections.get(fresh_view.inspection_id).staff}
    assert [people[i].attendance for i in ids] == list(expected.values())
    # A and B do not move; Delete clears the status and keeps the row
    qtbot.keyClick(table, Key.Key_Up)
    qtbot.keyClick(table, Key.Key_Delete)
    assert table.currentIndex().row() == 3
    assert demo_ctx.inspections.get(fresh_view.inspection_id).staff  # still there
    people = {e.id: e for e in demo_ctx.inspections.get(fresh_view.inspection_id).staff}
    assert people[ids[3]].attendance is None
    # a status the table shows as translated text on its own colour
    first = rollcall.proxy.index(0, RollCallModel.COL_STATUS)
    assert first.data() == t("At post")
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_attire_and_badge_toggle_and_absent_people_are_not_assessed(
    qtbot, fresh_view, demo_ctx
) -> None:  # type: ignore[no-untyped-def]
    rollcall, table = fresh_view.rollcall, fresh_view.rollcall.table
    entry = rollcall.current_entry()
    qtbot.keyClick(table, Key.Key_A)  # attire: not neat
    qtbot.keyClick(table, Key.Key_B)  # badge: not worn
    qtbot.keyClick(table, Key.Key_B)  # badge: worn after all
    assert rollcall.current_person_id() == entry.id
    inspection = demo_ctx.inspections.get(fresh_view.inspection_id)
    assert inspection.answer("staff-discipline", "attire-neat", entry.id).value == NOT_COMPLIANT
    assert inspection.answer("staff-discipline", "badge-worn", entry.id).value == COMPLIANT
    qtbot.keyClick(table, Key.Key_1)  # the other items become compliant; attire stays
    inspection = demo_ctx.inspections.get(fresh_view.inspection_id)
    assert inspection.answer("staff-discipline", "attire-neat", entry.id).value == NOT_COMPLIANT
    assert inspection.answer("staff-discipline", "no-harassment", entry.id).value == COMPLIANT

    absent = rollcall.current_entry()
    qtbot.keyClick(table, Key.Key_4)
    qtbot.keyClick(table, Key.Key_Up)
    qtbot.keyClick(table, Key.Key_B)
    inspection = demo_ctx.inspections.get(fresh_view.inspection_id)
    assert inspection.answer("staff-discipline", "badge-worn", absent.id) is None
    assert fresh_view.message_label.text() == QCoreApplication.translate(
        "RollCallView", "People who are absent are not assessed."
    )
    row = rollcall.model.row_of(absent.id)
    assert rollcall.model.index(row, RollCallModel.COL_BADGE).data() == "—"


def test_late_asks_the_time_and_refuses_nonsense(qtbot, fresh_view, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    rollcall = fresh_view.rollcall
    entry = rollcall.current_entry()
    qtbot.keyClick(rollcall.table, Key.Key_3)
    line = rollcall.editor.line
    assert QApplication.focusWidget() is line
    assert parse_clock(line.text()) is not None, "prefilled with the current time"
    qtbot.keyClicks(line, "25:99")
    qtbot.keyClick(line, Key.Key_Return)
    assert rollcall.editor.isVisible() and rollcall.editor.error.text()
    line.selectAll()
    qtbot.keyClicks(line, "7h05")
    qtbot.keyClick(line, Key.Key_Return)
    assert not rollcall.editor.isVisible()
    assert QApplication.focusWidget() is rollcall.table
    assert rollcall.current_person_id() != entry.id  # moved on
    people = _by_name(demo_ctx.inspections.get(fresh_view.inspection_id))
    late = people[entry.full_name]
    assert (late.attendance, late.arrival_time) == (AttendanceStatus.LATE, time(7, 5))
    # Esc cancels without recording
    nxt = rollcall.current_entry()
    qtbot.keyClick(rollcall.table, Key.Key_3)
    qtbot.keyClick(rollcall.editor.line, Key.Key_Escape)
    assert (
        _by_name(demo_ctx.inspections.get(fresh_view.inspection_id))[nxt.full_name].attendance
        is None
    )
    assert QApplication.focusWidget() is rollcall.table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7:52", time(7, 52)),
        ("07:52", time(7, 52)),
        ("7h52", time(7, 52)),
        ("752", time(7, 52)),
        ("0752", time(7, 52)),
        ("13.05", time(13, 5)),
        ("24:00", None),
        ("7", None),
        ("ab", None),
    ],
)
def test_parse_clock(text: str, expected: time | None) -> None:
    assert parse_clock(text) == expected


def test_note_with_n_and_f2(qtbot, fresh_view, demo_ctx, typist) -> None:  # type: ignore[no-untyped-def]
    rollcall = fresh_view.rollcall
    entry = rollcall.current_entry()
    qtbot.keyClick(rollcall.table, Key.Key_F2)
    typist(rollcall.editor.line, "Ra ngoài lấy hồ sơ")
    qtbot.keyClick(rollcall.editor.line, Key.Key_Return)
    assert (
        _by_name(demo_ctx.inspections.get(fresh_view.inspection_id))[entry.full_name].note
        == "Ra ngoài lấy hồ sơ"
    )
    assert rollcall.current_person_id() == entry.id
    qtbot.keyClick(rollcall.table, Key.Key_N)
    assert rollcall.editor.line.text() == "Ra ngoài lấy hồ sơ"
    qtbot.keyClick(rollcall.editor.line, Key.Key_Escape)


def test_other_staff_items_by_keyboard_in_the_person_panel(
    qtbot, fresh_view, demo_ctx, typist
) -> None:  # type: ignore[no-untyped-def]
    rollcall = fresh_view.rollcall
    entry = rollcall.current_entry()
    qtbot.keyClick(rollcall.table, Key.Key_Tab)
    items = rollcall.items_table
    assert QApplication.focusWidget() is items
    ids = [items.model().ref_at(r).item.id for r in range(items.model().rowCount())]
    assert ids == [
        "no-personal-matters",
        "attire-neat",
        "attire-uniform",
        "badge-worn",
        "badge-template",
        "attitude-4xin-4luon",
        "no-harassment",
    ]
    items.move_to_row(0)
    qtbot.keyClick(items, Key.Key_2)  # personal matters: not compliant → next row
    qtbot.keyClick(items, Key.Key_1)  # attire neat
    qtbot.keyClick(items, Key.Key_3)  # no uniform here: not applicable
    qtbot.keyClick(items, Key.Key_Up)
    qtbot.keyClick(items, Key.Key_Up)
    qtbot.keyClick(items, Key.Key_Up)
    qtbot.keyClick(items, Key.Key_N)
    typist(rollcall.editor.line, "Xem phim trên điện thoại")
    qtbot.keyClick(rollcall.editor.line, Key.Key_Return)
    assert QApplication.focusWidget() is items
    qtbot.keyClick(items, Key.Key_Escape)
    assert QApplication.focusWidget() is rollcall.table
    qtbot.keyClick(rollcall.table, Key.Key_1)
    inspection = demo_ctx.inspections.get(fresh_view.inspection_id)
    answer = inspection.answer("staff-discipline", "no-personal-matters", entry.id)
    assert (answer.value, answer.note) == (NOT_COMPLIANT, "Xem phim trên điện thoại")
    assert (
        inspection.answer("staff-discipline", "attire-uniform", entry.id).value == "not_applicable"
    )
    assert inspection.answer("staff-discipline", "badge-template", entry.id).value == COMPLIANT
    row = rollcall.model.row_of(entry.id)
    assert "1" in rollcall.model.index(row, RollCallModel.COL_OTHER).data()


def test_filter_as_you_type_ctrl_f_and_escape(qtbot, fresh_view, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    rollcall = fresh_view.rollcall
    qtbot.keyClick(rollcall.table, Key.Key_F, CTRL)
    assert QApplication.focusWidget() is rollcall.filter_edit
    qtbot.keyClicks(rollcall.filter_edit, "truong")  # no diacritics needed
    names = {rollcall.proxy.index(r, 0).data() for r in range(rollcall.proxy.rowCount())}
    assert names == {"Mai Xuân Trường", "Trần Văn Minh"}  # Trường; Trưởng phòng
    qtbot.keyClick(rollcall.filter_edit, Key.Key_A, CTRL)
    qtbot.keyClicks(rollcall.filter_edit, "quay 16")  # the counter works too
    assert rollcall.proxy.rowCount() == 1
    qtbot.keyClick(rollcall.filter_edit, Key.Key_Return)
    assert QApplication.focusWidget() is rollcall.table
    assert rollcall.current_entry().full_name == "Mai Xuân Trường"
    qtbot.keyClick(rollcall.table, Key.Key_1)
    assert (
        _by_name(demo_ctx.inspections.get(fresh_view.inspection_id))["Mai Xuân Trường"].attendance
        is AttendanceStatus.AT_POST
    )
    qtbot.keyClick(rollcall.table, Key.Key_F, CTRL)
    qtbot.keyClick(rollcall.filter_edit, Key.Key_Escape)
    assert rollcall.filter_edit.text() == ""
    assert rollcall.proxy.rowCount() == 25
    assert QApplication.focusWidget() is rollcall.table
    assert rollcall.current_entry().full_name == "Mai Xuân Trường"


def test_fold_ignores_case_and_diacritics() -> None:
    assert fold("Đặng Thị Lan Anh") == "dang thi lan anh"
    assert "huong" in fold("NGUYỄN THỊ HƯƠNG")


def test_everyone_left_at_post_asks_first(qtbot, fresh_view, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    rollcall = fresh_view.rollcall
    qtbot.keyClick(rollcall.table, Key.Key_5)  # the first person is absent
    qtbot.keyClick(rollcall.table, Key.Key_A, CTRL | SHIFT)
    box = rollcall.confirm_box
    assert box is not None and box.isVisible() and "24" in box.text()
    qtbot.keyClick(box, Key.Key_Escape)  # cancel: nothing changes
    assert rollcall.confirm_box is None
    called = [e for e in demo_ctx.inspections.get(fresh_view.inspection_id).staff if e.attendance]
    assert len(called) == 1
    qtbot.keyClick(rollcall.table, Key.Key_A, CTRL | SHIFT)
    qtbot.keyClick(rollcall.confirm_box, Key.Key_Return)  # the default: record
    inspection = demo_ctx.inspections.get(fresh_view.inspection_id)
    statuses = [e.attendance for e in inspection.staff]
    assert statuses.count(AttendanceStatus.AT_POST) == 24
    assert statuses.count(AttendanceStatus.ABSENT_WITHOUT_LEAVE) == 1
    present = next(e for e in inspection.staff if e.attendance is AttendanceStatus.AT_POST)
    assert inspection.answer("staff-discipline", "badge-worn", present.id).value == COMPLIANT


def test_add_a_person_not_on_the_roster(qtbot, fresh_view, demo_ctx, typist) -> None:  # type: ignore[no-untyped-def]
    rollcall = fresh_view.rollcall
    qtbot.keyClick(rollcall.table, Key.Key_N, CTRL | SHIFT)
    dialog = rollcall.add_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name_edit)
    typist(dialog.name_edit, "Nguyễn Thị Ánh Tuyết")
    qtbot.keyClick(dialog.name_edit, Key.Key_Tab)
    typist(dialog.position_edit, "Hợp đồng lao động")
    qtbot.keyClick(dialog.position_edit, Key.Key_Tab)
    typist(dialog.counter_edit, "Quầy 21")
    qtbot.keyClick(dialog.counter_edit, Key.Key_Return)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is rollcall.table)
    inspection = demo_ctx.inspections.get(fresh_view.inspection_id)
    added = next(e for e in inspection.staff if e.full_name == "Nguyễn Thị Ánh Tuyết")
    assert added.added_on_site and added.counter == "Quầy 21"
    assert rollcall.current_person_id() == added.id
    assert rollcall.proxy.rowCount() == 26
    qtbot.keyClick(rollcall.table, Key.Key_1)
    assert (
        _by_name(demo_ctx.inspections.get(fresh_view.inspection_id))[added.full_name].attendance
        is AttendanceStatus.AT_POST
    )


def test_columns_follow_the_forms_in_use(qtbot, demo_ctx, translations) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, demo_ctx, new_inspection(demo_ctx, form_ids=["workplace"]))
    table = view.rollcall.table
    for col in (RollCallModel.COL_ATTIRE, RollCallModel.COL_BADGE, RollCallModel.COL_OTHER):
        assert table.isColumnHidden(col)
    qtbot.keyClick(table, Key.Key_1)
    inspection = demo_ctx.inspections.get(view.inspection_id)
    assert inspection.staff and not [a for a in inspection.answers if a.staff_entry_id]


def test_completed_inspection_is_read_only(qtbot, demo_ctx, translations) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, demo_ctx, _id("inspection", "completed"))
    before = demo_ctx.inspections.get(view.inspection_id)
    qtbot.keyClick(view.rollcall.table, Key.Key_5)
    qtbot.keyClick(view.rollcall.table, Key.Key_A, CTRL | SHIFT)
    assert view.rollcall.confirm_box is None
    assert demo_ctx.inspections.get(view.inspection_id).staff == before.staff
    assert view.message_label.text()
    assert not view.rollcall.add_button.isEnabled()
    assert view.header.reopen_button.isVisibleTo(view)
    assert not view.header.complete_button.isVisibleTo(view)


def test_models_pass_the_model_tester(qtmodeltester, demo_ctx, translations) -> None:  # type: ignore[no-untyped-def]
    inspection = demo_ctx.inspections.get(_id("inspection", "completed"))
    rc = RollCall.of(inspection)
    model = RollCallModel()
    model.set_roll_call(rc)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    proxy = RollCallFilter()
    proxy.setSourceModel(model)
    proxy.set_text("quay 1")
    qtmodeltester.check(proxy)
    items = PersonItemsModel()
    items.set_person(rc, rc.staff[0], "vi")
    qtmodeltester.check(items, force_py=True)
    assert model.rowCount() == 25 and model.columnCount() == RollCallModel.COLUMN_COUNT
    assert [e.full_name for e in rc.staff][:3] == [
        "Đặng Thị Lan Anh",
        "Hoàng Thị Ngọc Ánh",
        "Phạm Quốc Bảo",
    ]
    assert model.headerData(RollCallModel.COL_STATUS, Qt.Orientation.Horizontal) == t("Roll call")


def test_restore_place_and_place_changed(qtbot, demo_ctx, translations) -> None:  # type: ignore[no-untyped-def]
    draft = _id("inspection", "draft")
    view = open_view(qtbot, demo_ctx, draft)
    places: list[tuple[str, str, str]] = []
    view.placeChanged.connect(lambda *place: places.append(place))
    person = next(
        e for e in demo_ctx.inspections.get(draft).staff if e.full_name == "Tạ Quang Vinh"
    )
    view.restore_place("checklists", person.id)
    assert view.current_step() == "checklists"
    assert view.stack.currentWidget() is view.checklists
    assert view.rollcall.current_person_id() == person.id
    assert places[-1] == (draft, "checklists", person.id)
    view.restore_place("no-such-step", "no-such-person")  # ignored, no crash
    assert view.current_step() == "checklists"
    # Alt+1 … Alt+6, and moving in the roll call, are reported too
    qtbot.keyClick(view.checklists.tree, Key.Key_1, ALT)
    assert view.current_step() == "rollcall"
    qtbot.keyClick(view.rollcall.table, Key.Key_Down)
    assert places[-1][1:] == ("rollcall", view.rollcall.current_person_id())
    assert places[-1][2] != person.id
    for n, step in enumerate(
        ("rollcall", "checklists", "findings", "conclusion", "photos", "sign"), start=1
    ):
        qtbot.keyClick(QApplication.focusWidget(), getattr(Key, f"Key_{n}"), ALT)
        assert view.current_step() == step
        assert places[-1][1] == step
