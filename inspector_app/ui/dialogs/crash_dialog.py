"""The dialog shown for a bug (an unhandled exception) instead of the app vanishing."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QThread, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
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

from inspector_app.errors import UserError
from inspector_app.ui.errors import show_user_error

log = logging.getLogger(__name__)


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


class CrashHandler:
    """``sys.excepthook`` for the GUI: log the bug, then show :class:`CrashDialog`.

    A :class:`~inspector_app.errors.UserError` that escaped a slot is shown as a plain warning
    instead. An exception on another thread is only logged (widgets live on the UI thread).
    """

    def __init__(self, log_file: Path | None = None) -> None:
        self.log_file = log_file
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        app = QApplication.instance()
        on_ui_thread = app is not None and QThread.currentThread() is app.thread()
        if isinstance(exc, UserError) and on_ui_thread:
            show_user_error(QApplication.activeWindow(), exc)
            return
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        print(details, file=sys.stderr, flush=True)
        if not on_ui_thread or self._showing:
            return
        self._showing = True
        try:
            dialog = CrashDialog(
                f"{exc_type.__name__}: {exc}", details, self.log_file, QApplication.activeWindow()
            )
            dialog.exec()
            if dialog.quit_requested:
                QApplication.exit(70)
        finally:
            self._showing = False

    def install(self) -> CrashHandler:
        sys.excepthook = self
        threading.excepthook = self._thread_hook
        return self

    @staticmethod
    def _thread_hook(args: threading.ExceptHookArgs) -> None:
        log.critical(
            "unhandled exception in thread %s",
            args.thread,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
