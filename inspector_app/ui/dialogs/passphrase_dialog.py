"""Ask for the passphrase of a certificate file or the PIN of a USB token, each time.

The secret is handed to the caller and forgotten: it is never stored, logged or remembered
between signings. :func:`ask_secret` is the one-call form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

KIND_PASSPHRASE = "passphrase"
KIND_PIN = "pin"


class PassphraseDialog(QDialog):
    """``kind``: :data:`KIND_PASSPHRASE` (a .p12 file) or :data:`KIND_PIN` (a token);
    ``what``: the file or token it is for, shown to the user; ``error``: why it is asked again
    (a wrong passphrase, say)."""

    def __init__(
        self, kind: str, what: str, *, error: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self._kind = kind
        self._what = what
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setObjectName("secretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setMinimumWidth(280)
        self.show_check = QCheckBox(self)
        self.show_check.setObjectName("showSecret")
        self.secret_label = QLabel(self)
        self.secret_label.setBuddy(self.secret_edit)
        self.error = QLabel(error, self)
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setVisible(bool(error))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(self.secret_label, self.secret_edit)
        form.addRow("", self.show_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.retranslate()
        self._update_ok()

    def _connect_signals(self) -> None:
        self.secret_edit.textChanged.connect(self._on_secret_edit_text_changed)
        self.show_check.toggled.connect(self._on_show_check_toggled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self._kind == KIND_PIN:
            self.setWindowTitle(self.tr("Token PIN"))
            self.intro.setText(
                self.tr("Enter the PIN of the USB token %1 to sign. It is not stored.").replace(
                    "%1", self._what
                )
            )
            self.secret_label.setText(self.tr("&PIN:"))
        else:
            self.setWindowTitle(self.tr("Certificate passphrase"))
            self.intro.setText(
                self.tr(
                    "Enter the passphrase of the certificate file %1 to sign. It is not stored."
                ).replace("%1", self._what)
            )
            self.secret_label.setText(self.tr("&Passphrase:"))
        self.show_check.setText(self.tr("&Show"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def secret(self) -> str:
        return self.secret_edit.text()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.secret_edit.clear()
        super().done(result)

    def _update_ok(self) -> None:
        # a PKCS#12 file may have an empty passphrase; a PIN is never empty
        ok = self._kind != KIND_PIN or bool(self.secret_edit.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @Slot(str)
    def _on_secret_edit_text_changed(self, _text: str) -> None:
        self.error.setVisible(False)
        self._update_ok()

    @Slot(bool)
    def _on_show_check_toggled(self, checked: bool) -> None:
        self.secret_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if checked else QLineEdit.EchoMode.Password
        )


def ask_secret(parent: QWidget | None, kind: str, what: str, error: str = "") -> str | None:
    """Show the dialog modally; the secret, or ``None`` when cancelled."""
    dialog = PassphraseDialog(kind, what, error=error, parent=parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.secret()
        return None
    finally:
        dialog.secret_edit.clear()
        dialog.deleteLater()
