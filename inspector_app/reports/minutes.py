"""The minutes of an inspection (biên bản kiểm tra) as a PDF: the data going in and coming out.

:func:`render_minutes` turns a :class:`MinutesInput` (plain data: the inspection, its findings,
the photos, the drawn signatures) into an unsigned PDF and returns a :class:`RenderResult` with
the page count and where the signatures go. It touches no database and no Qt, so it runs in a CLI,
on a worker thread of the GUI, or in a test; :mod:`inspector_app.reports.build` gathers the input
from the services. The layout itself is in :mod:`inspector_app.reports.document`
(``docs/minutes.md`` describes it).

This module imports no reportlab at import time: the data classes are cheap to import.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from inspector_app.domain.findings import Findings
from inspector_app.domain.model import Inspection
from inspector_app.gcpause import gc_paused
from inspector_app.photos.store import PRINT_MAX_SIDE, PRINT_QUALITY

__all__ = [
    "IMAGE_MAX_SIDE",
    "IMAGE_QUALITY",
    "Box",
    "MinutesInput",
    "RenderResult",
    "ReportPhoto",
    "SignatureImage",
    "SignatureRole",
    "render_minutes",
    "render_minutes_bytes",
]

Box = tuple[float, float, float, float]
"""A rectangle in PDF points, origin at the bottom left of the page: (x1, y1, x2, y2)."""

IMAGE_MAX_SIDE = PRINT_MAX_SIDE
IMAGE_QUALITY = PRINT_QUALITY
"""How photos are embedded by default: long side in pixels, JPEG quality (see MinutesInput):
the print copy the photo store makes at import."""


class SignatureRole(StrEnum):
    """Who signs the minutes, left to right on the signature row."""

    UNIT_REPRESENTATIVE = "unit_representative"  # ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA
    TEAM_HEAD = "team_head"  # TRƯỞNG ĐOÀN
    SECRETARY = "secretary"  # NGƯỜI LẬP BIÊN BẢN


@dataclass(frozen=True)
class ReportPhoto:
    """One photo as the minutes show it (Appendix II) and cite it ("ảnh số 3").

    ``path`` is the working copy (any size: it is shrunk for the PDF); ``print_path``, when
    given, is the print copy the photo store made at import at the minutes' image settings,
    embedded as it is (nothing to shrink); ``sha256`` is the hash of the original file as
    imported, printed under the photo. ``staff_entry_ids`` and ``items``
    (``(form_id, item_id)`` pairs) say what the photo shows, so the findings can cite it next to
    the person or the item; ``links_text`` says the same in words for the appendix.
    """

    path: Path
    caption: str
    captured_at: datetime | None
    sha256: str
    number: int
    links_text: str = ""
    staff_entry_ids: tuple[str, ...] = ()
    items: tuple[tuple[str, str], ...] = ()
    print_path: Path | None = None


@dataclass(frozen=True)
class SignatureImage:
    """A signature drawn on screen (PNG, transparent background preferred), or a refusal."""

    role: SignatureRole
    png_bytes: bytes | None = None
    refused_reason: str | None = None
    signer_name: str = ""  # printed under the signature; empty: the name the inspection records

    @property
    def refused(self) -> bool:
        return self.refused_reason is not None


@dataclass(frozen=True)
class MinutesInput:
    """Everything the minutes show. Text may come in any Unicode form; it is printed NFC.

    * ``findings_text``: the findings part; ``None`` drafts it with
      :func:`~inspector_app.domain.drafting.draft_findings_text` (and cites the photos in it).
    * Empty ``inspection.conclusions`` / ``recommendations`` print the drafted ones.
    * ``place``: the place name of the date line ("Hải Phòng"); ``copies``: paper copies.
    * ``distribution``: the "Nơi nhận" list, one recipient per entry.
    * ``image_*``: how photos are shrunk for the PDF (1024 px: exactly half the photo store's
      2048 px working copies, which JPEG decodes at that scale directly; about 200 dpi at the
      printed size); ``image_cache_dir`` keeps the shrunk copies between renders.
    """

    inspection: Inspection
    findings: Findings
    photos: Sequence[ReportPhoto] = ()
    signatures: Sequence[SignatureImage] = ()
    place: str = ""
    copies: int = 2
    distribution: Sequence[str] = ()
    lang: str = "vi"
    findings_text: str | None = None
    image_max_side: int = IMAGE_MAX_SIDE
    image_quality: int = IMAGE_QUALITY
    image_cache_dir: Path | None = None

    def signature(self, role: SignatureRole) -> SignatureImage | None:
        return next((s for s in self.signatures if s.role == role), None)


@dataclass(frozen=True)
class RenderResult:
    """What :func:`render_minutes` produced.

    ``signature_boxes`` maps each role that is to sign (a role whose signature was refused is left
    out) to ``(page_index, (x1, y1, x2, y2))``: a blank rectangle in PDF points (origin bottom
    left, page index from 0) reserved for that person's visible PAdES signature. All boxes are on
    ``signature_page_index``, the last page of the minutes proper; the appendices follow it.
    ``drawn_boxes`` are the rectangles just above, where the drawn signatures (or refusals) are
    printed.
    """

    page_count: int
    signature_boxes: dict[SignatureRole, tuple[int, Box]]
    drawn_boxes: dict[SignatureRole, tuple[int, Box]]
    signature_page_index: int
    body_page_count: int
    image_count: int
    photo_count: int
    byte_size: int
    font_family: str
    warnings: tuple[str, ...] = field(default=())


_render_lock = threading.Lock()  # reportlab keeps process-wide state; one document at a time


@gc_paused()
def render_minutes_bytes(inp: MinutesInput) -> tuple[bytes, RenderResult]:
    """Render the minutes; return the PDF bytes and the :class:`RenderResult`."""
    if not inp.lang.lower().startswith("vi"):
        raise ValueError(f"the minutes are written in Vietnamese only, not {inp.lang!r}")
    from reportlab import rl_config

    from inspector_app.reports.document import MinutesDocument
    from inspector_app.reports.fonts import serif_fonts
    from inspector_app.reports.images import PreparedImage, prepare_image

    fonts = serif_fonts()
    photos = sorted(inp.photos, key=lambda p: p.number)
    with contextlib.ExitStack() as stack:
        prepared: list[PreparedImage | Future[PreparedImage]] = []
        if photos:
            folder = inp.image_cache_dir or Path(
                stack.enter_context(tempfile.TemporaryDirectory(prefix="minutes-"))
            )
            pool: ThreadPoolExecutor | None = None
            size = (inp.image_max_side, inp.image_quality)
            for p in photos:
                if p.print_path is not None:  # made at import: only its size to read
                    prepared.append(prepare_image(p.path, folder, *size, ready=p.print_path))
                    continue
                if pool is None:  # shrunk on worker threads while the pages before the
                    # photos are laid out
                    pool = stack.enter_context(
                        ThreadPoolExecutor(
                            max_workers=min(4, os.cpu_count() or 1),
                            thread_name_prefix="minutes-img",
                        )
                    )
                prepared.append(pool.submit(prepare_image, p.path, folder, *size))
        with _render_lock:
            rl_config.useA85 = 0  # binary image streams: ASCII85 in pure Python is slow, bigger
            buffer = io.BytesIO()
            document = MinutesDocument(inp, photos, prepared, fonts)
            layout = document.build(buffer)
    data = buffer.getvalue()
    result = RenderResult(
        page_count=layout.page_count,
        signature_boxes=layout.signature_boxes,
        drawn_boxes=layout.drawn_boxes,
        signature_page_index=layout.signature_page_index,
        body_page_count=layout.body_page_count,
        image_count=layout.image_count,
        photo_count=len(photos),
        byte_size=len(data),
        font_family=fonts.family,
        warnings=tuple(layout.warnings),
    )
    return data, result


def render_minutes(inp: MinutesInput, out: Path | BinaryIO) -> RenderResult:
    """Write the unsigned PDF of the minutes to ``out`` (a path, replaced atomically, or a
    binary file object) and describe it."""
    data, result = render_minutes_bytes(inp)
    if isinstance(out, str | os.PathLike):
        from inspector_app.fileio import write_atomic

        write_atomic(out, data)
    else:
        out.write(data)
    return result
