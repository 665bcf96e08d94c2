"""Showing a service's :class:`~inspector_app.errors.UserError` to the user.

Every view wraps its calls to the services in :func:`user_errors`::

    with user_errors(self) as outcome:
        self._ctx.inspections.delete_draft(inspection_id)
    if outcome.failed:
        return

A ``UserError`` then becomes a warning box with its message and is not raised further. Any other
exception is a bug and goes on to the crash handler (``sys.excepthook``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector_app.errors import UserError

log = logging.getLogger(__name__)


def show_user_error(parent: QWidget | None, error: BaseException) -> None:
    """A warning box with the error's message (shown modally, like any Windows warning)."""
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


@dataclass
class Outcome:
    error: UserError | None = None

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
