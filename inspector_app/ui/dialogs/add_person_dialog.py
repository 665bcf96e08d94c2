"""Add a person found on site who is not on the unit's roster: name, position, counter."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.text import clean_text


class AddPersonDialog(QDialog):
    """Asks for the person's details; the caller reads :meth:`values` once it is accepted.

    Add is enabled only once a name is typed; Enter adds, Esc cancels.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addPersonDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.position_edit = QLineEdit(self)
        self.position_edit.setObjectName("positionEdit")
        self.counter_edit = QLineEdit(self)
        self.counter_edit.setObjectName("counterEdit")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.name_label = QLabel(self)
        self.position_label = QLabel(self)
        self.counter_label = QLabel(self)
        form = QFormLayout()
        for label, edit in (
            (self.name_label, self.name_edit),
            (self.position_label, self.position_edit),
            (self.counter_label, self.counter_edit),
        ):
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.retranslate()
        self._on_name_edit_text_changed("")

    def _connect_signals(self) -> None:
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a person not on the roster"))
        self.intro.setText(
            self.tr("Someone working at the unit who is not on the list of staff on duty.")
        )
        self.name_label.setText(self.tr("Full &name:"))
        self.position_label.setText(self.tr("&Position:"))
        self.counter_label.setText(self.tr("Post, &counter:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Nguyễn Văn An"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def values(self) -> tuple[str, str, str]:
        """(full name, position, counter), cleaned."""
        return (
            clean_text(self.name_edit.text()),
            clean_text(self.position_edit.text()),
            clean_text(self.counter_edit.text()),
        )

    @Slot(str)
    def _on_name_edit_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(clean_text(text)))
