"""Reopen a completed inspection: the team head's name and a reason, both kept in the audit log.

The dialog does not call the service itself: it emits :attr:`ReopenDialog.submitted`, and the
caller either closes it (``accept()``) or shows the service's refusal with :meth:`show_error`
(a wrong name, say) so the user can correct it without starting again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.text import clean_text


class ReopenDialog(QDialog):
    submitted = Signal(str, str)  # head's name, reason

    def __init__(self, head_name_hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self._hint = head_name_hint
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.head_edit = QLineEdit(self)
        self.head_edit.setObjectName("headEdit")
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        self.error = QLabel(self)
        self.error.setObjectName("reopenError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.head_label = QLabel(self)
        self.head_label.setBuddy(self.head_edit)
        self.reason_label = QLabel(self)
        self.reason_label.setBuddy(self.reason_edit)
        form = QFormLayout()
        form.addRow(self.head_label, self.head_edit)
        form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.retranslate()
        self._update_ok()

    def _connect_signals(self) -> None:
        self.head_edit.textChanged.connect(self._on_head_edit_text_changed)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reopen a completed inspection"))
        self.intro.setText(
            self.tr(
                "A completed inspection is reopened only with the team head's consent. The head's "
                "name and the reason are kept in the audit log."
            )
        )
        self.head_label.setText(self.tr("Team &head:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.head_edit.setPlaceholderText(
            self.tr("The team head's full name, e.g. %1").replace("%1", self._hint)
            if self._hint
            else self.tr("The team head's full name")
        )
        self.reason_edit.setPlaceholderText(self.tr("e.g. to add the unit's explanation"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reopen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def values(self) -> tuple[str, str]:
        return clean_text(self.head_edit.text()), clean_text(self.reason_edit.toPlainText())

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _update_ok(self) -> None:
        head, reason = self.values()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(head and reason))

    @Slot(str)
    def _on_head_edit_text_changed(self, _text: str) -> None:
        self.error.clear()
        self._update_ok()

    @Slot()
    def _on_reason_edit_text_changed(self) -> None:
        self.error.clear()
        self._update_ok()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        head, reason = self.values()
        if head and reason:
            self.submitted.emit(head, reason)
