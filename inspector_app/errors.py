"""Two kinds of failure: what the user can fix (bad input, full disk) and bugs.

A :class:`UserError` carries a one-line message that names the file, row or field; the CLI prints
it and exits 2, the GUI shows it in a dialog. Anything else is a bug: logged with its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a situation the user can act on; ``str(e)`` is the whole message."""


class NotFound(UserError):
    """A record named by the user does not exist."""


class ReadOnlyError(UserError):
    """The inspection is completed or signed and cannot change."""


class StorageError(UserError):
    """The disk or the database file failed us (full disk, read-only folder, locked file)."""
