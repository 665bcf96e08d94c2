"""Writing a user's file so that a crash, a full disk or a pulled plug never leaves half of it.

:func:`write_atomic` writes next to the target, flushes to disk, then renames over the target:
the target is either the old file or the complete new one. Errors become a ``UserError`` that
names the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from inspector_app.errors import UserError


def write_atomic(path: Path | str, data: bytes) -> Path:
    """Replace ``path`` with ``data`` atomically (fsynced); return ``path``."""
    path = Path(path)
    if path.is_dir():
        raise UserError(f"{path} is a folder: give the file's name")
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with open(part, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        part.unlink(missing_ok=True)
    return path
