"""Home: the list, search as you type, status and period filters, open, delete a draft."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QByteArray, QDate, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

from inspector_app.domain.model import InspectionStatus
from inspector_app.ui.first_paint import set_enum_property
from inspector_app.ui.home_view import Period, period_window
from inspector_app.ui.models.inspection_list_model import (
    COL_DOCUMENT,
    COL_HEAD,
    COL_STARTED,
    COL_STATUS,
    COL_UNIT,
    DISPLAY_ROLE,
    TOOLTIP_ROLE,
    USER_ROLE,
    InspectionListModel,
    column_titles,
)


def _ids(home) -> list[str]:
    return [home.model.summary(r).id for r in range(home.model.rowCount())]


def _select(home, inspection_id: str) -> None:
    row = home.model.row_of(inspection_id)
    assert row >= 0, "the inspection is not in the list"
    home.table.selectRow(row)
    home.table.setCurrentIndex(home.model.index(row, COL_UNIT))


def test_model_passes_the_model_tester(qtmodeltester, more_ctx, translations) -> None:
    model = InspectionListModel()
    model.set_rows(more_ctx.inspections.list())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    assert model.columnCount() == 5


def test_model_shows_dates_statuses_and_heads_in_vietnamese(more_ctx, translations) -> None:
    model = InspectionListModel()
    model.set_rows(more_ctx.inspections.list())
    for row in range(model.rowCount()):
        assert re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", model.index(row, COL_STARTED).data())
    statuses = {model.index(r, COL_STATUS).data() for r in range(model.rowCount())}
    assert statuses == {"Nháp", "Đã hoàn thành"}
    assert model.headerData(COL_UNIT, Qt.Orientation.Horizontal) == "Đơn vị"  # a screen reader's
    ranged = model.row_of(more_ctx.extra.range_completed)
    assert model.index(ranged, COL_HEAD).data() == more_ctx.extra.head_name
    assert model.index(ranged, COL_DOCUMENT).data() == "07/BB-KT"
    assert model.index(ranged, COL_STARTED).data() == f"20/11/{date.today().year - 2} 14:30"


def test_a_long_name_beyond_the_measured_rows_is_shown_whole_in_its_tooltip(qtbot) -> None:
    # A full page: the table sizes its columns on the rows in view and a few more, not all 500.
    from datetime import datetime

    from inspector_app.domain.summary import InspectionSummary
    from inspector_app.ui.home_view import PAGE_ROWS, RESIZE_PRECISION_ROWS, HomeView

    started = datetime(2026, 11, 2, 7, 35).astimezone()
    long_name = "Tôn Nữ Hoàng Thị Minh Nguyệt Ánh Dương Phương Thảo"
    rows = [
        InspectionSummary(
            id=f"i{n}",
            unit_id="u",
            unit_name=f"Bộ phận Một cửa số {n}",
            started_at=started,
            status=InspectionStatus.COMPLETED,
            team_head=long_name if n == PAGE_ROWS - 1 else "Lê Văn Ba",
            document_number=f"{n}/BB-KT",
        )
        for n in range(PAGE_ROWS)
    ]
    home = HomeView()
    qtbot.addWidget(home)
    home.resize(1000, 500)
    home.show_preview(rows)
    home.show()
    qtbot.waitExposed(home)
    header = home.table.horizontalHeader()
    assert header.resizeContentsPrecision() == RESIZE_PRECISION_ROWS < PAGE_ROWS
    last = home.model.index(PAGE_ROWS - 1, COL_HEAD)
    width_needed = home.table.fontMetrics().horizontalAdvance(long_name)
    assert header.sectionSize(COL_HEAD) < width_needed  # not measured: cut short on screen…
    assert last.data(Qt.ItemDataRole.ToolTipRole) == long_name  # …and whole in the tooltip
    assert last.data() == long_name
    assert home.model.index(0, COL_STARTED).data(Qt.ItemDataRole.ToolTipRole) is None


def test_home_lists_every_inspection_newest_first(make_window, more_ctx) -> None:
    window = make_window(more_ctx)
    home = window.home
    starts = [home.model.summary(r).started_at for r in range(home.model.rowCount())]
    assert len(starts) == 5
    assert starts == sorted(starts, reverse=True)
    assert home.pages.currentWidget() is home.table
    assert home.count_label.text() == "5 cuộc kiểm tra"


def test_search_as_you_type_is_debounced(qtbot, make_window, more_ctx, typist) -> None:
    window = make_window(more_ctx)
    home = window.home
    typist(home.search, "Lê Chân")
    assert home.search.text() == "Lê Chân"
    assert home.model.rowCount() == 5  # not yet: the query waits for a pause in typing
    qtbot.waitUntil(lambda: home.model.rowCount() == 3)
    assert {home.model.summary(r).unit_name for r in range(3)} == {more_ctx.extra.unit_name}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đinh Quang Hải", 3),  # a team head
        ("Phạm Thu Hằng", 2),  # the demo's secretary
        ("Vương Thị Thanh Tâm", 3),  # a staff member of the other unit
        ("Tư pháp", 0),  # a unit without inspections
        ("15/BB", 1),  # a document number
    ],
)
def test_search_by_unit_person_or_number(qtbot, make_window, more_ctx, text, expected) -> None:
    window = make_window(more_ctx)
    home = window.home
    home.search.setText(text)
    with qtbot.waitSignal(home.populated, timeout=2000) as blocker:
        pass
    assert blocker.args == [expected]
    if expected == 0:
        assert home.pages.currentWidget() is home.message
        assert "Không có cuộc kiểm tra nào" in home.message.text()


def test_status_filter(make_window, more_ctx) -> None:
    window = make_window(more_ctx)
    home = window.home
    home.status_combo.setCurrentIndex(home.status_combo.findData("completed"))
    statuses = {home.model.summary(r).status for r in range(home.model.rowCount())}
    assert statuses == {InspectionStatus.COMPLETED}
    assert home.model.rowCount() == 3
    home.status_combo.setCurrentIndex(home.status_combo.findData("draft"))
    assert home.model.rowCount() == 2
    assert home.status_combo.currentText() == "Nháp"


def test_period_filters(make_window, more_ctx) -> None:
    window = make_window(more_ctx)
    home = window.home
    extra = more_ctx.extra

    def choose(period: Period) -> list[str]:
        home.period_combo.setCurrentIndex(home.period_combo.findData(period.value))
        return _ids(home)

    week = choose(Period.WEEK)
    assert extra.this_week_draft in week and len(week) == 2  # both drafts are today
    year = choose(Period.YEAR)
    assert extra.last_year not in year and extra.range_completed not in year
    assert extra.this_week_draft in year
    assert choose(Period.ALL) == _ids(home) and len(_ids(home)) == 5
    assert home.date_from.isHidden()
    choose(Period.RANGE)
    assert not home.date_from.isHidden()
    assert home.date_from.displayFormat() == "dd/MM/yyyy"
    y = date.today().year - 2
    home.date_from.setDate(QDate(y, 11, 1))
    home.date_to.setDate(QDate(y, 11, 30))
    assert _ids(home) == [extra.range_completed]
    home.date_to.setDate(QDate(y + 1, 12, 31))
    assert set(_ids(home)) == {extra.range_completed, extra.last_year}


def test_period_window_boundaries() -> None:
    wednesday = date(2025, 1, 1)
    week = period_window(Period.WEEK, wednesday)
    assert (week.since.date(), week.until.date()) == (date(2024, 12, 30), date(2025, 1, 6))
    month = period_window(Period.MONTH, date(2024, 2, 29))
    assert (month.since.date(), month.until.date()) == (date(2024, 2, 1), date(2024, 3, 1))
    year = period_window(Period.YEAR, wednesday)
    assert (year.since.date(), year.until.date()) == (date(2025, 1, 1), date(2026, 1, 1))
    swapped = period_window(Period.RANGE, wednesday, date(2024, 5, 9), date(2024, 5, 1))
    assert (swapped.since.date(), swapped.until.date()) == (date(2024, 5, 1), date(2024, 5, 10))
    assert period_window(Period.ALL, wednesday).since is None


def test_open_with_enter_and_double_click(qtbot, make_window, more_ctx) -> None:
    window = make_window(more_ctx)
    home = window.home
    target = more_ctx.extra.last_year
    _select(home, target)
    home.table.setFocus()
    with qtbot.waitSignal(home.openRequested, timeout=1000) as blocker:
        qtbot.keyClick(home.table, Qt.Key.Key_Return)
    assert blocker.args == [target]

    row = home.model.row_of(more_ctx.extra.range_completed)
    rect = home.table.visualRect(home.model.index(row, COL_UNIT))
    with qtbot.waitSignal(home.openRequested, timeout=1000) as blocker:
        qtbot.mouseClick(home.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(home.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [more_ctx.extra.range_completed]


def test_open_then_ctrl_h_goes_home(qtbot, make_window, more_ctx) -> None:
    window = make_window(more_ctx)
    _select(window.home, more_ctx.extra.last_year)
    window.home.action_open.trigger()
    assert window.stack.currentWidget() is window.inspection_screen
    assert window.place is not None and window.place.inspection_id == more_ctx.extra.last_year
    assert not window.action_delete.isEnabled()  # Home's actions are off elsewhere
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.home
    assert window.place is None
    assert window.home.selected_id() == more_ctx.extra.last_year


def test_delete_draft_asks_naming_unit_and_date(qtbot, make_window, more_ctx, answer_boxes) -> None:
    window = make_window(more_ctx)
    home = window.home
    draft = more_ctx.extra.this_week_draft
    _select(home, draft)
    assert home.delete_button.isEnabled()
    when = home.model.index(home.model.row_of(draft), COL_STARTED).data()

    answer_boxes.answer = QMessageBox.StandardButton.Cancel
    home.table.setFocus()
    qtbot.keyClick(home.table, Qt.Key.Key_Delete)
    assert len(answer_boxes.texts) == 1
    assert more_ctx.extra.unit_name in answer_boxes.texts[0] and when in answer_boxes.texts[0]
    assert draft in {s.id for s in more_ctx.inspections.list()}

    answer_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(home.table, Qt.Key.Key_Delete)
    assert len(answer_boxes.texts) == 2
    assert draft not in {s.id for s in more_ctx.inspections.list()}
    assert draft not in _ids(home)
    assert home.model.rowCount() == 4
    assert home.selected_id() is not None  # the selection moved on, ready for the next key


def test_completed_inspection_cannot_be_deleted(qtbot, make_window, more_ctx, answer_boxes) -> None:
    window = make_window(more_ctx)
    home = window.home
    completed = more_ctx.extra.last_year
    _select(home, completed)
    assert not home.delete_button.isEnabled()
    home.table.setFocus()
    qtbot.keyClick(home.table, Qt.Key.Key_Delete)
    assert len(answer_boxes.texts) == 1
    assert "không thể xóa" in answer_boxes.texts[0]
    assert completed in {s.id for s in more_ctx.inspections.list()}


def test_empty_home_says_how_to_start(make_window, ctx) -> None:
    ctx.reference.set_profile("Lê Minh Châu", "Chuyên viên", "Sở Nội vụ tỉnh Nam Định")
    window = make_window(ctx)
    home = window.home
    assert home.pages.currentWidget() is home.message
    assert "Ctrl+N" in home.message.text()


def test_home_says_opening_data_until_the_context_arrives(qtbot, translations, ctx) -> None:
    from inspector_app.ui.home_view import HomeView

    home = HomeView()
    qtbot.addWidget(home)
    assert home.message.text() == "Đang mở dữ liệu…"
    assert not home.search.isEnabled() and not home.new_button.isEnabled()


def test_main_window_fits_a_1366x768_screen(make_window, more_ctx) -> None:
    window = make_window(more_ctx)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40  # the taskbar takes ~40 px
    window.resize(1366, 728)
    assert window.width() <= 1366


def test_window_size_is_remembered(qtbot, make_window, demo_ctx, translations) -> None:
    from inspector_app.ui.main_window import MainWindow
    from inspector_app.ui.state import UiSettings

    window = make_window(demo_ctx)
    screen = window.screen().availableGeometry()  # the offscreen screen is small
    size = window.minimumSizeHint().expandedTo(screen.size() * 0.7).boundedTo(screen.size())
    assert size != screen.size()  # differs from the default size (the whole screen here)
    window.resize(size)
    assert window.size() == size
    window.close()  # saves the geometry to ui.ini in the data dir
    assert (demo_ctx.paths.root / "ui.ini").exists()
    again = MainWindow(demo_ctx.paths, UiSettings(demo_ctx.paths.root), translations)
    qtbot.addWidget(again)
    assert again.size() == size


def test_a_resize_or_move_is_saved_without_closing(qtbot, make_window, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """Saved shortly after each change (the native window's signals), so a kill loses nothing."""
    from inspector_app.ui.main_window import MainWindow
    from inspector_app.ui.state import UiSettings

    window = make_window(demo_ctx)
    qtbot.wait(50)  # the geometry signals of the first show

    def saved() -> QByteArray | None:
        return UiSettings(demo_ctx.paths.root).geometry()

    screen = window.screen().availableGeometry()
    size = window.minimumSizeHint().expandedTo(screen.size() * 0.6).boundedTo(screen.size())
    window.resize(size)
    qtbot.waitUntil(lambda: window._geometry_timer.isActive(), timeout=2000)
    qtbot.waitUntil(lambda: not window._geometry_timer.isActive(), timeout=3000)
    after_resize = saved()
    assert after_resize is not None
    probe = MainWindow(demo_ctx.paths, UiSettings(demo_ctx.paths.root), window._translations)
    qtbot.addWidget(probe)
    assert probe.size() == size

    window.move(window.x() + 40, window.y() + 30)
    qtbot.waitUntil(lambda: window._geometry_timer.isActive(), timeout=2000)
    qtbot.waitUntil(lambda: saved() != after_resize, timeout=3000)


def test_home_lists_a_page_at_a_time(qtbot, make_window, more_ctx, monkeypatch, typist) -> None:  # type: ignore[no-untyped-def]
    import inspector_app.ui.home_view as home_view

    monkeypatch.setattr(home_view, "PAGE_ROWS", 2)
    window = make_window(more_ctx)
    home = window.home
    total = len(more_ctx.inspections.list())
    assert total == 5
    home.refresh()
    assert home.model.rowCount() == 2
    assert home.more_button.isVisible() and "2" in home.count_label.text()
    newest = [home.model.summary(r).id for r in range(2)]
    assert newest == [s.id for s in more_ctx.inspections.list()][:2]  # the newest first
    qtbot.mouseClick(home.more_button, Qt.MouseButton.LeftButton)
    assert home.model.rowCount() == 4 and home.more_button.isVisible()
    qtbot.mouseClick(home.more_button, Qt.MouseButton.LeftButton)
    assert home.model.rowCount() == 5 and not home.more_button.isVisible()
    # another search starts from the first page again
    typist(home.search, "Lê Chân")
    qtbot.waitUntil(lambda: home.model.rowCount() == 2, timeout=5000)
    assert home.more_button.isVisible()


def test_every_toolbar_button_shows_its_bundled_icon(make_window, demo_ctx) -> None:
    window = make_window(demo_ctx)
    actions = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert actions == [
        window.action_home,
        window.action_new,
        window.action_open,
        window.action_search,
        window.action_settings,
    ]
    for action in actions:
        button = window.toolbar.widgetForAction(action)
        pixmap = action.icon().pixmap(window.toolbar.iconSize())
        assert not pixmap.isNull(), action.text()
        assert pixmap.toImage().pixelColor(10, 10).alpha() > 0, action.text()  # not blank
        assert button.isVisible()


def test_the_table_shows_the_column_titles_in_the_current_language(make_window, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_ctx)
    header = window.home.table.horizontalHeader()
    shown = [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
    assert shown == ["Đơn vị", "Ngày", "Trưởng đoàn", "Trạng thái", "Số biên bản"]
    assert shown == column_titles()
    # the header and the table agree on the columns (the header's model is its own)
    assert header.count() == window.home.model.columnCount() == COL_DOCUMENT + 1
    # a screen reader names the columns from the table's own model (Qt's accessibility)
    table = QAccessible.queryAccessibleInterface(window.home.table)
    named = [table.child(i) for i in range(table.childCount())]
    columns = [
        c.text(QAccessible.Text.Name) for c in named if c.role() == QAccessible.Role.ColumnHeader
    ]
    assert columns == shown


def test_the_models_int_roles_are_qts() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == TOOLTIP_ROLE
    assert Qt.ItemDataRole.UserRole.value == USER_ROLE


def test_what_the_first_paint_sets_without_the_qt_namespace(make_window, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_ctx)
    home = window.home

    def keys(action):  # type: ignore[no-untyped-def]
        return [s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()]

    ctrl = Qt.KeyboardModifier.ControlModifier
    assert window.action_new.shortcut() == QKeySequence(ctrl | Qt.Key.Key_N)
    assert window.action_settings.shortcut() == QKeySequence(ctrl | Qt.Key.Key_Comma)
    assert keys(window.action_home) == ["Ctrl+H", "Alt+Home"]
    assert keys(window.action_quit) == ["Ctrl+Q"]
    assert keys(window.action_search) == ["Ctrl+F"]
    assert keys(window.action_shortcuts) == ["F1"]
    assert keys(home.action_open) == ["Ctrl+O"]
    assert home.action_delete.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert home.action_delete.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.toolBarArea(window.toolbar) == Qt.ToolBarArea.TopToolBarArea
    assert home.message.alignment() == Qt.AlignmentFlag.AlignCenter
    # high DPI: the exact scale factor of the screen (Qt 6's default, not set by the app)
    policy = QGuiApplication.highDpiScaleFactorRoundingPolicy()
    assert policy == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough


def test_a_misspelt_enum_property_is_an_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="alignment"):
        set_enum_property(label, "alignment", "AlignCentre")
    with pytest.raises(ValueError, match="alignement"):
        set_enum_property(label, "alignement", "AlignCenter")
    set_enum_property(label, "alignment", "AlignRight|AlignVCenter")
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
