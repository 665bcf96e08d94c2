"""The unit checklists as a tree: the sections of every form, each with its unit-level items.

Top-level rows are sections (title, "answered/total"); their children are the items (text, answer,
note). Staff-level items are answered in the roll call and do not appear here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from inspector_app.domain.findings import format_number
from inspector_app.domain.forms import COMPLIANT, NOT_APPLICABLE, NOT_COMPLIANT, Form, Item, Section
from inspector_app.domain.model import Answer, Inspection

Index = QModelIndex | QPersistentModelIndex

_CTX = "Checklist"
ANSWER_LABELS = {
    COMPLIANT: QT_TRANSLATE_NOOP("Checklist", "✓ Compliant"),
    NOT_COMPLIANT: QT_TRANSLATE_NOOP("Checklist", "✗ Not compliant"),
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("Checklist", "Not applicable"),
}
ANSWER_COLOURS = {COMPLIANT: "#0b5d1e", NOT_COMPLIANT: "#b3261e", NOT_APPLICABLE: "#5f6368"}
_SEVERITY = QT_TRANSLATE_NOOP("Checklist", "Severity")
SEVERITY_LABELS = {
    "minor": QT_TRANSLATE_NOOP("Checklist", "minor"),
    "major": QT_TRANSLATE_NOOP("Checklist", "major"),
    "critical": QT_TRANSLATE_NOOP("Checklist", "critical"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def display_value(item: Item, value: str | None, lang: str) -> str:
    """An answer as the user reads it: a translated mark, a choice's label, a number with unit."""
    if value is None:
        return ""
    if item.answer == "compliance":
        return tr(ANSWER_LABELS[value]) if value in ANSWER_LABELS else value
    if item.answer == "choice":
        return next((c.label.get(lang) for c in item.choices if c.value == value), value)
    if item.answer == "number":
        number = format_number(value, lang)
        unit = item.unit.get(lang) if item.unit else ""
        return f"{number}{unit}" if unit == "%" else f"{number} {unit}".strip()
    return value


def editable_value(item: Item, value: str | None, lang: str) -> str:
    """The value as it is typed back into the editor (numbers with the decimal sign of lang)."""
    if value is None:
        return ""
    if item.answer == "number" and not lang.lower().startswith("en"):
        return value.replace(".", ",")
    return value


@dataclass(frozen=True)
class UnitItem:
    form: Form
    section: Section
    item: Item

    @property
    def key(self) -> tuple[str, str]:
        return self.form.id, self.item.id


@dataclass(frozen=True)
class ChecklistGroup:
    form: Form
    section: Section
    items: tuple[UnitItem, ...]


def unit_groups(inspection: Inspection) -> tuple[ChecklistGroup, ...]:
    """The sections that have unit-level items, in form order."""
    groups: list[ChecklistGroup] = []
    for form in inspection.forms:
        for section in form.sections:
            items = tuple(UnitItem(form, section, i) for i in section.items if i.scope == "unit")
            if items:
                groups.append(ChecklistGroup(form, section, items))
    return tuple(groups)


class ChecklistModel(QAbstractItemModel):
    """Sections (top level) and their unit items (children). An item row's internal id is its
    section's row + 1; a section row's is 0."""

    COL_ITEM, COL_ANSWER, COL_NOTE = range(3)
    COLUMN_COUNT = 3
    HEADERS = (
        QT_TRANSLATE_NOOP("Checklist", "Item"),
        QT_TRANSLATE_NOOP("Checklist", "Result"),
        QT_TRANSLATE_NOOP("Checklist", "Note"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: tuple[ChecklistGroup, ...] = ()
        self._answers: dict[tuple[str, str], Answer] = {}
        self._lang = "vi"

    # -- data in ------------------------------------------------------------------------------
    def set_inspection(self, inspection: Inspection, lang: str) -> None:
        groups = unit_groups(inspection)
        answers: dict[tuple[str, str], Answer] = {}
        for a in inspection.answers:
            if a.staff_entry_id is None:
                answers.setdefault((a.form_id, a.item_id), a)
        same = lang == self._lang and _shape(groups) == _shape(self._groups)
        if not same:
            self.beginResetModel()
        self._groups, self._answers, self._lang = groups, answers, lang
        if not same:
            self.endResetModel()
            return
        for row, group in enumerate(groups):
            top = self.index(row, 0)
            self.dataChanged.emit(top, self.index(row, self.COLUMN_COUNT - 1))
            self.dataChanged.emit(
                self.index(0, 0, top), self.index(len(group.items) - 1, self.COLUMN_COUNT - 1, top)
            )

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        for row in range(len(self._groups)):
            top = self.index(row, 0)
            self.dataChanged.emit(top, self.index(row, self.COLUMN_COUNT - 1))
            n = len(self._groups[row].items)
            self.dataChanged.emit(
                self.index(0, 0, top), self.index(n - 1, self.COLUMN_COUNT - 1, top)
            )

    # -- data out -----------------------------------------------------------------------------
    def item_at(self, index: Index) -> UnitItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].items[index.row()]

    def index_of(self, key: tuple[str, str]) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, unit_item in enumerate(group.items):
                if unit_item.key == key:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    def answer(self, unit_item: UnitItem) -> Answer | None:
        return self._answers.get(unit_item.key)

    def value(self, unit_item: UnitItem) -> str | None:
        answer = self.answer(unit_item)
        return answer.value if answer else None

    def items(self) -> list[UnitItem]:
        return [i for g in self._groups for i in g.items]

    def progress(self) -> tuple[int, int]:
        """(answered, total) over every unit item."""
        every = self.items()
        return sum(self.value(i) is not None for i in every), len(every)

    # -- Qt model API -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMN_COUNT
        ):
            return tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        unit_item = self.item_at(index)
        return None if unit_item is None else self._item_data(unit_item, index.column(), role)

    def _group_data(self, group: ChecklistGroup, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_ITEM:
                return group.section.title.get(self._lang)
            if col == self.COL_ANSWER:
                done = sum(self.value(i) is not None for i in group.items)
                return f"{done}/{len(group.items)}"
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return group.form.title.get(self._lang)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _item_data(self, unit_item: UnitItem, col: int, role: int) -> Any:
        answer = self.answer(unit_item)
        value = answer.value if answer else None
        item = unit_item.item
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_ITEM:
                return item.text.get(self._lang)
            if col == self.COL_ANSWER:
                return display_value(item, value, self._lang)
            return answer.note if answer else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_ITEM:
            severity = tr(SEVERITY_LABELS[item.severity])
            return f"{item.text.get(self._lang)}\n{tr(_SEVERITY)}: {severity}"
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == self.COL_ANSWER
            and value in ANSWER_COLOURS
        ):
            return QBrush(QColor(ANSWER_COLOURS[value]))
        return None


def _shape(groups: tuple[ChecklistGroup, ...]) -> list[list[tuple[str, str]]]:
    return [[i.key for i in g.items] for g in groups]
