"""The inspections on this laptop, one row each (Home).

Home's first paint uses this model, so it never touches PySide6's ``Qt`` namespace: the first
use of ``Qt`` builds its 95 enums (~40 ms, a fifth of a bare window's start; ``docs/gui.md``).
The roles are plain ints (``Qt::ItemDataRole``'s values, fixed by Qt; a test compares them).
``headerData()`` is passed a ``Qt.Orientation``, which builds the namespace, so Home's table
header shows the column titles (:func:`column_titles`) from a header model of its own, and the
view never asks this model for them; ``headerData()`` answers whatever else asks (Qt's
accessibility: a screen reader reads the column names from the view's model).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)

from inspector_app.domain.summary import InspectionStatus, InspectionSummary
from inspector_app.i18n import PY_DATE_TIME_FORMAT

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

_Index = QModelIndex | QPersistentModelIndex

COL_UNIT = 0
COL_STARTED = 1
COL_HEAD = 2
COL_STATUS = 3
COL_DOCUMENT = 4
COLUMN_COUNT = 5

#: ``Qt.ItemDataRole``'s DisplayRole, ToolTipRole and UserRole as ints (see the module's doc).
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
USER_ROLE = 0x0100

IdRole = USER_ROLE
SortRole = USER_ROLE + 1
StatusRole = USER_ROLE + 2

_CONTEXT = "InspectionListModel"
_HEADERS = {
    COL_UNIT: QT_TRANSLATE_NOOP("InspectionListModel", "Unit"),
    COL_STARTED: QT_TRANSLATE_NOOP("InspectionListModel", "Date"),
    COL_HEAD: QT_TRANSLATE_NOOP("InspectionListModel", "Team head"),
    COL_STATUS: QT_TRANSLATE_NOOP("InspectionListModel", "Status"),
    COL_DOCUMENT: QT_TRANSLATE_NOOP("InspectionListModel", "Document no."),
}
STATUS_LABELS = {
    InspectionStatus.DRAFT: QT_TRANSLATE_NOOP("InspectionListModel", "Draft"),
    InspectionStatus.COMPLETED: QT_TRANSLATE_NOOP("InspectionListModel", "Completed"),
    InspectionStatus.SIGNED: QT_TRANSLATE_NOOP("InspectionListModel", "Signed"),
    InspectionStatus.SYNCED: QT_TRANSLATE_NOOP("InspectionListModel", "Sent"),
}


def column_title(column: int) -> str:
    """The title of ``column``, in the current language."""
    return QCoreApplication.translate(_CONTEXT, _HEADERS[column])


def column_titles() -> list[str]:
    """The column titles, in column order, in the current language."""
    return [column_title(col) for col in range(COLUMN_COUNT)]


def status_label(status: InspectionStatus) -> str:
    """The status as shown to the user, in the current language."""
    return QCoreApplication.translate(_CONTEXT, STATUS_LABELS[status])


def format_started(summary: InspectionSummary) -> str:
    return summary.started_at.astimezone().strftime(PY_DATE_TIME_FORMAT)


_FREE_TEXT = frozenset((COL_UNIT, COL_HEAD, COL_DOCUMENT))  # any length: may be cut short


class InspectionListModel(QAbstractTableModel):
    """The rows and, computed once per row when they arrive, the texts shown in each column.

    A view asks ``data()`` for a dozen roles per cell when it measures a column
    (``ResizeToContents``), so the common path is one list lookup.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[InspectionSummary] = []
        self._cells: list[tuple[str, ...]] = []  # the display text of each column, per row

    # -- feeding ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[InspectionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self._texts(row) for row in self._rows]
        self.endResetModel()

    def summary(self, row: int) -> InspectionSummary:
        return self._rows[row]

    def row_of(self, inspection_id: str) -> int:
        """The row showing ``inspection_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == inspection_id), -1)

    def retranslate(self) -> None:
        """The language changed: titles and status labels are shown anew."""
        from PySide6.QtCore import Qt  # not at the top: see the module's doc

        self._cells = [self._texts(row) for row in self._rows]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_STATUS),
                self.index(len(self._rows) - 1, COL_STATUS),
                [DISPLAY_ROLE],
            )

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._cells) and 0 <= col < COLUMN_COUNT):
            return None  # also an invalid index (-1, -1)
        if role == DISPLAY_ROLE or (role == TOOLTIP_ROLE and col in _FREE_TEXT):
            return self._cells[row][col]  # the tooltip shows a name cut short in full
        if role == IdRole:
            return self._rows[row].id
        if role == StatusRole:
            return self._rows[row].status.value
        if role == SortRole:
            summary = self._rows[row]
            return summary.started_at.timestamp() if col == COL_STARTED else self._cells[row][col]
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        from PySide6.QtCore import Qt  # not at the top: see the module's doc

        if (
            role == DISPLAY_ROLE
            and orientation == Qt.Orientation.Horizontal
            and section in _HEADERS
        ):
            return column_title(section)
        return None

    @staticmethod
    def _texts(row: InspectionSummary) -> tuple[str, ...]:
        """The texts of the columns, in column order (``COL_UNIT`` … ``COL_DOCUMENT``)."""
        return (
            row.unit_name,
            format_started(row),
            row.team_head,
            status_label(row.status),
            row.document_number,
        )
