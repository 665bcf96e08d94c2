"""The layout of the minutes: the reportlab story, page by page (see ``docs/minutes.md``).

Order: header (team and number | national motto and date line), title, legal basis, time and
place, I. composition, II. findings (drafted text citing photos, then a table of figures),
III. the unit's explanation, IV. conclusions, V. recommendations with deadlines, the closing
statements and the signatures (kept together on one page), "Nơi nhận"; then Appendix I (the roll
call, header row repeated on every page) and Appendix II (the photos with capture time and
SHA-256), each starting on a new page.
"""

from __future__ import annotations

import io
import re
import weakref
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from inspector_app.domain.drafting import (
    ATTENDANCE_SECTION_ID,
    draft_conclusions,
    draft_findings_text,
    draft_recommendations,
)
from inspector_app.domain.findings import (
    Findings,
    SectionResult,
    StaffGroupResult,
    Tally,
    format_percent,
    percent,
)
from inspector_app.domain.forms import COMPLIANT, NOT_APPLICABLE, NOT_COMPLIANT
from inspector_app.domain.model import (
    AttendanceStatus,
    Inspection,
    InspectionStatus,
    Recommendation,
    StaffEntry,
    TeamRole,
)
from inspector_app.domain.text import clean_text, nfc
from inspector_app.reports import vn
from inspector_app.reports.fonts import SerifFonts
from inspector_app.reports.images import PreparedImage
from inspector_app.reports.layout import (
    BOTTOM,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    LEFT,
    PAGE_HEIGHT,
    PAGE_NUMBER_Y,
    PAGE_WIDTH,
    Box,
    Mark,
    Rule,
    SignatureSpace,
    Styles,
    balanced,
)
from inspector_app.reports.minutes import MinutesInput, ReportPhoto, SignatureRole

__all__ = ["ROLLCALL_COLUMNS", "Layout", "MinutesDocument", "cite_photos"]

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
TITLE = "BIÊN BẢN"
SUBJECT = "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại {unit}"
WORKING_HOURS = "Chấp hành thời gian làm việc"  # the drafted roll-call heading without a section

ROLE_TITLES = {
    SignatureRole.UNIT_REPRESENTATIVE: "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",
    SignatureRole.TEAM_HEAD: "TRƯỞNG ĐOÀN",
    SignatureRole.SECRETARY: "NGƯỜI LẬP BIÊN BẢN",
}
ROLE_REFUSED = {
    SignatureRole.UNIT_REPRESENTATIVE: "đại diện đơn vị được kiểm tra",
    SignatureRole.TEAM_HEAD: "Trưởng đoàn",
    SignatureRole.SECRETARY: "người lập biên bản",
}
TEAM_ROLES = {
    TeamRole.HEAD: "Trưởng đoàn",
    TeamRole.MEMBER: "Thành viên",
    TeamRole.SECRETARY: "Thư ký",
}
STATUS_LABELS = {
    AttendanceStatus.AT_POST: "Có mặt",
    AttendanceStatus.LATE: "Đến muộn",
    AttendanceStatus.AWAY: "Không có mặt tại vị trí",
    AttendanceStatus.ABSENT_WITH_LEAVE: "Vắng có lý do",
    AttendanceStatus.ABSENT_WITHOUT_LEAVE: "Vắng không lý do",
    None: "Chưa điểm danh",
}
VERDICTS = {COMPLIANT: "Đạt", NOT_COMPLIANT: "Không đạt", NOT_APPLICABLE: "Không áp dụng"}

# Appendix I: (header markup, width in mm, centred); the widths add up to the 165 mm text width.
ROLLCALL_COLUMNS: tuple[tuple[str, float, bool], ...] = (
    ("STT", 9, True),
    ("Họ và tên", 33, False),
    ("Chức vụ", 24, False),
    ("Quầy/<br/>Bàn", 16, False),
    ("Điểm danh", 19, True),
    ("Giờ đến", 12, True),
    ("Trang phục", 14, True),
    ("Thẻ", 13, True),
    ("Ghi chú", 25, False),
)

SIGNATURE_DRAWN_HEIGHT = 20 * mm
SIGNATURE_STAMP_HEIGHT = 15 * mm
PHOTO_MAX_WIDTH = 130 * mm
PHOTO_MAX_HEIGHT = 90 * mm  # two photos with their captions on a page


class _Paragraph(Paragraph):
    """A paragraph that breaks its lines once per width.

    Most paragraphs are wrapped two or three times at the same width (a ``KeepTogether``, a
    table or a page-break check wraps them, then the frame wraps them again to place them);
    the lines depend on the width alone, so the first result is kept. Its split halves are
    of this class too.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        wrapped = self._wrapped
        if wrapped is not None and wrapped[0] == availWidth and "blPara" in self.__dict__:
            return wrapped[1]  # (a split that found no room drops the lines: wrap again)
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


class _Together(KeepTogether):
    """A ``KeepTogether`` that, when it fits where it is, is placed as one flowable.

    ``KeepTogether`` measures its content, then always hands the frame its flowables one by one
    (after a frame break when they do not fit): each is wrapped and placed again, and every
    measure copies the frame. This one measures its content once and, when it fits, draws each
    flowable where the frame would have put it (the same space between them: the larger of the
    one's space after and the next one's space before). When it does not fit it splits as
    ``KeepTogether`` does: onto the next page, or across pages when taller than a page.
    """

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803
        placed: list[tuple[Flowable, float, float, float]] = []  # flowable, width, height, top
        height = 0.0
        after: float | None = None
        for flowable in self._content:
            w, h = flowable.wrapOn(self.canv, aW, 0xFFFFFFF)
            if after is not None:
                height += max(flowable.getSpaceBefore(), after)
            placed.append((flowable, w, h, height))
            height += h
            after = flowable.getSpaceAfter()
        self._placed = placed
        self._width = aW
        self._H = height
        self._H0 = placed[0][2] if placed else 0
        self._wrapInfo = aW, aH
        return aW, (height if height <= aH else 0xFFFFFF)  # too tall here: split

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        parts = super().split(aW, aH)
        if parts and isinstance(parts[0], type(self.FrameBreak)):
            return [parts[0], self]  # on the next page, still in one go
        return parts

    def draw(self) -> None:
        for flowable, w, h, top in self._placed:
            flowable.drawOn(self.canv, 0, self._H - top - h, _sW=self._width - w)


_PLAIN_FRAGS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def _plain_frag(style: Any) -> Any:
    """The one fragment reportlab's parser makes of plain text in ``style`` (text "x")."""
    frag = _PLAIN_FRAGS.get(style)
    if frag is None:
        _style, frags, _bullet = ParaParser().parse("x", style)
        frag = _PLAIN_FRAGS[style] = frags[0]
    return frag


def _p(text: str, style: Any) -> Paragraph:
    """A paragraph of plain text (escaped, NFC).

    Text with nothing to escape (no ``&``, ``<``, ``>``) is one fragment in the paragraph's
    style: made here from the parser's own fragment for that style, rather than by parsing
    each paragraph (a third of the cost of a short one).
    """
    text = nfc(text)
    if "&" in text or "<" in text or ">" in text:
        return _Paragraph(escape(text), style)
    text = cleanBlockQuotedText(text)  # what the parser is given: lines joined, spaces folded
    if not text:
        return _Paragraph("", style)
    return _Paragraph(text, style, frags=[_plain_frag(style).clone(text=text)])


def _m(markup: str, style: Any) -> Paragraph:
    """A paragraph of markup the caller escaped."""
    return _Paragraph(nfc(markup), style)


def _lines(text: str) -> list[str]:
    return [clean_text(line) for line in nfc(text).splitlines() if clean_text(line)]


def _sentence_end(text: str, end: str) -> str:
    return text.rstrip().rstrip(".;,:") + end


# --------------------------------------------------------------------------- photos in the text


@dataclass
class FindingsBlock:
    """One numbered part of the findings: its heading and its lines."""

    title: str
    lines: list[str]
    section: SectionResult | None = None  # None: the roll call without a section of its own


def split_findings(text: str, findings: Findings) -> list[FindingsBlock] | None:
    """Cut :func:`draft_findings_text` output into its numbered parts, each with its section;
    ``None`` if the text is not laid out as drafted (edited by hand, say)."""
    expected: list[tuple[str, SectionResult | None]] = []
    if not any(s.section.id == ATTENDANCE_SECTION_ID for s in findings.sections):
        expected.append((WORKING_HOURS, None))
    expected += [(s.section.title.get("vi"), s) for s in findings.sections]
    blocks: list[FindingsBlock] = []
    for line in nfc(text).splitlines():
        k = len(blocks)
        if k < len(expected) and line.strip() == f"{k + 1}. {expected[k][0]}":
            blocks.append(FindingsBlock(expected[k][0], [], expected[k][1]))
        elif blocks:
            if line.strip():
                blocks[-1].lines.append(line.strip())
        elif line.strip():
            return None
    return blocks if len(blocks) == len(expected) else None


def _photo_ref(numbers: Iterable[int]) -> str:
    return "ảnh số " + ", ".join(str(n) for n in sorted(set(numbers)))


def _name_end(line: str, name: str) -> int:
    """The index just past "đồng chí <name>" in ``line`` (whole name only), or -1."""
    needle = f"đồng chí {name}"
    start = 0
    while True:
        i = line.find(needle, start)
        if i < 0:
            return -1
        end = i + len(needle)
        if end >= len(line) or not line[end].isalpha():
            return end
        start = i + 1


def _insert_after_name(line: str, end: int, ref: str) -> str:
    """``đồng chí A (ghi chú)`` → ``đồng chí A (ghi chú; ảnh số 3)``; inside brackets
    ``(đồng chí A)`` → ``(đồng chí A – ảnh số 3)``; else ``đồng chí A (ảnh số 3)``."""
    if line[:end].count("(") > line[:end].count(")"):
        return f"{line[:end]} – {ref}{line[end:]}"
    if line.startswith(" (", end):
        depth = 0
        for j in range(end + 1, len(line)):
            if line[j] == "(":
                depth += 1
            elif line[j] == ")":
                depth -= 1
                if depth == 0:
                    return f"{line[:j]}; {ref}{line[j:]}"
    return f"{line[:end]} ({ref}){line[end:]}"


def cite_photos(
    blocks: list[FindingsBlock], photos: Sequence[ReportPhoto], staff: Sequence[StaffEntry]
) -> set[int]:
    """Write "(ảnh số N)" into the findings where each photo belongs; return the numbers cited.

    A photo linked to a checklist item goes to that item's part; one linked only to people goes
    to the first part that names one of them. Inside the part it is cited after the person's
    name ("đồng chí A (ghi chú; ảnh số 3)"), else at the end of the line naming the item, else
    on a line of its own at the end of the part.
    """
    names = {e.id: e.full_name for e in staff}
    anchors: dict[int, dict[tuple[str, Any], list[int]]] = {}
    for photo in photos:
        people = [names[i] for i in photo.staff_entry_ids if i in names]
        target = _target_block(blocks, photo, people)
        if target is None:
            continue
        block = blocks[target]
        slots = anchors.setdefault(target, {})
        placed = False
        for name in people:
            if any(_name_end(line, name) >= 0 for line in block.lines):
                slots.setdefault(("person", name), []).append(photo.number)
                placed = True
        if not placed and block.section is not None:
            for form_id, item_id in photo.items:
                index = _item_line(block, form_id, item_id)
                if index is not None:
                    slots.setdefault(("line", index), []).append(photo.number)
                    placed = True
                    break
        if not placed:
            slots.setdefault(("end", None), []).append(photo.number)
    cited: set[int] = set()
    for target, slots in anchors.items():
        block = blocks[target]
        end_numbers: list[int] = []
        for (kind, key), numbers in slots.items():
            cited.update(numbers)
            ref = _photo_ref(numbers)
            if kind == "person":
                for i, line in enumerate(block.lines):
                    end = _name_end(line, key)
                    if end >= 0:
                        block.lines[i] = _insert_after_name(line, end, ref)
                        break
            elif kind == "line":
                line = block.lines[key]
                block.lines[key] = (
                    f"{line[:-1]} ({ref})." if line.endswith(".") else f"{line} ({ref})"
                )
            else:
                end_numbers += numbers
        if end_numbers:
            block.lines.append(f"Hình ảnh minh họa: {_photo_ref(end_numbers)} (Phụ lục II).")
    return cited


def _target_block(blocks: list[FindingsBlock], photo: ReportPhoto, people: list[str]) -> int | None:
    for form_id, item_id in photo.items:
        for i, block in enumerate(blocks):
            s = block.section
            if (
                s is not None
                and s.form.id == form_id
                and any(it.id == item_id for it in s.section.items)
            ):
                return i
    for i, block in enumerate(blocks):
        if any(_name_end(line, name) >= 0 for line in block.lines for name in people):
            return i
    return None


def _item_line(block: FindingsBlock, form_id: str, item_id: str) -> int | None:
    s = block.section
    if s is None or s.form.id != form_id:
        return None
    item = next((it for it in s.section.items if it.id == item_id), None)
    if item is None:
        return None
    text = item.text.get("vi").strip().rstrip(".;").strip()
    for i, line in enumerate(block.lines):
        if text and text in line:
            return i
    return None


# --------------------------------------------------------------------------- the document


@dataclass
class Layout:
    """What the build found out about the pages."""

    page_count: int = 0
    body_page_count: int = 0
    signature_page_index: int = -1
    signature_boxes: dict[SignatureRole, tuple[int, Box]] = field(default_factory=dict)
    drawn_boxes: dict[SignatureRole, tuple[int, Box]] = field(default_factory=dict)
    image_count: int = 0
    warnings: list[str] = field(default_factory=list)


class _DocTemplate(BaseDocTemplate):
    def __init__(
        self, out: BinaryIO, on_page: Callable[[Canvas, BaseDocTemplate], None], **kw: Any
    ) -> None:
        super().__init__(
            out,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=LEFT,
            rightMargin=PAGE_WIDTH - LEFT - FRAME_WIDTH,
            topMargin=PAGE_HEIGHT - BOTTOM - FRAME_HEIGHT,
            bottomMargin=BOTTOM,
            **kw,
        )
        frame = Frame(
            LEFT,
            BOTTOM,
            FRAME_WIDTH,
            FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])


class MinutesDocument:
    """Builds the story of one set of minutes and lays it out."""

    def __init__(
        self,
        inp: MinutesInput,
        photos: Sequence[ReportPhoto],
        prepared: Sequence[PreparedImage | Future[PreparedImage]],
        fonts: SerifFonts,
    ) -> None:
        self.inp = inp
        self.ins: Inspection = inp.inspection
        self.findings = inp.findings
        self.photos = list(photos)
        self.prepared = list(prepared)
        self.fonts = fonts
        self.s = Styles(fonts)
        self.layout = Layout()
        self.day: date = self.ins.started_at.date()
        self.unit = clean_text(self.ins.unit.name) or "đơn vị"

    # -- building ---------------------------------------------------------------------------
    def build(self, out: BinaryIO) -> Layout:
        ins = self.ins
        head = ins.head()
        doc = _DocTemplate(
            out,
            self._on_page,
            title=nfc(f"Biên bản kiểm tra {ins.document_number}".strip()),
            author=nfc(clean_text(ins.team_name) or (head.full_name if head else "")),
            subject=nfc(SUBJECT.format(unit=self.unit)),
            creator="Inspector",
            keywords="biên bản kiểm tra",
            lang="vi-VN",
            displayDocTitle=1,
            initialFontName=self.fonts.regular,
            initialFontSize=13,
        )
        story = self.story()
        doc.build(story)
        self.layout.page_count = doc.page
        if self.layout.body_page_count == 0:
            self.layout.body_page_count = doc.page
        return self.layout

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self._header()
        story += self._title()
        story += self._opening()
        story += self._composition()
        story += self._findings()
        story += self._explanation()
        story += self._conclusions()
        story += self._recommendations()
        story.append(self._closing_and_signatures())
        story.append(Mark(self._on_body_end))
        story += self._rollcall_appendix()
        story += self._photo_appendix()
        return story

    def _on_body_end(self, page_index: int) -> None:
        self.layout.body_page_count = page_index + 1

    def _on_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        if self.ins.status is InspectionStatus.DRAFT:
            canv.setFillColor(colors.Color(0.85, 0.85, 0.85))
            canv.setFont(self.fonts.bold, 72)
            canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canv.rotate(45)
            canv.drawCentredString(0, 0, "DỰ THẢO")
            canv.restoreState()
            canv.saveState()
        if doc.page > 1:  # Decree 30: numbered from page 2, centred in the top margin
            canv.setFont(self.fonts.regular, 13)
            canv.drawCentredString(LEFT + FRAME_WIDTH / 2, PAGE_NUMBER_Y, str(doc.page))
        canv.restoreState()

    # -- header and title -------------------------------------------------------------------
    def _header(self) -> list[Flowable]:
        s = self.s
        ins = self.ins
        nation_width = stringWidth(NATION, self.fonts.bold, 12)
        right = nation_width + 2 * mm
        left = FRAME_WIDTH - right
        team = (clean_text(ins.team_name) or "Đoàn kiểm tra").upper()
        agency = clean_text(ins.agency.name).upper() if ins.agency else ""
        inner = left - 2
        team_width = min(stringWidth(team, self.fonts.bold, 12), inner)
        left_cell: list[Flowable] = []
        if agency:
            left_cell.append(_m(balanced(agency, self.fonts.regular, 12, inner), s.header_agency))
        left_cell += [
            _m(balanced(team, self.fonts.bold, 12, inner), s.header_team),
            Rule(team_width * 0.4, space_before=3),
        ]
        right_cell: list[Flowable] = [
            _p(NATION, s.motto_nation),
            _p(MOTTO, s.motto),
            Rule(stringWidth(MOTTO, self.fonts.bold, 13), space_before=3),
        ]
        number = clean_text(ins.document_number)
        number_text = f"Số: {number}" if number else "Số: ........"
        date_text = vn.place_and_date(self.inp.place, self.day)
        table = Table(
            [[left_cell, right_cell], [_p(number_text, s.number), _p(date_text, s.date_line)]],
            colWidths=[left, right],
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 1), (-1, 1), 4),
                ]
            ),
        )
        return [table]

    def _title(self) -> list[Flowable]:
        s = self.s
        subject = nfc(SUBJECT.format(unit=self.unit))
        width = min(stringWidth(subject, self.fonts.bold, 14), FRAME_WIDTH)
        return [
            _p(TITLE, s.title),
            _m(balanced(subject, self.fonts.bold, 14, FRAME_WIDTH), s.subtitle),
            Rule(width / 3, space_before=5, space_after=10),
        ]

    # -- opening ----------------------------------------------------------------------------
    def _opening(self) -> list[Flowable]:
        s = self.s
        ins = self.ins
        out: list[Flowable] = [_p(line, s.body_italic) for line in _lines(ins.legal_basis)]
        where = self.unit
        location = clean_text(ins.location) or clean_text(ins.unit.address)
        if location and location != self.unit:
            where = f"{self.unit} (địa chỉ: {location})"
        team = clean_text(ins.team_name) or "Đoàn kiểm tra"
        started = ins.started_at
        out.append(
            _p(
                f"Hôm nay, vào hồi {vn.clock(started)}, {vn.long_date(started.date())},"
                f" tại {where},"
                f" {team} tiến hành kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính"
                f" tại đơn vị.",
                s.body,
            )
        )
        return out

    def _composition(self) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [_p("I. THÀNH PHẦN", s.heading1), _p("1. Đoàn kiểm tra:", s.heading2)]
        order = {TeamRole.HEAD: 0, TeamRole.MEMBER: 1, TeamRole.SECRETARY: 2}
        team = sorted(self.ins.team, key=lambda m: order[m.role])
        lines = [self._person_line(m.full_name, m.position, TEAM_ROLES[m.role]) for m in team]
        out += self._dash_list(lines or ["(Chưa ghi nhận thành phần Đoàn kiểm tra)"])
        out.append(_p("2. Đại diện đơn vị được kiểm tra:", s.heading2))
        reps = [self._person_line(r.full_name, r.position) for r in self.ins.representatives]
        out += self._dash_list(reps or ["(Không có đại diện đơn vị)"])
        return out

    @staticmethod
    def _person_line(name: str, position: str, role: str = "") -> str:
        parts = [f"Đồng chí {clean_text(name)}"]
        parts += [p for p in (clean_text(position), role) if p]
        return " – ".join(parts)

    def _dash_list(self, lines: Sequence[str], last: str = ".") -> list[Flowable]:
        out = []
        for i, line in enumerate(lines):
            end = last if i == len(lines) - 1 else ";"
            out.append(_p(f"- {_sentence_end(line, end)}", self.s.item))
        return out

    # -- findings ---------------------------------------------------------------------------
    def _findings(self) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [_p("II. KẾT QUẢ KIỂM TRA", s.heading1)]
        text = self.inp.findings_text
        drafted = text is None
        if text is None:
            text = draft_findings_text(self.ins, self.findings, "vi")
        blocks = split_findings(text, self.findings)
        number = 0
        if blocks is not None:
            if drafted:
                cite_photos(blocks, self.photos, self.ins.staff)
            for number, block in enumerate(blocks, start=1):
                out.append(_p(f"{number}. {block.title}", s.heading2))
                out += [
                    _p(line, s.item if line.startswith("- ") else s.body) for line in block.lines
                ]
        else:
            for line in _lines(text):
                is_heading = re.match(r"^\d+\.\s+\S", line) is not None and len(line) < 120
                if is_heading:
                    number += 1
                out.append(_p(line, s.heading2 if is_heading else s.body))
        notes = _lines(self.ins.notes)
        if notes:
            number += 1
            out.append(_p(f"{number}. Ghi nhận khác", s.heading2))
            out += [_p(line, s.body) for line in notes]
        number += 1
        out.append(CondPageBreak(45 * mm))  # the heading with at least a few rows of the table
        out.append(_p(f"{number}. Tổng hợp kết quả kiểm tra", s.heading2_free))
        out.append(self._summary_table())
        out.append(
            _p(
                "Ghi chú: tỷ lệ có mặt, đến muộn, vắng tính trên số người đã được điểm"
                " danh; tỷ lệ về trang phục, thẻ tính trên số người có mặt đã được kiểm"
                " tra (không tính nội dung không áp dụng).",
                s.note,
            )
        )
        if self.ins.staff:
            out.append(
                _p("Danh sách điểm danh chi tiết tại Phụ lục I kèm theo Biên bản này.", s.body)
            )
        if self.photos:
            out.append(
                _p(
                    f"Hình ảnh ghi nhận trong quá trình kiểm tra (gồm"
                    f" {vn.count(len(self.photos))} ảnh) tại Phụ lục II kèm theo Biên bản"
                    f" này.",
                    s.body,
                )
            )
        return out

    def _summary_rows(self) -> list[tuple[str, str, str, str]]:
        """(STT, what, how many, share) rows of the figures table."""
        att = self.findings.attendance
        rec = att.recorded

        def pct(part: int, whole: int) -> str:
            return format_percent(percent(part, whole), "vi")

        rows = [
            ("1", "Công chức, viên chức theo danh sách", str(att.total), ""),
            ("2", "Có mặt tại thời điểm kiểm tra", str(att.present), pct(att.present, rec)),
            ("", "Trong đó: đến muộn", str(att.late), pct(att.late, rec)),
            ("", "Trong đó: không có mặt tại vị trí làm việc", str(att.away), pct(att.away, rec)),
            ("3", "Vắng có lý do", str(att.absent_with_leave), pct(att.absent_with_leave, rec)),
            (
                "4",
                "Vắng không có lý do",
                str(att.absent_without_leave),
                pct(att.absent_without_leave, rec),
            ),
        ]
        n = 4
        if att.not_recorded:
            n += 1
            rows.append((str(n), "Chưa điểm danh", str(att.not_recorded), ""))
        for group, ok_text, bad_text in (
            (self.findings.attire, "Trang phục đúng quy định", "Trang phục chưa đúng quy định"),
            (
                self.findings.badge,
                "Đeo thẻ đúng quy định",
                "Không đeo thẻ hoặc đeo thẻ không đúng quy định",
            ),
        ):
            if not group.items:
                continue
            t = group.tally
            n += 1
            rows.append((str(n), ok_text, str(t.compliant), pct(t.compliant, t.assessed)))
            rows.append(("", bad_text, str(t.not_compliant), pct(t.not_compliant, t.assessed)))
        unit = Tally.total_of(r.tally for r in self.findings.unit_items)
        if self.findings.unit_items:
            n += 1
            rows.append(
                (
                    str(n),
                    "Nội dung kiểm tra đối với đơn vị đạt yêu cầu",
                    str(unit.compliant),
                    pct(unit.compliant, unit.assessed),
                )
            )
            rows.append(
                (
                    "",
                    "Nội dung kiểm tra đối với đơn vị chưa đạt yêu cầu",
                    str(unit.not_compliant),
                    pct(unit.not_compliant, unit.assessed),
                )
            )
            if unit.not_applicable:
                rows.append(("", "Nội dung không áp dụng", str(unit.not_applicable), ""))
        return rows

    def _summary_table(self) -> Table:
        s = self.s
        data: list[list[Any]] = [
            [_p(h, s.cell_head) for h in ("STT", "Nội dung", "Số lượng (người/nội dung)", "Tỷ lệ")]
        ]
        widths = [12 * mm, FRAME_WIDTH - 12 * mm - 36 * mm - 25 * mm, 36 * mm, 25 * mm]
        for stt, what, value, share in self._summary_rows():
            data.append(
                [
                    _cell(stt, s.cell_center, widths[0] - 6),
                    _cell(what, s.cell, widths[1] - 6),
                    _cell(value, s.cell_center, widths[2] - 6),
                    _cell(share or "—", s.cell_center, widths[3] - 6),
                ]
            )
        return _grid_table(
            data, widths, padding=3, body=s.cell, centred=[0, 2, 3], spaceBefore=2, spaceAfter=2
        )

    # -- explanation, conclusions, recommendations ------------------------------------------
    def _explanation(self) -> list[Flowable]:
        s = self.s
        lines = _lines(self.ins.unit_explanation) or ["Đơn vị không có ý kiến giải trình."]
        return [
            _p("III. Ý KIẾN GIẢI TRÌNH CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA", s.heading1),
            *[_p(line, s.body) for line in lines],
        ]

    def _conclusions(self) -> list[Flowable]:
        s = self.s
        text = self.ins.conclusions
        if not clean_text(text):
            text = draft_conclusions(self.ins, self.findings, "vi")
        return [
            _p("IV. KẾT LUẬN", s.heading1),
            *[_p(line, s.item if line.startswith("- ") else s.body) for line in _lines(text)],
        ]

    def _recommendations(self) -> list[Flowable]:
        s = self.s
        recs: Sequence[Recommendation] = self.ins.recommendations
        if not recs:
            recs = draft_recommendations(self.ins, self.findings, "vi", today=self.day)
        out: list[Flowable] = [_p("V. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC", s.heading1)]
        if not recs:
            return [*out, _p("Đoàn kiểm tra không có kiến nghị.", s.body)]
        out.append(_p(f"Đoàn kiểm tra đề nghị {self.unit}:", s.body))
        for i, rec in enumerate(recs, start=1):
            text = escape(_sentence_end(clean_text(rec.text), "."))
            if rec.deadline is not None:
                text += f" <i>Thời hạn: trước ngày {vn.short_date(rec.deadline)}.</i>"
            out.append(_m(f"{i}. {text}", s.item))
        return out

    # -- closing and signatures -------------------------------------------------------------
    def _closing_and_signatures(self) -> Flowable:
        s = self.s
        ins = self.ins
        ended = ins.ended_at
        if ended is None:
            end_text = "Biên bản kết thúc vào hồi ..... giờ ..... phút cùng ngày."
        elif ended.date() == self.day:
            end_text = f"Biên bản kết thúc vào hồi {vn.clock(ended)} cùng ngày."
        else:
            end_text = f"Biên bản kết thúc vào hồi {vn.clock(ended)}, {vn.long_date(ended.date())}."
        refused = [
            role
            for role in SignatureRole
            if (sig := self.inp.signature(role)) is not None and sig.refused
        ]
        read_back = "Biên bản đã được đọc lại cho các thành viên cùng nghe, nhất trí ký tên"
        if refused:
            who = ", ".join(ROLE_REFUSED[r] for r in refused)
            read_back = (
                f"Biên bản đã được đọc lại cho các thành viên cùng nghe; {who} từ chối"
                f" ký, lý do được ghi tại phần chữ ký"
            )
        copies = max(1, self.inp.copies)
        if copies == 1:
            copies_text = "Biên bản được lập thành 01 bản, lưu tại Đoàn kiểm tra."
        else:
            copies_text = (
                f"Biên bản được lập thành {vn.count(copies)} bản có giá trị pháp lý"
                f" như nhau, Đoàn kiểm tra giữ {vn.count(copies - 1)} bản, đơn vị"
                f" được kiểm tra giữ 01 bản."
            )
        parts: list[Flowable] = [
            _p(end_text, s.body),
            _p(read_back + ".", s.body),
            _p(copies_text, s.body),
        ]
        appendices = []
        if ins.staff:
            appendices.append("Phụ lục I – Danh sách điểm danh công chức, viên chức")
        if self.photos:
            appendices.append(
                f"Phụ lục II – Hình ảnh ghi nhận tại buổi kiểm tra"
                f" ({vn.count(len(self.photos))} ảnh)"
            )
        if appendices:
            parts.append(_p("Kèm theo Biên bản này: " + "; ".join(appendices) + ".", s.body))
        parts.append(Spacer(1, 6))
        parts.append(self._signature_table())
        parts += self._recipients()
        return _Together(parts)

    def _signer_name(self, role: SignatureRole) -> str:
        sig = self.inp.signature(role)
        if sig is not None and clean_text(sig.signer_name):
            return sig.signer_name
        ins = self.ins
        if role is SignatureRole.UNIT_REPRESENTATIVE:
            return ins.representatives[0].full_name if ins.representatives else ""
        wanted = TeamRole.HEAD if role is SignatureRole.TEAM_HEAD else TeamRole.SECRETARY
        member = next((m for m in ins.team if m.role is wanted), None)
        return member.full_name if member else ""

    def _signature_table(self) -> Table:
        s = self.s
        roles = list(SignatureRole)
        width = FRAME_WIDTH / len(roles)
        rows: list[list[Any]] = [[], [], [], []]
        for role in roles:
            sig = self.inp.signature(role)
            image = refusal = None
            if sig is not None and sig.refused:
                reason = clean_text(sig.refused_reason) or "không nêu lý do"
                refusal = _p(f"Từ chối ký. Lý do: {_sentence_end(reason, '.')}", s.sig_refusal)
            elif sig is not None and sig.png_bytes:
                image = self._signature_image(role, sig.png_bytes)
            rows[0].append(
                _m(balanced(ROLE_TITLES[role], self.fonts.bold, 13, width - 8), s.sig_title)
            )
            rows[1].append(_p("(Ký, ghi rõ họ tên)", s.sig_hint))
            rows[2].append(
                SignatureSpace(
                    width - 8,
                    SIGNATURE_DRAWN_HEIGHT,
                    SIGNATURE_STAMP_HEIGHT,
                    image=image,
                    refusal=refusal,
                    on_place=self._placer(role, refused=refusal is not None),
                    on_image=self._count_image,
                )
            )
            rows[3].append(_p(clean_text(self._signer_name(role)), s.sig_name))
        return Table(
            rows,
            colWidths=[width] * len(roles),
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )

    def _signature_image(self, role: SignatureRole, png: bytes) -> ImageReader | None:
        try:
            from PIL import Image as PILImage

            with PILImage.open(io.BytesIO(png)) as check:
                check.verify()
            return ImageReader(io.BytesIO(png))
        except Exception as exc:  # noqa: BLE001 - a broken drawing leaves the space blank
            self.layout.warnings.append(f"signature image of {role.value} unreadable: {exc}")
            return None

    def _count_image(self) -> None:
        self.layout.image_count += 1

    def _placer(self, role: SignatureRole, *, refused: bool) -> Callable[[int, Box, Box], None]:
        def place(page: int, stamp: Box, drawn: Box) -> None:
            self.layout.signature_page_index = page
            self.layout.drawn_boxes[role] = (page, drawn)
            if not refused:
                self.layout.signature_boxes[role] = (page, stamp)

        return place

    def _photo_flowable(self, photo: ReportPhoto) -> Callable[[PreparedImage], Flowable]:
        def make(prepared: PreparedImage) -> Flowable:
            if prepared.path is not None:
                scale = min(PHOTO_MAX_WIDTH / prepared.width, PHOTO_MAX_HEIGHT / prepared.height)
                return _CountedImage(
                    str(prepared.path),
                    prepared.width * scale,
                    prepared.height * scale,
                    on_draw=self._count_image,
                )
            self.layout.warnings.append(
                f"photo {photo.number} ({photo.path.name}) not embedded: {prepared.error}"
            )
            return _p(f"[Không đọc được tệp ảnh {photo.path.name}]", self.s.caption)

        return make

    def _recipients(self) -> list[Flowable]:
        s = self.s
        names = [clean_text(n).rstrip(";.").strip() for n in self.inp.distribution]
        names = [n for n in names if n]
        if not names:
            return []
        lines = [_m("Nơi nhận:", s.recipients_title)]
        for i, name in enumerate(names):
            end = "." if i == len(names) - 1 else ";"
            lines.append(_p(f"- {name}{end}", s.recipient))
        return lines

    # -- appendices -------------------------------------------------------------------------
    def _appendix_head(self, number: str, title: str) -> list[Flowable]:
        s = self.s
        doc = clean_text(self.ins.document_number)
        ref = f"Biên bản số {doc}" if doc else "Biên bản kiểm tra"
        team = clean_text(self.ins.team_name) or "Đoàn kiểm tra"
        note = nfc(f"(Kèm theo {ref} ngày {vn.short_date(self.day)} của {team})")
        return [
            PageBreak(),
            _p(f"Phụ lục {number}", s.appendix),
            _m(balanced(nfc(title), self.fonts.bold, 13, FRAME_WIDTH), s.appendix_title),
            _m(balanced(note, self.fonts.italic, 13, FRAME_WIDTH), s.appendix_ref),
            Rule(FRAME_WIDTH / 4, space_before=5, space_after=10),
        ]

    def _rollcall_appendix(self) -> list[Flowable]:
        if not self.ins.staff:
            return []
        s = self.s
        attire = _verdicts(self.findings.attire)
        badge = _verdicts(self.findings.badge)
        photos_of: dict[str, list[int]] = {}
        for photo in self.photos:
            for entry_id in photo.staff_entry_ids:
                photos_of.setdefault(entry_id, []).append(photo.number)
        failures_of: dict[str, list[str]] = {}
        for failure in self.findings.staff_failures:
            if failure.person is not None:
                note = clean_text(failure.note) or clean_text(failure.item.text.get("vi"))
                failures_of.setdefault(failure.person.id, []).append(note)
        data: list[list[Any]] = [[_m(h, s.small_head) for h, _w, _c in ROLLCALL_COLUMNS]]
        for i, entry in enumerate(self.ins.staff, start=1):
            notes = [clean_text(entry.note)] if clean_text(entry.note) else []
            notes += [n for n in failures_of.get(entry.id, []) if n not in notes]
            if entry.added_on_site:
                notes.append("Bổ sung tại buổi kiểm tra")
            if entry.id in photos_of:
                notes.append(_photo_ref(photos_of[entry.id]).capitalize())
            arrival = f"{entry.arrival_time:%H:%M}" if entry.arrival_time else ""
            values = [
                str(i),
                clean_text(entry.full_name),
                clean_text(entry.position),
                clean_text(entry.counter),
                STATUS_LABELS.get(entry.attendance, ""),
                arrival,
                attire.get(entry.id, "—"),
                badge.get(entry.id, "—"),
                "; ".join(_sentence_end(n, "") for n in notes),
            ]
            data.append(
                [
                    _cell(v, s.small_center if centred else s.small, w * mm - 4)
                    for v, (_h, w, centred) in zip(values, ROLLCALL_COLUMNS, strict=True)
                ]
            )
        centred = [i for i, (_h, _w, c) in enumerate(ROLLCALL_COLUMNS) if c]
        table = _grid_table(
            data,
            [w * mm for _h, w, _c in ROLLCALL_COLUMNS],
            padding=2,
            body=s.small,
            centred=centred,
        )
        legend = _p(
            "Trang phục, Thẻ: Đạt / Không đạt / Không áp dụng; “—”: không kiểm tra"
            " (vắng mặt) hoặc chưa ghi nhận.",
            s.note,
        )
        return [
            *self._appendix_head("I", "DANH SÁCH ĐIỂM DANH CÔNG CHỨC, VIÊN CHỨC"),
            table,
            legend,
        ]

    def _photo_appendix(self) -> list[Flowable]:
        if not self.photos:
            return []
        s = self.s
        out = self._appendix_head("II", "HÌNH ẢNH GHI NHẬN TẠI BUỔI KIỂM TRA")
        for photo, prepared in zip(self.photos, self.prepared, strict=True):
            parts: list[Flowable] = [_Photo(prepared, self._photo_flowable(photo))]
            parts.append(self._caption(f"Ảnh số {photo.number}.", clean_text(photo.caption)))
            meta = []
            when = photo.captured_at
            meta.append(
                "Thời điểm chụp: "
                + (f"{vn.clock(when)}, ngày {vn.short_date(when)}" if when else "không xác định")
                + "."
            )
            if clean_text(photo.links_text):
                meta.append(f"Liên quan: {_sentence_end(clean_text(photo.links_text), '.')}")
            sha = f"Mã SHA-256 của tệp ảnh gốc: {photo.sha256.lower()}"
            out.append(
                _Together(
                    [
                        *parts,
                        self._centred([(" ".join(meta), False)], s.photo_meta),
                        self._centred([(sha, False)], s.photo_meta),
                        Spacer(1, 10),
                    ]
                )
            )
        return out

    def _caption(self, number: str, caption: str) -> Flowable:
        """The photo's number in bold, then its caption."""
        return self._centred([(number, True)] + ([(" " + caption, False)] if caption else []))

    def _centred(self, runs: list[tuple[str, bool]], style: Any = None) -> Flowable:
        """A centred line of text in runs, bold or not, across the page: drawn directly when
        it fits on one line with room to spare (most captions and photo details), else a
        paragraph."""
        style = style or self.s.caption
        text = [(nfc(t), self.fonts.bold if bold else style.fontName) for t, bold in runs]
        whole = "".join(t for t, _font in text)
        # as the paragraph would print it: no white space but single inner spaces
        plain = not any(c.isspace() and c != " " for c in whole) and "  " not in whole
        if plain and whole == whole.strip(" "):
            line = _Line(text, style)
            if line.text_width <= FRAME_WIDTH - 1:
                return line
        if not any(bold for _t, bold in runs):
            return _p(whole, style)
        return _m("".join(f"<b>{escape(t)}</b>" if b else escape(t) for t, b in runs), style)


class _Line(Flowable):
    """One centred line of text in runs of fonts, placed and drawn as a centred paragraph of
    that one line is (a paragraph with more than one font costs ten times as much to lay out);
    for a line that fits, which the caller checks."""

    def __init__(self, runs: Sequence[tuple[str, str]], style: Any) -> None:
        super().__init__()
        self.runs = list(runs)
        self.style = style  # its space before and after, as a paragraph's
        self.text_width = sum(stringWidth(t, f, style.fontSize) for t, f in self.runs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        style, canv = self.style, self.canv
        canv.saveState()
        canv.setFillColor(style.textColor)
        text = canv.beginText((self.width - self.text_width) / 2, self.height - style.fontSize)
        for run, font in self.runs:
            text.setFont(font, style.fontSize, style.leading)
            text.textOut(run)
        canv.drawText(text)
        canv.restoreState()


class _Photo(Flowable):
    """A photo, centred. Its file may still be being shrunk on another thread when the story is
    built: the future is waited for only when the layout reaches the photo, so the pages before
    the photos are laid out meanwhile."""

    def __init__(
        self,
        source: PreparedImage | Future[PreparedImage],
        make: Callable[[PreparedImage], Flowable],
    ) -> None:
        super().__init__()
        self._source = source
        self._make = make
        self._inner: Flowable | None = None
        self._inner_width = 0.0

    def _resolve(self) -> Flowable:
        if self._inner is None:
            source = self._source
            prepared = source.result() if isinstance(source, Future) else source
            self._inner = self._make(prepared)
        return self._inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._inner_width, height = self._resolve().wrap(availWidth, availHeight)
        self.width, self.height = availWidth, height
        return availWidth, height

    def draw(self) -> None:
        self._resolve().drawOn(self.canv, (self.width - self._inner_width) / 2, 0)


class _CountedImage(Flowable):
    """A JPEG file drawn at a given size, that reports when it is drawn.

    What reportlab's ``Image`` flowable draws for a file, without its opening the file a
    first time to read the size the caller already knows (the canvas reads it when drawing).
    """

    def __init__(
        self, filename: str, width: float, height: float, on_draw: Callable[[], None]
    ) -> None:
        super().__init__()
        self.filename = filename
        self.width, self.height = width, height
        self.hAlign = "CENTER"
        self._on_draw = on_draw

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.filename, 0, 0, self.width, self.height, mask="auto")
        self._on_draw()


def _verdicts(group: StaffGroupResult) -> dict[str, str]:
    out: dict[str, str] = {}
    for value, people in (
        (COMPLIANT, group.compliant),
        (NOT_COMPLIANT, group.not_compliant),
        (NOT_APPLICABLE, group.not_applicable),
    ):
        for person in people:
            out[person.id] = VERDICTS[value]
    return out


def _cell(text: str, style: Any, width: float) -> str | Paragraph:
    """A table cell: the plain string when it fits on one line (drawn directly, far cheaper
    than a paragraph), else a wrapping paragraph."""
    text = nfc(text)
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 0.5:
        return text
    return _p(text, style)


def _may_be_taller(cell: Any, width: float, limit: float) -> bool:
    """Whether a cell might be taller than ``limit`` (a generous estimate: wrapping a paragraph
    to know its height costs as much as laying it out)."""
    if not isinstance(cell, Paragraph):
        return False
    style = cell.style
    text = getattr(cell, "text", "")
    lines = len(text) * style.fontSize * 0.7 / max(width, 1.0) + 2 + text.count("<br/>")
    return lines * style.leading > limit / 2


def _fit_rows(
    rows: list[list[Any]],
    widths: Sequence[float],
    padding: float,
    limit: float,
    blank: Callable[[], Paragraph],
) -> list[list[Any]]:
    """Rows no taller than ``limit``: a taller row (a very long note, say) continues on extra
    rows, each cell's paragraph split where it must. Tables then split between rows only, so
    no row is ever cut by a page break."""
    out: list[list[Any]] = []
    inner = [w - 2 * padding for w in widths]
    for row in rows:
        if (
            not any(_may_be_taller(cell, w, limit) for cell, w in zip(row, inner, strict=True))
            or max(
                cell.wrap(w, 1e9)[1]
                for cell, w in zip(row, inner, strict=True)
                if isinstance(cell, Paragraph)
            )
            <= limit
        ):
            out.append(row)
            continue
        pieces: list[list[Any]] = []
        for cell, w in zip(row, inner, strict=True):
            parts: list[Any] = []
            if not isinstance(cell, Paragraph):
                pieces.append([cell])
                continue
            rest = cell
            while True:
                if rest.wrap(w, 1e9)[1] <= limit:
                    parts.append(rest)
                    break
                split = rest.split(w, limit)
                if len(split) < 2:
                    parts.append(rest)
                    break
                parts.append(split[0])
                rest = split[1]
            pieces.append(parts)
        for k in range(max(len(parts) for parts in pieces)):
            out.append([parts[k] if k < len(parts) else blank() for parts in pieces])
    return out


def _grid_table(
    data: list[list[Any]],
    widths: Sequence[float],
    padding: float,
    body: Any,
    centred: Sequence[int] = (),
    **kw: Any,
) -> Table:
    """A ruled table, header row repeated on every page, rows never cut by a page break.
    String cells are drawn in the ``body`` style's font, centred in the ``centred`` columns."""
    limit = FRAME_HEIGHT * 0.6
    rows = [data[0], *_fit_rows(data[1:], widths, padding, limit, lambda: _Paragraph("", body))]
    style = _grid_style(padding, body.fontName, body.fontSize, body.leading)
    for column in centred:
        style.add("ALIGN", (column, 1), (column, -1), "CENTER")
    return Table(rows, colWidths=list(widths), repeatRows=1, style=style, **kw)


def _grid_style(padding: float, font: str, size: float = 12, leading: float = 14) -> TableStyle:
    # FONTNAME: reportlab sets the cell font even for paragraph cells; never the default Helvetica
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), leading),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ]
    )
