"""Home: the inspections on this laptop, with search and filters; open, new, delete a draft."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.summary import InspectionStatus, InspectionSummary
from inspector_app.i18n import DATE_FORMAT, PY_DATE_TIME_FORMAT
from inspector_app.ui.errors import user_errors
from inspector_app.ui.first_paint import set_enum_property, set_shortcuts
from inspector_app.ui.models.inspection_list_model import (
    COL_DOCUMENT,
    COL_HEAD,
    COL_STARTED,
    COL_STATUS,
    COL_UNIT,
    COLUMN_COUNT,
    InspectionListModel,
    column_titles,
)

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext
    from inspector_app.services.inspections import ListFilter

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
#: Inspections Home lists at a time, newest first (a laptop may hold years of them: listing
#: 10,000 would keep the UI thread busy for half a second); "Show more" lists more.
PAGE_ROWS = 500
#: Rows the table measures to size its columns to their contents (those in view come first).
RESIZE_PRECISION_ROWS = 100


class Period(StrEnum):
    ALL = "all"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


class TimeWindow(NamedTuple):
    """A period as ``since <= started_at < until`` in local time (``None``: open-ended)."""

    since: datetime | None
    until: datetime | None


def _local(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def period_window(
    period: Period, today: date, first: date | None = None, last: date | None = None
) -> TimeWindow:
    """The time window of ``period`` around ``today`` (weeks start on Monday)."""
    if period is Period.WEEK:
        start = today - timedelta(days=today.weekday())
        return TimeWindow(_local(start), _local(start + timedelta(days=7)))
    if period is Period.MONTH:
        start = today.replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
        return TimeWindow(_local(start), _local(following))
    if period is Period.YEAR:
        return TimeWindow(_local(date(today.year, 1, 1)), _local(date(today.year + 1, 1, 1)))
    if period is Period.RANGE and first and last:
        first, last = min(first, last), max(first, last)
        return TimeWindow(_local(first), _local(last + timedelta(days=1)))
    return TimeWindow(None, None)


class HomeView(QWidget):
    """The list of inspections. It asks the main window to open or create one by its signals."""

    openRequested = Signal(str)  # inspection id
    newRequested = Signal()
    populated = Signal(int)  # rows shown after a refresh

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx: AppContext | None = None
        self._limit = PAGE_ROWS  # rows listed; "Show more" adds PAGE_ROWS
        self._truncated = False  # more rows match than are listed
        self._query: ListFilter | None = None
        self._active = True  # False while another screen is shown: the actions are off
        self.model = InspectionListModel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._build_ui()
        self._connect_signals()
        self._set_texts()
        self.show_loading()

    # -- building -----------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)

        self.search = QLineEdit()
        self.search.setObjectName("homeSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("homeStatus")
        for status in (None, *InspectionStatus):
            self.status_combo.addItem("", status.value if status else "")
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("homePeriod")
        for period in Period:
            self.period_combo.addItem("", period.value)
        today = QDate.currentDate()
        self.date_from = self._date_edit(today.addMonths(-1))
        self.date_to = self._date_edit(today)
        self.status_label = QLabel()
        self.period_label = QLabel()
        self.range_dash = QLabel("–")
        self.status_label.setBuddy(self.status_combo)
        self.period_label.setBuddy(self.period_combo)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addSpacing(8)
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_combo, 1)
        filters.addSpacing(8)
        filters.addWidget(self.period_label)
        filters.addWidget(self.period_combo, 1)
        filters.addWidget(self.date_from)
        filters.addWidget(self.range_dash)
        filters.addWidget(self.date_to)
        self._show_range(False)

        self.table = QTableView()
        self.table.setObjectName("homeTable")
        # The header shows the titles from a model of its own, answered in C++, and is hidden
        # while the table gets its model: a header sizing its sections asks the model's Python
        # headerData() with a Qt.Orientation, which builds PySide6's Qt namespace (see
        # first_paint.py). The list model keeps its headerData() for the rest (accessibility).
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.hide()
        self.table.setModel(self.model)
        self.column_titles = QStandardItemModel(0, COLUMN_COUNT, self)
        header.setModel(self.column_titles)
        header.show()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_UNIT, QHeaderView.ResizeMode.Stretch)
        for col in (COL_STARTED, COL_HEAD, COL_STATUS, COL_DOCUMENT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Sized on the rows in view and 100 more, not on all 500 (Qt's default measures up to
        # 1,000 rows: ~0.4 s to show a full page, ~80 ms per refresh); a longer name further
        # down is cut short with "…" and shown whole in its tooltip.
        header.setResizeContentsPrecision(RESIZE_PRECISION_ROWS)

        self.message = QLabel()
        self.message.setObjectName("homeMessage")
        set_enum_property(self.message, "alignment", "AlignCenter")
        self.message.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.message)

        self.count_label = QLabel()
        self.more_button = QPushButton()
        self.more_button.setObjectName("homeMore")
        self.more_button.setVisible(False)
        self.new_button = QPushButton()
        self.new_button.setObjectName("homeNew")
        self.new_button.setDefault(False)
        self.open_button = QPushButton()
        self.delete_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)

        # Actions the main window puts in its menus; their shortcuts work in the list.
        self.action_open = QAction(self)
        set_shortcuts(self.action_open, "Ctrl+O")
        self.action_delete = QAction(self)
        set_shortcuts(self.action_delete, QKeySequence(QKeySequence.StandardKey.Delete))
        set_enum_property(self.action_delete, "shortcutContext", "WidgetShortcut")
        self.table.addAction(self.action_delete)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        for a, b in (
            (self.search, self.status_combo),
            (self.status_combo, self.period_combo),
            (self.period_combo, self.date_from),
            (self.date_from, self.date_to),
            (self.date_to, self.table),
            (self.table, self.delete_button),
            (self.delete_button, self.open_button),
            (self.open_button, self.new_button),
        ):
            QWidget.setTabOrder(a, b)
        self._update_buttons()

    @staticmethod
    def _date_edit(value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_textChanged)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_currentIndexChanged)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_currentIndexChanged)
        self.date_from.dateChanged.connect(self._on_date_from_dateChanged)
        self.date_to.dateChanged.connect(self._on_date_to_dateChanged)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        self.model.modelReset.connect(self._on_model_modelReset)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.more_button.clicked.connect(self._on_more_button_clicked)
        self.action_open.triggered.connect(self._on_action_open_triggered)
        self.action_delete.triggered.connect(self._on_action_delete_triggered)

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """The language changed: the main window calls it on ``Translations.changed`` (no
        ``changeEvent`` here, see :mod:`inspector_app.i18n`)."""
        self._set_texts()
        self.model.retranslate()

    def _set_texts(self) -> None:
        """The texts in the current language (the list's rows are made in it when they come)."""
        self.title.setText(self.tr("Inspections on this laptop"))
        self.search.setPlaceholderText(self.tr("Search by unit, document number or person…"))
        self.search.setToolTip(self.tr("Search as you type (Ctrl+F)"))
        self.status_label.setText(self.tr("&Status:"))
        self.period_label.setText(self.tr("&Period:"))
        status_names = [
            self.tr("All"),
            self.tr("Draft"),
            self.tr("Completed"),
            self.tr("Signed"),
            self.tr("Sent"),
        ]
        for i, name in enumerate(status_names):
            self.status_combo.setItemText(i, name)
        period_names = [
            self.tr("All time"),
            self.tr("This week"),
            self.tr("This month"),
            self.tr("This year"),
            self.tr("From – to…"),
        ]
        for i, name in enumerate(period_names):
            self.period_combo.setItemText(i, name)
        self.date_from.setToolTip(self.tr("From"))
        self.date_to.setToolTip(self.tr("To"))
        self.new_button.setText(self.tr("&New inspection…"))
        self.open_button.setText(self.tr("&Open"))
        self.delete_button.setText(self.tr("&Delete draft"))
        self.action_open.setText(self.tr("&Open"))
        self.action_delete.setText(self.tr("&Delete draft…"))
        self.column_titles.setHorizontalHeaderLabels(column_titles())
        self._update_count()
        if self.pages.currentWidget() is self.message and self._ctx is None:
            self.message.setText(self.tr("Opening data…"))
        elif self._ctx is not None:
            self._update_empty_message()

    # -- state --------------------------------------------------------------------------------
    def show_loading(self) -> None:
        """Before the data is open: a message instead of the list, nothing to act on."""
        self.message.setText(self.tr("Opening data…"))
        self.pages.setCurrentWidget(self.message)
        self._set_filters_enabled(False)

    def show_failure(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)
        self._set_filters_enabled(False)

    def show_preview(self, rows: list[InspectionSummary]) -> None:
        """The list read straight from the file while the data is still opening: visible and
        selectable at once; searching, filtering and opening wait for :meth:`set_context`."""
        if self._ctx is not None:
            return
        self.model.set_rows(rows)
        self.pages.setCurrentWidget(self.table)
        self.populated.emit(self.model.rowCount())

    def set_context(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._set_filters_enabled(True)
        self.refresh()

    @property
    def ready(self) -> bool:
        return self._ctx is not None

    def _set_filters_enabled(self, enabled: bool) -> None:
        for widget in (
            self.search,
            self.status_combo,
            self.period_combo,
            self.date_from,
            self.date_to,
            self.new_button,
        ):
            widget.setEnabled(enabled)
        self._update_buttons()

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt  # not at the top: see ui/first_paint.py

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_list(self) -> None:
        self.table.setFocus()  # Qt.FocusReason.OtherFocusReason

    # -- the list -----------------------------------------------------------------------------
    def current_window(self) -> TimeWindow:
        period = Period(self.period_combo.currentData())
        return period_window(
            period, date.today(), self.date_from.date().toPython(), self.date_to.date().toPython()
        )

    def refresh(self, select_id: str | None = None) -> None:
        """Query the inspections again with the current search and filters."""
        if self._ctx is None:
            return
        from inspector_app.services.inspections import ListFilter

        self._search_timer.stop()
        keep = select_id or self.selected_id()
        status = self.status_combo.currentData()
        window = self.current_window()
        flt = ListFilter(
            status=InspectionStatus(status) if status else None,
            since=window.since,
            until=window.until,
            search=self.search.text(),
        )
        if flt != self._query:  # another search or filter: from the first page again
            self._query, self._limit = flt, PAGE_ROWS
        flt = flt._replace(limit=self._limit + 1)  # one more tells whether there are more
        rows: list[InspectionSummary] = []
        with user_errors(self):
            rows = self._ctx.inspections.list(flt)
        self._truncated = len(rows) > self._limit
        self.model.set_rows(rows[: self._limit])
        row = self.model.row_of(keep) if keep else -1
        if self.model.rowCount() and row < 0:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, COL_UNIT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.populated.emit(self.model.rowCount())

    def selected_id(self) -> str | None:
        summary = self.selected()
        return summary.id if summary else None

    def selected(self) -> InspectionSummary | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.summary(index.row())

    def _has_filters(self) -> bool:
        return bool(
            self.search.text().strip()
            or self.status_combo.currentIndex()
            or self.period_combo.currentIndex()
        )

    def _update_empty_message(self) -> None:
        if self.model.rowCount():
            self.pages.setCurrentWidget(self.table)
            return
        if self._has_filters():
            self.message.setText(self.tr("No inspection matches the search and filters."))
        else:
            self.message.setText(
                self.tr(
                    "No inspections on this laptop yet.\nPress Ctrl+N to start a new inspection."
                )
            )
        self.pages.setCurrentWidget(self.message)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self._ctx is not None and self._truncated:
            self.count_label.setText(self.tr("the newest %n inspection(s)", "", n))
        else:
            self.count_label.setText(self.tr("%n inspection(s)", "", n) if self._ctx else "")
        self.more_button.setText(self.tr("Show %n more", "", PAGE_ROWS))
        self.more_button.setVisible(self._ctx is not None and self._truncated)

    def show_more(self) -> None:
        """List :data:`PAGE_ROWS` more (older) inspections, keeping the selection."""
        self._limit += PAGE_ROWS
        self.refresh()

    def set_active(self, active: bool) -> None:
        """Home is (not) the screen shown: its menu actions follow."""
        self._active = active
        self._update_buttons()

    def _update_buttons(self) -> None:
        summary = self.selected() if self._ctx else None
        self.open_button.setEnabled(summary is not None)
        self.action_open.setEnabled(self._active and summary is not None)
        can_delete = summary is not None and summary.status is InspectionStatus.DRAFT
        self.delete_button.setEnabled(can_delete)
        self.action_delete.setEnabled(self._active and summary is not None)

    def _show_range(self, visible: bool) -> None:
        for widget in (self.date_from, self.range_dash, self.date_to):
            widget.setVisible(visible)

    # -- deleting -----------------------------------------------------------------------------
    def delete_selected(self) -> bool:
        """Delete the selected draft after a confirmation; ``True`` when it was deleted."""
        summary = self.selected()
        if summary is None or self._ctx is None:
            return False
        from PySide6.QtWidgets import QMessageBox  # off the start path

        when = summary.started_at.astimezone().strftime(PY_DATE_TIME_FORMAT)
        if summary.status is not InspectionStatus.DRAFT:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Delete inspection"),
                self.tr(
                    "The inspection of {unit} on {date} is completed and cannot be deleted."
                ).format(unit=summary.unit_name, date=when),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.exec()
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete draft"),
            self.tr(
                "Delete the draft inspection of {unit} on {date}?\n\nEverything recorded in "
                "it is deleted too. This cannot be undone."
            ).format(unit=summary.unit_name, date=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmDeleteBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        with user_errors(self) as outcome:
            self._ctx.inspections.delete_draft(summary.id)
        if outcome.failed:
            return False
        log.info("draft %s deleted", summary.id)
        row = self.model.row_of(summary.id)
        following = self.model.summary(row + 1).id if row + 1 < self.model.rowCount() else None
        self.refresh(select_id=following)
        return True

    # -- slots --------------------------------------------------------------------------------
    @Slot(str)
    def _on_search_textChanged(self, _text: str) -> None:  # noqa: N802
        self._search_timer.start()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self.refresh()

    @Slot()
    def _on_more_button_clicked(self) -> None:
        self.show_more()

    @Slot(int)
    def _on_status_combo_currentIndexChanged(self, _index: int) -> None:  # noqa: N802
        self.refresh()

    @Slot(int)
    def _on_period_combo_currentIndexChanged(self, _index: int) -> None:  # noqa: N802
        self._show_range(self.period_combo.currentData() == Period.RANGE.value)
        self.refresh()

    @Slot(QDate)
    def _on_date_from_dateChanged(self, _value: QDate) -> None:  # noqa: N802
        if self.period_combo.currentData() == Period.RANGE.value:
            self.refresh()

    @Slot(QDate)
    def _on_date_to_dateChanged(self, _value: QDate) -> None:  # noqa: N802
        if self.period_combo.currentData() == Period.RANGE.value:
            self.refresh()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model.summary(index.row()).id)

    @Slot()
    def _on_table_selectionChanged(self) -> None:  # noqa: N802
        self._update_buttons()

    @Slot()
    def _on_model_modelReset(self) -> None:  # noqa: N802
        self._update_count()
        self._update_empty_message()
        self._update_buttons()

    @Slot()
    def _on_new_button_clicked(self) -> None:
        self.newRequested.emit()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        self._on_action_open_triggered()

    @Slot()
    def _on_action_open_triggered(self) -> None:
        inspection_id = self.selected_id()
        if inspection_id:
            self.openRequested.emit(inspection_id)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        self.delete_selected()

    @Slot()
    def _on_action_delete_triggered(self) -> None:
        self.delete_selected()
