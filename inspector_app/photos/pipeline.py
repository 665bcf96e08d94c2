"""The import pipeline: files in, checked and downscaled working copies out. Pillow, no Qt.

For each file: read its bytes and hash them (the SHA-256 of the original is the photo's
identity); skip the decoding when that hash is already known; check that it is an image of a
supported format and not a decompression bomb; decode it (JPEG in draft mode, so a large photo
is decoded at a reduced scale when that still covers the target size); downscale to the long
side of :attr:`ImportOptions.max_side`; turn it as its EXIF orientation says; store it as JPEG,
with a thumbnail and the print copy the minutes embed, in the
:class:`~inspector_app.photos.store.PhotoStore`; read the capture time, camera and GPS
position. A bad file becomes a :class:`Rejected` with a reason and the batch
goes on.

:func:`run_import` is a generator yielding a :class:`Progress` per file and returning a
:class:`BatchSummary`; from :data:`ImportOptions.pool_threshold` files on it spreads the work
over a process pool (one process per core, 2 by default) started with ``spawn``, which works
the same on Windows and in a frozen bundle as long as the entry point calls
``multiprocessing.freeze_support()`` first.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import io
import multiprocessing
import os
import sys
import threading
import warnings
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from inspector_app.errors import StorageError
from inspector_app.photos.exif import PhotoMeta, read_meta
from inspector_app.photos.store import PRINT_MAX_SIDE, PRINT_QUALITY, PhotoStore, sha256_bytes

#: What a folder is searched for (any file named explicitly is tried, whatever its name).
#: HEIC/HEIF are listed so that they are reported as unsupported rather than silently skipped.
IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".jpe", ".png", ".bmp", ".tif", ".tiff", ".webp", ".gif", ".heic", ".heif"}
)
FORMATS = frozenset({"JPEG", "MPO", "PNG", "BMP", "TIFF", "WEBP", "GIF"})
_DRAFTABLE = frozenset({"JPEG", "MPO"})
_HEIF_BRANDS = (
    b"ftypheic",
    b"ftypheix",
    b"ftyphevc",
    b"ftypheim",
    b"ftypheis",
    b"ftypmif1",
    b"ftypmsf1",
    b"ftypavif",
)
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True)
class ImportOptions:
    max_side: int = 2048  # long side of the stored working copy, px
    thumb_side: int = 320  # long side of the thumbnail, px
    quality: int = 85  # JPEG quality of the working copy
    thumb_quality: int = 80
    #: The print copy the minutes embed (Appendix II): long side and JPEG quality. Minutes made
    #: at other settings shrink the working copy themselves (as for photos imported without one).
    print_side: int = PRINT_MAX_SIDE
    print_quality: int = PRINT_QUALITY
    workers: int = 2  # processes for a big batch
    pool_threshold: int = 4  # fewer files than this are done in the calling process
    #: Pixels above which a file is refused as a decompression bomb. JPEG is decoded in draft
    #: mode (at 1/2, 1/4 or 1/8 scale when that is enough), so it may be larger: Pillow itself
    #: refuses anything above twice its MAX_IMAGE_PIXELS (about 179 megapixels).
    max_pixels: int = Image.MAX_IMAGE_PIXELS or 89_478_485
    max_pixels_jpeg: int = 2 * (Image.MAX_IMAGE_PIXELS or 89_478_485)


class RejectReason(StrEnum):
    MISSING = "missing"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    NOT_IMAGE = "not_image"
    UNSUPPORTED = "unsupported"
    BOMB = "bomb"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    FAILED = "failed"


# -- what comes in ----------------------------------------------------------------------------
@dataclass(frozen=True)
class FileSource:
    path: Path

    @property
    def name(self) -> str:
        return self.path.name

    def __str__(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class BytesSource:
    """An image that is not a file: pasted from the clipboard or taken with the camera."""

    name: str
    data: bytes = field(repr=False)
    captured_at: datetime | None = None  # when the app itself saw it being taken

    def __str__(self) -> str:
        return self.name


Source = FileSource | BytesSource


# -- what comes out ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Processed:
    """A new image, stored."""

    source: str
    name: str
    sha256: str  # of the original bytes
    file_sha256: str  # of the stored working copy
    width: int
    height: int
    original_width: int  # as shown, after the EXIF orientation
    original_height: int
    original_size: int
    format: str
    meta: PhotoMeta


@dataclass(frozen=True)
class Known:
    """Bytes whose hash is already known: not decoded again."""

    source: str
    name: str
    sha256: str


@dataclass(frozen=True)
class Rejected:
    source: str
    name: str
    reason: RejectReason
    detail: str

    @property
    def message(self) -> str:
        return self.detail


Outcome = Processed | Known | Rejected


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    index: int  # position of the source in the batch (photos keep the batch's order)
    outcome: Outcome


@dataclass(frozen=True)
class BatchSummary:
    total: int
    processed: int = 0
    known: int = 0
    rejected: int = 0
    cancelled: bool = False


# -- collecting files -------------------------------------------------------------------------
def collect_sources(paths: Iterable[Path | str]) -> tuple[list[Source], list[Rejected]]:
    """Files named, and the image files found in the folders named (a phone's DCIM, a memory
    card), each once, in a stable order. Paths that do not exist come back as rejected."""
    found: list[Source] = []
    missing: list[Rejected] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            found.append(FileSource(path))

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for sub in sorted(_walk(path)):
                add(sub)
        elif path.is_file():
            add(path)
        else:
            missing.append(
                Rejected(str(path), path.name, RejectReason.MISSING, "no such file or folder")
            )
    return found, missing


def _walk(folder: Path) -> Iterable[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in IMAGE_SUFFIXES:
                yield Path(root) / name


# -- one file ---------------------------------------------------------------------------------
def process(
    source: Source, store: PhotoStore, options: ImportOptions, known: frozenset[str] = frozenset()
) -> Outcome:
    """Check, convert and store one image. Raises only :class:`StorageError` (the disk)."""
    name = source.name
    if isinstance(source, FileSource):
        try:
            data = source.path.read_bytes()
        except FileNotFoundError:
            return Rejected(str(source), name, RejectReason.MISSING, "no such file")
        except OSError as exc:
            return Rejected(
                str(source), name, RejectReason.UNREADABLE, f"cannot be read: {exc.strerror or exc}"
            )
    else:
        data = source.data
    if not data:
        return Rejected(str(source), name, RejectReason.EMPTY, "the file is empty")
    sha = sha256_bytes(data)
    if sha in known:
        return Known(str(source), name, sha)
    try:
        return _convert(source, name, data, sha, store, options)
    except _Refused as exc:
        return Rejected(str(source), name, exc.reason, exc.detail)


class _Refused(Exception):
    def __init__(self, reason: RejectReason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def _open(data: bytes, options: ImportOptions) -> Image.Image:
    if data[4:12] in _HEIF_BRANDS:
        raise _Refused(
            RejectReason.UNSUPPORTED,
            "HEIC/HEIF photos are not supported: set the "
            "phone's camera to JPEG ('Most compatible') or convert them first",
        )
    try:
        with warnings.catch_warnings():
            # Our own limits below decide; Pillow still raises above twice its limit.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _Refused(RejectReason.BOMB, f"refused as a decompression bomb ({exc})") from None
    except UnidentifiedImageError:
        raise _Refused(
            RejectReason.NOT_IMAGE, "not an image (or an image format that cannot be read)"
        ) from None
    except Exception as exc:  # noqa: BLE001 - any parser failure is this file's problem
        raise _Refused(RejectReason.CORRUPT, f"damaged image: {exc}") from None
    if image.format not in FORMATS:
        raise _Refused(RejectReason.UNSUPPORTED, f"{image.format} images are not supported")
    width, height = image.size
    limit = options.max_pixels_jpeg if image.format in _DRAFTABLE else options.max_pixels
    if width <= 0 or height <= 0:
        raise _Refused(RejectReason.CORRUPT, "damaged image: no pixels")
    if width * height > limit:
        raise _Refused(
            RejectReason.BOMB,
            f"refused as a decompression bomb: {width}×{height} "
            f"pixels is more than the limit of {limit // 1_000_000} megapixels",
        )
    return image


def _target(width: int, height: int, max_side: int) -> tuple[int, int]:
    long_side = max(width, height)
    if long_side <= max_side:
        return width, height
    scale = max_side / long_side
    return max(1, round(width * scale)), max(1, round(height * scale))


def _rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("RGB")
    return image.convert("RGB")


def _convert(
    source: Source, name: str, data: bytes, sha: str, store: PhotoStore, options: ImportOptions
) -> Processed:
    image = _open(data, options)
    meta = read_meta(image)
    if isinstance(source, BytesSource) and source.captured_at and meta.captured_at is None:
        meta = PhotoMeta(
            source.captured_at,
            meta.camera_make,
            meta.camera_model,
            meta.gps_lat,
            meta.gps_lon,
            meta.orientation,
        )
    fmt = str(image.format)
    orig_w, orig_h = image.size
    target = _target(orig_w, orig_h, options.max_side)
    icc = image.info.get("icc_profile")
    try:
        if fmt in _DRAFTABLE:
            image.draft("RGB", target)
        image.load()
        work = _rgb(image)
        if work.size != target:
            work = work.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
        method = _TRANSPOSE.get(meta.orientation)
        if method is not None:
            work = work.transpose(method)
        if work is image:  # still the opened file: keep the pixels past close()
            work = image.copy()
    except _Refused:
        raise
    except (Image.DecompressionBombError, MemoryError) as exc:
        raise _Refused(RejectReason.BOMB, f"refused as a decompression bomb ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - a decoder failure is this file's problem
        text = str(exc)
        if "truncated" in text.lower() or isinstance(exc, EOFError):
            raise _Refused(
                RejectReason.TRUNCATED, "the file is truncated (incomplete copy or damaged card)"
            ) from None
        raise _Refused(RejectReason.CORRUPT, f"damaged image: {text}") from None
    finally:
        image.close()
    if meta.orientation in (5, 6, 7, 8):
        orig_w, orig_h = orig_h, orig_w
    out = io.BytesIO()
    work.save(out, "JPEG", quality=options.quality, icc_profile=icc)
    file_sha = store.put(out.getvalue())
    put_small_copies(store, file_sha, work, options)
    return Processed(
        str(source),
        name,
        sha,
        file_sha,
        work.width,
        work.height,
        orig_w,
        orig_h,
        len(data),
        fmt,
        meta,
    )


def make_thumbnail(image: Image.Image, options: ImportOptions) -> bytes:
    thumb = image.copy()
    thumb.thumbnail(
        (options.thumb_side, options.thumb_side), Image.Resampling.LANCZOS, reducing_gap=2.0
    )
    out = io.BytesIO()
    thumb.convert("RGB").save(out, "JPEG", quality=options.thumb_quality)
    return out.getvalue()


def put_small_copies(
    store: PhotoStore, file_sha256: str, image: Image.Image, options: ImportOptions
) -> None:
    """The thumbnail and the print copy of a new working copy ``image`` (upright)."""
    store.put_thumb(file_sha256, make_thumbnail(image, options))
    put_print_copy(store, file_sha256, image, options)


def put_print_copy(
    store: PhotoStore, file_sha256: str, image: Image.Image, options: ImportOptions
) -> None:
    """Store the print copy of the working copy ``image`` (upright): at most
    :attr:`ImportOptions.print_side` px, a baseline JPEG of :attr:`ImportOptions.print_quality`,
    made here from the pixels already decoded so that no export has to shrink the photo. A
    working copy that is no larger gets none: the minutes embed it as it is."""
    target = _target(image.width, image.height, options.print_side)
    if target == image.size:
        return
    factor = image.width // target[0]
    if (target[0] * factor, target[1] * factor) == image.size:
        # a 2048 px working copy: exactly halved, averaging 2 × 2 pixels (what decoding it at
        # half scale, as the minutes did, gives; three times faster than resampling)
        small = image.reduce(factor)
    else:
        small = image.resize(target, Image.Resampling.BICUBIC)
    out = io.BytesIO()
    small.convert("RGB").save(
        out, "JPEG", quality=options.print_quality, optimize=False, progressive=False
    )
    store.put_print(file_sha256, options.print_side, options.print_quality, out.getvalue())


def ensure_thumbnail(store: PhotoStore, file_sha256: str, options: ImportOptions) -> Path:
    """The thumbnail's path, rebuilt from the working copy when it is missing."""
    path = store.thumb_path(file_sha256)
    if not path.is_file():
        with Image.open(store.path(file_sha256)) as image:
            image.draft("RGB", (options.thumb_side, options.thumb_side))
            store.put_thumb(file_sha256, make_thumbnail(image, options))
    return path


# -- worker processes -------------------------------------------------------------------------
_worker_state: dict[str, object] = {}


def _init_worker(store_root: str, options: ImportOptions, known: frozenset[str]) -> None:
    """In each worker process: lower priority (the UI stays responsive), shared arguments."""
    _worker_state.update(store=PhotoStore(Path(store_root)), options=options, known=known)
    lower_priority()


def lower_priority() -> None:
    """Run this process below normal priority, so that the UI's process comes first."""
    with contextlib.suppress(Exception):
        if sys.platform == "win32":
            import ctypes

            below_normal = 0x4000
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)
        else:
            os.nice(5)


def _process_in_worker(source: Source) -> Outcome:
    store = _worker_state["store"]
    options = _worker_state["options"]
    known = _worker_state["known"]
    assert isinstance(store, PhotoStore) and isinstance(options, ImportOptions)
    return process(source, store, options, known)  # type: ignore[arg-type]


def make_pool(
    workers: int, store: PhotoStore, options: ImportOptions, known: frozenset[str]
) -> cf.ProcessPoolExecutor:
    return cf.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(str(store.root), options, known),
    )


# -- the batch --------------------------------------------------------------------------------
def run_import(
    sources: Sequence[Source],
    store: PhotoStore,
    options: ImportOptions | None = None,
    known: frozenset[str] = frozenset(),
    cancel: threading.Event | None = None,
) -> Generator[Progress, None, BatchSummary]:
    """Import ``sources``, yielding a :class:`Progress` per file as it is done.

    ``known`` holds the SHA-256 of originals already stored (reported as :class:`Known`
    without decoding). Setting ``cancel`` stops the batch: files not started are left out, the
    ones being converted finish and are reported. A :class:`StorageError` (disk full, folder
    read-only) ends the batch and is raised.
    """
    options = options or ImportOptions()
    cancel = cancel or threading.Event()
    total = len(sources)
    counts = {"processed": 0, "known": 0, "rejected": 0}
    done = 0

    def tally(outcome: Outcome) -> None:
        key = {Processed: "processed", Known: "known", Rejected: "rejected"}[type(outcome)]
        counts[key] += 1

    workers = max(1, min(options.workers, total))
    if workers > 1 and total >= options.pool_threshold:
        outcomes = _pooled(sources, store, options, known, cancel, workers)
    else:
        outcomes = _inline(sources, store, options, known, cancel)
    for index, outcome in outcomes:
        done += 1
        tally(outcome)
        yield Progress(done, total, index, outcome)
    return BatchSummary(total, cancelled=cancel.is_set() and done < total, **counts)


def _inline(
    sources: Sequence[Source],
    store: PhotoStore,
    options: ImportOptions,
    known: frozenset[str],
    cancel: threading.Event,
) -> Iterable[tuple[int, Outcome]]:
    for index, source in enumerate(sources):
        if cancel.is_set():
            return
        yield index, process(source, store, options, known)


def _pooled(
    sources: Sequence[Source],
    store: PhotoStore,
    options: ImportOptions,
    known: frozenset[str],
    cancel: threading.Event,
    workers: int,
) -> Iterable[tuple[int, Outcome]]:
    pool = make_pool(workers, store, options, known)
    try:
        pending = {pool.submit(_process_in_worker, s): i for i, s in enumerate(sources)}
        while pending:
            if cancel.is_set():
                for future in pending:
                    future.cancel()
                pending = {f: i for f, i in pending.items() if not f.cancelled()}
                if not pending:
                    return
            finished, _ = cf.wait(pending, timeout=0.05, return_when=cf.FIRST_COMPLETED)
            for future in sorted(finished, key=pending.__getitem__):
                index = pending.pop(future)
                yield index, _result(future, sources[index])
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result(future: cf.Future[Outcome], source: Source) -> Outcome:
    try:
        return future.result()
    except StorageError:
        raise
    except cf.process.BrokenProcessPool as exc:
        raise StorageError(f"the photo import stopped: a worker process ended ({exc})") from exc
    except Exception as exc:  # noqa: BLE001 - a bug in one file's conversion: report, go on
        return Rejected(
            str(source),
            source.name,
            RejectReason.FAILED,
            f"could not be imported: {type(exc).__name__}: {exc}",
        )
