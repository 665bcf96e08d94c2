"""New inspection: unit, time, team, the unit's representatives, legal basis and forms."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QSize, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.model import InspectorInfo, TeamRole
from inspector_app.errors import UserError
from inspector_app.i18n import DATE_TIME_FORMAT, current_language
from inspector_app.services.inspections import DEFAULT_LEGAL_BASIS, ListFilter
from inspector_app.ui.errors import user_errors

if TYPE_CHECKING:
    from inspector_app.domain.forms import Form
    from inspector_app.services.context import AppContext

log = logging.getLogger(__name__)

IdRole = Qt.ItemDataRole.UserRole


def _inspector_label(person: InspectorInfo) -> str:
    return f"{person.full_name} — {person.position}" if person.position else person.full_name


class NewInspectionDialog(QDialog):
    """Creates the inspection with ``InspectionService.create``; ``created_id`` once accepted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newInspectionDialog")
        self._ctx = ctx
        self.created_id: str | None = None
        self._form_boxes: list[tuple[Form, QCheckBox]] = []
        self._legal_basis_year = 0
        self._build_ui()
        self._connect_signals()
        self._retranslate()
        self._load()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Roomy by default, never larger than the screen (1366x768 laptops)."""
        available = self.screen().availableGeometry().size() - QSize(40, 60)
        self.resize(self.sizeHint().expandedTo(QSize(1060, 660)).boundedTo(available))

    # -- building -----------------------------------------------------------------------------
    def _build_ui(self) -> None:
        # Unit and time
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("newUnit")
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_combo.setMinimumContentsLength(30)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        completer = self.unit_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.unit_info = QLabel()
        self.unit_info.setObjectName("newUnitInfo")
        self.unit_info.setWordWrap(True)
        self.unit_info.setEnabled(False)  # shown dimmed: a hint, not a field
        self.started_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.started_edit.setObjectName("newStarted")
        self.started_edit.setDisplayFormat(DATE_TIME_FORMAT)
        self.started_edit.setCalendarPopup(True)
        self.document_number = QLineEdit()
        self.document_number.setObjectName("newDocumentNumber")
        self.unit_group = QGroupBox()
        unit_form = QFormLayout(self.unit_group)
        self.unit_label, self.started_label, self.document_label = QLabel(), QLabel(), QLabel()
        unit_form.addRow(self.unit_label, self.unit_combo)
        unit_form.addRow("", self.unit_info)
        unit_form.addRow(self.started_label, self.started_edit)
        unit_form.addRow(self.document_label, self.document_number)

        # Team
        self.head_combo = QComboBox()
        self.head_combo.setObjectName("newHead")
        self.secretary_combo = QComboBox()
        self.secretary_combo.setObjectName("newSecretary")
        self.members_list = QListWidget()
        self.members_list.setObjectName("newMembers")
        self.members_list.setMinimumHeight(96)
        self.new_inspector_name = QLineEdit()
        self.new_inspector_name.setObjectName("newInspectorName")
        self.new_inspector_position = QLineEdit()
        self.new_inspector_position.setObjectName("newInspectorPosition")
        self.add_inspector_button = QPushButton()
        self.add_inspector_button.setObjectName("newInspectorAdd")
        self.add_inspector_button.setAutoDefault(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_inspector_name, 3)
        add_row.addWidget(self.new_inspector_position, 2)
        add_row.addWidget(self.add_inspector_button)
        self.team_group = QGroupBox()
        team_form = QFormLayout(self.team_group)
        self.head_label, self.secretary_label, self.members_label = QLabel(), QLabel(), QLabel()
        self.add_label = QLabel()
        team_form.addRow(self.head_label, self.head_combo)
        team_form.addRow(self.secretary_label, self.secretary_combo)
        team_form.addRow(self.members_label, self.members_list)
        team_form.addRow(self.add_label, add_row)

        # The unit's representatives
        self.reps_table = QTableWidget(0, 2)
        self.reps_table.setObjectName("newRepresentatives")
        self.reps_table.verticalHeader().hide()
        self.reps_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reps_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.reps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reps_table.setMinimumHeight(90)
        self.reps_table.setTabKeyNavigation(True)
        self.add_rep_button = QPushButton()
        self.add_rep_button.setAutoDefault(False)
        self.remove_rep_button = QPushButton()
        self.remove_rep_button.setAutoDefault(False)
        reps_buttons = QHBoxLayout()
        reps_buttons.addStretch(1)
        reps_buttons.addWidget(self.add_rep_button)
        reps_buttons.addWidget(self.remove_rep_button)
        self.reps_group = QGroupBox()
        reps_layout = QVBoxLayout(self.reps_group)
        reps_layout.addWidget(self.reps_table)
        reps_layout.addLayout(reps_buttons)

        # Forms and legal basis
        self.forms_group = QGroupBox()
        self.forms_layout = QVBoxLayout(self.forms_group)
        self.legal_basis = QPlainTextEdit()
        self.legal_basis.setObjectName("newLegalBasis")
        self.legal_basis.setTabChangesFocus(True)
        self.legal_basis.setMinimumHeight(110)
        self.legal_group = QGroupBox()
        QVBoxLayout(self.legal_group).addWidget(self.legal_basis)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("newOk")

        left = QVBoxLayout()
        left.addWidget(self.unit_group)
        left.addWidget(self.team_group, 1)
        right = QVBoxLayout()
        right.addWidget(self.reps_group, 1)
        right.addWidget(self.forms_group)
        right.addWidget(self.legal_group, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(8)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        for label, field in (
            (self.unit_label, self.unit_combo),
            (self.started_label, self.started_edit),
            (self.document_label, self.document_number),
            (self.head_label, self.head_combo),
            (self.secretary_label, self.secretary_combo),
            (self.members_label, self.members_list),
            (self.add_label, self.new_inspector_name),
        ):
            label.setBuddy(field)
        order = [
            self.unit_combo,
            self.started_edit,
            self.document_number,
            self.head_combo,
            self.secretary_combo,
            self.members_list,
            self.new_inspector_name,
            self.new_inspector_position,
            self.add_inspector_button,
            self.reps_table,
            self.add_rep_button,
            self.remove_rep_button,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.unit_combo.currentTextChanged.connect(self._on_unit_combo_currentTextChanged)
        self.started_edit.dateTimeChanged.connect(self._on_started_edit_dateTimeChanged)
        self.add_inspector_button.clicked.connect(self._on_add_inspector_button_clicked)
        self.new_inspector_name.returnPressed.connect(self._on_add_inspector_button_clicked)
        self.add_rep_button.clicked.connect(self._on_add_rep_button_clicked)
        self.remove_rep_button.clicked.connect(self._on_remove_rep_button_clicked)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New inspection"))
        self.unit_group.setTitle(self.tr("Unit and time"))
        self.unit_label.setText(self.tr("&Unit:"))
        self.unit_combo.lineEdit().setPlaceholderText(self.tr("Type to search the units…"))
        self.started_label.setText(self.tr("&Start time:"))
        self.document_label.setText(self.tr("&Document no.:"))
        self.document_number.setPlaceholderText(self.tr("optional, e.g. 15/BB-ĐKT"))
        self.team_group.setTitle(self.tr("Inspection team"))
        self.head_label.setText(self.tr("Team &head:"))
        self.secretary_label.setText(self.tr("Se&cretary:"))
        self.members_label.setText(self.tr("&Members:"))
        self.add_label.setText(self.tr("New &inspector:"))
        self.new_inspector_name.setPlaceholderText(self.tr("Full name"))
        self.new_inspector_position.setPlaceholderText(self.tr("Position"))
        self.add_inspector_button.setText(self.tr("Add"))
        self.add_inspector_button.setToolTip(self.tr("Add this person to the inspectors"))
        self.head_combo.setPlaceholderText(self.tr("Choose the team head"))
        if self.secretary_combo.count():
            self.secretary_combo.setItemText(0, self.tr("(none)"))
        self.reps_group.setTitle(self.tr("Representatives of the unit"))
        self.reps_table.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Position")])
        self.add_rep_button.setText(self.tr("Add &person"))
        self.remove_rep_button.setText(self.tr("&Remove"))
        self.forms_group.setTitle(self.tr("Forms to use"))
        language = current_language()
        for form, box in self._form_boxes:
            box.setText(form.title.get(language))
        self.legal_group.setTitle(self.tr("&Legal basis"))
        self.ok_button.setText(self.tr("Create and &open"))
        self._update_unit_info()

    # -- loading ------------------------------------------------------------------------------
    def _load(self) -> None:
        for unit in self._ctx.reference.list_units():
            label = f"{unit.name} ({unit.parent_name})" if unit.parent_name else unit.name
            self.unit_combo.addItem(label, unit.id)
        self.unit_combo.setCurrentIndex(-1)
        self.unit_combo.setEditText("")
        self._load_inspectors()
        head, members, secretary = self._default_team()
        self._select_team(head, members, secretary)
        language = current_language()
        for form in self._ctx.catalog.forms:
            box = QCheckBox(form.title.get(language))
            box.setObjectName(f"newForm-{form.id}")
            box.setChecked(form.default)
            if form.description:
                box.setToolTip(form.description.get(language))
            self.forms_layout.addWidget(box)
            self._form_boxes.append((form, box))
        self._set_default_legal_basis()
        self.add_representative_row()
        self.unit_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_inspectors(self) -> None:
        people = self._ctx.reference.list_inspectors()
        self.head_combo.clear()
        self.secretary_combo.clear()
        self.members_list.clear()
        self.secretary_combo.addItem(self.tr("(none)"), "")
        for person in people:
            label = _inspector_label(person)
            self.head_combo.addItem(label, person.id)
            self.secretary_combo.addItem(label, person.id)
            item = QListWidgetItem(label, self.members_list)
            item.setData(IdRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.head_combo.setCurrentIndex(-1)

    def _default_team(self) -> tuple[str | None, list[str], str | None]:
        """The team of the latest inspection (teams rarely change), else the profile as head."""
        latest = self._ctx.inspections.list(ListFilter(limit=1))
        if latest:
            team = self._ctx.inspections.get(latest[0].id).team
            head = next((m.inspector_id for m in team if m.role is TeamRole.HEAD), None)
            secretary = next((m.inspector_id for m in team if m.role is TeamRole.SECRETARY), None)
            return head, [m.inspector_id for m in team if m.role is TeamRole.MEMBER], secretary
        profile = self._ctx.reference.profile()
        return (profile.inspector.id if profile and profile.inspector else None), [], None

    def _select_team(self, head: str | None, members: list[str], secretary: str | None) -> None:
        self.head_combo.setCurrentIndex(self.head_combo.findData(head) if head else -1)
        self.secretary_combo.setCurrentIndex(max(0, self.secretary_combo.findData(secretary or "")))
        for row in range(self.members_list.count()):
            item = self.members_list.item(row)
            checked = item.data(IdRole) in members
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _set_default_legal_basis(self) -> None:
        year = self.started_edit.dateTime().date().year()
        current = self.legal_basis.toPlainText()
        if current and current != DEFAULT_LEGAL_BASIS.format(year=self._legal_basis_year):
            return  # edited by the user: keep it
        self.legal_basis.setPlainText(DEFAULT_LEGAL_BASIS.format(year=year))
        self._legal_basis_year = year

    # -- reading the fields -------------------------------------------------------------------
    def unit_id(self) -> str | None:
        text = self.unit_combo.currentText().strip()
        if not text:
            return None
        index = self.unit_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.unit_combo.itemData(index) if index >= 0 else None

    def member_ids(self) -> list[str]:
        return [
            self.members_list.item(r).data(IdRole)
            for r in range(self.members_list.count())
            if self.members_list.item(r).checkState() == Qt.CheckState.Checked
        ]

    def representatives(self) -> list[tuple[str, str]]:
        people = []
        for row in range(self.reps_table.rowCount()):
            name, position = (self.reps_table.item(row, col) for col in (0, 1))
            name_text = name.text().strip() if name else ""
            if name_text:
                people.append((name_text, position.text().strip() if position else ""))
        return people

    def form_ids(self) -> list[str]:
        return [form.id for form, box in self._form_boxes if box.isChecked()]

    def started_at(self) -> datetime:
        value: datetime = self.started_edit.dateTime().toPython()
        return value.replace(second=0, microsecond=0).astimezone()

    def add_representative_row(self, name: str = "", position: str = "") -> int:
        row = self.reps_table.rowCount()
        self.reps_table.insertRow(row)
        self.reps_table.setItem(row, 0, QTableWidgetItem(name))
        self.reps_table.setItem(row, 1, QTableWidgetItem(position))
        return row

    def _update_unit_info(self) -> None:
        unit_id = self.unit_id()
        if unit_id is None:
            self.unit_info.setText(self.tr("The unit's staff on duty are copied to the roll call."))
            return
        unit = self._ctx.reference.get_unit(unit_id)
        on_duty = sum(1 for p in self._ctx.reference.roster(unit_id) if p.on_duty)
        text = self.tr("%n staff on duty will be copied to the roll call.", "", on_duty)
        self.unit_info.setText(f"{unit.address}\n{text}" if unit.address else text)

    # -- slots --------------------------------------------------------------------------------
    @Slot(str)
    def _on_unit_combo_currentTextChanged(self, _text: str) -> None:  # noqa: N802
        self._update_unit_info()

    @Slot(QDateTime)
    def _on_started_edit_dateTimeChanged(self, _value: QDateTime) -> None:  # noqa: N802
        self._set_default_legal_basis()

    @Slot()
    def _on_add_inspector_button_clicked(self) -> None:
        name = self.new_inspector_name.text().strip()
        if not name:
            self.new_inspector_name.setFocus()
            return
        head, members, secretary = (
            self.head_combo.currentData(),
            self.member_ids(),
            self.secretary_combo.currentData(),
        )
        profile = self._ctx.reference.profile()
        agency_id = profile.inspector.agency_id if profile and profile.inspector else None
        with user_errors(self) as outcome:
            person = self._ctx.reference.add_inspector(
                name, self.new_inspector_position.text(), agency_id=agency_id
            )
        if outcome.failed:
            return
        self._load_inspectors()
        self._select_team(head, [*members, person.id], secretary)
        self.new_inspector_name.clear()
        self.new_inspector_position.clear()
        self.new_inspector_name.setFocus()

    @Slot()
    def _on_add_rep_button_clicked(self) -> None:
        row = self.add_representative_row()
        self.reps_table.setCurrentCell(row, 0)
        self.reps_table.setFocus()
        self.reps_table.editItem(self.reps_table.item(row, 0))

    @Slot()
    def _on_remove_rep_button_clicked(self) -> None:
        row = self.reps_table.currentRow()
        if row >= 0:
            self.reps_table.removeRow(row)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        with user_errors(self) as outcome:
            self.created_id = self._create()
        if not outcome.failed:
            self.accept()

    def _create(self) -> str:
        unit_id = self.unit_id()
        if unit_id is None:
            self.unit_combo.setFocus()
            raise UserError(self.tr("Choose the unit to inspect from the list."))
        head_id = self.head_combo.currentData()
        if not head_id:
            self.head_combo.setFocus()
            raise UserError(self.tr("Choose the team head."))
        form_ids = self.form_ids()
        if not form_ids:
            raise UserError(self.tr("Choose at least one form."))
        secretary_id = self.secretary_combo.currentData() or None
        inspection_id = self._ctx.inspections.create(
            unit_id,
            head_id=head_id,
            member_ids=self.member_ids(),
            secretary_id=secretary_id,
            representatives=self.representatives(),
            started_at=self.started_at(),
            legal_basis=self.legal_basis.toPlainText(),
            form_ids=form_ids,
            document_number=self.document_number.text(),
        )
        log.info("inspection %s created", inspection_id)
        return inspection_id
