"""One inspection on site: a header, the six steps on the left (Alt+1 … Alt+6) and the step's page.

The view owns the inspection as last read from the service. A page that changes something emits
``changed``; the view reads the inspection again and hands it to the page on screen, and to the
others when they are next shown. It tells the shell where the inspector is (:attr:`placeChanged`)
so that a restart reopens the same step and person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.findings import is_asked
from inspector_app.domain.model import Inspection, InspectionStatus
from inspector_app.domain.text import clean_text
from inspector_app.errors import UserError
from inspector_app.services.context import AppContext
from inspector_app.ui.dialogs.reopen_dialog import ReopenDialog
from inspector_app.ui.errors import user_errors
from inspector_app.ui.views import StepPage, is_read_only, ui_language
from inspector_app.ui.views.checklist_view import ChecklistView
from inspector_app.ui.views.conclusion_view import ConclusionView
from inspector_app.ui.views.findings_view import FindingsView
from inspector_app.ui.views.photos_view import PhotosView
from inspector_app.ui.views.rollcall_view import RollCallView
from inspector_app.ui.views.sign_view import SignView

STEPS: tuple[str, ...] = ("rollcall", "checklists", "findings", "conclusion", "photos", "sign")
STEP_TITLES = {
    "rollcall": QT_TRANSLATE_NOOP("InspectionView", "Roll call"),
    "checklists": QT_TRANSLATE_NOOP("InspectionView", "Unit checklists"),
    "findings": QT_TRANSLATE_NOOP("InspectionView", "Findings"),
    "conclusion": QT_TRANSLATE_NOOP("InspectionView", "Conclusion"),
    "photos": QT_TRANSLATE_NOOP("InspectionView", "Photos"),
    "sign": QT_TRANSLATE_NOOP("InspectionView", "Sign & export"),
}
STATUS_TITLES = {
    InspectionStatus.DRAFT: QT_TRANSLATE_NOOP("InspectionView", "In progress"),
    InspectionStatus.COMPLETED: QT_TRANSLATE_NOOP("InspectionView", "Completed"),
    InspectionStatus.SIGNED: QT_TRANSLATE_NOOP("InspectionView", "Signed"),
    InspectionStatus.SYNCED: QT_TRANSLATE_NOOP("InspectionView", "Sent"),
}
MESSAGE_MS = 5000


def _tr(text: str) -> str:
    return QCoreApplication.translate("InspectionView", text)


@dataclass(frozen=True)
class Missing:
    """What is not recorded yet, listed before an inspection is completed."""

    not_called: tuple[str, ...] = ()  # names of people without a roll-call status
    unit_items: tuple[str, ...] = ()  # unit items without an answer
    staff_gaps: dict[str, int] = field(default_factory=dict)  # person → unanswered staff items

    @classmethod
    def of(cls, inspection: Inspection, lang: str) -> Missing:
        answered = {
            (a.form_id, a.item_id, a.staff_entry_id)
            for a in inspection.answers
            if a.value is not None and a.value.strip()
        }
        unit = tuple(
            item.text.get(lang)
            for form in inspection.forms
            for item in form.unit_items()
            if (form.id, item.id, None) not in answered
        )
        staff_items = [
            (form.id, item.id) for form in inspection.forms for item in form.staff_items()
        ]
        gaps: dict[str, int] = {}
        for entry in inspection.staff:
            if not is_asked(entry):
                continue
            n = sum((f, i, entry.id) not in answered for f, i in staff_items)
            if n:
                gaps[entry.full_name] = n
        not_called = tuple(e.full_name for e in inspection.staff if e.attendance is None)
        return cls(not_called, unit, gaps)

    @property
    def empty(self) -> bool:
        return not (self.not_called or self.unit_items or self.staff_gaps)

    def lines(self) -> list[str]:
        out: list[str] = []
        if self.not_called:
            out.append(
                QCoreApplication.translate(
                    "InspectionView", "%1 people without a roll-call status: %2"
                )
                .replace("%1", str(len(self.not_called)))
                .replace("%2", _names(self.not_called))
            )
        if self.staff_gaps:
            out.append(
                QCoreApplication.translate(
                    "InspectionView", "%1 people with staff items not assessed: %2"
                )
                .replace("%1", str(len(self.staff_gaps)))
                .replace("%2", _names(list(self.staff_gaps)))
            )
        if self.unit_items:
            out.append(
                QCoreApplication.translate("InspectionView", "%1 unit items not answered:").replace(
                    "%1", str(len(self.unit_items))
                )
            )
            out += [f"  • {text}" for text in self.unit_items]
        return out


def _names(names: list[str] | tuple[str, ...], limit: int = 6) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" … (+{len(names) - limit})" if len(names) > limit else "")


class InspectionHeader(QFrame):
    """Unit, date, status and team head; Back, and Complete or Reopen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionHeader")
        self.setStyleSheet(
            "QFrame#inspectionHeader { background: #f8f9fa; border-bottom: 1px solid #dadce0; }"
        )
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backButton")
        self.unit_label = QLabel(self)
        self.unit_label.setObjectName("unitLabel")
        self.unit_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.unit_label.setWordWrap(True)
        self.details_label = QLabel(self)
        self.details_label.setObjectName("detailsLabel")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.complete_button = QPushButton(self)
        self.complete_button.setObjectName("completeButton")
        self.reopen_button = QPushButton(self)
        self.reopen_button.setObjectName("reopenButton")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.unit_label)
        texts.addWidget(self.details_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.complete_button)
        layout.addWidget(self.reopen_button)

    def show_inspection(self, inspection: Inspection) -> None:
        head = inspection.head()
        self.unit_label.setText(inspection.unit.name)
        started = inspection.started_at.astimezone()
        parts = [self.tr("Started %1").replace("%1", f"{started:%d/%m/%Y %H:%M}")]
        if inspection.document_number:
            parts.append(self.tr("No. %1").replace("%1", inspection.document_number))
        if head is not None:
            parts.append(self.tr("Team head: %1").replace("%1", head.full_name))
        self.details_label.setText("   ·   ".join(parts))
        read_only = is_read_only(inspection)
        status = _tr(STATUS_TITLES[inspection.status])
        if read_only and inspection.completed_at is not None:
            done = inspection.completed_at.astimezone()
            status = (
                self.tr("%1 %2 — read-only")
                .replace("%1", status)
                .replace("%2", f"{done:%d/%m/%Y %H:%M}")
            )
        self.status_label.setText(status)
        colours = ("#7a4b00", "#fff1d6") if read_only else ("#0b5d1e", "#e3f4e6")
        self.status_label.setStyleSheet(
            f"color: {colours[0]}; background: {colours[1]}; border-radius: 4px;"
            " padding: 3px 8px; font-weight: 600;"
        )
        self.complete_button.setVisible(inspection.status is InspectionStatus.DRAFT)
        self.reopen_button.setVisible(inspection.status is InspectionStatus.COMPLETED)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Home"))
        self.back_button.setToolTip(self.tr("Back to the list of inspections"))
        self.complete_button.setText(self.tr("Co&mplete…"))
        self.complete_button.setToolTip(
            self.tr("Mark the inspection completed; it becomes read-only")
        )
        self.reopen_button.setText(self.tr("Re&open…"))
        self.reopen_button.setToolTip(self.tr("Reopen with the team head's name and a reason"))


class InspectionView(QWidget):
    """The inspection screens. See the module docstring."""

    placeChanged = Signal(str, str, str)  # inspection id, step, person id or ""
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionView")
        self._ctx = ctx
        self._inspection: Inspection | None = None
        self._lang = ui_language()
        self._stale: set[StepPage] = set()
        self._progress: dict[str, str] = {}
        self.complete_box: QMessageBox | None = None
        self.reopen_dialog: ReopenDialog | None = None
        self._build()
        self._connect_signals()
        self.retranslate()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        service = self._ctx.inspections
        self.header = InspectionHeader(self)
        self.steps = QListWidget(self)
        self.steps.setObjectName("stepList")
        self.steps.setFixedWidth(200)
        self.steps.setStyleSheet("QListWidget#stepList::item { padding: 8px 6px; }")
        for step in STEPS:
            item = QListWidgetItem(self.steps)
            item.setData(Qt.ItemDataRole.UserRole, step)
        self.rollcall = RollCallView(service, self)
        self.checklists = ChecklistView(service, self)
        self.findings = FindingsView(self)
        self.conclusion = ConclusionView(service, self)
        self.photos = PhotosView(self._ctx, self)
        self.sign = SignView(self._ctx, self)
        self.pages: dict[str, StepPage] = dict(
            zip(
                STEPS,
                (
                    self.rollcall,
                    self.checklists,
                    self.findings,
                    self.conclusion,
                    self.photos,
                    self.sign,
                ),
                strict=True,
            )
        )
        self.stack = QStackedWidget(self)
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setStyleSheet("color: #1d4e89; padding: 2px 8px;")
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)

        right = QVBoxLayout()
        right.setContentsMargins(8, 8, 8, 4)
        right.addWidget(self.stack, 1)
        right.addWidget(self.message_label)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.steps)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)

        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.step_shortcuts = [
            QShortcut(QKeySequence(f"Alt+{n}"), self, context=scope)
            for n in range(1, len(STEPS) + 1)
        ]

    def _connect_signals(self) -> None:
        self.header.back_button.clicked.connect(self._on_back_button_clicked)
        self.header.complete_button.clicked.connect(self._on_complete_button_clicked)
        self.header.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        self.steps.currentRowChanged.connect(self._on_steps_current_row_changed)
        for page in self.pages.values():
            page.changed.connect(self._on_page_changed)
            page.message.connect(self._on_page_message)
        self.rollcall.personChanged.connect(self._on_rollcall_person_changed)
        self.sign.openRequested.connect(self._on_sign_open_requested)
        for n, shortcut in enumerate(self.step_shortcuts):
            shortcut.activated.connect(lambda n=n: self.show_step(STEPS[n]))
        self._message_timer.timeout.connect(self.message_label.clear)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def retranslate(self) -> None:
        self.header.retranslate()
        for n, step in enumerate(STEPS):
            self._update_step_item(n, step)
        if self._inspection is not None:
            self.header.show_inspection(self._inspection)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            lang = ui_language()
            if lang != self._lang and self._inspection is not None:
                self._lang = lang
                self._push(self._inspection)
        super().changeEvent(event)

    # -- the contract with the shell ----------------------------------------------------------
    @property
    def inspection(self) -> Inspection | None:
        return self._inspection

    @property
    def inspection_id(self) -> str:
        return self._inspection.id if self._inspection else ""

    def load(self, inspection_id: str) -> None:
        """Show ``inspection_id`` at the roll call (``NotFound`` if it does not exist)."""
        self.flush()
        inspection = self._ctx.inspections.get(inspection_id)
        self._lang = ui_language()
        self._inspection = inspection
        self._push(inspection)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(0)
        self.steps.blockSignals(False)
        self.stack.setCurrentIndex(0)
        self._show_page(self.rollcall)
        self._emit_place()

    def restore_place(self, step: str, person_id: str | None) -> None:
        """Go back to ``step`` and ``person_id`` as saved by the shell (unknown ones ignored)."""
        if person_id:
            self.rollcall.select_person(person_id)
        if step in STEPS:
            self.show_step(step)
        self._emit_place()

    def current_step(self) -> str:
        return STEPS[max(self.steps.currentRow(), 0)]

    def show_step(self, step: str) -> None:
        self.steps.setCurrentRow(STEPS.index(step))

    def focus_search(self) -> None:
        """Ctrl+F from the main window: find a person (the roll call's filter)."""
        if self.current_step() != "rollcall":
            self.show_step("rollcall")
        self.rollcall.focus_search()

    def flush(self) -> None:
        """Save whatever a page has typed but not saved yet."""
        for page in self.pages.values():
            page.flush()

    def reload(self) -> None:
        """Read the inspection again and show it (after a change)."""
        if self._inspection is None:
            return
        self._inspection = self._ctx.inspections.get(self._inspection.id)
        self._push(self._inspection)

    # -- internals ----------------------------------------------------------------------------
    def _push(self, inspection: Inspection) -> None:
        self.header.show_inspection(inspection)
        current = self.stack.currentWidget()
        self._stale = set(self.pages.values())
        if isinstance(current, StepPage):
            self._show_page(current)
        self._update_progress(inspection)

    def _show_page(self, page: StepPage) -> None:
        if page in self._stale and self._inspection is not None:
            self._stale.discard(page)
            page.show_inspection(self._inspection, self._lang)

    def _update_progress(self, inspection: Inspection) -> None:
        called = sum(e.attendance is not None for e in inspection.staff)
        unit = [(f.id, i.id) for f in inspection.forms for i in f.unit_items()]
        answered = {
            (a.form_id, a.item_id)
            for a in inspection.answers
            if a.staff_entry_id is None and a.value is not None
        }
        self._progress = {
            "rollcall": f"{called}/{len(inspection.staff)}",
            "checklists": f"{sum(k in answered for k in unit)}/{len(unit)}",
        }
        for n, step in enumerate(STEPS):
            self._update_step_item(n, step)

    def _update_step_item(self, row: int, step: str) -> None:
        item = self.steps.item(row)
        progress = self._progress.get(step, "")
        text = f"{row + 1}  {_tr(STEP_TITLES[step])}"
        item.setText(f"{text}   {progress}" if progress else text)
        item.setToolTip(f"{_tr(STEP_TITLES[step])} (Alt+{row + 1})")

    def _emit_place(self) -> None:
        if self._inspection is not None:
            self.placeChanged.emit(
                self._inspection.id, self.current_step(), self.rollcall.current_person_id() or ""
            )

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_current_page)  # once the shell has shown the view

    @Slot()
    def _focus_current_page(self) -> None:
        page = self.stack.currentWidget()
        focus = QApplication.focusWidget()
        if (
            isinstance(page, StepPage)
            and self.isVisible()
            and (focus is None or not self.isAncestorOf(focus))
        ):
            page.focus_main()

    # -- slots --------------------------------------------------------------------------------
    @Slot(int)
    def _on_steps_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(STEPS):
            return
        previous = self.stack.currentWidget()
        if isinstance(previous, StepPage):
            previous.flush()
        page = self.pages[STEPS[row]]
        self.stack.setCurrentWidget(page)
        self._show_page(page)
        page.focus_main()
        self._emit_place()

    @Slot()
    def _on_page_changed(self) -> None:
        self.reload()

    @Slot(str)
    def _on_page_message(self, text: str) -> None:
        self.message_label.setText(text)
        self._message_timer.start()

    @Slot(str)
    def _on_rollcall_person_changed(self, _person_id: str) -> None:
        self._emit_place()

    @Slot(str)
    def _on_sign_open_requested(self, inspection_id: str) -> None:
        """An amendment was made: continue in it, at the roll call."""
        self.load(inspection_id)
        self._on_page_message(self.tr("Amendment created: correct it, complete it and sign it"))

    @Slot()
    def _on_back_button_clicked(self) -> None:
        self.flush()
        self.closed.emit()

    # -- complete and reopen ------------------------------------------------------------------
    @Slot()
    def _on_complete_button_clicked(self) -> None:
        if self._inspection is None or is_read_only(self._inspection):
            return
        self.flush()
        self.reload()
        assert self._inspection is not None
        missing = Missing.of(self._inspection, self._lang)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Complete the inspection"),
            self.tr(
                "Complete this inspection? It becomes read-only; changing it "
                "later needs the team head's name and a reason."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("completeConfirm")
        if missing.empty:
            box.setInformativeText(self.tr("Everything has been recorded."))
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText(self.tr("Not recorded yet:") + "\n" + "\n".join(missing.lines()))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Complete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(
            QMessageBox.StandardButton.No if not missing.empty else QMessageBox.StandardButton.Yes
        )
        box.finished.connect(self._on_complete_box_finished)
        self.complete_box = box
        box.open()

    @Slot(int)
    def _on_complete_box_finished(self, _result: int) -> None:
        box, self.complete_box = self.complete_box, None
        if box is None or self._inspection is None:
            return
        box.deleteLater()
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        with user_errors(self):
            self._ctx.inspections.complete(self._inspection.id)
        self.reload()
        self._on_page_message(self.tr("The inspection is completed and now read-only."))

    @Slot()
    def _on_reopen_button_clicked(self) -> None:
        if self._inspection is None:
            return
        head = self._inspection.head()
        dialog = ReopenDialog(head.full_name if head else "", self)
        dialog.submitted.connect(self._on_reopen_dialog_submitted)
        dialog.finished.connect(dialog.deleteLater)
        self.reopen_dialog = dialog
        dialog.open()

    @Slot(str, str)
    def _on_reopen_dialog_submitted(self, head_name: str, reason: str) -> None:
        dialog = self.reopen_dialog
        if dialog is None or self._inspection is None:
            return
        head = self._inspection.head()
        if head is None or clean_text(head_name).casefold() != head.full_name.casefold():
            dialog.show_error(self.tr("This is not the name of the team head of this inspection."))
            return
        try:
            self._ctx.inspections.reopen(self._inspection.id, head_name, reason)
        except UserError as exc:
            dialog.show_error(str(exc))
            return
        self.reopen_dialog = None
        dialog.accept()
        self.reload()
        self._on_page_message(self.tr("The inspection is open for changes again."))
