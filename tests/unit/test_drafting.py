"""The drafted findings, conclusions and recommendations: exact names, phrases, dates."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time

import pytest

from inspector_app.domain.drafting import (
    draft_conclusions,
    draft_findings_text,
    draft_recommendations,
)
from inspector_app.domain.findings import compute_findings
from inspector_app.domain.forms import (
    COMPLIANT,
    NOT_APPLICABLE,
    NOT_COMPLIANT,
    Choice,
    Form,
    Item,
    LocalizedText,
    Section,
    load_forms,
)
from inspector_app.domain.model import (
    Answer,
    AttendanceStatus,
    Inspection,
    InspectionStatus,
    StaffEntry,
    UnitInfo,
)
from inspector_app.paths import forms_dir

S = AttendanceStatus
UNIT = "Bộ phận Một cửa UBND phường Bến Nghé"
TODAY = date(2025, 2, 3)


def lt(vi: str, en: str) -> LocalizedText:
    return LocalizedText(vi=vi, en=en)


def item(item_id: str, vi: str, en: str, **fields: object) -> Item:
    fields.setdefault("answer", "compliance")
    return Item(id=item_id, text=lt(vi, en), **fields)  # type: ignore[arg-type]


def staff_item(item_id: str, vi: str, en: str, severity: str = "minor") -> Item:
    return item(item_id, vi, en, scope="staff", severity=severity)


STAFF_FORM = Form(
    id="staff-discipline",
    version=1,
    title=lt("Kỷ luật, kỷ cương hành chính", "Staff discipline"),
    sections=(
        Section(
            id="attendance",
            title=lt("Chấp hành thời gian làm việc", "Working hours"),
            items=(
                staff_item(
                    "no-personal-matters",
                    "Không làm việc riêng trong giờ làm việc",
                    "No personal matters",
                    "major",
                ),
            ),
        ),
        Section(
            id="attire",
            title=lt("Trang phục", "Attire"),
            items=(
                staff_item("attire-neat", "Trang phục gọn gàng, lịch sự", "Neat attire"),
                staff_item("attire-uniform", "Mặc đồng phục theo quy định", "Uniform worn"),
            ),
        ),
        Section(
            id="badge",
            title=lt("Thẻ công chức, viên chức và biển tên", "Staff card and name tag"),
            items=(staff_item("badge-worn", "Đeo thẻ công chức", "Card worn", "major"),),
        ),
        Section(
            id="service-attitude",
            title=lt("Thái độ phục vụ", "Service attitude"),
            items=(
                staff_item(
                    "no-harassment", "Không hách dịch, sách nhiễu", "No harassment", "critical"
                ),
            ),
        ),
    ),
)

UNIT_FORM = Form(
    id="workplace",
    version=1,
    title=lt("Nơi làm việc", "Workplace"),
    sections=(
        Section(
            id="workplace",
            title=lt("Nơi làm việc", "Workplace"),
            items=(
                item("bright-green-clean", "Nơi làm việc sáng, xanh, sạch, đẹp", "Clean"),
                item(
                    "equipment-working",
                    "Trang thiết bị hoạt động tốt",
                    "Equipment working",
                    severity="major",
                ),
            ),
        ),
        Section(
            id="public-posting",
            title=lt("Niêm yết công khai", "Public posting"),
            items=(
                item(
                    "fees-posted",
                    "Niêm yết công khai mức phí, lệ phí",
                    "Fees and charges posted",
                    severity="major",
                ),
                item("code-of-conduct-posted", "Niêm yết Quy tắc ứng xử", "Code of conduct"),
            ),
        ),
        Section(
            id="dossiers",
            title=lt("Tiếp nhận hồ sơ", "Receiving dossiers"),
            items=(
                item("logbook", "Sổ theo dõi hồ sơ khớp với phần mềm", "Logbook matches"),
                item(
                    "on-time-rate",
                    "Tỷ lệ hồ sơ giải quyết đúng hạn",
                    "Share settled on time",
                    answer="number",
                    unit=lt("%", "%"),
                ),
                item(
                    "late-count",
                    "Số hồ sơ quá hạn",
                    "Dossiers settled late",
                    answer="number",
                    unit=lt("hồ sơ", "dossiers"),
                ),
                item(
                    "opened-at",
                    "Thời điểm bắt đầu tiếp nhận hồ sơ",
                    "Counter opened at",
                    answer="time",
                ),
                item(
                    "channel",
                    "Hình thức tiếp nhận hồ sơ",
                    "How dossiers are received",
                    answer="choice",
                    choices=(
                        Choice(value="direct", label=lt("Trực tiếp", "In person")),
                        Choice(value="both", label=lt("Cả trực tiếp và trực tuyến", "Both")),
                    ),
                ),
            ),
        ),
    ),
)

NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Văn Cường",
    "Phạm Thị Dung",
    "Ngô Văn Đạt",
    "Đỗ Thị Hoa",
    "Bùi Thị Hằng",
    "Đặng Văn Khoa",
    "Hoàng Văn Em",
    "Vũ Thị Giang",
    "Phan Văn Hải",
    "Trịnh Thị Lan",
    "Đinh Văn Long",
    "Lý Thị Mai",
    "Mai Văn Nam",
    "Cao Thị Ngọc",
    "Dương Văn Phúc",
    "Tạ Thị Quyên",
    "Hồ Văn Sơn",
    "Lưu Thị Thảo",
    "Chu Văn Tuấn",
    "Kiều Thị Uyên",
    "Tô Văn Vinh",
    "Quách Thị Xuân",
    "Lâm Văn Yên",
]
STATUS = {
    "Nguyễn Văn An": S.ABSENT_WITHOUT_LEAVE,
    "Trần Thị Bình": S.ABSENT_WITH_LEAVE,
    "Lê Văn Cường": S.LATE,
    "Phạm Thị Dung": S.AWAY,
}
ARRIVALS = {"Lê Văn Cường": time(7, 45)}
FAILURES = {
    ("badge-worn", "Ngô Văn Đạt"): "để thẻ trong túi áo.",
    ("badge-worn", "Đỗ Thị Hoa"): "",
    ("attire-neat", "Bùi Thị Hằng"): "mặc áo phông",
    ("no-personal-matters", "Đặng Văn Khoa"): "xem phim trên điện thoại",
}
UNIT_ANSWERS = [
    Answer("workplace", "bright-green-clean", COMPLIANT),
    Answer("workplace", "equipment-working", NOT_COMPLIANT, "máy quét hỏng từ tháng 01"),
    Answer("workplace", "fees-posted", NOT_COMPLIANT, ""),
    Answer("workplace", "code-of-conduct-posted", COMPLIANT),
    Answer("workplace", "logbook", COMPLIANT),
    Answer("workplace", "on-time-rate", "98.5"),
    Answer("workplace", "late-count", "3"),
    Answer("workplace", "opened-at", "07:30"),
    Answer("workplace", "channel", "both"),
]


def make_staff(names: list[str] = NAMES) -> tuple[StaffEntry, ...]:
    return tuple(
        StaffEntry(
            id=f"s{i:02d}",
            full_name=name,
            attendance=STATUS.get(name, S.AT_POST),
            arrival_time=ARRIVALS.get(name),
        )
        for i, name in enumerate(names)
    )


def staff_answers(
    staff: tuple[StaffEntry, ...], failures: dict[tuple[str, str], str], form: Form = STAFF_FORM
) -> list[Answer]:
    answers = []
    for entry in staff:
        if entry.attendance in (S.ABSENT_WITH_LEAVE, S.ABSENT_WITHOUT_LEAVE):
            continue
        for it in form.staff_items():
            note = failures.get((it.id, entry.full_name))
            value = NOT_COMPLIANT if note is not None else COMPLIANT
            if it.id == "attire-uniform":
                value = NOT_APPLICABLE
            answers.append(Answer(form.id, it.id, value, note or "", entry.id))
    return answers


def make_inspection(
    staff: tuple[StaffEntry, ...] | None = None,
    answers: list[Answer] | None = None,
    forms: tuple[Form, ...] = (STAFF_FORM, UNIT_FORM),
    unit: str = UNIT,
) -> Inspection:
    staff = make_staff() if staff is None else staff
    if answers is None:
        answers = staff_answers(staff, FAILURES) + UNIT_ANSWERS
    return Inspection(
        id="insp-1",
        unit=UnitInfo(id="u1", name=unit),
        status=InspectionStatus.DRAFT,
        started_at=datetime(2025, 2, 3, 7, 30),
        forms=forms,
        staff=staff,
        answers=tuple(answers),
    )


def drafts(inspection: Inspection, lang: str = "vi") -> tuple[str, str, list[tuple[str, date]]]:
    findings = compute_findings(inspection)
    text = draft_findings_text(inspection, findings, lang)
    conclusions = draft_conclusions(inspection, findings, lang)
    recommendations = draft_recommendations(inspection, findings, lang, today=TODAY)
    return text, conclusions, [(r.text, r.deadline) for r in recommendations]  # type: ignore[misc]


@pytest.fixture(scope="module")
def vi() -> tuple[str, str, list[tuple[str, date]]]:
    return drafts(make_inspection())


@pytest.fixture(scope="module")
def en() -> tuple[str, str, list[tuple[str, date]]]:
    return drafts(make_inspection(), "en")


def lines(text: str) -> list[str]:
    return text.split("\n")


# --------------------------------------------------------------------------- findings text (vi)


def test_roll_call_sentence(vi: tuple[str, str, list[tuple[str, date]]]) -> None:
    assert (
        "Tại thời điểm kiểm tra, đơn vị có 25 công chức, viên chức được bố trí làm việc tại "
        "Bộ phận Một cửa UBND phường Bến Nghé; có mặt 23 người, vắng 02 người, trong đó 01 người"
        " vắng có lý do và 01 người vắng không có lý do (đồng chí Nguyễn Văn An)."
    ) in lines(vi[0])


def test_late_and_away_are_named(vi: tuple[str, str, list[tuple[str, date]]]) -> None:
    text = lines(vi[0])
    assert "Có 01 người đi muộn: đồng chí Lê Văn Cường (đến lúc 07 giờ 45 phút)." in text
    assert "Có 01 người không có mặt tại vị trí làm việc: đồng chí Phạm Thị Dung." in text
    assert "Ngoài các trường hợp nêu trên, không phát hiện vi phạm khác." not in text


def test_staff_who_fell_short_are_named_with_notes(
    vi: tuple[str, str, list[tuple[str, date]]],
) -> None:
    text = lines(vi[0])
    assert (
        "Có 02 người không đeo thẻ công chức, viên chức theo quy định: đồng chí Ngô Văn Đạt"
        " (để thẻ trong túi áo), đồng chí Đỗ Thị Hoa."
    ) in text
    assert (
        "Có 01 người có trang phục chưa gọn gàng, lịch sự: đồng chí Bùi Thị Hằng (mặc áo phông)."
    ) in text
    assert (
        "Có 01 người làm việc riêng trong giờ làm việc: đồng chí Đặng Văn Khoa"
        " (xem phim trên điện thoại)."
    ) in text


def test_sections_in_order_with_their_text(vi: tuple[str, str, list[tuple[str, date]]]) -> None:
    text = lines(vi[0])
    headings = [line for line in text if line[:1].isdigit() and ". " in line[:4]]
    assert headings == [
        "1. Chấp hành thời gian làm việc",
        "2. Trang phục",
        "3. Thẻ công chức, viên chức và biển tên",
        "4. Thái độ phục vụ",
        "5. Nơi làm việc",
        "6. Niêm yết công khai",
        "7. Tiếp nhận hồ sơ",
    ]
    workplace = text[text.index("5. Nơi làm việc") : text.index("6. Niêm yết công khai")]
    assert workplace == [
        "5. Nơi làm việc",
        "Các nội dung chưa đạt yêu cầu:",
        "- Trang thiết bị hoạt động tốt: máy quét hỏng từ tháng 01.",
        "Các nội dung còn lại đạt yêu cầu.",
    ]
    attitude = text[text.index("4. Thái độ phục vụ") + 1]
    assert attitude == (
        "Đơn vị chấp hành tốt quy định về thái độ phục vụ; các nội dung kiểm tra đều đạt yêu cầu."
    )
    assert "- Niêm yết công khai mức phí, lệ phí." in text


def test_observations_are_written_out(vi: tuple[str, str, list[tuple[str, date]]]) -> None:
    text = lines(vi[0])
    assert "- Tỷ lệ hồ sơ giải quyết đúng hạn: 98,5%." in text
    assert "- Số hồ sơ quá hạn: 03 hồ sơ." in text
    assert "- Thời điểm bắt đầu tiếp nhận hồ sơ: 07 giờ 30 phút." in text
    assert "- Hình thức tiếp nhận hồ sơ: cả trực tiếp và trực tuyến." in text


def test_zero_and_large_numbers_in_observations() -> None:
    answers = [
        Answer("workplace", "late-count", "0"),
        Answer("workplace", "on-time-rate", "100"),
    ]
    text, _, _ = drafts(make_inspection((), answers))
    assert "- Số hồ sơ quá hạn: 0 hồ sơ." in lines(text)
    assert "- Tỷ lệ hồ sơ giải quyết đúng hạn: 100%." in lines(text)
    text, _, _ = drafts(make_inspection((), [Answer("workplace", "late-count", "12000")]))
    assert "- Số hồ sơ quá hạn: 12.000 hồ sơ." in lines(text)


def test_roll_call_gets_its_own_section_without_an_attendance_section() -> None:
    other = Form(
        id="other",
        version=1,
        title=lt("Khác", "Other"),
        sections=(
            Section(
                id="conduct",
                title=lt("Tác phong", "Conduct"),
                items=(staff_item("smiles", "Luôn mỉm cười", "Always smiling"),),
            ),
        ),
    )
    staff = make_staff(NAMES[:3])
    answers = [Answer("other", "smiles", NOT_COMPLIANT, "", "s02")]
    text, conclusions, _ = drafts(make_inspection(staff, answers, forms=(other,)))
    assert lines(text)[:2] == [
        "1. Chấp hành thời gian làm việc",
        "Tại thời điểm kiểm tra, đơn vị có 03 công chức, viên chức được bố trí làm việc tại "
        "Bộ phận Một cửa UBND phường Bến Nghé; có mặt 01 người, vắng 02 người, trong đó 01 người"
        " vắng có lý do và 01 người vắng không có lý do (đồng chí Nguyễn Văn An).",
    ]
    assert "2. Tác phong" in lines(text)
    assert 'Có 01 người chưa đạt yêu cầu "Luôn mỉm cười": đồng chí Lê Văn Cường.' in lines(text)
    assert "- Chấp hành thời gian làm việc: 01 người vắng không có lý do" in conclusions


def test_attendance_not_yet_recorded_is_said() -> None:
    staff = (
        StaffEntry("a", "Nguyễn Văn An", attendance=S.AT_POST),
        StaffEntry("b", "Trần Thị Bình"),
        StaffEntry("c", "Lê Văn Cường"),
    )
    text, _, _ = drafts(make_inspection(staff, []))
    assert (
        "Tại thời điểm kiểm tra, đơn vị có 03 công chức, viên chức được bố trí làm việc tại "
        "Bộ phận Một cửa UBND phường Bến Nghé; có mặt 01 người; chưa ghi nhận tình trạng có mặt"
        " của 02 người."
    ) in lines(text)


# --------------------------------------------------------------------------- conclusions (vi)


def test_conclusions(vi: tuple[str, str, list[tuple[str, date]]]) -> None:
    assert lines(vi[1]) == [
        "Qua kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại Bộ phận Một cửa"
        " UBND phường Bến Nghé, Đoàn kiểm tra kết luận như sau:",
        # 23 people x 5 staff items less 23 uniform n/a (4 failures); 5 unit items (2 failures)
        "Tỷ lệ đạt yêu cầu là 93,8% (91/97 lượt đánh giá).",
        "Đơn vị còn một số tồn tại, hạn chế sau:",
        "- Chấp hành thời gian làm việc: 01 người vắng không có lý do (đồng chí Nguyễn Văn An);"
        " 01 người đi muộn (đồng chí Lê Văn Cường); 01 người không có mặt tại vị trí làm việc"
        " (đồng chí Phạm Thị Dung); 01 người làm việc riêng trong giờ làm việc"
        " (đồng chí Đặng Văn Khoa).",
        "- Trang phục: 01 người có trang phục chưa gọn gàng, lịch sự (đồng chí Bùi Thị Hằng).",
        "- Thẻ công chức, viên chức và biển tên: 02 người không đeo thẻ công chức, viên chức theo"
        " quy định (đồng chí Ngô Văn Đạt, đồng chí Đỗ Thị Hoa).",
        "- Nơi làm việc: chưa đạt yêu cầu về trang thiết bị hoạt động tốt.",
        "- Niêm yết công khai: chưa đạt yêu cầu về niêm yết công khai mức phí, lệ phí.",
        "Trách nhiệm đối với những tồn tại, hạn chế nêu trên thuộc về cá nhân công chức, viên"
        " chức có vi phạm và người đứng đầu đơn vị trong công tác quản lý, kiểm tra, đôn đốc.",
    ]


def test_unit_only_problems_hold_the_head_responsible() -> None:
    staff = tuple(StaffEntry(f"s{i}", n, attendance=S.AT_POST) for i, n in enumerate(NAMES[:3]))
    answers = [*staff_answers(staff, {}), *UNIT_ANSWERS]
    _, conclusions, _ = drafts(make_inspection(staff, answers))
    assert lines(conclusions)[-1] == (
        "Trách nhiệm đối với những tồn tại, hạn chế nêu trên thuộc về người đứng đầu đơn vị"
        " trong công tác quản lý, kiểm tra, đôn đốc."
    )


# --------------------------------------------------------------------------- recommendations


def test_recommendations_with_deadlines(vi: tuple[str, str, list[tuple[str, date]]]) -> None:
    assert vi[2] == [
        (
            "Chấn chỉnh việc chấp hành thời gian làm việc; bảo đảm công chức, viên chức có mặt"
            " đúng giờ và làm việc tại vị trí được phân công; xử lý nghiêm trường hợp vắng không"
            " có lý do theo quy định; không để xảy ra tình trạng làm việc riêng trong giờ làm"
            " việc.",
            date(2025, 2, 18),  # major: 15 days
        ),
        (
            "Chấn chỉnh việc thực hiện quy định về trang phục của công chức, viên chức trong giờ"
            " làm việc.",
            date(2025, 3, 5),  # minor: 30 days
        ),
        (
            "Yêu cầu công chức, viên chức đeo thẻ đúng mẫu, đúng quy định trong khi thi hành"
            " công vụ.",
            date(2025, 2, 18),
        ),
        (
            "Sắp xếp, bố trí nơi làm việc bảo đảm sáng, xanh, sạch, đẹp, ngăn nắp; khắc phục các"
            " nội dung chưa đạt yêu cầu: trang thiết bị hoạt động tốt.",
            date(2025, 2, 18),
        ),
        (
            "Rà soát, niêm yết công khai đầy đủ, kịp thời theo quy định; khắc phục các nội dung"
            " chưa đạt yêu cầu: niêm yết công khai mức phí, lệ phí.",
            date(2025, 2, 18),
        ),
        (
            "Tổ chức kiểm điểm, làm rõ trách nhiệm và xử lý theo quy định đối với các cá nhân có"
            " vi phạm: đồng chí Nguyễn Văn An, đồng chí Lê Văn Cường, đồng chí Phạm Thị Dung,"
            " đồng chí Ngô Văn Đạt, đồng chí Bùi Thị Hằng, đồng chí Đỗ Thị Hoa,"
            " đồng chí Đặng Văn Khoa.",
            date(2025, 2, 18),
        ),
        ("Báo cáo kết quả khắc phục về Đoàn kiểm tra trước ngày 05/03/2025.", date(2025, 3, 5)),
    ]


def test_critical_findings_get_seven_days() -> None:
    staff = make_staff(NAMES[4:7])
    failures = {("no-harassment", "Đỗ Thị Hoa"): "yêu cầu nộp thêm giấy tờ"}
    _, _, recommendations = drafts(make_inspection(staff, staff_answers(staff, failures)))
    assert recommendations == [
        (
            'Chấn chỉnh thái độ, tác phong phục vụ người dân, doanh nghiệp; thực hiện nghiêm "4'
            ' xin, 4 luôn"; xử lý nghiêm hành vi hách dịch, sách nhiễu, gây phiền hà cho người'
            " dân, doanh nghiệp theo quy định.",
            date(2025, 2, 10),
        ),
        (
            "Tổ chức kiểm điểm, làm rõ trách nhiệm và xử lý theo quy định đối với các cá nhân có"
            " vi phạm: đồng chí Đỗ Thị Hoa.",
            date(2025, 2, 10),
        ),
        ("Báo cáo kết quả khắc phục về Đoàn kiểm tra trước ngày 10/02/2025.", date(2025, 2, 10)),
    ]


def test_recommendations_have_new_unique_ids() -> None:
    inspection = make_inspection()
    findings = compute_findings(inspection)
    first = draft_recommendations(inspection, findings, today=TODAY)
    second = draft_recommendations(inspection, findings, today=TODAY)
    ids = [r.id for r in first + second]
    assert len(set(ids)) == len(ids) == 2 * len(first)


# --------------------------------------------------------------------------- whole-inspection cases


def all_compliant_inspection() -> Inspection:
    staff = tuple(StaffEntry(f"s{i}", n, attendance=S.AT_POST) for i, n in enumerate(NAMES))
    answers = staff_answers(staff, {})
    answers += [
        Answer(UNIT_FORM.id, it.id, COMPLIANT)
        for it in UNIT_FORM.unit_items()
        if it.answer == "compliance"
    ]
    return make_inspection(staff, answers)


def test_all_compliant() -> None:
    text, conclusions, recommendations = drafts(all_compliant_inspection())
    assert (
        "Tại thời điểm kiểm tra, đơn vị có 25 công chức, viên chức được bố trí làm việc tại "
        "Bộ phận Một cửa UBND phường Bến Nghé; có mặt 25 người."
    ) in lines(text)
    assert "Những người có mặt đều đến đúng giờ và làm việc tại vị trí được phân công." in text
    assert (
        "Đơn vị chấp hành tốt quy định về thời gian làm việc; các nội dung kiểm tra đều đạt"
        " yêu cầu."
    ) in lines(text)
    assert "Đơn vị chấp hành tốt quy định về niêm yết công khai;" in text
    assert "chưa đạt" not in text and "đồng chí" not in text
    assert lines(conclusions)[1:] == [
        "Đơn vị chấp hành tốt kỷ luật, kỷ cương hành chính; không phát hiện trường hợp vi phạm.",
        "Tỷ lệ đạt yêu cầu là 100% (105/105 lượt đánh giá).",
    ]
    assert recommendations == [
        (
            "Tiếp tục duy trì, phát huy kết quả đạt được trong việc chấp hành kỷ luật, kỷ cương"
            " hành chính.",
            None,
        )
    ]


def test_nothing_answered() -> None:
    staff = tuple(StaffEntry(f"s{i}", n) for i, n in enumerate(NAMES[:12]))
    text, conclusions, recommendations = drafts(make_inspection(staff, []))
    assert lines(text)[1] == (
        "Tại thời điểm kiểm tra, đơn vị có 12 công chức, viên chức được bố trí làm việc tại "
        "Bộ phận Một cửa UBND phường Bến Nghé; chưa ghi nhận kết quả điểm danh."
    )
    assert text.count("Chưa ghi nhận kết quả kiểm tra nội dung này.") == 6  # all but the first
    assert conclusions == "Chưa có kết quả kiểm tra để kết luận."
    assert recommendations == []


def test_zero_staff() -> None:
    text, conclusions, _ = drafts(make_inspection((), UNIT_ANSWERS))
    assert lines(text)[1] == (
        "Tại thời điểm kiểm tra, Đoàn kiểm tra chưa ghi nhận danh sách công chức, viên chức làm"
        " việc tại Bộ phận Một cửa UBND phường Bến Nghé."
    )
    assert "đồng chí" not in text
    assert "- Nơi làm việc: chưa đạt yêu cầu về trang thiết bị hoạt động tốt." in conclusions


def test_unnamed_unit() -> None:
    staff = make_staff(NAMES[4:6])
    text, _, _ = drafts(make_inspection(staff, [], unit=""))
    assert lines(text)[1] == (
        "Tại thời điểm kiểm tra, đơn vị có 02 công chức, viên chức được bố trí làm việc; có mặt"
        " 02 người."
    )


# --------------------------------------------------------------------------- English


def test_english_findings(en: tuple[str, str, list[tuple[str, date]]]) -> None:
    text = lines(en[0])
    assert text[:4] == [
        "1. Working hours",
        "At the time of the inspection, the staff list of Bộ phận Một cửa UBND phường Bến Nghé"
        " had 25 people; 23 present, 2 absent, of whom 1 with leave and 1 without leave"
        " (Nguyễn Văn An).",
        "Arrived late (1 person): Lê Văn Cường (at 07:45).",
        "Away from their post (1 person): Phạm Thị Dung.",
    ]
    assert (
        "2 people did not wear their staff card as required: Ngô Văn Đạt (để thẻ trong túi áo),"
        " Đỗ Thị Hoa."
    ) in text
    assert "- Dossiers settled late: 3 dossiers." in text
    assert "- Counter opened at: 07:30." in text


def test_english_conclusions_and_recommendations(
    en: tuple[str, str, list[tuple[str, date]]],
) -> None:
    conclusions = lines(en[1])
    assert conclusions[1] == "Compliance rate: 93.8% (91 of 97 assessments)."
    assert "- Workplace: not met — equipment working." in conclusions
    recommendations = en[2]
    assert recommendations[0] == (
        "Enforce working hours; make sure staff arrive on time and stay at their posts; deal"
        " strictly with absence without leave as regulated; allow no personal matters during"
        " working hours.",
        date(2025, 2, 18),
    )
    assert recommendations[-1] == (
        "Report the results of the remedial action to the inspection team by 05/03/2025.",
        date(2025, 3, 5),
    )


def test_english_nothing_recorded() -> None:
    _, conclusions, recommendations = drafts(make_inspection((), []), "en")
    assert (
        conclusions == "No inspection results have been recorded; no conclusion can be drawn yet."
    )
    assert recommendations == []


# --------------------------------------------------------------------------- text rules


def test_output_is_nfc_even_from_nfd_input() -> None:
    nfd = [unicodedata.normalize("NFD", name) for name in NAMES[4:8]]
    staff = make_staff(nfd)
    failures = {(k, unicodedata.normalize("NFD", n)): note for (k, n), note in FAILURES.items()}
    inspection = make_inspection(staff, staff_answers(staff, failures))
    text, conclusions, recommendations = drafts(inspection)
    for output in (text, conclusions, *(r for r, _ in recommendations)):
        assert unicodedata.is_normalized("NFC", output)
    assert "đồng chí Ngô Văn Đạt (để thẻ trong túi áo)" in text


def test_counts_of_ten_and_more_have_no_leading_zero() -> None:
    staff = tuple(
        StaffEntry(f"s{i}", n, attendance=S.LATE if i < 10 else S.AT_POST)
        for i, n in enumerate(NAMES[:12])
    )
    text, _, _ = drafts(make_inspection(staff, []))
    assert "có mặt 12 người." in text
    assert "Có 10 người đi muộn: đồng chí " in text


def test_real_default_forms_draft() -> None:
    forms, errors = load_forms([forms_dir()])
    assert errors == []
    staff = make_staff(NAMES[4:7])
    badge_form = next(f for f in forms for it in f.staff_items() if it.id == "badge-worn")
    answers = [Answer(badge_form.id, "badge-worn", NOT_COMPLIANT, "không đeo thẻ", "s01")]
    text, conclusions, recommendations = drafts(make_inspection(staff, answers, tuple(forms)))
    assert (
        "Có 01 người không đeo thẻ công chức, viên chức theo quy định: đồng chí Đỗ Thị Hoa"
        " (không đeo thẻ)."
    ) in lines(text)
    assert "(đồng chí Đỗ Thị Hoa)" in conclusions
    assert recommendations[-1] == (
        "Báo cáo kết quả khắc phục về Đoàn kiểm tra trước ngày 18/02/2025.",
        date(2025, 2, 18),
    )
