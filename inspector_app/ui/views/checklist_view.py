"""Unit checklists: the unit-level items of every form, section by section, one key per answer.

``1``/``C`` compliant, ``2``/``K`` not compliant (then a note, Esc to skip), ``3`` not
applicable; a choice item takes the number of its choice; number, time and text items open an
editor under the tree (a digit starts typing), checked by ``Item.validate_value`` with the error
beside the field. ``N`` notes any item, ``F1`` or ``?`` shows the guidance and the regulation.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.findings import format_number
from inspector_app.domain.forms import COMPLIANT, NOT_APPLICABLE, NOT_COMPLIANT, Item
from inspector_app.services.inspections import InspectionService
from inspector_app.ui.errors import user_errors
from inspector_app.ui.models.checklist_model import (
    SEVERITY_LABELS,
    ChecklistModel,
    UnitItem,
    editable_value,
)
from inspector_app.ui.models.checklist_model import tr as model_tr
from inspector_app.ui.views import SHIFT, InlineEditor, KeyTree, StepPage, plain_keys

_DIGITS = {getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(10)}
CHECKLIST_KEYS = plain_keys(
    {
        **_DIGITS,
        Qt.Key.Key_C: "c",
        Qt.Key.Key_K: "k",
        Qt.Key.Key_N: "note",
        Qt.Key.Key_F2: "edit",
        Qt.Key.Key_Return: "edit",
        Qt.Key.Key_Enter: "edit",
        Qt.Key.Key_Delete: "clear",
        Qt.Key.Key_Backspace: "clear",
        Qt.Key.Key_F1: "help",
        Qt.Key.Key_Question: "help",
    }
) | {(Qt.Key.Key_Question, SHIFT): "help"}
COMPLIANCE_KEYS = {
    "1": COMPLIANT,
    "c": COMPLIANT,
    "2": NOT_COMPLIANT,
    "k": NOT_COMPLIANT,
    "3": NOT_APPLICABLE,
}


class ChecklistView(StepPage):
    def __init__(self, service: InspectionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistView")
        self._service = service
        self._editing: tuple[str, tuple[str, str]] | None = None  # ("value"|"note", item key)
        self._advance_after_edit = False
        self._build()
        self._connect_signals()
        self.retranslate()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("checklistProgress")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedWidth(160)
        self.help_button = QPushButton(self)
        self.help_button.setObjectName("guidanceButton")
        self.help_button.setCheckable(True)

        self.model = ChecklistModel(self)
        self.tree = KeyTree(CHECKLIST_KEYS, self)
        self.tree.setObjectName("checklistTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ChecklistModel.COL_ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChecklistModel.COL_ANSWER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChecklistModel.COL_NOTE, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(ChecklistModel.COL_ANSWER, 170)
        self.tree.setColumnWidth(ChecklistModel.COL_NOTE, 200)

        self.guidance = QTextBrowser(self)
        self.guidance.setObjectName("guidancePanel")
        self.guidance.setOpenExternalLinks(False)
        self.guidance.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.guidance)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.editor = InlineEditor(self)
        self.legend = QLabel(self)
        self.legend.setObjectName("checklistLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet(
            "QLabel#checklistLegend { background: #f1f3f4; border-top: 1px solid #dadce0;"
            " padding: 4px 8px; }"
        )

        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addWidget(self.progress_bar)
        top.addStretch(1)
        top.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.legend)

    def _connect_signals(self) -> None:
        self.tree.command.connect(self._on_tree_command)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.model.modelReset.connect(self._on_model_model_reset)
        self.editor.accepted.connect(self._on_editor_accepted)
        self.editor.cancelled.connect(self._on_editor_cancelled)
        self.help_button.toggled.connect(self._on_help_button_toggled)

    def retranslate(self) -> None:
        self.help_button.setText(self.tr("Guidance (F1)"))
        self.help_button.setToolTip(self.tr("Show the guidance and the regulation of the item"))
        self.legend.setText(
            self.tr(
                "<b>1</b>/<b>C</b> compliant · <b>2</b>/<b>K</b> not compliant · "
                "<b>3</b> not applicable · choices: the choice's number · numbers, times, text: "
                "type, or <b>Enter</b>/<b>F2</b> · <b>N</b> note · <b>Del</b> clear · "
                "<b>↑↓</b> move · <b>F1</b>/<b>?</b> guidance"
            )
        )
        self.editor.retranslate()
        self.model.retranslate()
        self._update_progress()
        self._update_guidance()

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.inspection is None:
            return
        current = self.current_item()
        self.model.set_inspection(self.inspection, self._lang)
        if current is not None and self.current_item() != current:
            self.select_item(current.key)
        self._update_progress()
        self._update_guidance()

    def focus_main(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_item(self) -> UnitItem | None:
        return self.model.item_at(self.tree.currentIndex())

    def select_item(self, key: tuple[str, str]) -> bool:
        index = self.model.index_of(key)
        if not index.isValid():
            return False
        self.tree.move_to_row(index.row(), index.parent())
        return True

    def _select_first_unanswered(self) -> None:
        every = self.model.items()
        target = next((i for i in every if self.model.value(i) is None), None)
        target = target or (every[0] if every else None)
        if target is not None:
            self.select_item(target.key)

    def _next_item(self) -> None:
        every = self.model.items()
        current = self.current_item()
        if current is None or current not in every:
            return
        position = every.index(current)
        if position + 1 < len(every):
            self.select_item(every[position + 1].key)
        done, total = self.model.progress()
        if done == total:
            self.message.emit(self.tr("Every unit item is answered."))

    def _update_progress(self) -> None:
        done, total = self.model.progress()
        self.progress_label.setText(
            self.tr("%1/%2 items answered").replace("%1", str(done)).replace("%2", str(total))
        )
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _update_guidance(self) -> None:
        if not self.guidance.isVisible():
            return
        unit_item = self.current_item()
        if unit_item is None:
            self.guidance.setHtml(
                f"<p>{html.escape(self.tr('Choose an item to see its guidance.'))}</p>"
            )
            return
        self.guidance.setHtml(self._guidance_html(unit_item.item))

    def _guidance_html(self, item: Item) -> str:
        lang = self._lang
        parts = [
            f"<h3>{html.escape(item.text.get(lang))}</h3>",
            f"<p><b>{html.escape(self.tr('Severity'))}:</b> "
            f"{html.escape(model_tr(SEVERITY_LABELS[item.severity]))}</p>",
        ]
        if item.guidance is not None:
            parts.append(
                f"<p><b>{html.escape(self.tr('How to check'))}</b><br>"
                f"{html.escape(item.guidance.get(lang))}</p>"
            )
        if item.regulation:
            parts.append(
                f"<p><b>{html.escape(self.tr('Regulation'))}</b><br>"
                f"{html.escape(item.regulation)}</p>"
            )
        if item.answer == "choice":
            choices = "".join(
                f"<li>{n}. {html.escape(c.label.get(lang))}</li>"
                for n, c in enumerate(item.choices, start=1)
            )
            parts.append(f"<p><b>{html.escape(self.tr('Choices'))}</b></p><ol>{choices}</ol>")
        return "".join(parts)

    # -- answering ----------------------------------------------------------------------------
    def _save(self, unit_item: UnitItem, value: str | None, note: str | None = None) -> bool:
        if self.inspection is None:
            return False
        with user_errors(self) as outcome:
            self._service.set_answer(
                self.inspection.id, unit_item.form.id, unit_item.item.id, value, note=note
            )
        self.changed.emit()
        return not outcome.failed

    @Slot(str)
    def _on_tree_command(self, name: str) -> None:
        if name == "help":
            self.help_button.toggle()
            return
        unit_item = self.current_item()
        if unit_item is None:
            index = self.tree.currentIndex()
            if name == "edit" and index.isValid():
                self.tree.setExpanded(index, not self.tree.isExpanded(index))
            return
        if self.read_only:
            self.message.emit(
                self.tr("This inspection is completed and read-only; reopen it to change it.")
            )
            return
        item = unit_item.item
        if name == "note":
            self._open_note(unit_item)
        elif name == "clear":
            self._save(unit_item, None)
        elif item.answer == "compliance":
            self._answer_compliance(unit_item, name)
        elif item.answer == "choice":
            self._answer_choice(unit_item, name)
        elif name == "edit" or name.isdigit():
            self._open_value(unit_item, typed=name if name.isdigit() else "")

    def _answer_compliance(self, unit_item: UnitItem, name: str) -> None:
        value = COMPLIANCE_KEYS.get(name)
        if value is None:
            if name == "edit":
                self._next_item()
            return
        if not self._save(unit_item, value):
            return
        if value == NOT_COMPLIANT:
            self._advance_after_edit = True
            self._open_note(unit_item, why=True)
        else:
            self._next_item()

    def _answer_choice(self, unit_item: UnitItem, name: str) -> None:
        choices = unit_item.item.choices
        if name.isdigit() and 1 <= int(name) <= len(choices):
            if self._save(unit_item, choices[int(name) - 1].value):
                self._next_item()
        elif name == "edit":
            self._editing = ("value", unit_item.key)
            self.editor.open_choice(
                unit_item.item.text.get(self._lang),
                [f"{n}. {c.label.get(self._lang)}" for n, c in enumerate(choices, start=1)],
                [c.value for c in choices],
                self.model.value(unit_item),
            )

    def _open_value(self, unit_item: UnitItem, typed: str = "") -> None:
        item = unit_item.item
        self._editing = ("value", unit_item.key)
        text = typed or editable_value(item, self.model.value(unit_item), self._lang)
        prompt = item.text.get(self._lang)
        if item.answer == "number" and item.unit is not None:
            prompt += f" ({item.unit.get(self._lang)})"
        self.editor.open_text(
            prompt + ":", text, lambda t: self._validate(item, t), select_all=not typed
        )

    def _open_note(self, unit_item: UnitItem, *, why: bool = False) -> None:
        answer = self.model.answer(unit_item)
        self._editing = ("note", unit_item.key)
        prompt = (
            self.tr("Why not compliant? (a note; Esc to skip)")
            if why
            else self.tr("Note on “%1”:").replace("%1", unit_item.item.text.get(self._lang))
        )
        self.editor.open_text(prompt, answer.note if answer else "", select_all=False)

    def _validate(self, item: Item, text: str) -> str | None:
        try:
            return item.validate_value(text)
        except ValueError:
            raise ValueError(self._value_hint(item)) from None

    def _value_hint(self, item: Item) -> str:
        if item.answer == "time":
            return self.tr("Not a time: type hours and minutes, e.g. 07:30")
        if item.answer == "number":
            low = format_number(item.min, self._lang) if item.min is not None else ""
            high = format_number(item.max, self._lang) if item.max is not None else ""
            if low and high:
                return (
                    self.tr("Type a number from %1 to %2, without thousands separators")
                    .replace("%1", low)
                    .replace("%2", high)
                )
            if low:
                return self.tr(
                    "Type a number of at least %1, without thousands separators"
                ).replace("%1", low)
            return self.tr("Type a number, e.g. 95,5, without thousands separators")
        return self.tr("Not a valid answer")

    @Slot(object)
    def _on_editor_accepted(self, value: object) -> None:
        editing, self._editing = self._editing, None
        advance, self._advance_after_edit = self._advance_after_edit, False
        self.focus_main()
        if editing is None:
            return
        kind, key = editing
        unit_item = next((i for i in self.model.items() if i.key == key), None)
        if unit_item is None:
            return
        if kind == "note":
            saved = self._save(unit_item, self.model.value(unit_item), note=str(value or ""))
        else:
            saved = self._save(unit_item, None if value is None else str(value))
            advance = True
        if saved and advance:
            self.select_item(key)
            self._next_item()

    @Slot()
    def _on_editor_cancelled(self) -> None:
        self._editing = None
        advance, self._advance_after_edit = self._advance_after_edit, False
        self.focus_main()
        if advance:
            self._next_item()

    @Slot(QModelIndex, QModelIndex)
    def _on_tree_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_guidance()

    @Slot()
    def _on_model_model_reset(self) -> None:
        self.tree.expandAll()
        if not self.tree.currentIndex().isValid():
            self._select_first_unanswered()

    @Slot(bool)
    def _on_help_button_toggled(self, checked: bool) -> None:
        self.guidance.setVisible(checked)
        if checked:
            self.splitter.setSizes([3 * self.width() // 4, self.width() // 4])
        self._update_guidance()
        self.focus_main()
