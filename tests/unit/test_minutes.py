"""The minutes PDF of the demo's completed inspection, read back with pdfminer.six.

pdfminer.six (not pypdf) because the layout checks need where each glyph is: pdfminer gives every
character's box from the font's own widths, which is what "nothing runs outside the margins"
and "nothing overlaps" are about; pypdf gives only where each text run starts.

The helpers here (``read_pdf``, ``assert_layout_sound``, ``flat``) are also used by
``test_minutes_layout.py``.
"""

from __future__ import annotations

import io
import math
import shutil
import subprocess
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from inspector_app.reports import vn
from inspector_app.reports.build import build_minutes_input, default_distribution
from inspector_app.reports.layout import BOTTOM, LEFT, PAGE_HEIGHT, PAGE_WIDTH, RIGHT, TOP
from inspector_app.reports.minutes import (
    RenderResult,
    ReportPhoto,
    SignatureImage,
    SignatureRole,
    render_minutes,
    render_minutes_bytes,
)

TOLERANCE = 0.75  # points


# --------------------------------------------------------------------------- reading PDFs


@dataclass
class Glyph:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    font: str


@dataclass
class PageInfo:
    number: int  # from 1
    text: str
    glyphs: list[Glyph] = field(default_factory=list)
    images: list[tuple[float, float, float, float]] = field(default_factory=list)


@dataclass
class PdfInfo:
    pages: list[PageInfo]
    fonts: dict[str, bool]  # base font name -> embedded

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    @property
    def flat_text(self) -> str:
        return flat(self.text)

    @property
    def image_count(self) -> int:
        return sum(len(p.images) for p in self.pages)


def flat(text: str) -> str:
    """White space folded to single spaces (lines wrap anywhere)."""
    return " ".join(text.split())


def read_pdf(data: bytes) -> PdfInfo:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTImage, LTTextContainer
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    pages: list[PageInfo] = []
    for number, layout in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams()), start=1):
        page = PageInfo(number, "")
        texts: list[str] = []

        def walk(obj: object, page: PageInfo = page, texts: list[str] = texts) -> None:
            if isinstance(obj, LTChar):
                page.glyphs.append(
                    Glyph(obj.get_text(), obj.x0, obj.y0, obj.x1, obj.y1, obj.fontname)
                )
                return
            if isinstance(obj, LTImage):
                page.images.append((obj.x0, obj.y0, obj.x1, obj.y1))
                return
            if isinstance(obj, LTTextContainer) and not hasattr(obj, "__iter__"):
                return
            for child in getattr(obj, "__iter__", lambda: iter(()))():
                walk(child)

        for element in layout:
            in_top_margin = element.y0 > PAGE_HEIGHT - TOP  # the page number, kept out of text
            if isinstance(element, LTTextContainer) and not in_top_margin:
                texts.append(element.get_text())
            walk(element)
        page.text = "".join(texts)
        pages.append(page)
    fonts: dict[str, bool] = {}
    doc = PDFDocument(PDFParser(io.BytesIO(data)))
    for pdf_page in PDFPage.create_pages(doc):
        for ref in resolve1(pdf_page.resources.get("Font", {})).values():
            font = resolve1(ref)
            name = resolve1(font.get("BaseFont")).name
            descriptor = resolve1(font.get("FontDescriptor") or {})
            fonts[name] = any(k in descriptor for k in ("FontFile", "FontFile2", "FontFile3"))
    return PdfInfo(pages, fonts)


def visual_lines(page: PageInfo) -> list[str]:
    """The page's text line by line as it looks (table rows read across their cells)."""
    rows: list[list[Glyph]] = []
    for g in sorted(page.glyphs, key=lambda g: (-round(g.y0), g.x0)):
        if rows and abs(rows[-1][0].y0 - g.y0) < 1.5:
            rows[-1].append(g)
        else:
            rows.append([g])
    out = []
    for row in rows:
        row.sort(key=lambda g: g.x0)
        text = ""
        for prev, g in zip([None, *row], row, strict=False):
            if prev is not None and g.x0 - prev.x1 > 1.5 and not text.endswith(" "):
                text += " "
            text += g.text
        out.append(flat(text))
    return out


def table_text(pdf: PdfInfo) -> str:
    """All the pages' visual lines, one per line."""
    return "\n".join(line for page in pdf.pages for line in visual_lines(page))


def _is_page_number(page: PageInfo, g: Glyph) -> bool:
    return page.number > 1 and g.y0 > PAGE_HEIGHT - TOP and g.text.isdigit()


def assert_layout_sound(pdf: PdfInfo) -> None:
    """Every glyph and image inside the margins (the page number aside, in the top margin from
    page 2), and no two glyphs or a glyph and an image overlapping."""
    left, right = LEFT - TOLERANCE, PAGE_WIDTH - RIGHT + TOLERANCE
    bottom, top = BOTTOM - TOLERANCE, PAGE_HEIGHT - TOP + TOLERANCE
    for page in pdf.pages:
        numbers = []
        for g in page.glyphs:
            if not g.text.strip():
                continue
            if _is_page_number(page, g):
                numbers.append(g)
                continue
            assert left <= g.x0 and g.x1 <= right and bottom <= g.y0 and g.y1 <= top, (
                f"page {page.number}: {g.text!r} at ({g.x0:.1f}, {g.y0:.1f}, {g.x1:.1f},"
                f" {g.y1:.1f}) is outside the margins"
            )
        if page.number > 1:
            assert "".join(g.text for g in numbers) == str(page.number)
            middle = (min(g.x0 for g in numbers) + max(g.x1 for g in numbers)) / 2
            assert abs(middle - (LEFT + (PAGE_WIDTH - LEFT - RIGHT) / 2)) < 1
        for x0, y0, x1, y1 in page.images:
            assert left <= x0 and x1 <= right and bottom <= y0 and y1 <= top, page.number
        _assert_no_overlap(page)


def _assert_no_overlap(page: PageInfo) -> None:
    cell = 20.0
    grid: dict[tuple[int, int], list[tuple[float, float, float, float, str]]] = defaultdict(list)
    boxes = [(g.x0, g.y0, g.x1, g.y1, g.text) for g in page.glyphs if g.text.strip()]
    boxes += [(*box, "<image>") for box in page.images]
    for box in boxes:
        x0, y0, x1, y1, _t = box
        for i in range(math.floor(x0 / cell), math.floor(x1 / cell) + 1):
            for j in range(math.floor(y0 / cell), math.floor(y1 / cell) + 1):
                grid[i, j].append(box)
    for members in grid.values():
        for a_index, a in enumerate(members):
            for b in members[a_index + 1 :]:
                width = min(a[2], b[2]) - max(a[0], b[0])
                height = min(a[3], b[3]) - max(a[1], b[1])
                assert width <= 0.5 or height <= 0.5, (
                    f"page {page.number}: {a[4]!r} and {b[4]!r} overlap at"
                    f" ({max(a[0], b[0]):.1f}, {max(a[1], b[1]):.1f})"
                )


# --------------------------------------------------------------------------- fixtures


def make_jpeg(
    path: Path,
    size: tuple[int, int] = (2048, 1536),
    color: tuple[int, ...] = (90, 120, 160),
    label: str = "",
    orientation: int | None = None,
) -> Path:
    img = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(img)
    for k in range(0, size[0], 97):
        draw.line((k, 0, size[0] - k, size[1]), fill=(255, 255 - k % 255, 80), width=9)
    draw.text((40, 40), label, fill="white")
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    img.save(path, "JPEG", quality=85, exif=exif.tobytes())
    return path


def signature_png() -> bytes:
    img = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.line(
        [(20 + i * 5, 120 + int(50 * math.sin(i / 5))) for i in range(110)],
        fill=(20, 30, 140, 255),
        width=6,
    )
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


DEMO_COMPLETED = "completed"


@pytest.fixture
def demo_inspection_id(demo_ctx) -> str:  # type: ignore[no-untyped-def]
    from inspector_app.services.demo import _id

    return _id("inspection", DEMO_COMPLETED)


def make_demo_photos(ctx, inspection_id: str, folder: Path) -> list[ReportPhoto]:  # type: ignore[no-untyped-def]
    ins = ctx.inspections.get(inspection_id)
    people = {e.full_name: e.id for e in ins.staff}
    at = ins.started_at
    shots = [
        (
            "Đồng chí Mai Xuân Trường không đeo thẻ công chức tại Quầy 16",
            (people["Mai Xuân Trường"],),
            (("staff-discipline", "badge-worn"),),
        ),
        ("Trang phục của đồng chí Tạ Quang Vinh", (people["Tạ Quang Vinh"],), ()),
        ("Quầy 06 không có người làm việc", (people["Bùi Văn Hùng"],), ()),
        ("Bảng niêm yết thủ tục hành chính tại sảnh", (), (("workplace", "procedures-posted"),)),
    ]
    photos = []
    for number, (caption, staff, items) in enumerate(shots, start=1):
        path = make_jpeg(
            folder / f"photo{number}.jpg", label=str(number), orientation=6 if number == 2 else None
        )
        photos.append(
            ReportPhoto(
                path,
                caption,
                at + timedelta(minutes=5 * number),
                f"{number:x}" * 64,
                number,
                f"Ảnh {number}",
                staff,
                items,
            )
        )
    return photos


@pytest.fixture(scope="module")
def demo_render(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The demo's completed inspection with 4 photos, two drawn signatures and a refusal,
    rendered once for the module: (input, result, PDF bytes, parsed PDF)."""
    from inspector_app.paths import DataPaths
    from inspector_app.services.context import AppContext
    from inspector_app.services.demo import _id

    folder = tmp_path_factory.mktemp("minutes-demo")
    paths = DataPaths.resolve(folder / "data").ensure()
    shutil.copyfile(demo_db_template, paths.database)
    ctx = AppContext.open(paths)
    try:
        inspection_id = _id("inspection", DEMO_COMPLETED)
        png = signature_png()
        signatures = [
            SignatureImage(
                SignatureRole.UNIT_REPRESENTATIVE,
                None,
                "Không đồng ý với kết luận về trường hợp vắng không có lý do",
            ),
            SignatureImage(SignatureRole.TEAM_HEAD, png),
            SignatureImage(SignatureRole.SECRETARY, png),
        ]
        inp = build_minutes_input(
            ctx,
            inspection_id,
            photos=make_demo_photos(ctx, inspection_id, folder),
            signatures=signatures,
        )
    finally:
        ctx.close()
    out = folder / "minutes.pdf"
    result = render_minutes(inp, out)
    data = out.read_bytes()
    return inp, result, data, read_pdf(data)


# --------------------------------------------------------------------------- the demo


def test_demo_minutes_text(demo_render) -> None:  # type: ignore[no-untyped-def]
    inp, result, _data, pdf = demo_render
    text = pdf.flat_text
    assert unicodedata.is_normalized("NFC", text)
    day = inp.inspection.started_at.date()
    expected = [
        "SỞ NỘI VỤ THÀNH PHỐ HẢI PHÒNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 15/BB-ĐKT",
        f"Hải Phòng, {vn.long_date(day)}",
        "BIÊN BẢN",
        "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại Trung tâm Phục vụ"
        " hành chính công thành phố Hải Phòng",
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018",
        f"Hôm nay, vào hồi 07 giờ 35 phút, {vn.long_date(day)}, tại Trung tâm Phục vụ hành"
        " chính công thành phố Hải Phòng (địa chỉ: Số 18 đường Hoàng Diệu",
        "I. THÀNH PHẦN",
        "Đồng chí Nguyễn Đức Thành – Phó Giám đốc Sở Nội vụ – Trưởng đoàn;",
        "Đồng chí Trần Thị Kim Dung – Trưởng phòng Cải cách hành chính – Thành viên;",
        "Đồng chí Phạm Thu Hằng – Chuyên viên – Thư ký.",
        "2. Đại diện đơn vị được kiểm tra:",
        "Đồng chí Nguyễn Thị Hương – Phó Giám đốc Trung tâm.",
        "II. KẾT QUẢ KIỂM TRA",
        "có mặt 23 người, vắng 02 người, trong đó 01 người vắng có lý do và 01 người vắng"
        " không có lý do (đồng chí Bùi Văn Hùng – ảnh số 3)",
        "Có 01 người đi muộn: đồng chí Dương Văn Long (đến lúc 07 giờ 52 phút).",
        "đồng chí Tạ Quang Vinh (Mặc áo phông, không đúng trang phục công sở; ảnh số 2).",
        "đồng chí Mai Xuân Trường (Không đeo thẻ công chức trong giờ làm việc; ảnh số 1).",
        "Hình ảnh minh họa: ảnh số 4 (Phụ lục II).",
        "III. Ý KIẾN GIẢI TRÌNH CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA",
        "Đồng chí Bùi Văn Hùng đi giải quyết việc gia đình đột xuất nhưng chưa báo cáo lãnh"
        " đạo Trung tâm. Đơn vị xin tiếp thu và chấn chỉnh.",
        "IV. KẾT LUẬN",
        inp.inspection.conclusions,
        "V. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC",
        f"Thời hạn: trước ngày {vn.short_date(day + timedelta(days=7))}.",
        f"Thời hạn: trước ngày {vn.short_date(day + timedelta(days=15))}.",
        "Biên bản kết thúc vào hồi 09 giờ 25 phút cùng ngày.",
        "Biên bản đã được đọc lại cho các thành viên cùng nghe; đại diện đơn vị được kiểm tra"
        " từ chối ký, lý do được ghi tại phần chữ ký.",
        "Biên bản được lập thành 02 bản có giá trị pháp lý như nhau, Đoàn kiểm tra giữ 01 bản,"
        " đơn vị được kiểm tra giữ 01 bản.",
        "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",
        "TRƯỞNG ĐOÀN",
        "NGƯỜI LẬP BIÊN BẢN",
        "(Ký, ghi rõ họ tên)",
        "Từ chối ký. Lý do: Không đồng ý với kết luận về trường hợp vắng không có lý do.",
        "Nơi nhận:",
        "- Lãnh đạo Sở Nội vụ thành phố Hải Phòng (để báo cáo);",
        "- Lưu: Đoàn kiểm tra.",
        "Phụ lục I",
        "DANH SÁCH ĐIỂM DANH CÔNG CHỨC, VIÊN CHỨC",
        f"(Kèm theo Biên bản số 15/BB-ĐKT ngày {vn.short_date(day)} của Đoàn kiểm tra công vụ"
        " Sở Nội vụ)",
        "Phụ lục II",
        "HÌNH ẢNH GHI NHẬN TẠI BUỔI KIỂM TRA",
        "Ảnh số 1. Đồng chí Mai Xuân Trường không đeo thẻ công chức tại Quầy 16",
        "Mã SHA-256 của tệp ảnh gốc: " + "1" * 64,
        "Mã SHA-256 của tệp ảnh gốc: " + "4" * 64,
    ]
    for phrase in expected:
        assert flat(phrase) in text, phrase
    for entry in inp.inspection.staff:
        assert entry.full_name in text
    for rec in inp.inspection.recommendations:
        assert flat(rec.text) in text
    assert result.page_count == len(pdf.pages)


def test_demo_summary_table_figures(demo_render) -> None:  # type: ignore[no-untyped-def]
    _inp, _result, _data, pdf = demo_render
    text = table_text(pdf)
    for row in [
        "1 Công chức, viên chức theo danh sách 25 —",
        "2 Có mặt tại thời điểm kiểm tra 23 92%",
        "Trong đó: đến muộn 1 4%",
        "3 Vắng có lý do 1 4%",
        "4 Vắng không có lý do 1 4%",
        "5 Trang phục đúng quy định 22 95,7%",
        "Trang phục chưa đúng quy định 1 4,3%",
        "6 Đeo thẻ đúng quy định 22 95,7%",
        "7 Nội dung kiểm tra đối với đơn vị đạt yêu cầu 12 100%",
        "Nội dung kiểm tra đối với đơn vị chưa đạt yêu cầu 0 0%",
    ]:
        assert row in text, row


def test_demo_roll_call_rows(demo_render) -> None:  # type: ignore[no-untyped-def]
    _inp, _result, _data, pdf = demo_render
    appendix = table_text(pdf)
    assert "Dương Văn Long Chuyên viên Quầy 10 Đến muộn 07:52 Đạt Đạt" in appendix
    assert "Mai Xuân Trường Chuyên viên Quầy 16 Có mặt Đạt" in appendix
    assert "Vắng không lý do" in pdf.flat_text and "Vắng có lý do" in pdf.flat_text
    # the header row is repeated on every page of the table
    header_pages = [p for p in pdf.pages if "Họ và tên" in p.text]
    table_pages = [p for p in pdf.pages if "Quầy 0" in p.text and "Có mặt" in p.text]
    assert len(header_pages) >= 2 and len(header_pages) >= len(table_pages)


def test_demo_pages_fonts_images_and_layout(demo_render) -> None:  # type: ignore[no-untyped-def]
    _inp, result, data, pdf = demo_render
    # 1-3 the minutes, 4 closing and signatures, 5-6 the roll call, 7-8 two photos a page
    assert result.page_count == len(pdf.pages) == 8
    assert result.body_page_count == 4
    assert result.photo_count == 4
    # 4 photos + 2 drawn signatures (the representative refused)
    assert pdf.image_count == result.image_count == 6
    assert pdf.fonts and all(pdf.fonts.values()), pdf.fonts
    assert {name.split("+", 1)[-1] for name in pdf.fonts} == {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }
    assert result.font_family == "Liberation Serif"
    assert result.byte_size == len(data)
    assert not result.warnings
    assert_layout_sound(pdf)
    # no page number on page 1 (Decree 30)
    assert not any(
        _is_page_number(pdf.pages[0], g) or (g.y0 > PAGE_HEIGHT - TOP and g.text.isdigit())
        for g in pdf.pages[0].glyphs
    )


def test_signature_boxes(demo_render) -> None:  # type: ignore[no-untyped-def]
    _inp, result, _data, pdf = demo_render
    # the representative refused: no box for a digital signature of theirs
    assert set(result.signature_boxes) == {SignatureRole.TEAM_HEAD, SignatureRole.SECRETARY}
    assert set(result.drawn_boxes) == set(SignatureRole)
    page = result.signature_page_index
    assert page == result.body_page_count - 1  # the last page of the minutes proper
    signature_page = pdf.pages[page]
    assert "TRƯỞNG ĐOÀN" in signature_page.text
    assert "DANH SÁCH ĐIỂM DANH" not in signature_page.text
    lefts = []
    for role, (index, (x1, y1, x2, y2)) in result.signature_boxes.items():
        assert index == page
        assert LEFT <= x1 < x2 <= PAGE_WIDTH - RIGHT and BOTTOM <= y1 < y2 <= PAGE_HEIGHT - TOP
        assert x2 - x1 > 140 and y2 - y1 > 40  # room for a stamp
        # nothing is printed in the reserved box
        inside = [
            g
            for g in signature_page.glyphs
            if g.text.strip() and g.x0 < x2 and g.x1 > x1 and g.y0 < y2 and g.y1 > y1
        ]
        assert not inside, (role, "".join(g.text for g in inside))
        _d, (dx1, dy1, dx2, dy2) = result.drawn_boxes[role]
        assert (dx1, dx2, dy1) == (x1, x2, y2)  # the drawn signature sits right above
        lefts.append(x1)
    # left to right: representative | head | secretary
    head = result.signature_boxes[SignatureRole.TEAM_HEAD][1]
    secretary = result.signature_boxes[SignatureRole.SECRETARY][1]
    assert head[2] <= secretary[0]
    # the typed names sit under the boxes
    names = flat(signature_page.text)
    for name in ("Nguyễn Thị Hương", "Nguyễn Đức Thành", "Phạm Thu Hằng"):
        assert name in names
    # the drawn signatures are the images inside the drawn boxes
    for role in (SignatureRole.TEAM_HEAD, SignatureRole.SECRETARY):
        _d, (dx1, dy1, dx2, dy2) = result.drawn_boxes[role]
        assert any(
            dx1 - 1 <= ix0 and ix1 <= dx2 + 1 and dy1 - 1 <= iy0 and iy1 <= dy2 + 1
            for ix0, iy0, ix1, iy1 in signature_page.images
        )


def test_photos_are_embedded_small(demo_render) -> None:  # type: ignore[no-untyped-def]
    _inp, result, data, _pdf = demo_render
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTImage

    sizes = []

    def walk(obj: object) -> None:
        if isinstance(obj, LTImage):
            sizes.append(obj.srcsize)
            return
        for child in getattr(obj, "__iter__", lambda: iter(()))():
            walk(child)

    for layout in extract_pages(io.BytesIO(data)):
        walk(layout)
    photo_sizes = [s for s in sizes if s != (600, 240)]
    assert len(photo_sizes) == 4
    assert all(max(s) <= 1024 for s in photo_sizes)
    assert (768, 1024) in photo_sizes  # photo 2 carried EXIF orientation 6: turned upright
    assert result.byte_size < 2_000_000


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_says_embedded(demo_render, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _inp, _result, data, _pdf = demo_render
    path = tmp_path / "m.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), out.stdout


def test_render_to_a_file_object_is_the_same(demo_ctx, demo_inspection_id) -> None:  # type: ignore[no-untyped-def]
    inp = build_minutes_input(demo_ctx, demo_inspection_id, photos=(), signatures=())
    buffer = io.BytesIO()
    result = render_minutes(inp, buffer)
    assert buffer.getvalue().startswith(b"%PDF-")
    assert result.byte_size == len(buffer.getvalue())
    # no drawn signature and no refusal: three boxes, and blank space for pens on paper
    assert set(result.signature_boxes) == set(SignatureRole)
    assert result.image_count == 0
    assert read_pdf(buffer.getvalue()).image_count == 0


def test_draft_is_watermarked_and_falls_back_to_drafted_texts(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from inspector_app.services.demo import _id

    inp = build_minutes_input(demo_ctx, _id("inspection", "draft"), photos=(), signatures=())
    data, result = render_minutes_bytes(inp)
    text = read_pdf(data).flat_text
    assert "DỰ THẢO" in text
    assert "Số: ........" in text  # no number yet
    assert "Biên bản kết thúc vào hồi ..... giờ ..... phút cùng ngày." in text
    assert "Qua kiểm tra đột xuất việc chấp hành kỷ luật" in text  # drafted conclusions
    assert "có mặt 10 người; chưa ghi nhận tình trạng có mặt của 15 người." in text
    assert "Chưa điểm danh" in text
    assert result.page_count >= 3


def test_build_minutes_input_defaults(demo_ctx, demo_inspection_id) -> None:  # type: ignore[no-untyped-def]
    inp = build_minutes_input(demo_ctx, demo_inspection_id)
    assert inp.place == "Hải Phòng"
    assert inp.copies == 2
    assert inp.photos == ()  # the demo has no photos
    assert inp.signatures == ()
    assert list(inp.distribution) == default_distribution(inp.inspection)
    assert inp.findings.attendance.total == 25
    assert inp.image_cache_dir == demo_ctx.paths.root / "cache" / "minutes-images"


def test_photos_from_the_photo_service(demo_ctx, demo_inspection_id, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from inspector_app.photos.service import PhotoService

    ins = demo_ctx.inspections.get(demo_inspection_id)
    head = ins.head()
    assert head is not None
    demo_ctx.inspections.reopen(demo_inspection_id, head.full_name, "Bổ sung ảnh")
    trung = next(e.id for e in ins.staff if e.full_name == "Mai Xuân Trường")
    photos = PhotoService(demo_ctx.db)
    photos.add(
        demo_inspection_id,
        [make_jpeg(tmp_path / "a.jpg", label="a")],
        staff_ids=[trung],
        item=("staff-discipline", "badge-worn"),
        caption="Không đeo thẻ",
    )
    photos.add(
        demo_inspection_id, [make_jpeg(tmp_path / "b.jpg", color=(10, 200, 10))], caption="Sảnh chờ"
    )
    demo_ctx.inspections.complete(demo_inspection_id, ended_at=ins.ended_at)
    inp = build_minutes_input(demo_ctx, demo_inspection_id, signatures=())
    assert [p.number for p in inp.photos] == [1, 2]
    first = inp.photos[0]
    assert first.staff_entry_ids == (trung,)
    assert first.items == (("staff-discipline", "badge-worn"),)
    assert first.links_text.startswith("Đồng chí Mai Xuân Trường; nội dung “Đeo thẻ")
    assert len(first.sha256) == 64 and first.path.is_file()
    data, result = render_minutes_bytes(inp)
    text = read_pdf(data).flat_text
    assert "(Không đeo thẻ công chức trong giờ làm việc; ảnh số 1)" in text
    assert f"Mã SHA-256 của tệp ảnh gốc: {first.sha256}" in text
    assert result.image_count == 2
    # the print copies made at import are embedded as they are: nothing is shrunk
    for photo in inp.photos:
        assert photo.print_path is not None and photo.print_path.read_bytes() in data
    assert not list(inp.image_cache_dir.glob("*.jpg"))  # type: ignore[union-attr]


def test_the_photo_store_makes_print_copies_at_the_minutes_settings() -> None:
    from inspector_app.photos.pipeline import ImportOptions
    from inspector_app.reports.minutes import MinutesInput

    options, minutes = ImportOptions(), MinutesInput.__dataclass_fields__
    assert options.print_side == minutes["image_max_side"].default
    assert options.print_quality == minutes["image_quality"].default


def test_a_photo_without_a_print_copy_is_shrunk_for_the_minutes(  # type: ignore[no-untyped-def]
    demo_ctx, demo_inspection_id, tmp_path: Path
) -> None:
    """Photos imported before the store made print copies: shrunk on demand, and the shrunk
    copy is kept for the next render."""
    from inspector_app.photos.service import PhotoService

    ins = demo_ctx.inspections.get(demo_inspection_id)
    head = ins.head()
    assert head is not None
    demo_ctx.inspections.reopen(demo_inspection_id, head.full_name, "Bổ sung ảnh")
    service = PhotoService(demo_ctx.db)
    service.add(demo_inspection_id, [make_jpeg(tmp_path / "old.jpg")], caption="Ảnh cũ")
    (info,) = service.list(demo_inspection_id)
    made = service.store.print_path(info.file_sha256, 1024, 75)
    made.unlink()  # as if imported by an older version
    demo_ctx.inspections.complete(demo_inspection_id, ended_at=ins.ended_at)
    inp = build_minutes_input(demo_ctx, demo_inspection_id, signatures=())
    assert inp.photos[0].print_path is None
    data, result = render_minutes_bytes(inp)
    assert result.image_count == 1 and not result.warnings
    (shrunk,) = inp.image_cache_dir.glob("*.jpg")  # type: ignore[union-attr]
    assert shrunk.read_bytes() in data
    with Image.open(shrunk) as img:
        assert img.size == (1024, 768)
    assert "Ảnh số 1. Ảnh cũ" in read_pdf(data).flat_text


def test_times_are_local_and_dates_follow_decree_30() -> None:
    from datetime import date

    assert vn.long_date(date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert vn.long_date(date(2026, 3, 15)) == "ngày 15 tháng 3 năm 2026"
    assert vn.long_date(date(2026, 11, 2)) == "ngày 02 tháng 11 năm 2026"
    assert vn.place_and_date("Hải Phòng", date(2026, 1, 9)) == (
        "Hải Phòng, ngày 09 tháng 01 năm 2026"
    )
    assert vn.place_and_date("", date(2026, 1, 9)) == "Ngày 09 tháng 01 năm 2026"
    assert vn.clock(datetime(2026, 1, 1, 7, 5)) == "07 giờ 05 phút"
    assert vn.short_date(date(2026, 11, 9)) == "09/11/2026"
    assert [vn.count(n) for n in (0, 1, 9, 10, 123)] == ["0", "01", "09", "10", "123"]
    assert vn.place_from("Sở Nội vụ thành phố Hải Phòng") == "Hải Phòng"
    assert vn.place_from("UBND tỉnh Quảng Ninh", "x") == "Quảng Ninh"
    assert vn.place_from("Số 1, phường Lê Chân, TP. Hải Phòng") == "Hải Phòng"
    assert vn.place_from("Bộ phận Một cửa", "") == ""


def test_only_vietnamese(demo_ctx, demo_inspection_id) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    inp = build_minutes_input(demo_ctx, demo_inspection_id, photos=(), signatures=())
    with pytest.raises(ValueError, match="Vietnamese"):
        render_minutes_bytes(replace(inp, lang="en"))


def test_render_result_is_plain_data(demo_render) -> None:  # type: ignore[no-untyped-def]
    _inp, result, _data, _pdf = demo_render
    assert isinstance(result, RenderResult)
    page, box = result.signature_boxes[SignatureRole.TEAM_HEAD]
    assert isinstance(page, int) and len(box) == 4 and all(isinstance(v, float) for v in box)
    assert SignatureRole.TEAM_HEAD == "team_head"  # the signing code keys by these strings
