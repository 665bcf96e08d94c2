"""Conclusion: conclusions and recommendations drafted from the findings, the unit's
explanation and the end time — all editable, all saved as you type.

Text fields are saved 400 ms after the last keystroke, when they lose the focus, and when the page
is hidden or the app quits (:meth:`ConclusionView.flush`), so the last keystrokes are never lost.
"Draft from findings" fills the conclusions and the recommendations; it asks first if that would
replace text the inspector typed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.drafting import draft_conclusions, draft_recommendations
from inspector_app.domain.findings import compute_findings
from inspector_app.domain.model import Recommendation
from inspector_app.domain.text import clean_text, nfc
from inspector_app.services.inspections import InspectionService
from inspector_app.ui.errors import user_errors
from inspector_app.ui.views import Debouncer, StepPage

DATE_FORMAT = "dd/MM/yyyy"
DATE_TIME_FORMAT = "dd/MM/yyyy HH:mm"
DEFAULT_DEADLINE_DAYS = 15
SAVE_DELAY_MS = 400
NO_DEADLINE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "none"


def _same_text(widget_text: str, stored: str) -> bool:
    """Whether the widget shows what is stored (the service stores NFC, stripped text)."""
    return nfc(widget_text).strip() == stored


class RecommendationRow(QWidget):
    """One recommendation: its text, its deadline and a button to remove it."""

    edited = Signal()
    removeRequested = Signal()

    def __init__(self, text: str, deadline: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationRow")
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("recommendationText")
        self.text_edit.setPlainText(text)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(64)
        self.deadline_edit = QDateEdit(self)
        self.deadline_edit.setObjectName("recommendationDeadline")
        self.deadline_edit.setDisplayFormat(DATE_FORMAT)
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setMinimumDate(NO_DEADLINE)
        self.deadline_edit.setDate(QDate(deadline) if deadline else NO_DEADLINE)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeRecommendation")
        self.remove_button.setText("✕")
        self.deadline_label = QLabel(self)
        side = QVBoxLayout()
        side.setSpacing(2)
        side.addWidget(self.deadline_label)
        side.addWidget(self.deadline_edit)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(side)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.text_edit.textChanged.connect(self.edited)
        self.deadline_edit.dateChanged.connect(self.edited)
        self.remove_button.clicked.connect(self.removeRequested)
        self.retranslate()

    def retranslate(self) -> None:
        self.deadline_label.setText(self.tr("Deadline"))
        self.deadline_edit.setSpecialValueText(self.tr("none"))
        self.remove_button.setToolTip(self.tr("Remove this recommendation"))
        self.text_edit.setPlaceholderText(self.tr("What the unit must do"))

    def value(self) -> tuple[str, date | None]:
        deadline = self.deadline_edit.date()
        return self.text_edit.toPlainText(), (
            None if deadline <= NO_DEADLINE else deadline.toPython()
        )

    def set_read_only(self, read_only: bool) -> None:
        self.text_edit.setReadOnly(read_only)
        self.deadline_edit.setReadOnly(read_only)
        self.remove_button.setEnabled(not read_only)


class ConclusionView(StepPage):
    def __init__(self, service: InspectionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conclusionView")
        self._service = service
        self._last_draft = ""
        self.rows: list[RecommendationRow] = []
        self.overwrite_box: QMessageBox | None = None
        self._save_conclusions = Debouncer(self._write_conclusions, SAVE_DELAY_MS, self)
        self._save_explanation = Debouncer(self._write_explanation, SAVE_DELAY_MS, self)
        self._save_recommendations = Debouncer(self._write_recommendations, SAVE_DELAY_MS, self)
        self._save_ended = Debouncer(self._write_ended, SAVE_DELAY_MS, self)
        self._debouncers = (
            self._save_conclusions,
            self._save_explanation,
            self._save_recommendations,
            self._save_ended,
        )
        self._loading = False
        self._build()
        self._connect_signals()
        self.retranslate()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.draft_button = QPushButton(self)
        self.draft_button.setObjectName("draftButton")
        self.draft_hint = QLabel(self)
        self.draft_hint.setWordWrap(True)
        self.draft_hint.setStyleSheet("color: #5f6368;")
        self.conclusions_label = QLabel(self)
        self.conclusions_edit = QPlainTextEdit(self)
        self.conclusions_edit.setObjectName("conclusionsEdit")
        self.conclusions_edit.setTabChangesFocus(True)
        self.explanation_label = QLabel(self)
        self.explanation_edit = QPlainTextEdit(self)
        self.explanation_edit.setObjectName("explanationEdit")
        self.explanation_edit.setTabChangesFocus(True)
        self.recommendations_label = QLabel(self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addRecommendation")
        self.rows_widget = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 4, 0)
        self.rows_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.rows_widget)
        self.ended_label = QLabel(self)
        self.ended_edit = QDateTimeEdit(self)
        self.ended_edit.setObjectName("endedEdit")
        self.ended_edit.setDisplayFormat(DATE_TIME_FORMAT)
        self.ended_edit.setCalendarPopup(True)
        self.now_button = QPushButton(self)
        self.now_button.setObjectName("endedNowButton")

        top = QHBoxLayout()
        top.addWidget(self.draft_button)
        top.addWidget(self.draft_hint, 1)
        ended = QHBoxLayout()
        ended.addWidget(self.ended_label)
        ended.addWidget(self.ended_edit)
        ended.addWidget(self.now_button)
        ended.addStretch(1)
        recs_head = QHBoxLayout()
        recs_head.addWidget(self.recommendations_label, 1)
        recs_head.addWidget(self.add_button)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.conclusions_label, 0, 0)
        grid.addWidget(self.conclusions_edit, 1, 0)
        grid.addWidget(self.explanation_label, 2, 0)
        grid.addWidget(self.explanation_edit, 3, 0)
        grid.addLayout(recs_head, 0, 1)
        grid.addWidget(self.scroll, 1, 1, 3, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addLayout(ended)

    def _connect_signals(self) -> None:
        self.draft_button.clicked.connect(self._on_draft_button_clicked)
        self.conclusions_edit.textChanged.connect(self._on_conclusions_edit_text_changed)
        self.explanation_edit.textChanged.connect(self._on_explanation_edit_text_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.ended_edit.dateTimeChanged.connect(self._on_ended_edit_date_time_changed)
        self.now_button.clicked.connect(self._on_now_button_clicked)
        for edit in (self.conclusions_edit, self.explanation_edit, self.ended_edit):
            edit.installEventFilter(self)

    def retranslate(self) -> None:
        self.draft_button.setText(self.tr("&Draft from findings"))
        self.draft_hint.setText(
            self.tr(
                "Fills the conclusions and the recommendations from the roll call and the "
                "checklists; edit them as you like. Everything is saved as you type."
            )
        )
        self.conclusions_label.setText(self.tr("<b>Conclusions</b>"))
        self.explanation_label.setText(self.tr("<b>The unit's explanation</b>"))
        self.explanation_edit.setPlaceholderText(
            self.tr("What the unit's representative says about the findings")
        )
        self.recommendations_label.setText(self.tr("<b>Recommendations and deadlines</b>"))
        self.add_button.setText(self.tr("Add &recommendation"))
        self.ended_label.setText(self.tr("Inspection ended at:"))
        self.ended_edit.setSpecialValueText(self.tr("not recorded yet"))
        self.now_button.setText(self.tr("Now"))
        for row in self.rows:
            row.retranslate()

    # -- data in ------------------------------------------------------------------------------
    def refresh(self) -> None:
        inspection = self.inspection
        if inspection is None:
            return
        self._loading = True
        try:
            if not self._save_conclusions.pending:
                self._set_text(self.conclusions_edit, inspection.conclusions)
            if not self._save_explanation.pending:
                self._set_text(self.explanation_edit, inspection.unit_explanation)
            if not self._save_recommendations.pending:
                self._set_rows(inspection.recommendations)
            if not self._save_ended.pending:
                self._set_ended(inspection.started_at, inspection.ended_at)
        finally:
            self._loading = False
        read_only = self.read_only
        for edit in (self.conclusions_edit, self.explanation_edit):
            edit.setReadOnly(read_only)
        self.ended_edit.setReadOnly(read_only)
        for button in (self.draft_button, self.add_button, self.now_button):
            button.setEnabled(not read_only)
        for row in self.rows:
            row.set_read_only(read_only)

    @staticmethod
    def _set_text(edit: QPlainTextEdit, stored: str) -> None:
        if not _same_text(edit.toPlainText(), stored):
            edit.setPlainText(stored)

    def _set_rows(self, recommendations: tuple[Recommendation, ...] | list[Recommendation]) -> None:
        wanted = [(r.text, r.deadline) for r in recommendations]
        shown = [
            (nfc(t).strip(), d) for t, d in (row.value() for row in self.rows) if clean_text(t)
        ]
        if wanted == shown:
            return
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for text, deadline in wanted:
            self._add_row(text, deadline)

    def _add_row(self, text: str = "", deadline: date | None = None) -> RecommendationRow:
        row = RecommendationRow(text, deadline, self.rows_widget)
        row.edited.connect(self._on_row_edited)
        row.removeRequested.connect(self._on_row_remove_requested)
        row.text_edit.installEventFilter(self)
        row.deadline_edit.installEventFilter(self)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        row.show()  # at once, not after the layout's queued show: Tab must reach its fields
        self.rows.append(row)
        return row

    def _set_ended(self, started: datetime, ended: datetime | None) -> None:
        start = QDateTime(started.astimezone().replace(tzinfo=None))
        minimum = start.addSecs(-60)
        self.ended_edit.setMinimumDateTime(minimum)
        self.ended_edit.setDateTime(
            QDateTime(ended.astimezone().replace(tzinfo=None)) if ended else minimum
        )

    # -- data out -----------------------------------------------------------------------------
    def flush(self) -> None:
        for debouncer in self._debouncers:
            debouncer.flush()

    def ended_at(self) -> datetime | None:
        value = self.ended_edit.dateTime()
        if value <= self.ended_edit.minimumDateTime():
            return None
        return value.toPython().astimezone()

    def _update(self, **fields: str | datetime | None) -> None:
        if self.inspection is None or self.read_only:
            return
        with user_errors(self):
            self._service.update(self.inspection.id, **fields)
        self.changed.emit()

    def _write_conclusions(self) -> None:
        self._update(conclusions=self.conclusions_edit.toPlainText())

    def _write_explanation(self) -> None:
        self._update(unit_explanation=self.explanation_edit.toPlainText())

    def _write_ended(self) -> None:
        ended = self.ended_at()
        if ended is not None:
            self._update(ended_at=ended)

    def _write_recommendations(self) -> None:
        if self.inspection is None or self.read_only:
            return
        items = [
            (text, deadline)
            for text, deadline in (row.value() for row in self.rows)
            if clean_text(text)
        ]
        with user_errors(self):
            self._service.set_recommendations(self.inspection.id, items)
        self.changed.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    # -- drafting -----------------------------------------------------------------------------
    def _typed_over(self) -> bool:
        """Whether the fields hold text the inspector typed (not empty, not our last draft)."""
        text = clean_text(self.conclusions_edit.toPlainText())
        has_recs = any(clean_text(row.value()[0]) for row in self.rows)
        return bool(text and text != clean_text(self._last_draft)) or (
            has_recs and not self._last_draft
        )

    def fill_draft(self) -> None:
        """Put the drafts in the fields (and save them)."""
        if self.inspection is None:
            return
        findings = compute_findings(self.inspection)
        conclusions = draft_conclusions(self.inspection, findings, self._lang)
        recommendations = draft_recommendations(
            self.inspection, findings, self._lang, today=date.today()
        )
        self._last_draft = conclusions
        self.conclusions_edit.setPlainText(conclusions)
        self._set_rows(recommendations)
        self._save_recommendations.poke()
        self.flush()
        self.message.emit(self.tr("Drafted from the findings; edit as needed."))

    @Slot()
    def _on_draft_button_clicked(self) -> None:
        if self.read_only:
            return
        if not self._typed_over():
            self.fill_draft()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace the text?"),
            self.tr(
                "The conclusions or recommendations hold text you typed. Replace them with "
                "a new draft from the findings?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("overwriteConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Replace"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep my text"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(self._on_overwrite_box_finished)
        self.overwrite_box = box
        box.open()

    @Slot(int)
    def _on_overwrite_box_finished(self, _result: int) -> None:
        box, self.overwrite_box = self.overwrite_box, None
        if box is None:
            return
        box.deleteLater()
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self.fill_draft()

    # -- editing ------------------------------------------------------------------------------
    @Slot()
    def _on_conclusions_edit_text_changed(self) -> None:
        if not self._loading:
            self._save_conclusions.poke()

    @Slot()
    def _on_explanation_edit_text_changed(self) -> None:
        if not self._loading:
            self._save_explanation.poke()

    @Slot()
    def _on_row_edited(self) -> None:
        if not self._loading:
            self._save_recommendations.poke()

    @Slot()
    def _on_row_remove_requested(self) -> None:
        row = self.sender()
        if not isinstance(row, RecommendationRow) or row not in self.rows or self.read_only:
            return
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._save_recommendations.poke()
        self._save_recommendations.flush()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        row = self._add_row("", date.today() + timedelta(days=DEFAULT_DEADLINE_DAYS))
        row.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(row)

    @Slot(QDateTime)
    def _on_ended_edit_date_time_changed(self, _value: QDateTime) -> None:
        if not self._loading:
            self._save_ended.poke()

    @Slot()
    def _on_now_button_clicked(self) -> None:
        self.ended_edit.setDateTime(
            QDateTime.currentDateTime().addSecs(-QDateTime.currentDateTime().time().second())
        )
        self._save_ended.flush()
