"""Roll call: the inspection's staff in Vietnamese name order, recorded with one key per person.

The common case — someone at post, neat and wearing the badge — is one key: ``1`` (or Space or
``C``) sets "at post", answers every staff item not answered yet as compliant, and moves to the
next person. Exceptions are marked before that key: ``B`` then ``1`` for someone without a badge.
Every key is committed at once through the service; the table keeps its current row.
"""

from __future__ import annotations

import re
from datetime import datetime, time

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.forms import COMPLIANT, NOT_APPLICABLE, NOT_COMPLIANT
from inspector_app.domain.model import AttendanceStatus, StaffEntry
from inspector_app.services.inspections import InspectionService
from inspector_app.ui.dialogs.add_person_dialog import AddPersonDialog
from inspector_app.ui.errors import user_errors
from inspector_app.ui.models.rollcall_model import (
    ENTRY_ID_ROLE,
    ItemRef,
    PersonItemsModel,
    RollCall,
    RollCallFilter,
    RollCallModel,
    status_text,
)
from inspector_app.ui.views import CTRL, InlineEditor, KeyTable, StepPage, plain_keys

#: Keys of the roll-call table and what they do.
TABLE_KEYS = plain_keys(
    {
        Qt.Key.Key_1: "at_post",
        Qt.Key.Key_Space: "at_post",
        Qt.Key.Key_C: "at_post",
        Qt.Key.Key_2: "away",
        Qt.Key.Key_3: "late",
        Qt.Key.Key_4: "with_leave",
        Qt.Key.Key_5: "without_leave",
        Qt.Key.Key_A: "attire",
        Qt.Key.Key_B: "badge",
        Qt.Key.Key_N: "note",
        Qt.Key.Key_F2: "note",
        Qt.Key.Key_Delete: "clear",
        Qt.Key.Key_Backspace: "clear",
        Qt.Key.Key_Return: "next",
        Qt.Key.Key_Enter: "next",
        Qt.Key.Key_Home: "first",
        Qt.Key.Key_End: "last",
    }
) | {(Qt.Key.Key_F, CTRL): "find"}
#: Keys of the current person's list of staff items.
ITEM_KEYS = plain_keys(
    {
        Qt.Key.Key_1: COMPLIANT,
        Qt.Key.Key_C: COMPLIANT,
        Qt.Key.Key_Space: COMPLIANT,
        Qt.Key.Key_2: NOT_COMPLIANT,
        Qt.Key.Key_K: NOT_COMPLIANT,
        Qt.Key.Key_3: NOT_APPLICABLE,
        Qt.Key.Key_N: "note",
        Qt.Key.Key_F2: "note",
        Qt.Key.Key_Delete: "clear",
        Qt.Key.Key_Backspace: "clear",
        Qt.Key.Key_Escape: "back",
    }
) | {(Qt.Key.Key_F, CTRL): "find"}
STATUS_OF_COMMAND = {
    "at_post": AttendanceStatus.AT_POST,
    "away": AttendanceStatus.AWAY,
    "late": AttendanceStatus.LATE,
    "with_leave": AttendanceStatus.ABSENT_WITH_LEAVE,
    "without_leave": AttendanceStatus.ABSENT_WITHOUT_LEAVE,
}
#: After these statuses, the staff items not answered yet are answered "compliant".
FILL_COMPLIANT = frozenset({AttendanceStatus.AT_POST, AttendanceStatus.LATE})

_CLOCK = re.compile(r"(\d{1,2})(?:[:hH.,]|(?=\d{2}$))(\d{2})")


def parse_clock(text: str) -> time | None:
    """``"7:52"``, ``"07:52"``, ``"7h52"``, ``"752"`` or ``"0752"`` as 07:52; ``None`` if not."""
    match = _CLOCK.fullmatch(text.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return time(int(match[1]), int(match[2]))


class RollCallView(StepPage):
    """The roll-call step. :attr:`personChanged` carries the current person's entry id."""

    personChanged = Signal(str)

    def __init__(self, service: InspectionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollCallView")
        self._service = service
        self._rc = RollCall()
        self._late_target: str | None = None  # whose arrival time is being typed
        self._note_target: tuple[str, ItemRef | None] | None = None  # whose note (and item)
        self.confirm_box: QMessageBox | None = None
        self.add_dialog: AddPersonDialog | None = None
        self._build()
        self._connect_signals()
        self.retranslate()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("rollCallFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("rollCallCounts")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addPersonButton")
        self.all_button = QPushButton(self)
        self.all_button.setObjectName("allAtPostButton")

        self.model = RollCallModel(self)
        self.proxy = RollCallFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = KeyTable(TABLE_KEYS, self)
        self.table.setObjectName("rollCallTable")
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(26)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for col, width in (
            (RollCallModel.COL_NAME, 180),
            (RollCallModel.COL_POSITION, 165),
            (RollCallModel.COL_STATUS, 140),
            (RollCallModel.COL_ATTIRE, 110),
            (RollCallModel.COL_BADGE, 95),
            (RollCallModel.COL_OTHER, 100),
        ):
            self.table.setColumnWidth(col, width)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._build_person_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([880, 280])

        self.editor = InlineEditor(self)
        self.legend = QLabel(self)
        self.legend.setObjectName("rollCallLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet(
            "QLabel#rollCallLegend { background: #f1f3f4; border-top: 1px solid #dadce0;"
            " padding: 4px 8px; }"
        )

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 2)
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.legend)
        self.setTabOrder(self.filter_edit, self.table)
        self.setTabOrder(self.table, self.items_table)

        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.all_shortcut = QShortcut(QKeySequence("Ctrl+Shift+A"), self, context=scope)
        self.add_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self, context=scope)

    def _build_person_panel(self) -> QWidget:
        panel = QWidget(self)
        panel.setObjectName("personPanel")
        self.person_title = QLabel(panel)
        self.person_title.setObjectName("personTitle")
        self.person_title.setWordWrap(True)
        self.person_title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.person_details = QLabel(panel)
        self.person_details.setWordWrap(True)
        self.items_model = PersonItemsModel(self)
        self.items_table = KeyTable(ITEM_KEYS, panel)
        self.items_table.setObjectName("personItemsTable")
        self.items_table.setModel(self.items_model)
        self.items_table.verticalHeader().hide()
        self.items_table.setWordWrap(True)
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(PersonItemsModel.COL_ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            PersonItemsModel.COL_ANSWER, QHeaderView.ResizeMode.ResizeToContents
        )
        self.items_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.items_hint = QLabel(panel)
        self.items_hint.setWordWrap(True)
        self.items_hint.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.person_title)
        layout.addWidget(self.person_details)
        layout.addWidget(self.items_table, 1)
        layout.addWidget(self.items_hint)
        return panel

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.table.command.connect(self._on_table_command)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.items_table.command.connect(self._on_items_table_command)
        self.editor.accepted.connect(self._on_editor_accepted)
        self.editor.cancelled.connect(self._on_editor_cancelled)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.all_button.clicked.connect(self._on_all_button_clicked)
        self.all_shortcut.activated.connect(self._on_all_button_clicked)
        self.add_shortcut.activated.connect(self._on_add_button_clicked)
        self.proxy.modelReset.connect(self._on_proxy_model_reset)

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(
            self.tr("Find by name, position or counter… (Ctrl+F; Esc clears)")
        )
        self.add_button.setText(self.tr("Add person…"))
        self.add_button.setToolTip(self.tr("Add a person not on the roster (Ctrl+Shift+N)"))
        self.all_button.setText(self.tr("Everyone left: at post, compliant"))
        self.all_button.setToolTip(
            self.tr("Record everyone not yet called as at post and compliant (Ctrl+Shift+A)")
        )
        self.legend.setText(
            self.tr(
                "<b>1</b>/<b>Space</b> at post, compliant → next · <b>2</b> away from post · "
                "<b>3</b> late (type the arrival time) · <b>4</b> absent with leave · "
                "<b>5</b> absent without leave · <b>A</b> attire · <b>B</b> badge · "
                "<b>N</b>/<b>F2</b> note · <b>Del</b> clear · <b>↑↓</b>/<b>Enter</b>/<b>Home</b>/"
                "<b>End</b> move · "
                "<b>Tab</b> this person's other items · <b>Ctrl+F</b> find · "
                "<b>Ctrl+Shift+A</b> everyone left at post · <b>Ctrl+Shift+N</b> add a person"
            )
        )
        self.items_hint.setText(
            self.tr(
                "<b>1</b> compliant · <b>2</b> not compliant · <b>3</b> not applicable · "
                "<b>N</b> note · <b>Esc</b> back to the list"
            )
        )
        self.editor.retranslate()
        self.model.retranslate()
        self._update_counts()
        self._update_person_panel()

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.inspection is None:
            return
        current = self.current_person_id()
        self._rc = RollCall.of(self.inspection)
        self.model.set_roll_call(self._rc, self._lang)
        self.table.setColumnHidden(RollCallModel.COL_ATTIRE, self._rc.attire is None)
        self.table.setColumnHidden(RollCallModel.COL_BADGE, self._rc.badge is None)
        self.table.setColumnHidden(RollCallModel.COL_OTHER, not self._rc.others)
        if current and self.current_person_id() != current:
            self.select_person(current)
        elif not self.table.currentIndex().isValid():
            self.table.move_to_row(0)
        for button in (self.add_button, self.all_button):
            button.setEnabled(not self.read_only)
        self._update_counts()
        self._update_person_panel()

    def focus_main(self) -> None:
        if self.isVisible() and not self.isActiveWindow():
            self.activateWindow()  # back from a dialog: some platforms leave no window active
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def current_person_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ENTRY_ID_ROLE) if index.isValid() else None

    def current_entry(self) -> StaffEntry | None:
        entry_id = self.current_person_id()
        return self._rc.entry(entry_id) if entry_id else None

    def select_person(self, entry_id: str) -> bool:
        """Make ``entry_id`` the current row (clearing the filter if it hides the person)."""
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.move_to_row(index.row())
        return True

    def _update_counts(self) -> None:
        total = len(self._rc.staff)
        done = sum(e.attendance is not None for e in self._rc.staff)
        self.counts_label.setText(
            self.tr("Called: %1/%2").replace("%1", str(done)).replace("%2", str(total))
        )

    def _update_person_panel(self) -> None:
        entry = self.current_entry()
        self.items_model.set_person(self._rc, entry, self._lang)
        if entry is None:
            self.person_title.setText(self.tr("Nobody selected"))
            self.person_details.clear()
            return
        self.person_title.setText(entry.full_name)
        lines = [" · ".join(p for p in (entry.position, entry.counter) if p), status_text(entry)]
        if entry.note:
            lines.append(self.tr("Note: %1").replace("%1", entry.note))
        self.person_details.setText("\n".join(line for line in lines if line))

    # -- recording ----------------------------------------------------------------------------
    def _writable(self) -> bool:
        if self.read_only:
            self.message.emit(
                self.tr("This inspection is completed and read-only; reopen it to change it.")
            )
            return False
        return True

    def set_status(
        self, entry: StaffEntry, status: AttendanceStatus | None, arrival: time | None = None
    ) -> bool:
        """Record ``status``; for people present, answer their unanswered items "compliant"."""
        if self.inspection is None:
            return False
        with user_errors(self) as outcome:
            self._service.set_attendance(self.inspection.id, entry.id, status, arrival)
            if status in FILL_COMPLIANT:
                self._fill_compliant(entry.id)
        self.changed.emit()
        return not outcome.failed

    def _fill_compliant(self, entry_id: str) -> None:
        assert self.inspection is not None
        for ref in self._rc.unanswered(entry_id):
            if ref.item.answer == "compliance":
                self._service.set_answer(
                    self.inspection.id, ref.form_id, ref.item.id, COMPLIANT, staff_entry_id=entry_id
                )

    def _set_item(
        self, entry: StaffEntry, ref: ItemRef, value: str | None, note: str | None = None
    ) -> None:
        if self.inspection is None:
            return
        with user_errors(self):
            self._service.set_answer(
                self.inspection.id,
                ref.form_id,
                ref.item.id,
                value,
                note=note,
                staff_entry_id=entry.id,
            )
        self.changed.emit()

    def _toggle(self, entry: StaffEntry, ref: ItemRef | None) -> None:
        if ref is None:
            return
        if not self._rc.is_asked(entry):
            self.message.emit(self.tr("People who are absent are not assessed."))
            return
        value = NOT_COMPLIANT if self._rc.value(entry.id, ref) != NOT_COMPLIANT else COMPLIANT
        self._set_item(entry, ref, value)

    def _next_row(self) -> None:
        row = self.table.currentIndex().row()
        if row + 1 < self.proxy.rowCount():
            self.table.move_to_row(row + 1)
        elif all(e.attendance is not None for e in self._rc.staff):
            self.message.emit(self.tr("Everyone on the list has been called."))

    @Slot(str)
    def _on_table_command(self, name: str) -> None:
        if name == "next":
            self._next_row()
            return
        if name == "find":
            self.focus_search()
            return
        if name in ("first", "last"):
            self.table.move_to_row(0 if name == "first" else self.proxy.rowCount() - 1)
            return
        entry = self.current_entry()
        if entry is None or not self._writable():
            return
        if name == "late":
            self._ask_arrival(entry)
        elif name in STATUS_OF_COMMAND:
            if self.set_status(entry, STATUS_OF_COMMAND[name]):
                self._next_row()
        elif name == "attire":
            self._toggle(entry, self._rc.attire)
        elif name == "badge":
            self._toggle(entry, self._rc.badge)
        elif name == "note":
            self._note_target = (entry.id, None)
            self.editor.open_text(
                self.tr("Note on %1:").replace("%1", entry.full_name), entry.note, select_all=False
            )
        elif name == "clear":
            self.set_status(entry, None)

    def _ask_arrival(self, entry: StaffEntry) -> None:
        self._late_target = entry.id
        shown = entry.arrival_time or datetime.now().time()
        self.editor.open_text(
            self.tr("%1 arrived at (hours:minutes):").replace("%1", entry.full_name),
            f"{shown:%H:%M}",
            self._validate_clock,
        )

    def _validate_clock(self, text: str) -> str:
        value = parse_clock(text)
        if value is None:
            raise ValueError(self.tr("Not a time; type e.g. 07:52 or 752"))
        return f"{value:%H:%M}"

    @Slot(object)
    def _on_editor_accepted(self, value: object) -> None:
        late, note = self._late_target, self._note_target
        self._late_target = self._note_target = None
        self.focus_main()
        if late is not None:
            entry = self._rc.entry(late)
            arrival = parse_clock(str(value))
            if entry is not None and self.set_status(entry, AttendanceStatus.LATE, arrival):
                self.select_person(entry.id)
                self._next_row()
        elif note is not None:
            self._save_note(*note, text=str(value or ""))

    def _save_note(self, entry_id: str, ref: ItemRef | None, text: str) -> None:
        entry = self._rc.entry(entry_id)
        if entry is None or self.inspection is None:
            return
        if ref is None:
            with user_errors(self):
                self._service.set_staff_note(self.inspection.id, entry_id, text)
            self.changed.emit()
        else:
            self._set_item(entry, ref, self._rc.value(entry_id, ref), note=text)
            self.items_table.setFocus()

    @Slot()
    def _on_editor_cancelled(self) -> None:
        back_to_items = self._note_target is not None and self._note_target[1] is not None
        self._late_target = self._note_target = None
        if back_to_items:
            self.items_table.setFocus()
        else:
            self.focus_main()

    @Slot(str)
    def _on_items_table_command(self, name: str) -> None:
        if name in ("back", "find"):
            self.focus_search() if name == "find" else self.focus_main()
            return
        entry = self.current_entry()
        index = self.items_table.currentIndex()
        if entry is None or not index.isValid() or not self._writable():
            return
        if not self._rc.is_asked(entry):
            self.message.emit(self.tr("People who are absent are not assessed."))
            return
        ref = self.items_model.ref_at(index.row())
        if name == "note":
            answer = self._rc.answer(entry.id, ref)
            self._note_target = (entry.id, ref)
            self.editor.open_text(
                self.tr("Note on “%1”:").replace("%1", ref.item.text.get(self._lang)),
                answer.note if answer else "",
                select_all=False,
            )
            return
        if ref.item.answer != "compliance" and name != "clear":
            self.message.emit(self.tr("This item is not answered compliant / not compliant."))
            return
        self._set_item(entry, ref, None if name == "clear" else name)
        if name != "clear":
            self.items_table.move_to_row(index.row() + 1)

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_person_panel()
        self.personChanged.emit(current.data(ENTRY_ID_ROLE) if current.isValid() else "")

    @Slot()
    def _on_proxy_model_reset(self) -> None:
        if not self.table.currentIndex().isValid():
            self.table.move_to_row(0)

    # -- the filter ---------------------------------------------------------------------------
    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        current = self.current_person_id()
        self.proxy.set_text(text)
        if current:
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(current), 0))
            if index.isValid():
                self.table.move_to_row(index.row())
                return
        self.table.move_to_row(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.filter_edit.clear()
                self.focus_main()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self.focus_main()
                return True
        return super().eventFilter(watched, event)

    # -- whole-list actions -------------------------------------------------------------------
    @Slot()
    def _on_all_button_clicked(self) -> None:
        if not self._writable():
            return
        remaining = [e for e in self._rc.staff if e.attendance is None]
        if not remaining:
            self.message.emit(self.tr("Everyone on the list has been called."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Everyone left at post"),
            self.tr(
                "Record the %1 people not yet called as at post, and every item not yet "
                "assessed as compliant?"
            ).replace("%1", str(len(remaining))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("allAtPostConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Record at post"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(self._on_confirm_box_finished)
        self.confirm_box = box
        box.open()

    @Slot(int)
    def _on_confirm_box_finished(self, _result: int) -> None:
        box, self.confirm_box = self.confirm_box, None
        if box is None:
            return
        box.deleteLater()
        yes = box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
        if yes and self.inspection is not None:
            with user_errors(self):
                for entry in [e for e in self._rc.staff if e.attendance is None]:
                    self._service.set_attendance(
                        self.inspection.id, entry.id, AttendanceStatus.AT_POST
                    )
                    self._fill_compliant(entry.id)
            self.changed.emit()
        self.focus_main()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        if not self._writable():
            return
        dialog = AddPersonDialog(self)
        dialog.accepted.connect(self._on_add_dialog_accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.add_dialog = dialog
        dialog.open()

    @Slot()
    def _on_add_dialog_accepted(self) -> None:
        dialog, self.add_dialog = self.add_dialog, None
        if dialog is None or self.inspection is None:
            return
        name, position, counter = dialog.values()
        entry_id = ""
        with user_errors(self):
            entry_id = self._service.add_staff_entry(self.inspection.id, name, position, counter)
        self.changed.emit()
        if entry_id:
            self.select_person(entry_id)
        self.focus_main()
