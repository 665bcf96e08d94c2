"""Photos made small enough for the PDF: at most ``max_side`` pixels on the long side, JPEG.

A JPEG that is already small enough and upright is embedded byte for byte (no second lossy
encoding); anything else is decoded (Pillow's JPEG draft mode does the shrinking while decoding
when the target is 1/2, 1/4 or 1/8 of the size: the 2048 px working copies of the photo store
become exactly 1024 px that way, about four times faster than decoding them whole), turned
upright by its EXIF orientation, shrunk and saved as a baseline JPEG file. Photos are prepared
on a few threads (Pillow releases the GIL while decoding and encoding). The shrunk files are
named by the source file's name, size, mtime and the settings, so a folder kept between renders
is a cache: re-rendering the same inspection (the preview's Refresh, then the export) does not
shrink them again. Photos imported with a print copy (see
:func:`inspector_app.photos.pipeline.put_print_copy`) are not shrunk at all: that copy is
embedded as it is.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["MAX_PIXELS", "PreparedImage", "prepare_image", "prepare_images"]

MAX_PIXELS = 89_000_000
"""Refuse images larger than this (a decompression bomb, or not a photo)."""

_ORIENTATION = 0x0112


@dataclass(frozen=True)
class PreparedImage:
    """A JPEG file ready to embed, with its size in pixels; or the reason there is none.

    The PDF embeds the file by name: reportlab then copies the JPEG stream as it is and names
    the image by its file name, instead of decoding every pixel to fingerprint it (which took
    longer than the rest of the layout).
    """

    path: Path | None
    width: int = 0
    height: int = 0
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.path is not None

    @property
    def data(self) -> bytes | None:
        return self.path.read_bytes() if self.path is not None else None


_JPEG_SUFFIXES = (".jpg", ".jpeg")


def _cache_file(path: Path, max_side: int, quality: int, folder: Path) -> Path:
    # The file's name, size and time, not its folder: the photo store's names are content
    # hashes, and a data dir that was moved or restored from a backup keeps its cache.
    st = path.stat()
    key = f"{path.name}|{st.st_size}|{st.st_mtime_ns}|{max_side}|{quality}|v2"
    return folder / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + ".jpg")


def _as_it_is(img: Any, path: Path, max_side: int) -> bool:
    """Whether the opened file ``path`` can be embedded byte for byte: a plain JPEG, upright,
    small enough."""
    return (
        img.format == "JPEG"
        and img.mode in ("RGB", "L")
        and img.getexif().get(_ORIENTATION, 1) in (None, 1)
        and max(img.size) <= max_side
        and path.suffix.lower() in _JPEG_SUFFIXES
    )


def _ready_copy(path: Path, max_side: int) -> PreparedImage | None:
    """``path``, made beforehand at these settings, if it is there and can be embedded."""
    from PIL import Image

    try:
        with Image.open(path) as img:
            if _as_it_is(img, path, max_side):
                return PreparedImage(path, img.width, img.height)
    except (OSError, ValueError):
        pass
    return None


def _shrink(path: Path, max_side: int, quality: int, target_file: Path) -> PreparedImage:
    from PIL import Image, ImageOps

    with Image.open(path) as opened:
        img: Image.Image = opened
        width, height = img.size
        if width * height > MAX_PIXELS:
            raise ValueError(f"{width}×{height} pixels is too large for a photo")
        if _as_it_is(opened, path, max_side):
            return PreparedImage(path, width, height)
        scale = min(1.0, max_side / max(width, height))
        target = (max(1, round(width * scale)), max(1, round(height * scale)))
        if opened.format == "JPEG":
            opened.draft("RGB", target)  # DCT scaling while decoding: 1/2, 1/4, 1/8 when it fits
        if img.size != target:
            img = img.resize(target, Image.Resampling.BICUBIC)
        img = ImageOps.exif_transpose(img)
        if img.mode != "RGB":
            if img.mode in ("RGBA", "LA", "P", "PA"):
                rgba = img.convert("RGBA")
                base = Image.new("RGB", rgba.size, (255, 255, 255))
                base.paste(rgba, mask=rgba.getchannel("A"))
                img = base
            else:
                img = img.convert("RGB")
        out = io.BytesIO()
        img.save(out, "JPEG", quality=quality, optimize=False, progressive=False)
        target_file.parent.mkdir(parents=True, exist_ok=True)
        part = target_file.with_suffix(f".{os.getpid()}.{threading.get_ident()}.part")
        part.write_bytes(out.getvalue())
        os.replace(part, target_file)
        return PreparedImage(target_file, img.width, img.height)


def prepare_image(
    path: Path, folder: Path, max_side: int = 1024, quality: int = 75, ready: Path | None = None
) -> PreparedImage:
    """``path`` as a JPEG file of at most ``max_side`` px: ``ready`` when given and usable (the
    print copy the photo store made at import, at these settings), else written to ``folder``
    (kept there for the next render) unless ``path`` itself will do; a bad file gives
    ``error``, never raises."""
    if ready is not None:
        found = _ready_copy(ready, max_side)
        if found is not None:
            return found
    try:
        cached = _cache_file(path, max_side, quality, folder)
        if cached.is_file():
            from PIL import Image

            with Image.open(cached) as img:
                return PreparedImage(cached, img.width, img.height)
        return _shrink(path, max_side, quality, cached)
    except Exception as exc:  # noqa: BLE001 - a bad photo must not stop the minutes
        return PreparedImage(None, error=f"{type(exc).__name__}: {exc}")


def prepare_images(
    paths: Sequence[Path],
    folder: Path,
    max_side: int = 1024,
    quality: int = 75,
    workers: int | None = None,
) -> list[PreparedImage]:
    """:func:`prepare_image` for each path, in order, on up to ``workers`` threads."""
    if not paths:
        return []
    workers = workers or min(4, os.cpu_count() or 1, len(paths))
    if workers <= 1:
        return [prepare_image(p, folder, max_side, quality) for p in paths]
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="minutes-img") as pool:
        return list(pool.map(lambda p: prepare_image(p, folder, max_side, quality), paths))
