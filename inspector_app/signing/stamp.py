"""The visible stamp of a digital signature, in Vietnamese.

    Người ký: Nguyễn Văn An
    Thời gian: 23/11/2026 10:58
    Lý do: Ký biên bản kiểm tra

Vietnamese needs an embedded OpenType font (``pyhanko[opentype]``). Be Vietnam Pro (bundled for
the UI) renders well in stamps; DejaVu Sans does not, so it is the last resort. Without any usable
font the text falls back to unaccented letters in a standard PDF font rather than to boxes.
The text box font size must equal the font engine's size, or the lines drift.
"""

from __future__ import annotations

import io
import logging
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyhanko.stamp import TextStampStyle

log = logging.getLogger(__name__)

STAMP_TEXT = "Người ký: %(signer)s\nThời gian: %(ts)s\nLý do: %(reason)s"
TIME_FORMAT = "%d/%m/%Y %H:%M"
REASON_MINUTES = "Ký biên bản kiểm tra"
REASON_AMENDMENT = "Ký biên bản sửa đổi, bổ sung"

_SYSTEM_FONTS = (
    # Metric-compatible with Arial, cover Vietnamese (Debian fonts-croscore, fonts-liberation2).
    "/usr/share/fonts/truetype/croscore/Arimo-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    # DejaVu covers Vietnamese but renders badly in stamps: the last resort.
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)
_WINDOWS_FONTS = ("arial.ttf", "tahoma.ttf", "segoeui.ttf")


def _candidates() -> list[Path]:
    found: list[Path] = []
    try:
        from inspector_app.paths import resource

        found.append(resource("fonts", "BeVietnamPro-Regular.ttf"))
    except FileNotFoundError:
        pass
    if sys.platform == "win32":
        import os

        windir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        found.extend(windir / name for name in _WINDOWS_FONTS)
    found.extend(Path(p) for p in _SYSTEM_FONTS)
    return found


@lru_cache(maxsize=1)
def stamp_font() -> Path | None:
    """The first available font that covers Vietnamese; ``None`` when there is none."""
    for path in _candidates():
        if path.is_file():
            return path
    log.warning("no font for Vietnamese signature stamps; stamps will be unaccented")
    return None


def unaccented(text: str) -> str:
    """Vietnamese without diacritics (for a stamp that has no Vietnamese font)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def font_size_for(height: float) -> int:
    """Three lines that fill a box of ``height`` points, between 6 and 11 pt."""
    return max(6, min(11, int((height - 8) / (3 * 1.3))))


def stamp_style(box_height: float, *, font: Path | None = None) -> tuple[TextStampStyle, bool]:
    """The stamp style for a box this tall, and whether it can show Vietnamese."""
    from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    size = font_size_for(box_height)
    font = font if font is not None else stamp_font()
    layout = SimpleBoxLayoutRule(
        x_align=AxisAlignment.ALIGN_MIN,
        y_align=AxisAlignment.ALIGN_MID,
        margins=Margins.uniform(4),
        inner_content_scaling=InnerScaling.SHRINK_TO_FIT,
    )
    if font is not None:
        box_style = TextBoxStyle(
            font=_font_factory(str(font), size), font_size=size, leading=round(size * 1.25)
        )
        vietnamese = True
    else:
        box_style = TextBoxStyle(font_size=size, leading=round(size * 1.25))
        vietnamese = False
    style = TextStampStyle(
        stamp_text=STAMP_TEXT if vietnamese else unaccented(STAMP_TEXT),
        timestamp_format=TIME_FORMAT,
        text_box_style=box_style,
        inner_content_layout=layout,
        border_width=1,
        border_color=(0.75, 0.1, 0.1),
    )
    return style, vietnamese


_LAYOUT_TABLES = ("GSUB", "GPOS", "GDEF")


@lru_cache(maxsize=4)
def _font_bytes(path: str) -> bytes:
    return Path(path).read_bytes()


def _font_factory(path: str, size: int) -> Any:
    """pyHanko's OpenType font engine, reading the font from memory.

    pyHanko's own factory opens the font file and never closes it (a ResourceWarning on every
    signature, and a file kept open on Windows); this one hands it the bytes instead.
    """
    from dataclasses import dataclass

    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

    class Accumulator(GlyphAccumulator):
        def _extract_subset(self, options: Any = None) -> None:
            # pyHanko's default subset leaves out GSUB, GPOS and GDEF (harfbuzz has already
            # placed the glyphs, from its own copy of the font), but fontTools still parses
            # them before subsetting (about 40 ms for this font): drop them unread first.
            if options is None:
                for tag in _LAYOUT_TABLES:
                    if tag in self.tt:
                        del self.tt[tag]
            # And keep the glyphs' bytes as the font has them, as fontTools' own subsetter
            # does (recalc_bounds off), instead of decoding and re-encoding every outline to
            # recompute bounding boxes that do not change. The same outlines and metrics.
            self.tt.recalcBBoxes = False
            super()._extract_subset(options)

    @dataclass(frozen=True)
    class InMemoryFontFactory(GlyphAccumulatorFactory):
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return Accumulator(
                writer=writer,
                font_handle=io.BytesIO(_font_bytes(self.font_file)),
                font_size=self.font_size,
                ot_script_tag=self.ot_script_tag,
                ot_language_tag=self.ot_language_tag,
                writing_direction=self.writing_direction,
                bcp47_lang_code=self.bcp47_lang_code,
                obj_stream=obj_stream,
            )

    return InMemoryFontFactory(path, font_size=size)
