"""The photo store: content-addressed files in the data dir.

Layout below ``DataPaths.photos``::

    ab/abcdef….jpg                   a working copy, named by the SHA-256 of its own bytes
    thumbs/ab/abcdef….jpg            its thumbnail (a cache: rebuilt from the working copy when
                                     missing)
    print/1024q75/ab/abcdef….jpg     its print copy, as the minutes embed it: at most 1024 px,
                                     JPEG quality 75 (made at import; the minutes shrink the
                                     working copy themselves when it is missing)

Every file is written to a temporary file in the same folder, flushed to disk and renamed over
its final name, so a crash never leaves a half-written file under a name the database refers
to. The same picture is stored once however many inspections use it. The database row is
written after the file, and a file is deleted only after the last row that names it is gone.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from pathlib import Path

from inspector_app.errors import StorageError

_SHA = re.compile(r"^[0-9a-f]{64}$")
SUFFIX = ".jpg"
#: The print copy the minutes embed (Appendix II) by default: long side in px and JPEG quality.
#: The import makes it (``ImportOptions``), the minutes embed it (``reports.minutes``).
PRINT_MAX_SIDE = 1024
PRINT_QUALITY = 75


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_sha256(text: str) -> bool:
    return bool(_SHA.match(text))


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    ``durable`` also flushes the file to the disk before the rename, so that after a power
    cut the name points at the whole file (the database commit that follows is durable too).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        try:
            os.replace(tmp, path)
        except PermissionError:
            # Windows: another process holds the target open. Content-addressed, so a target
            # that already holds these bytes is as good as ours.
            if not (path.exists() and path.read_bytes() == data):
                raise
            tmp.unlink(missing_ok=True)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


class PhotoStore:
    """The files of the photos of every inspection on this laptop."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, file_sha256: str) -> Path:
        return self.root / file_sha256[:2] / f"{file_sha256}{SUFFIX}"

    def thumb_path(self, file_sha256: str) -> Path:
        return self.root / "thumbs" / file_sha256[:2] / f"{file_sha256}{SUFFIX}"

    def has(self, file_sha256: str) -> bool:
        return self.path(file_sha256).is_file()

    def put(self, data: bytes, file_sha256: str | None = None) -> str:
        """Store a working copy; returns its SHA-256. Bytes already stored are not rewritten."""
        sha = file_sha256 or sha256_bytes(data)
        target = self.path(sha)
        try:
            if target.is_file() and target.stat().st_size == len(data) and self.verify(sha):
                return sha
            write_atomic(target, data, durable=True)
        except OSError as exc:
            raise StorageError(
                f"cannot write to the photo store {self.root}: {exc.strerror or exc}"
            ) from exc
        return sha

    def print_path(self, file_sha256: str, max_side: int, quality: int) -> Path:
        """Where the print copy of at most ``max_side`` px at JPEG ``quality`` is kept."""
        return (
            self.root
            / "print"
            / f"{max_side}q{quality}"
            / file_sha256[:2]
            / f"{file_sha256}{SUFFIX}"
        )

    def put_thumb(self, file_sha256: str, data: bytes) -> None:
        self._put_derived(self.thumb_path(file_sha256), data, durable=False)

    def put_print(self, file_sha256: str, max_side: int, quality: int, data: bytes) -> None:
        # flushed to disk like the working copy: it goes into signed minutes as it is
        self._put_derived(self.print_path(file_sha256, max_side, quality), data, durable=True)

    def _put_derived(self, path: Path, data: bytes, *, durable: bool) -> None:
        try:
            write_atomic(path, data, durable=durable)
        except OSError as exc:
            raise StorageError(
                f"cannot write to the photo store {self.root}: {exc.strerror or exc}"
            ) from exc

    def verify(self, file_sha256: str) -> bool:
        """True when the working copy is there and still hashes to its name."""
        try:
            return sha256_file(self.path(file_sha256)) == file_sha256
        except OSError:
            return False

    def read(self, file_sha256: str) -> bytes:
        try:
            return self.path(file_sha256).read_bytes()
        except OSError as exc:
            raise StorageError(
                f"photo file {file_sha256[:12]}… cannot be read: {exc.strerror or exc}"
            ) from exc

    def delete(self, file_sha256: str) -> None:
        """Remove a working copy, its thumbnail and print copies (call once no record names
        it)."""
        prints = (self.root / "print").glob(f"*/{file_sha256[:2]}/{file_sha256}{SUFFIX}")
        for path in (self.path(file_sha256), self.thumb_path(file_sha256), *prints):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
