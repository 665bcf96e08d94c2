"""The roll call as item models: one row per person, and the staff items of the current person.

:class:`RollCall` is the plain data the screen needs, built from an inspection (people in
Vietnamese name order, the staff items of its forms, the answers); the two Qt models only show it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from inspector_app.domain.forms import COMPLIANT, NOT_APPLICABLE, NOT_COMPLIANT, Item
from inspector_app.domain.model import Answer, AttendanceStatus, Inspection, StaffEntry
from inspector_app.domain.text import vn_name_sort_key

Index = QModelIndex | QPersistentModelIndex

STAFF_FORM_ID = "staff-discipline"
ATTIRE_ITEM_ID = "attire-neat"
BADGE_ITEM_ID = "badge-worn"

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The person's staff entry id, on every cell of a row."""

ABSENT = frozenset({AttendanceStatus.ABSENT_WITH_LEAVE, AttendanceStatus.ABSENT_WITHOUT_LEAVE})

_CTX = "RollCall"
STATUS_LABELS: dict[AttendanceStatus | None, str] = {
    None: QT_TRANSLATE_NOOP("RollCall", "Not recorded"),
    AttendanceStatus.AT_POST: QT_TRANSLATE_NOOP("RollCall", "At post"),
    AttendanceStatus.AWAY: QT_TRANSLATE_NOOP("RollCall", "Away from post"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("RollCall", "Late"),
    AttendanceStatus.ABSENT_WITH_LEAVE: QT_TRANSLATE_NOOP("RollCall", "Absent with leave"),
    AttendanceStatus.ABSENT_WITHOUT_LEAVE: QT_TRANSLATE_NOOP("RollCall", "Absent without leave"),
}
# (text, background) per status: the text says it, the colour only helps the eye.
STATUS_COLOURS: dict[AttendanceStatus | None, tuple[str, str]] = {
    None: ("#5f6368", "#ffffff"),
    AttendanceStatus.AT_POST: ("#0b5d1e", "#e3f4e6"),
    AttendanceStatus.AWAY: ("#7a4b00", "#fff1d6"),
    AttendanceStatus.LATE: ("#8a3b00", "#ffe4cc"),
    AttendanceStatus.ABSENT_WITH_LEAVE: ("#1d4e89", "#e3edf9"),
    AttendanceStatus.ABSENT_WITHOUT_LEAVE: ("#8c1d18", "#fbe1df"),
}
COMPLIANCE_COLOURS = {COMPLIANT: "#0b5d1e", NOT_COMPLIANT: "#b3261e", NOT_APPLICABLE: "#5f6368"}
COMPLIANCE_LABELS = {
    COMPLIANT: QT_TRANSLATE_NOOP("RollCall", "✓ Compliant"),
    NOT_COMPLIANT: QT_TRANSLATE_NOOP("RollCall", "✗ Not compliant"),
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("RollCall", "Not applicable"),
}
ATTIRE_LABELS = {
    COMPLIANT: QT_TRANSLATE_NOOP("RollCall", "✓ Neat"),
    NOT_COMPLIANT: QT_TRANSLATE_NOOP("RollCall", "✗ Not neat"),
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("RollCall", "Not applicable"),
}
BADGE_LABELS = {
    COMPLIANT: QT_TRANSLATE_NOOP("RollCall", "✓ Worn"),
    NOT_COMPLIANT: QT_TRANSLATE_NOOP("RollCall", "✗ Not worn"),
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("RollCall", "Not applicable"),
}


_ADDED_ON_SITE = QT_TRANSLATE_NOOP("RollCall", "Added on site (not on the roster)")


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_text(entry: StaffEntry) -> str:
    """The translated status, with the arrival time of a late person: "Đi muộn (07:52)"."""
    text = tr(STATUS_LABELS[entry.attendance])
    if entry.attendance is AttendanceStatus.LATE and entry.arrival_time is not None:
        text += f" ({entry.arrival_time:%H:%M})"
    return text


def fold(text: str) -> str:
    """Lower case without diacritics, so that "huong" finds "Hương" and "dat" finds "Đạt"."""
    text = text.casefold().replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class ItemRef:
    """A staff item of one of the inspection's forms."""

    form_id: str
    item: Item

    @property
    def key(self) -> tuple[str, str]:
        return self.form_id, self.item.id


@dataclass(frozen=True)
class RollCall:
    """What the roll-call screen shows of an inspection (plain data, no Qt)."""

    staff: tuple[StaffEntry, ...] = ()
    items: tuple[ItemRef, ...] = ()  # every staff item, in form order
    attire: ItemRef | None = None
    badge: ItemRef | None = None
    answers: Mapping[tuple[str, str, str], Answer] = field(default_factory=dict)

    @classmethod
    def of(cls, inspection: Inspection) -> RollCall:
        items = tuple(ItemRef(f.id, i) for f in inspection.forms for i in f.staff_items())

        def find(item_id: str) -> ItemRef | None:
            return next((r for r in items if r.key == (STAFF_FORM_ID, item_id)), None)

        answers: dict[tuple[str, str, str], Answer] = {}
        for a in inspection.answers:
            if a.staff_entry_id is not None:
                answers.setdefault((a.staff_entry_id, a.form_id, a.item_id), a)
        staff = tuple(sorted(inspection.staff, key=lambda e: (vn_name_sort_key(e.full_name), e.id)))
        return cls(staff, items, find(ATTIRE_ITEM_ID), find(BADGE_ITEM_ID), answers)

    @property
    def others(self) -> tuple[ItemRef, ...]:
        """The staff items that have no column of their own."""
        return tuple(r for r in self.items if r not in (self.attire, self.badge))

    def entry(self, entry_id: str) -> StaffEntry | None:
        return next((e for e in self.staff if e.id == entry_id), None)

    def answer(self, entry_id: str, ref: ItemRef) -> Answer | None:
        return self.answers.get((entry_id, *ref.key))

    def value(self, entry_id: str, ref: ItemRef) -> str | None:
        answer = self.answer(entry_id, ref)
        return answer.value if answer else None

    def unanswered(self, entry_id: str) -> list[ItemRef]:
        return [r for r in self.items if self.value(entry_id, r) is None]

    def is_asked(self, entry: StaffEntry) -> bool:
        """Absent people are not asked the staff items."""
        return entry.attendance not in ABSENT


def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


class RollCallModel(QAbstractTableModel):
    """One row per person: name, position and counter, status, attire, badge, other items, note.

    :meth:`set_roll_call` updates the rows in place when the people are the same (so the view
    keeps its current row and selection) and resets the model only when someone was added.
    """

    COL_NAME, COL_POSITION, COL_STATUS, COL_ATTIRE, COL_BADGE, COL_OTHER, COL_NOTE = range(7)
    COLUMN_COUNT = 7
    HEADERS = (
        QT_TRANSLATE_NOOP("RollCall", "Full name"),
        QT_TRANSLATE_NOOP("RollCall", "Position · Post"),
        QT_TRANSLATE_NOOP("RollCall", "Roll call"),
        QT_TRANSLATE_NOOP("RollCall", "Attire"),
        QT_TRANSLATE_NOOP("RollCall", "Badge"),
        QT_TRANSLATE_NOOP("RollCall", "Other items"),
        QT_TRANSLATE_NOOP("RollCall", "Note"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rc = RollCall()
        self._lang = "vi"

    @property
    def roll_call(self) -> RollCall:
        return self._rc

    def set_roll_call(self, rc: RollCall, lang: str = "vi") -> None:
        same_people = [e.id for e in rc.staff] == [e.id for e in self._rc.staff]
        self._lang = lang
        if not same_people:
            self.beginResetModel()
            self._rc = rc
            self.endResetModel()
            return
        self._rc = rc
        if rc.staff:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rc.staff) - 1, self.COLUMN_COUNT - 1)
            )

    def entry_at(self, row: int) -> StaffEntry:
        return self._rc.staff[row]

    def row_of(self, entry_id: str) -> int:
        return next((i for i, e in enumerate(self._rc.staff) if e.id == entry_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rc.staff:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rc.staff) - 1, self.COLUMN_COUNT - 1)
            )

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rc.staff)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(self.HEADERS[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._header_tooltip(section)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def _header_tooltip(self, section: int) -> str | None:
        if section == self.COL_OTHER and self._rc.others:
            return "\n".join(r.item.text.get(self._lang) for r in self._rc.others)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rc.staff):
            return None
        entry = self._rc.staff[index.row()]
        col = index.column()
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(entry, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == self.COL_STATUS:
            return _brush(STATUS_COLOURS[entry.attendance][1])
        return None

    # -- cells --------------------------------------------------------------------------------
    def _display(self, entry: StaffEntry, col: int) -> str:
        if col == self.COL_NAME:
            return entry.full_name + (" ＋" if entry.added_on_site else "")
        if col == self.COL_POSITION:
            return " · ".join(p for p in (entry.position, entry.counter) if p)
        if col == self.COL_STATUS:
            return status_text(entry)
        if col == self.COL_NOTE:
            return entry.note
        if not self._rc.is_asked(entry):
            return "—"
        if col == self.COL_ATTIRE:
            return self._mark(entry, self._rc.attire, ATTIRE_LABELS)
        if col == self.COL_BADGE:
            return self._mark(entry, self._rc.badge, BADGE_LABELS)
        if col == self.COL_OTHER:
            return self._others(entry)
        return ""

    def _mark(self, entry: StaffEntry, ref: ItemRef | None, labels: dict[str, str]) -> str:
        value = self._rc.value(entry.id, ref) if ref else None
        return tr(labels[value]) if value in labels else ""

    def _others(self, entry: StaffEntry) -> str:
        others = self._rc.others
        if not others:
            return ""
        values = [self._rc.value(entry.id, r) for r in others]
        failed = values.count(NOT_COMPLIANT)
        answered = sum(v is not None for v in values)
        if failed:
            return QCoreApplication.translate("RollCall", "✗ %n not compliant", None, failed)
        if answered == len(values):
            return f"✓ {answered}/{len(values)}"
        return f"{answered}/{len(values)}" if answered else ""

    def _tooltip(self, entry: StaffEntry, col: int) -> str | None:
        if col == self.COL_OTHER and self._rc.is_asked(entry):
            lines = []
            for ref in self._rc.others:
                value = self._rc.value(entry.id, ref)
                mark = tr(COMPLIANCE_LABELS[value]) if value in COMPLIANCE_LABELS else "…"
                lines.append(f"{mark} — {ref.item.text.get(self._lang)}")
            return "\n".join(lines) or None
        if col == self.COL_NOTE and entry.note:
            return entry.note
        if col == self.COL_NAME and entry.added_on_site:
            return tr(_ADDED_ON_SITE)
        return None

    def _foreground(self, entry: StaffEntry, col: int) -> QBrush | None:
        if col == self.COL_STATUS:
            return _brush(STATUS_COLOURS[entry.attendance][0])
        ref = {self.COL_ATTIRE: self._rc.attire, self.COL_BADGE: self._rc.badge}.get(col)
        if ref is not None and self._rc.is_asked(entry):
            value = self._rc.value(entry.id, ref)
            if value in COMPLIANCE_COLOURS:
                return _brush(COMPLIANCE_COLOURS[value])
        if col == self.COL_OTHER and self._rc.is_asked(entry):
            values = [self._rc.value(entry.id, r) for r in self._rc.others]
            if NOT_COMPLIANT in values:
                return _brush(COMPLIANCE_COLOURS[NOT_COMPLIANT])
        return None


class RollCallFilter(QSortFilterProxyModel):
    """Keeps the rows whose name, position, counter or note contain the typed text, ignoring
    case and diacritics. The order stays the model's (Vietnamese name order)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        if not isinstance(model, RollCallModel) or source_parent.isValid():
            return True
        e = model.entry_at(source_row)
        return self._needle in fold(" ".join((e.full_name, e.position, e.counter, e.note)))


class PersonItemsModel(QAbstractTableModel):
    """The staff items of one person with their answers (the side panel of the roll call)."""

    COL_ITEM, COL_ANSWER = range(2)
    COLUMN_COUNT = 2
    HEADERS = (
        QT_TRANSLATE_NOOP("RollCall", "Item"),
        QT_TRANSLATE_NOOP("RollCall", "Assessment"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rc = RollCall()
        self._entry: StaffEntry | None = None
        self._lang = "vi"

    def set_person(self, rc: RollCall, entry: StaffEntry | None, lang: str) -> None:
        same = (
            self._entry is not None
            and entry is not None
            and self._entry.id == entry.id
            and [r.key for r in rc.items] == [r.key for r in self._rc.items]
            and lang == self._lang
        )
        if same:
            self._rc, self._entry = rc, entry
            if rc.items:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rc.items) - 1, self.COLUMN_COUNT - 1)
                )
            return
        self.beginResetModel()
        self._rc, self._entry, self._lang = rc, entry, lang
        self.endResetModel()

    @property
    def entry(self) -> StaffEntry | None:
        return self._entry

    def ref_at(self, row: int) -> ItemRef:
        return self._rc.items[row]

    def _rows(self) -> tuple[ItemRef, ...]:
        return self._rc.items if self._entry is not None else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

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
        rows = self._rows()
        if not index.isValid() or not 0 <= index.row() < len(rows) or self._entry is None:
            return None
        ref = rows[index.row()]
        answer = self._rc.answer(self._entry.id, ref)
        value = answer.value if answer else None
        asked = self._rc.is_asked(self._entry)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.COL_ITEM:
                return ref.item.text.get(self._lang)
            if not asked:
                return "—"
            text = tr(COMPLIANCE_LABELS[value]) if value in COMPLIANCE_LABELS else (value or "")
            if answer is not None and answer.note:
                text += " ✎"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [ref.item.text.get(self._lang)]
            if answer is not None and answer.note:
                parts.append(answer.note)
            return "\n".join(parts)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.COL_ANSWER
            and asked
            and value in COMPLIANCE_COLOURS
        ):
            return _brush(COMPLIANCE_COLOURS[value])
        return None
