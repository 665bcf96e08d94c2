"""The dialog shown for a bug (an unhandled exception) instead of the app vanishing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Says what happened, that the work is saved, and where the log is. ``quit_requested`` is
    set when the user chose to close the app."""

    def __init__(
        self, summary: str, details: str, log_file: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self._summary = summary
        self._log_file = log_file
        self.quit_requested = False
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(460)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.text, 1)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        self.copy_button = QPushButton()
        self.open_log_button = QPushButton()
        self.open_log_button.setEnabled(log_file is not None)
        self.quit_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_log_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._retranslate()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.open_log_button.clicked.connect(self._on_open_log_button_clicked)
        self.quit_button.clicked.connect(self._on_quit_button_clicked)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inspector — unexpected error"))
        where = (
            self.tr("The details were written to the log file:\n%1").replace(
                "%1", str(self._log_file)
            )
            if self._log_file
            else self.tr("The log file could not be written.")
        )
        self.text.setText(
            self.tr("Inspector met an unexpected error:")
            + f"\n{self._summary}\n\n"
            + self.tr(
                "Everything entered up to the last change is saved. You can go on "
                "working, or close Inspector and start it again."
            )
            + "\n\n"
            + where
        )
        self.copy_button.setText(self.tr("&Copy details"))
        self.open_log_button.setText(self.tr("Open &log folder"))
        self.quit_button.setText(self.tr("&Quit Inspector"))

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    @Slot()
    def _on_open_log_button_clicked(self) -> None:
        if self._log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_file.parent)))

    @Slot()
    def _on_quit_button_clicked(self) -> None:
        self.quit_requested = True
        self.accept()
