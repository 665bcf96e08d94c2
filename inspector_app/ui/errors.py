"""Showing a service's :class:`~inspector_app.errors.UserError` to the user.

Every view wraps its calls to the services in :func:`user_errors`::

    with user_errors(self) as outcome:
        self._ctx.inspections.delete_draft(inspection_id)
    if outcome.failed:
        return

A ``UserError`` then becomes a warning box with its message and is not raised further. Any other
exception is a bug and goes on to the crash handler, :class:`CrashHandler` (``sys.excepthook``),
which logs it and shows ``CrashDialog``.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from inspector_app.errors import UserError

log = logging.getLogger(__name__)


def show_user_error(parent: QWidget | None, error: BaseException) -> None:
    """A warning box with the error's message (shown modally, like any Windows warning)."""
    from PySide6.QtWidgets import QMessageBox  # off the start path (its type costs ~2 ms)

    log.info("user error shown: %s", error)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("UserError", "Inspector"),
        str(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("userErrorBox")
    box.exec()


class Outcome:
    """What :func:`user_errors` saw: the ``UserError`` shown, if any."""

    __slots__ = ("error",)

    def __init__(self) -> None:
        self.error: UserError | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


@contextmanager
def user_errors(parent: QWidget | None) -> Iterator[Outcome]:
    """Show a ``UserError`` raised in the block and carry on; let anything else through."""
    outcome = Outcome()
    try:
        yield outcome
    except UserError as exc:
        outcome.error = exc
        show_user_error(parent, exc)


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
        from PySide6.QtCore import QThread

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
            from inspector_app.ui.dialogs.crash_dialog import CrashDialog

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
