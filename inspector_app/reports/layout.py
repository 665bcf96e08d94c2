"""Page geometry, paragraph styles and the few custom flowables of the minutes.

Geometry follows Decree 30/2020/NĐ-CP, Appendix I: A4 portrait; margins top 20 mm, bottom 20 mm,
left 30 mm, right 15 mm (the low end of each range, which leaves the most room for tables); body
13 pt, justified, first-line indent 1 cm, at least 6 pt between paragraphs; page numbers centred
in the top margin from page 2 on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from inspector_app.reports.fonts import SerifFonts

__all__ = [
    "BODY_SIZE",
    "balanced",
    "BOTTOM",
    "FRAME_HEIGHT",
    "FRAME_WIDTH",
    "LEFT",
    "PAGE_HEIGHT",
    "PAGE_NUMBER_Y",
    "PAGE_WIDTH",
    "RIGHT",
    "TOP",
    "Box",
    "Mark",
    "Rule",
    "SignatureSpace",
    "Styles",
]

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP = 20 * mm
BOTTOM = 20 * mm
LEFT = 30 * mm
RIGHT = 15 * mm
FRAME_WIDTH = PAGE_WIDTH - LEFT - RIGHT  # 165 mm
FRAME_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM  # 257 mm
PAGE_NUMBER_Y = PAGE_HEIGHT - 12 * mm  # baseline of the page number, inside the top margin
BODY_SIZE = 13
INDENT = 10 * mm

Box = tuple[float, float, float, float]
"""A rectangle in PDF points, origin at the bottom left of the page: (x1, y1, x2, y2)."""


@dataclass
class Styles:
    """Every paragraph style of the minutes, built on the registered serif."""

    fonts: SerifFonts
    body: ParagraphStyle = field(init=False)

    def __post_init__(self) -> None:
        f = self.fonts

        def style(name: str, **kw: Any) -> ParagraphStyle:
            base: dict[str, Any] = {
                "fontName": f.regular,
                "fontSize": BODY_SIZE,
                "leading": 16,
                "alignment": TA_JUSTIFY,
                "spaceAfter": 6,
                "splitLongWords": 1,
            }
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.body = style("body", firstLineIndent=INDENT)
        self.body_italic = style("body-italic", fontName=f.italic, firstLineIndent=INDENT)
        self.item = style("item", firstLineIndent=INDENT)
        self.heading1 = style(
            "heading1",
            fontName=f.bold,
            firstLineIndent=INDENT,
            spaceBefore=6,
            keepWithNext=1,
            alignment=TA_LEFT,
        )
        self.heading2 = style(
            "heading2", fontName=f.bold, firstLineIndent=INDENT, keepWithNext=1, alignment=TA_LEFT
        )
        self.heading2_free = style(
            "heading2-free", fontName=f.bold, firstLineIndent=INDENT, alignment=TA_LEFT
        )
        self.header_agency = style(
            "header-agency", fontSize=12, leading=14, alignment=TA_CENTER, spaceAfter=0
        )
        self.header_team = style(
            "header-team",
            fontName=f.bold,
            fontSize=12,
            leading=14,
            alignment=TA_CENTER,
            spaceAfter=0,
        )
        self.motto_nation = style(
            "motto-nation",
            fontName=f.bold,
            fontSize=12,
            leading=14,
            alignment=TA_CENTER,
            spaceAfter=0,
        )
        self.motto = style(
            "motto", fontName=f.bold, fontSize=13, leading=15, alignment=TA_CENTER, spaceAfter=0
        )
        self.number = style("number", alignment=TA_CENTER, spaceAfter=0)
        self.date_line = style("date-line", fontName=f.italic, alignment=TA_CENTER, spaceAfter=0)
        self.title = style(
            "title",
            fontName=f.bold,
            fontSize=14,
            leading=17,
            alignment=TA_CENTER,
            spaceBefore=18,
            spaceAfter=2,
            keepWithNext=1,
        )
        self.subtitle = style(
            "subtitle",
            fontName=f.bold,
            fontSize=14,
            leading=17,
            alignment=TA_CENTER,
            spaceAfter=0,
            keepWithNext=1,
        )
        self.sig_title = style("sig-title", fontName=f.bold, alignment=TA_CENTER, spaceAfter=0)
        self.sig_hint = style("sig-hint", fontName=f.italic, alignment=TA_CENTER, spaceAfter=0)
        self.sig_name = style("sig-name", fontName=f.bold, alignment=TA_CENTER, spaceAfter=0)
        self.sig_refusal = style(
            "sig-refusal",
            fontName=f.italic,
            fontSize=11,
            leading=13,
            alignment=TA_CENTER,
            spaceAfter=0,
        )
        self.recipients_title = style(
            "recipients-title",
            fontName=f.bold_italic,
            fontSize=12,
            leading=14,
            alignment=TA_LEFT,
            spaceBefore=12,
            spaceAfter=0,
            keepWithNext=1,
        )
        self.recipient = style(
            "recipient", fontSize=11, leading=13, alignment=TA_LEFT, spaceAfter=0
        )
        self.cell = style("cell", fontSize=12, leading=14, alignment=TA_LEFT, spaceAfter=0)
        self.cell_center = style(
            "cell-center", fontSize=12, leading=14, alignment=TA_CENTER, spaceAfter=0
        )
        self.cell_head = style(
            "cell-head", fontName=f.bold, fontSize=12, leading=14, alignment=TA_CENTER, spaceAfter=0
        )
        self.small = style("small", fontSize=10, leading=12, alignment=TA_LEFT, spaceAfter=0)
        self.small_center = style(
            "small-center", fontSize=10, leading=12, alignment=TA_CENTER, spaceAfter=0
        )
        self.small_head = style(
            "small-head",
            fontName=f.bold,
            fontSize=10,
            leading=12,
            alignment=TA_CENTER,
            spaceAfter=0,
        )
        self.note = style("note", fontName=f.italic, fontSize=11, leading=13, spaceBefore=3)
        self.appendix = style("appendix", fontName=f.bold, alignment=TA_CENTER, spaceAfter=0)
        self.appendix_title = style(
            "appendix-title", fontName=f.bold, alignment=TA_CENTER, spaceAfter=0
        )
        self.appendix_ref = style(
            "appendix-ref", fontName=f.italic, alignment=TA_CENTER, spaceAfter=0
        )
        self.caption = style(
            "caption", fontSize=12, leading=14, alignment=TA_CENTER, spaceBefore=4, spaceAfter=1
        )
        self.photo_meta = style(
            "photo-meta", fontSize=10, leading=12, alignment=TA_CENTER, spaceAfter=0
        )
        self.page_number_font = f.regular


def balanced(text: str, font: str, size: float, width: float) -> str:
    """``text`` as paragraph markup whose lines are about equally long, none wider than
    ``width`` (headings wrapped this way read better than a long line and a short one).

    The fewest lines a greedy wrap needs at ``width``, then the narrowest width that still gives
    that many lines. A single word wider than ``width`` keeps a line to itself (the paragraph
    then splits it).
    """
    from xml.sax.saxutils import escape

    words = text.split()
    space = stringWidth(" ", font, size)
    sizes = [stringWidth(w, font, size) for w in words]

    def wrap(limit: float) -> list[list[str]]:
        lines: list[list[str]] = []
        current = 0.0
        for word, w in zip(words, sizes, strict=True):
            if lines and lines[-1] and current + space + w <= limit:
                lines[-1].append(word)
                current += space + w
            else:
                lines.append([word])
                current = w
        return lines

    if not words:
        return ""
    lines = wrap(width)
    if len(lines) > 1:
        target = len(lines)
        low, high = sum(sizes) / target, width
        for _ in range(25):
            middle = (low + high) / 2
            if len(wrap(middle)) <= target:
                high = middle
            else:
                low = middle
        lines = wrap(high)
    return "<br/>".join(escape(" ".join(line)) for line in lines)


class Rule(Flowable):
    """A horizontal line of ``length`` points, centred in the available width."""

    def __init__(
        self, length: float, thickness: float = 0.6, space_before: float = 2, space_after: float = 2
    ) -> None:
        super().__init__()
        self.length = length
        self.thickness = thickness
        self.space_before = space_before
        self.space_after = space_after
        self._avail = length

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._avail = availWidth
        return availWidth, self.space_before + self.thickness + self.space_after

    def draw(self) -> None:
        length = min(self.length, self._avail)
        x = (self._avail - length) / 2
        y = self.space_after + self.thickness / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, y, x + length, y)


class Mark(Flowable):
    """Zero-size: calls ``on_draw(page_index)`` when placed (where the main part ends, say)."""

    def __init__(self, on_draw: Callable[[int], None]) -> None:
        super().__init__()
        self.on_draw = on_draw

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.on_draw(self.canv.getPageNumber() - 1)


class SignatureSpace(Flowable):
    """The room for one signature, between "(Ký, ghi rõ họ tên)" and the typed name.

    Two bands, top to bottom:

    * the **drawn** band holds the signature drawn on screen (a PNG) or, when the person refused,
      the words "Từ chối ký. Lý do: …";
    * the **stamp** band is left empty: it is the place reserved for a PAdES visible signature
      (``on_place`` reports it in page coordinates when it is drawn).

    With neither an image nor a refusal, the whole space is blank for a pen on paper.
    """

    def __init__(
        self,
        width: float,
        drawn_height: float,
        stamp_height: float,
        image: Any | None = None,
        refusal: Paragraph | None = None,
        on_place: Callable[[int, Box, Box], None] | None = None,
        on_image: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.width = width
        self.drawn_height = drawn_height
        self.stamp_height = stamp_height
        self.image = image  # a reportlab ImageReader
        self.refusal = refusal
        self.on_place = on_place
        self.on_image = on_image
        self._refusal_height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self.refusal is not None:
            _w, self._refusal_height = self.refusal.wrap(self.width - 4, availHeight)
            self.drawn_height = max(self.drawn_height, self._refusal_height + 6)
        return self.width, self.drawn_height + self.stamp_height

    def draw(self) -> None:
        canv = self.canv
        drawn_y = self.stamp_height
        if self.refusal is not None:
            y = drawn_y + (self.drawn_height - self._refusal_height) / 2
            self.refusal.drawOn(canv, 2, y)
        elif self.image is not None:
            pad = 2
            canv.drawImage(
                self.image,
                pad,
                drawn_y + pad,
                self.width - 2 * pad,
                self.drawn_height - 2 * pad,
                preserveAspectRatio=True,
                anchor="c",
                mask="auto",
            )
            if self.on_image is not None:
                self.on_image()
        if self.on_place is not None:
            x0, y0 = canv.absolutePosition(0, 0)
            x1, y1 = canv.absolutePosition(self.width, self.stamp_height)
            dx1, dy1 = canv.absolutePosition(self.width, self.stamp_height + self.drawn_height)
            stamp: Box = (round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2))
            drawn: Box = (round(x0, 2), round(y1, 2), round(dx1, 2), round(dy1, 2))
            self.on_place(canv.getPageNumber() - 1, stamp, drawn)
