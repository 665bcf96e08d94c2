"""The inspection screens: one page per step of the on-site flow, hosted by
:class:`~inspector_app.ui.views.inspection_view.InspectionView`.

This module holds what every page shares: the :class:`StepPage` base (how the host hands a page
the inspection and learns that the page changed it) and :class:`InlineEditor`, the one-line editor
that opens under a table for an arrival time, a note or a value, so that the keyboard never leaves
the screen for a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QTreeView,
    QWidget,
)

from inspector_app.domain.model import Inspection, InspectionStatus

Validator = Callable[[str], str | None]
"""Turns typed text into the value to store, or raises :class:`ValueError` with the reason."""


def is_read_only(inspection: Inspection | None) -> bool:
    return inspection is None or inspection.status is not InspectionStatus.DRAFT


def ui_language() -> str:
    """``"en"`` or ``"vi"``: the UI language (the default locale the shell sets with the
    translators), used for the texts of the forms and the drafts."""
    return "en" if QLocale().name().lower().startswith("en") else "vi"


# --------------------------------------------------------------------------- keyboard

KeyMap = dict[tuple[Qt.Key, Qt.KeyboardModifier], str]
NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def plain_keys(keys: dict[Qt.Key, str]) -> KeyMap:
    """A key map of keys pressed without a modifier."""
    return {(key, NO_MOD): name for key, name in keys.items()}


def key_of(event: QKeyEvent) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    """An event's key and modifiers, the keypad flag left out (so the keypad's 1 is a 1)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return Qt.Key(event.key()), Qt.KeyboardModifier(mods)


class _KeyCommands:
    """Turns the keys of ``self._keys`` into ``self.command`` signals. While the view has the
    focus its keys win over the window's shortcuts (Ctrl+F finds in this list, F1 opens this
    screen's guidance)."""

    _keys: KeyMap
    command: Signal

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and key_of(event) in self._keys
        ):
            event.accept()
            return True
        return super().event(event)  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        name = self._keys.get(key_of(event))
        if name is not None:
            event.accept()
            self.command.emit(name)
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def move_to_row(self, row: int, parent: QModelIndex | None = None) -> None:
        """Make ``row`` (of ``parent``) the current, selected row and show it."""
        view: QAbstractItemView = self  # type: ignore[assignment]
        model = view.model()
        parent = parent or QModelIndex()
        if model is None or not 0 <= row < model.rowCount(parent):
            return
        index = model.index(row, 0, parent)
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)


def _setup_key_view(view: QAbstractItemView) -> None:
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


class KeyTable(_KeyCommands, QTableView):
    """A table answering single keys with :attr:`command` (see :class:`_KeyCommands`)."""

    command = Signal(str)

    def __init__(self, keys: KeyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = keys
        _setup_key_view(self)
        self.setWordWrap(False)


class KeyTree(_KeyCommands, QTreeView):
    """A tree answering single keys with :attr:`command` (see :class:`_KeyCommands`)."""

    command = Signal(str)

    def __init__(self, keys: KeyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = keys
        _setup_key_view(self)


class StepPage(QWidget):
    """One step of the inspection. The host calls :meth:`show_inspection` with fresh data after
    every change; a page that changed something through the service emits :attr:`changed`."""

    changed = Signal()
    message = Signal(str)  # a short status line for the host to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inspection: Inspection | None = None
        self._lang = "vi"

    @property
    def inspection(self) -> Inspection | None:
        return self._inspection

    @property
    def read_only(self) -> bool:
        return is_read_only(self._inspection)

    def show_inspection(self, inspection: Inspection, lang: str) -> None:
        """Show ``inspection`` (texts of the forms in ``lang``), keeping the current row."""
        self._inspection = inspection
        self._lang = lang
        self.refresh()

    def refresh(self) -> None:
        """Fill the widgets from :attr:`inspection` (pages override)."""

    def flush(self) -> None:
        """Save anything typed but not saved yet (pages with text fields override)."""

    def retranslate(self) -> None:
        """Set every text again in the current UI language (pages override)."""

    def focus_main(self) -> None:
        """Give the keyboard to the page's main widget (pages override)."""
        self.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class InlineEditor(QFrame):
    """A one-line editor shown under a table: a prompt, a field, and the error next to it.

    Enter accepts (the validator may refuse, and the error stays beside the field), Esc cancels.
    The field is a line edit, or a drop-down list when :meth:`open_choice` is used.
    """

    accepted = Signal(object)  # the validated value (str, or None to clear)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._validator: Validator | None = None
        self._choices: list[str] = []
        self.prompt = QLabel(self)
        self.prompt.setObjectName("inlinePrompt")
        self.line = QLineEdit(self)
        self.line.setObjectName("inlineLine")
        self.combo = QComboBox(self)
        self.combo.setObjectName("inlineCombo")
        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #5f6368;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.prompt)
        layout.addWidget(self.line, 2)
        layout.addWidget(self.combo, 2)
        layout.addWidget(self.error, 1)
        layout.addWidget(self.hint)
        self.line.installEventFilter(self)
        self.combo.installEventFilter(self)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Enter: save · Esc: cancel"))

    @property
    def field(self) -> QWidget:
        return self.combo if self.combo.isVisible() else self.line

    def open_text(
        self,
        prompt: str,
        text: str = "",
        validator: Validator | None = None,
        *,
        select_all: bool = True,
    ) -> None:
        self._validator = validator
        self._choices = []
        self.prompt.setText(prompt)
        self.error.clear()
        self.combo.hide()
        self.line.show()
        self.line.setText(text)
        self.show()
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)
        if select_all:
            self.line.selectAll()
        else:
            self.line.end(False)

    def open_choice(
        self, prompt: str, labels: Sequence[str], values: Sequence[str], current: str | None
    ) -> None:
        self._validator = None
        self._choices = list(values)
        self.prompt.setText(prompt)
        self.error.clear()
        self.line.hide()
        self.combo.clear()
        self.combo.addItems(list(labels))
        self.combo.setCurrentIndex(self._choices.index(current) if current in self._choices else 0)
        self.combo.show()
        self.show()
        self.combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def close_editor(self) -> None:
        self.hide()
        self.error.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._accept()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_editor()
                self.cancelled.emit()
                return True
        return super().eventFilter(watched, event)

    def _accept(self) -> None:
        if self._choices:
            value: str | None = self._choices[self.combo.currentIndex()]
        else:
            value = self.line.text()
            if self._validator is not None:
                try:
                    value = self._validator(value)
                except ValueError as exc:
                    self.show_error(str(exc))
                    return
        self.close_editor()
        self.accepted.emit(value)


class Debouncer(QObject):
    """Calls ``fn`` once, ``delay_ms`` after the last :meth:`poke`; :meth:`flush` calls it now
    if a call is pending (so that nothing typed is lost when a page hides or the app closes)."""

    def __init__(
        self, fn: Callable[[], None], delay_ms: int = 400, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def poke(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._fn()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._fn()
