"""Writing a user's file so that a crash, a full disk or a pulled plug never leaves half of it.

:func:`write_atomic` writes a temporary file next to the target, flushes it to disk, then
renames it over the target: the target is either the old file or the complete new one. Errors
become a ``UserError`` that names the file. (The photo store has its own variant for
content-addressed files: ``inspector_app.photos.store.write_atomic``.)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from inspector_app.errors import UserError


def write_atomic(path: Path | str, data: bytes, *, make_parents: bool = False) -> Path:
    """Replace ``path`` with ``data`` atomically (fsynced); return ``path``.

    ``make_parents``: create the missing folders first (for files the app places itself);
    otherwise a missing folder is an error, as for a path the user typed.
    """
    path = Path(path)
    if path.is_dir():
        raise UserError(f"{path} is a folder: give the file's name")
    try:
        if make_parents:
            path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path
