"""The minutes at their longest: nothing cut, nothing outside the margins, nothing overlapping.

200 staff with very long names, positions and notes (one note long enough to need more than a
page), 100 photos, a 5,000-character conclusion, long recommendations, a long refusal to sign;
and the pieces the layout is built from (balanced headings, photo citations, shrunk images,
font discovery). The PDF helpers come from ``test_minutes.py``.
"""

from __future__ import annotations

import itertools
import random
import re
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image
from test_minutes import (
    PdfInfo,
    assert_layout_sound,
    flat,
    make_jpeg,
    read_pdf,
    signature_png,
    visual_lines,
)

from inspector_app.domain.findings import compute_findings
from inspector_app.domain.forms import COMPLIANT, NOT_COMPLIANT
from inspector_app.domain.model import (
    AgencyInfo,
    Answer,
    AttendanceStatus,
    Inspection,
    InspectionStatus,
    Recommendation,
    Representative,
    StaffEntry,
    TeamMember,
    TeamRole,
    UnitInfo,
)
from inspector_app.reports.document import (
    ROLLCALL_COLUMNS,
    FindingsBlock,
    cite_photos,
    split_findings,
)
from inspector_app.reports.layout import BOTTOM, LEFT, PAGE_HEIGHT, PAGE_WIDTH, RIGHT, TOP
from inspector_app.reports.minutes import (
    MinutesInput,
    ReportPhoto,
    SignatureImage,
    SignatureRole,
    render_minutes_bytes,
)

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
MIDDLE = [
    "Thị Phương",
    "Văn Quang",
    "Hoàng Bảo",
    "Ngọc Minh",
    "Thanh Thủy",
    "Đức Trọng",
    "Xuân Hồng",
    "Thị Diễm",
]
GIVEN = [
    "Thảo Nguyên",
    "Châu Anh",
    "Khánh Linh",
    "Quốc Việt",
    "Bảo Ngọc",
    "Hải Đăng",
    "Tường Vy",
    "Minh Khuê",
    "Gia Huy",
    "Thiên Ân",
]

CONCLUSION_SENTENCE = (
    "Đơn vị cần tiếp tục chấn chỉnh việc chấp hành kỷ luật, kỷ cương hành chính, bảo đảm công"
    " chức, viên chức có mặt đúng giờ, đeo thẻ và mặc trang phục theo quy định; người đứng đầu"
    " đơn vị chịu trách nhiệm kiểm tra, đôn đốc thường xuyên. "
)


def long_names(n: int) -> list[str]:
    combos = itertools.product(FAMILY, MIDDLE, GIVEN, ["Tôn Nữ", "Công Tằng Tôn Nữ", ""])
    names = []
    for family, middle, given, extra in combos:
        names.append(" ".join(p for p in (family, extra, middle, given) if p))
        if len(names) == n:
            return names
    raise AssertionError("not enough names")


def long_inspection(catalog, staff_count: int = 200) -> Inspection:  # type: ignore[no-untyped-def]
    rnd = random.Random(7)
    forms = tuple(catalog.defaults())
    tz = timezone(timedelta(hours=7))
    started = datetime(2026, 1, 5, 7, 31, tzinfo=tz)
    statuses = [AttendanceStatus.AT_POST] * 6 + [
        AttendanceStatus.LATE,
        AttendanceStatus.AWAY,
        AttendanceStatus.ABSENT_WITH_LEAVE,
        AttendanceStatus.ABSENT_WITHOUT_LEAVE,
        None,
    ]
    staff = []
    for i, name in enumerate(long_names(staff_count)):
        status = statuses[i % len(statuses)]
        note = ""
        if i % 17 == 3:
            note = "Ghi chú dài về tình trạng làm việc của công chức tại quầy. " * 5
        if i == 42:
            note = "Một ghi chú rất dài, phải sang trang mới thấy hết nội dung. " * 40
        staff.append(
            StaffEntry(
                id=f"s{i:03d}",
                full_name=name,
                position="Chuyên viên chính phụ trách tiếp nhận hồ sơ đất đai"
                " và tài nguyên môi trường"
                if i % 3 == 0
                else "Chuyên viên",
                counter=f"Quầy tiếp nhận và trả kết quả số {i % 40 + 1} – khu vực B",
                attendance=status,
                arrival_time=time(7, 45 + i % 14) if status is AttendanceStatus.LATE else None,
                note=note,
            )
        )
    answers = []
    for form in forms:
        for _section, item in form.items():
            if item.scope == "staff" and item.answer == "compliance":
                for entry in staff:
                    if entry.attendance in (
                        AttendanceStatus.ABSENT_WITH_LEAVE,
                        AttendanceStatus.ABSENT_WITHOUT_LEAVE,
                    ):
                        continue
                    bad = rnd.random() < 0.06
                    answers.append(
                        Answer(
                            form.id,
                            item.id,
                            NOT_COMPLIANT if bad else COMPLIANT,
                            "Vi phạm được ghi nhận tại chỗ, có ảnh kèm theo." if bad else "",
                            entry.id,
                        )
                    )
            elif item.answer == "compliance":
                answers.append(
                    Answer(
                        form.id,
                        item.id,
                        NOT_COMPLIANT if rnd.random() < 0.4 else COMPLIANT,
                        "Chưa đạt, cần khắc phục ngay.",
                    )
                )
    unit_name = (
        "Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục hành chính thuộc Văn phòng"
        " Hội đồng nhân dân và Ủy ban nhân dân huyện Thủy Nguyên, thành phố Hải Phòng"
    )
    return Inspection(
        id="long",
        unit=UnitInfo(
            "u",
            unit_name,
            address="Số 1 đường Lê Lợi, thị trấn Núi Đèo, huyện Thủy Nguyên, thành phố Hải Phòng",
        ),
        status=InspectionStatus.COMPLETED,
        started_at=started,
        ended_at=started + timedelta(hours=3, minutes=12),
        document_number="123/BB-ĐKTLN",
        team_name="Đoàn kiểm tra liên ngành về cải cách hành chính, kỷ luật, kỷ cương hành chính"
        " năm 2026 của Ủy ban nhân dân thành phố",
        agency=AgencyInfo("a", "Ủy ban nhân dân thành phố Hải Phòng"),
        legal_basis="\n".join(
            f"Căn cứ văn bản số {k}/2026/QĐ-UBND ngày 0{k}/01/2026 của Ủy ban"
            f" nhân dân thành phố về việc kiểm tra công vụ đợt {k};"
            for k in range(1, 9)
        ),
        team=(
            TeamMember(
                "h",
                "Nguyễn Công Tằng Tôn Nữ Thị Phương Thảo Nguyên",
                TeamRole.HEAD,
                "Phó Chủ tịch Ủy ban nhân dân thành phố, Trưởng ban chỉ đạo",
            ),
            *(
                TeamMember(
                    f"m{k}", f"Thành viên số {k} Lê Văn Khoa", TeamRole.MEMBER, "Chuyên viên chính"
                )
                for k in range(6)
            ),
            TeamMember("sec", "Hoàng Bảo Ngọc Minh Khuê", TeamRole.SECRETARY, "Chuyên viên"),
        ),
        representatives=tuple(
            Representative(f"r{k}", f"Đại diện số {k} Trần Thị Hương", "Chánh Văn phòng")
            for k in range(5)
        ),
        forms=forms,
        staff=tuple(staff),
        answers=tuple(answers),
        notes="Ghi nhận thêm: hệ thống xếp hàng tự động hoạt động không ổn định. " * 6,
        unit_explanation="Đơn vị giải trình chi tiết về từng trường hợp vi phạm. " * 30,
        conclusions=(CONCLUSION_SENTENCE * 30)[:5000].rsplit(" ", 1)[0] + ".",
        recommendations=tuple(
            Recommendation(
                f"rec{k}",
                f"Kiến nghị số {k}: " + "khắc phục ngay các tồn tại đã nêu tại biên bản; " * 8,
                started.date() + timedelta(days=7 + k),
            )
            for k in range(12)
        ),
    )


def many_photos(ins: Inspection, folder: Path, count: int) -> list[ReportPhoto]:
    items = [(f.id, it.id) for f in ins.forms for _s, it in f.items()]
    photos = []
    for n in range(1, count + 1):
        size = (2048, 1536) if n % 25 == 1 else ((480, 640) if n % 2 else (640, 480))
        path = make_jpeg(
            folder / f"p{n:03d}.jpg",
            size=size,
            color=(n * 37 % 255, n * 91 % 255, n * 53 % 255),
            label=str(n),
        )
        staff = (ins.staff[n % len(ins.staff)].id,) if n % 3 else ()
        linked = (items[n % len(items)],) if n % 4 == 0 else ()
        photos.append(
            ReportPhoto(
                path,
                "Chú thích rất dài của ảnh mô tả chi tiết hiện trường, vị trí và người liên"
                f" quan trong ảnh số {n}, " * 3,
                ins.started_at + timedelta(minutes=n),
                f"{n:064x}",
                n,
                "Đồng chí " + ins.staff[n % len(ins.staff)].full_name,
                staff,
                linked,
            )
        )
    return photos


@pytest.fixture(scope="module")
def long_render(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from inspector_app.services.forms import FormCatalog

    folder = tmp_path_factory.mktemp("long-minutes")
    ins = long_inspection(FormCatalog())
    photos = many_photos(ins, folder, 100)
    png = signature_png()
    inp = MinutesInput(
        ins,
        compute_findings(ins),
        photos=photos,
        place="Thủy Nguyên",
        copies=4,
        distribution=[f"Cơ quan nhận số {k} (để biết và phối hợp thực hiện)" for k in range(12)],
        signatures=[
            SignatureImage(
                SignatureRole.UNIT_REPRESENTATIVE,
                None,
                "Không nhất trí với nội dung biên bản. " * 12,
            ),
            SignatureImage(SignatureRole.TEAM_HEAD, png),
            SignatureImage(SignatureRole.SECRETARY, png),
        ],
        image_cache_dir=folder / "cache",
    )
    data, result = render_minutes_bytes(inp)
    (folder / "long.pdf").write_bytes(data)
    return inp, result, data, read_pdf(data)


def _column_text(pdf: PdfInfo, first_page: int, column: int) -> str:
    """The roll call's ``column`` read down its pages, one flat string."""
    x0 = LEFT + sum(w for _h, w, _c in ROLLCALL_COLUMNS[:column]) * 72 / 25.4
    x1 = x0 + ROLLCALL_COLUMNS[column][1] * 72 / 25.4
    lines = []
    for page in pdf.pages[first_page:]:
        if "Phụ lục II" in page.text:
            break
        from test_minutes import PageInfo

        part = PageInfo(
            page.number,
            "",
            [g for g in page.glyphs if x0 <= (g.x0 + g.x1) / 2 <= x1 and g.y1 < PAGE_HEIGHT - TOP],
        )
        lines += visual_lines(part)
    return flat(" ".join(lines))


@pytest.mark.slow
def test_long_minutes_keep_everything(long_render) -> None:  # type: ignore[no-untyped-def]
    inp, result, _data, pdf = long_render
    ins = inp.inspection
    assert result.page_count == len(pdf.pages)
    assert pdf.image_count == result.image_count == 100 + 2
    text = pdf.flat_text
    assert flat(ins.conclusions) in text
    assert len(ins.conclusions) >= 4900
    first_appendix = next(
        i
        for i, p in enumerate(pdf.pages)
        if "Phụ lục I" in p.text and "DANH SÁCH ĐIỂM DANH" in p.text
    )
    names = _column_text(pdf, first_appendix, 1)
    for entry in ins.staff:
        assert entry.full_name in names, entry.full_name
    notes = _column_text(pdf, first_appendix, 8).replace(" Ghi chú ", " ")  # header rows out
    assert flat(ins.staff[42].note).rstrip(".") in notes  # split over rows and pages
    for rec in ins.recommendations:
        assert flat(rec.text.rstrip("; ")) in text
    for photo in inp.photos:
        assert f"Ảnh số {photo.number}." in text
        assert photo.sha256 in text
    assert flat("Từ chối ký. Lý do: " + "Không nhất trí với nội dung biên bản. " * 12) in text
    for member in ins.team:
        assert member.full_name in text
    assert "- Cơ quan nhận số 11 (để biết và phối hợp thực hiện)." in text


@pytest.mark.slow
def test_long_minutes_stay_inside_the_margins(long_render) -> None:  # type: ignore[no-untyped-def]
    _inp, _result, _data, pdf = long_render
    assert_layout_sound(pdf)


@pytest.mark.slow
def test_long_minutes_signature_page(long_render) -> None:  # type: ignore[no-untyped-def]
    _inp, result, _data, pdf = long_render
    page = result.signature_page_index
    assert page == result.body_page_count - 1
    assert set(result.signature_boxes) == {SignatureRole.TEAM_HEAD, SignatureRole.SECRETARY}
    for index, (x1, y1, x2, y2) in result.signature_boxes.values():
        assert index == page
        assert LEFT <= x1 < x2 <= PAGE_WIDTH - RIGHT and BOTTOM <= y1 < y2 <= PAGE_HEIGHT - TOP
    text = flat(pdf.pages[page].text)
    assert "TRƯỞNG ĐOÀN" in text and "Biên bản kết thúc vào hồi 10 giờ 43 phút cùng ngày" in text
    assert "DANH SÁCH ĐIỂM DANH" in flat(pdf.pages[page + 1].text)
    assert result.byte_size < 15_000_000


def test_a_word_longer_than_a_line_is_split_not_cut(tmp_path: Path) -> None:
    from dataclasses import replace

    from inspector_app.services.forms import FormCatalog

    ins = long_inspection(FormCatalog(), staff_count=6)
    word = "Nguyễnthịhoàngphươngthảongọcminhchâubảoanhkhánhlinhquốcviệt" * 3
    ins = replace(
        ins,
        unit=replace(ins.unit, name=word),
        team_name=word,
        staff=(replace(ins.staff[0], full_name=word, note=word, counter=word), *ins.staff[1:]),
        representatives=(Representative("r", word, word),),
        conclusions=word,
    )
    photo = ReportPhoto(
        make_jpeg(tmp_path / "a.jpg", size=(300, 900)), word, None, "0" * 64, 1, word
    )
    data, result = render_minutes_bytes(
        MinutesInput(ins, compute_findings(ins), photos=[photo], distribution=[word])
    )
    pdf = read_pdf(data)
    assert_layout_sound(pdf)
    assert word in re.sub(r"\s+", "", pdf.text)
    assert result.page_count == len(pdf.pages)


# --------------------------------------------------------------------------- the pieces


def test_balanced_headings() -> None:
    from inspector_app.reports.fonts import serif_fonts
    from inspector_app.reports.layout import balanced

    fonts = serif_fonts()
    assert balanced("SỞ NỘI VỤ", fonts.bold, 12, 200) == "SỞ NỘI VỤ"
    two = balanced("ĐOÀN KIỂM TRA CÔNG VỤ SỞ NỘI VỤ", fonts.bold, 12, 200)
    assert two == "ĐOÀN KIỂM TRA<br/>CÔNG VỤ SỞ NỘI VỤ"
    assert balanced("A &amp; <b>", fonts.regular, 12, 500) == "A &amp;amp; &lt;b&gt;"
    assert balanced("", fonts.regular, 12, 100) == ""


def _blocks(text: str, findings) -> list[FindingsBlock]:  # type: ignore[no-untyped-def]
    blocks = split_findings(text, findings)
    assert blocks is not None
    return blocks


def test_cite_photos_next_to_names_and_items(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from inspector_app.domain.drafting import draft_findings_text
    from inspector_app.services.demo import _id

    ins = demo_ctx.inspections.get(_id("inspection", "completed"))
    findings = compute_findings(ins)
    people = {e.full_name: e.id for e in ins.staff}
    blocks = _blocks(draft_findings_text(ins, findings), findings)
    assert [b.title for b in blocks][:3] == [
        "Chấp hành thời gian làm việc",
        "Trang phục",
        "Thẻ công chức, viên chức và biển tên",
    ]
    photo = ReportPhoto(Path("x.jpg"), "", None, "", 0, "")
    photos = [
        ReportPhoto(Path("1.jpg"), "", None, "", 1, "", (people["Dương Văn Long"],)),
        ReportPhoto(Path("2.jpg"), "", None, "", 2, "", (people["Dương Văn Long"],)),
        ReportPhoto(Path("3.jpg"), "", None, "", 3, "", (), (("workplace", "counters-tidy"),)),
        ReportPhoto(Path("4.jpg"), "", None, "", 4, "", (people["Võ Thành Công"],)),  # not named
        photo,
    ]
    cited = cite_photos(blocks, photos, ins.staff)
    assert cited == {1, 2, 3}
    assert (
        "Có 01 người đi muộn: đồng chí Dương Văn Long (đến lúc 07 giờ 52 phút; ảnh số 1, 2)."
    ) in blocks[0].lines
    workplace = next(b for b in blocks if b.title == "Nơi làm việc")
    assert workplace.lines[-1] == "Hình ảnh minh họa: ảnh số 3 (Phụ lục II)."


def test_split_findings_refuses_edited_text(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from inspector_app.services.demo import _id

    ins = demo_ctx.inspections.get(_id("inspection", "completed"))
    assert split_findings("Văn bản do thư ký tự viết.", compute_findings(ins)) is None


def test_hand_written_findings_are_printed_as_given(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from inspector_app.reports.build import build_minutes_input
    from inspector_app.services.demo import _id

    inp = build_minutes_input(demo_ctx, _id("inspection", "completed"), photos=(), signatures=())
    inp = replace(inp, findings_text="1. Về giờ giấc\nMọi người đến đúng giờ & <đủ> mặt.")
    data, _result = render_minutes_bytes(inp)
    text = read_pdf(data).flat_text
    assert "1. Về giờ giấc Mọi người đến đúng giờ & <đủ> mặt. 2. Tổng hợp kết quả kiểm tra" in text


def test_prepare_image(tmp_path: Path) -> None:
    from inspector_app.reports.images import prepare_image, prepare_images

    big = make_jpeg(tmp_path / "big.jpg")  # 2048 × 1536: decoded at half scale
    small = make_jpeg(tmp_path / "small.jpg", size=(800, 600))
    turned = make_jpeg(tmp_path / "turned.jpg", size=(800, 600), orientation=8)
    png = tmp_path / "a.png"
    Image.new("RGBA", (3000, 1000), (255, 0, 0, 128)).save(png)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a jpeg")
    cache = tmp_path / "cache"
    out = prepare_images([big, small, turned, png, broken, tmp_path / "missing.jpg"], cache)
    assert [(p.width, p.height) for p in out[:4]] == [
        (1024, 768),
        (800, 600),
        (600, 800),
        (1024, 341),
    ]
    assert out[1].path == small  # small enough and upright: embedded as it is
    for prepared in out[:4]:
        assert prepared.ok and prepared.data is not None and prepared.data[:2] == b"\xff\xd8"
    assert not out[4].ok and "UnidentifiedImageError" in out[4].error
    assert not out[5].ok and out[5].error and out[5].data is None
    assert sorted(cache.glob("*.jpg")) == sorted(p.path for p in (out[0], out[2], out[3]))
    assert not list(cache.glob("*.part"))
    again = prepare_image(big, cache)
    assert again.path == out[0].path and again.data == out[0].data


def test_a_missing_photo_is_reported_not_fatal(demo_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from inspector_app.reports.build import build_minutes_input
    from inspector_app.services.demo import _id

    missing = ReportPhoto(tmp_path / "gone.jpg", "Ảnh đã mất", None, "f" * 64, 1, "")
    inp = build_minutes_input(
        demo_ctx,
        _id("inspection", "completed"),
        photos=[missing],
        signatures=[SignatureImage(SignatureRole.TEAM_HEAD, b"junk")],
    )
    data, result = render_minutes_bytes(inp)
    text = read_pdf(data).flat_text
    assert "[Không đọc được tệp ảnh gone.jpg]" in text and "f" * 64 in text
    assert result.image_count == 0
    assert [w.split(" ", 2)[:2] for w in result.warnings] == [
        ["signature", "image"],
        ["photo", "1"],
    ]


def test_a_photo_whose_caption_is_longer_than_a_page(demo_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A photo with its caption does not fit on any page: the caption continues on the next
    pages, whole, as the other text does."""
    from inspector_app.reports.build import build_minutes_input
    from inspector_app.services.demo import _id

    caption = " ".join(f"Câu mô tả số {k} của hiện trường tại quầy tiếp nhận." for k in range(160))
    photo = ReportPhoto(make_jpeg(tmp_path / "a.jpg"), caption, None, "e" * 64, 1, "")
    inp = build_minutes_input(
        demo_ctx, _id("inspection", "completed"), photos=[photo], signatures=()
    )
    data, result = render_minutes_bytes(inp)
    pdf = read_pdf(data)
    assert result.image_count == 1
    assert flat(f"Ảnh số 1. {caption}") in pdf.flat_text and "e" * 64 in pdf.flat_text
    photo_pages = [p for p in pdf.pages if "Câu mô tả số" in p.text]
    assert len(photo_pages) >= 2
    assert_layout_sound(pdf)


def _kept_together_pdf(block: type) -> bytes:  # type: ignore[type-arg]
    """A few paragraphs, then groups kept together: one that fits where it is, one that goes
    to the next page, one taller than a page."""
    import io

    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

    from inspector_app.reports.document import _p
    from inspector_app.reports.fonts import serif_fonts
    from inspector_app.reports.layout import FRAME_HEIGHT, FRAME_WIDTH, Styles

    s = Styles(serif_fonts())
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    frame = Frame(LEFT, BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, 0, 0, 0, 0)
    doc.addPageTemplates([PageTemplate("p", [frame])])
    text = "Nội dung kiểm tra được ghi nhận đầy đủ tại buổi làm việc. "
    story = [_p(text * 6, s.body) for _ in range(3)]
    for lines in (3, 60, 160):
        story.append(
            block(
                [
                    _p(f"Tiêu đề nhóm {lines}", s.heading2),
                    _p(text * lines, s.caption),
                    _p("Dòng ghi chú.", s.photo_meta),
                    Spacer(1, 10),
                ]
            )
        )
    doc.build(story)
    return out.getvalue()


def test_groups_kept_together_land_where_keeptogether_puts_them() -> None:
    from reportlab.platypus import KeepTogether

    from inspector_app.reports.document import _Together

    def glyphs(data: bytes) -> list[list[tuple[str, float, float]]]:
        return [
            [(g.text, round(g.x0, 2), round(g.y0, 2)) for g in page.glyphs]
            for page in read_pdf(data).pages
        ]

    ours, theirs = glyphs(_kept_together_pdf(_Together)), glyphs(_kept_together_pdf(KeepTogether))
    assert len(ours) == len(theirs) >= 4
    assert ours == theirs


def test_a_one_line_caption_is_drawn_where_its_paragraph_would_be() -> None:
    import io

    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    from inspector_app.reports.document import _Line
    from inspector_app.reports.fonts import serif_fonts
    from inspector_app.reports.layout import FRAME_HEIGHT, FRAME_WIDTH, Styles

    fonts = serif_fonts()
    s = Styles(fonts)
    captions = ["Quầy số 3 không có người lúc 7 giờ 45", "", "Thẻ đeo sai vị trí"]

    def pdf(flowables: list) -> list[list[tuple[str, float, float, str]]]:  # type: ignore[type-arg]
        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
        doc.addPageTemplates(
            [PageTemplate("p", [Frame(LEFT, BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, 0, 0, 0, 0)])]
        )
        doc.build(flowables)
        return [
            [(g.text, round(g.x0, 2), round(g.y0, 2), g.font) for g in page.glyphs]
            for page in read_pdf(out.getvalue()).pages
        ]

    paragraphs = [
        Paragraph(f"<b>Ảnh số {n}.</b> {c}", s.caption) for n, c in enumerate(captions, 1)
    ]
    lines = [
        _Line(
            [(f"Ảnh số {n}.", fonts.bold)] + ([(" " + c, fonts.regular)] if c else []),
            s.caption,
        )
        for n, c in enumerate(captions, 1)
    ]
    assert pdf(lines) == pdf(paragraphs)


def test_plain_paragraphs_are_what_the_parser_makes() -> None:
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    from inspector_app.domain.text import nfc
    from inspector_app.reports.document import _p
    from inspector_app.reports.fonts import serif_fonts
    from inspector_app.reports.layout import Styles

    s = Styles(serif_fonts())
    texts = [
        "Hôm nay  có\tmặt\n đủ ",
        "Nguye\u0302\u0303n Va\u0306n A",  # NFD
        "A & B <b> C",
        "số\xa0liệu",
        "",
        "   ",
    ]
    for style in (s.body, s.heading1, s.caption, s.small_center, s.sig_name):
        for text in texts:
            ours, parsed = _p(text, style), Paragraph(escape(nfc(text)), style)
            assert ours.text == parsed.text
            assert [vars(f) for f in ours.frags] == [vars(f) for f in parsed.frags], text


def test_fonts_prefer_a_complete_times_new_roman(monkeypatch, tmp_path: Path) -> None:
    from inspector_app.reports import fonts

    # a "Times New Roman" without Vietnamese letters is passed over
    latin = tmp_path / "latin"
    latin.mkdir()
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not dejavu.exists():
        pytest.skip("DejaVu Sans not installed")
    candidate = fonts._Candidate("Times New Roman", "system", (dejavu,) * 4)  # noqa: SLF001
    assert fonts._load(candidate) is not None  # noqa: SLF001 - DejaVu covers Vietnamese
    bundled = fonts.bundled_candidate()
    assert bundled.exists() and fonts._load(bundled) is not None  # noqa: SLF001
    for path in bundled.paths:
        assert path.stat().st_size > 300_000
    assert (bundled.paths[0].parent / "LiberationSerif-OFL.txt").is_file()
    assert len(fonts.VIETNAMESE_LETTERS) == 2 * (12 * 6 + 17)
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"\0" * 100)
    assert fonts._load(fonts._Candidate("x", "system", (broken,) * 4)) is None  # noqa: SLF001
