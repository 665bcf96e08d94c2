"""compute_findings over inspections built in Python: counts, percentages, who is listed."""

from __future__ import annotations

import unicodedata
from datetime import datetime, time

import pytest

from inspector_app.domain.findings import (
    Findings,
    Tally,
    compute_findings,
    format_number,
    format_percent,
)
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


def lt(vi: str, en: str | None = None) -> LocalizedText:
    return LocalizedText(vi=vi, en=en or vi)


def item(item_id: str, vi: str, **fields: object) -> Item:
    fields.setdefault("answer", "compliance")
    return Item(id=item_id, text=lt(vi), **fields)  # type: ignore[arg-type]


def staff_form() -> Form:
    return Form(
        id="staff",
        version=1,
        title=lt("Kỷ luật của công chức, viên chức"),
        sections=(
            Section(
                id="attendance",
                title=lt("Chấp hành thời gian làm việc"),
                items=(
                    item(
                        "no-personal-matters",
                        "Không làm việc riêng",
                        scope="staff",
                        severity="major",
                    ),
                ),
            ),
            Section(
                id="attire",
                title=lt("Trang phục"),
                items=(
                    item("attire-neat", "Trang phục gọn gàng", scope="staff"),
                    item("attire-uniform", "Mặc đồng phục", scope="staff"),
                ),
            ),
            Section(
                id="badge",
                title=lt("Thẻ công chức"),
                items=(item("badge-worn", "Đeo thẻ", scope="staff", severity="major"),),
            ),
        ),
    )


def unit_form() -> Form:
    return Form(
        id="unit",
        version=1,
        title=lt("Nơi làm việc và hồ sơ"),
        sections=(
            Section(
                id="workplace",
                title=lt("Nơi làm việc"),
                items=(
                    item("clean", "Nơi làm việc sạch sẽ"),
                    item("equipment", "Trang thiết bị hoạt động tốt", severity="major"),
                    item("fees-correct", "Thu phí đúng quy định", severity="critical"),
                    item("seating-map", "Có sơ đồ vị trí"),
                    item("code-posted", "Niêm yết quy tắc ứng xử"),
                ),
            ),
            Section(
                id="dossiers",
                title=lt("Giải quyết hồ sơ"),
                items=(
                    item("on-time-rate", "Tỷ lệ đúng hạn", answer="number", unit=lt("%")),
                    item(
                        "late-count",
                        "Số hồ sơ quá hạn",
                        answer="number",
                        unit=lt("hồ sơ", "dossiers"),
                    ),
                    item(
                        "channel",
                        "Hình thức tiếp nhận",
                        answer="choice",
                        choices=(
                            Choice(value="direct", label=lt("Trực tiếp", "In person")),
                            Choice(value="online", label=lt("Trực tuyến", "Online")),
                        ),
                    ),
                    item("opened-at", "Giờ mở quầy", answer="time"),
                    item("notes", "Ghi nhận khác", answer="text"),
                ),
            ),
        ),
    )


NAMES = [
    "Nguyễn Văn An",  # absent without leave
    "Trần Thị Bình",  # absent with leave
    "Lê Văn Cường",  # late 07:45
    "Phạm Thị Dung",  # away from post
    "Ngô Văn Đạt",  # badge not worn
    "Đỗ Thị Hoa",  # badge not worn
    "Bùi Thị Hằng",  # attire not neat
    "Đặng Văn Khoa",  # personal matters
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
STAFF_FAILURES = {
    ("badge-worn", "Ngô Văn Đạt"): "để thẻ trong túi",
    ("badge-worn", "Đỗ Thị Hoa"): "",
    ("attire-neat", "Bùi Thị Hằng"): "mặc áo phông",
    ("no-personal-matters", "Đặng Văn Khoa"): "xem phim trên điện thoại",
}
STAFF_ITEMS = ("no-personal-matters", "attire-neat", "attire-uniform", "badge-worn")


def make_staff(names: list[str] = NAMES) -> tuple[StaffEntry, ...]:
    return tuple(
        StaffEntry(
            id=f"s{i:02d}",
            full_name=name,
            attendance=STATUS.get(name, S.AT_POST),
            arrival_time=time(7, 45) if STATUS.get(name) is S.LATE else None,
        )
        for i, name in enumerate(names)
    )


def staff_answers(staff: tuple[StaffEntry, ...]) -> list[Answer]:
    """Every staff item for everyone present: the failures above, uniform n/a, else compliant."""
    answers = []
    for entry in staff:
        if entry.attendance in (S.ABSENT_WITH_LEAVE, S.ABSENT_WITHOUT_LEAVE):
            continue
        for item_id in STAFF_ITEMS:
            note = STAFF_FAILURES.get((item_id, entry.full_name))
            if note is not None:
                value = NOT_COMPLIANT
            else:
                value = NOT_APPLICABLE if item_id == "attire-uniform" else COMPLIANT
            answers.append(Answer("staff", item_id, value, note or "", entry.id))
    return answers


UNIT_ANSWERS = [
    Answer("unit", "clean", COMPLIANT),
    Answer("unit", "equipment", NOT_COMPLIANT, "Máy quét hỏng."),
    Answer("unit", "fees-correct", NOT_COMPLIANT, "thu thêm phí photo"),
    Answer("unit", "seating-map", NOT_APPLICABLE),
    # code-posted: unanswered
    Answer("unit", "on-time-rate", "98.5"),
    Answer("unit", "late-count", "3"),
    Answer("unit", "channel", "online"),
    Answer("unit", "opened-at", "07:30"),
    # notes: unanswered
]


def make_inspection(
    staff: tuple[StaffEntry, ...] | None = None,
    answers: list[Answer] | None = None,
    forms: tuple[Form, ...] | None = None,
) -> Inspection:
    staff = make_staff() if staff is None else staff
    if answers is None:
        answers = staff_answers(staff) + UNIT_ANSWERS
    return Inspection(
        id="insp-1",
        unit=UnitInfo(id="u1", name="Bộ phận Một cửa UBND phường Bến Nghé"),
        status=InspectionStatus.DRAFT,
        started_at=datetime(2025, 2, 3, 7, 30),
        forms=(staff_form(), unit_form()) if forms is None else forms,
        staff=staff,
        answers=tuple(answers),
    )


@pytest.fixture
def findings() -> Findings:
    return compute_findings(make_inspection())


def names(entries: object) -> list[str]:
    return [e.full_name for e in entries]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- attendance


def test_attendance_counts(findings: Findings) -> None:
    att = findings.attendance
    assert (att.total, att.recorded, att.not_recorded) == (25, 25, 0)
    assert (att.at_post, att.late, att.away) == (21, 1, 1)
    assert (att.absent_with_leave, att.absent_without_leave, att.absent) == (1, 1, 2)
    assert att.present == 23  # at post + late + away
    assert att.on_time == 22  # at post + away
    assert att.count(S.LATE) == 1
    assert names(att.people(S.ABSENT_WITHOUT_LEAVE)) == ["Nguyễn Văn An"]


def test_attendance_percentages(findings: Findings) -> None:
    att = findings.attendance
    assert att.present_percent == pytest.approx(92.0)
    assert att.on_time_percent == pytest.approx(88.0)
    assert att.at_post_percent == pytest.approx(84.0)
    assert att.late_percent == pytest.approx(4.0)
    assert att.absent_percent == pytest.approx(8.0)
    assert att.absent_without_leave_percent == pytest.approx(4.0)


def test_attendance_percentages_are_of_recorded_staff_only() -> None:
    staff = (
        StaffEntry("a", "Nguyễn Văn An", attendance=S.AT_POST),
        StaffEntry("b", "Trần Thị Bình", attendance=S.LATE),
        StaffEntry("c", "Lê Văn Cường"),
        StaffEntry("d", "Phạm Thị Dung"),
    )
    att = compute_findings(make_inspection(staff, [])).attendance
    assert (att.total, att.recorded, att.not_recorded) == (4, 2, 2)
    assert names(att.people(None)) == ["Lê Văn Cường", "Phạm Thị Dung"]
    assert att.present_percent == pytest.approx(100.0)
    assert att.on_time_percent == pytest.approx(50.0)


def test_attendance_percentages_without_a_roll_call_are_none() -> None:
    staff = (StaffEntry("a", "Nguyễn Văn An"),)
    att = compute_findings(make_inspection(staff, [])).attendance
    assert att.recorded == 0
    assert att.present_percent is None
    assert att.on_time_percent is None
    assert att.absent_percent is None


# --------------------------------------------------------------------------- items and sections


def test_staff_item_tallies(findings: Findings) -> None:
    badge = findings.item("staff", "badge-worn")
    assert badge is not None and badge.is_staff
    assert badge.tally == Tally(compliant=21, not_compliant=2, not_applicable=0, unanswered=0)
    assert badge.tally.percent == pytest.approx(100 * 21 / 23)
    uniform = findings.item("staff", "attire-uniform")
    assert uniform is not None
    assert uniform.tally == Tally(0, 0, 23, 0)
    assert uniform.tally.percent is None
    assert [r.item.id for r in findings.staff_items] == list(STAFF_ITEMS)


def test_absent_people_are_not_asked_and_their_answers_are_ignored() -> None:
    staff = make_staff()
    absent = next(e for e in staff if e.attendance is S.ABSENT_WITHOUT_LEAVE)
    stray = Answer("staff", "badge-worn", NOT_COMPLIANT, "", absent.id)
    result = compute_findings(make_inspection(staff, [*staff_answers(staff), stray]))
    badge = result.item("staff", "badge-worn")
    assert badge is not None
    assert badge.tally.total == 23
    assert "Nguyễn Văn An" not in [f.person_name for f in badge.failures]


def test_unanswered_staff_items_count_for_people_not_yet_on_the_roll_call() -> None:
    staff = (StaffEntry("a", "Nguyễn Văn An"), StaffEntry("b", "Trần Thị Bình", attendance=S.AWAY))
    answers = [Answer("staff", "badge-worn", COMPLIANT, "", "b")]
    badge = compute_findings(make_inspection(staff, answers)).item("staff", "badge-worn")
    assert badge is not None
    assert badge.tally == Tally(compliant=1, unanswered=1)


def test_section_tallies(findings: Findings) -> None:
    by_id = {(s.form.id, s.section.id): s for s in findings.sections}
    assert list(by_id) == [
        ("staff", "attendance"),
        ("staff", "attire"),
        ("staff", "badge"),
        ("unit", "workplace"),
        ("unit", "dossiers"),
    ]
    assert by_id["staff", "attire"].tally == Tally(22, 1, 23, 0)
    assert by_id["staff", "attire"].percent == pytest.approx(100 * 22 / 23)
    workplace = by_id["unit", "workplace"]
    assert workplace.tally == Tally(compliant=1, not_compliant=2, not_applicable=1, unanswered=1)
    assert workplace.percent == pytest.approx(100 / 3)
    assert by_id["unit", "dossiers"].tally == Tally()  # observations only
    assert by_id["unit", "dossiers"].percent is None
    # personal matters 22 + attire-neat 22 + badge 21 + clean 1; 4 people and 2 unit items fail
    assert findings.tally == Tally(
        compliant=22 + 22 + 21 + 1, not_compliant=6, not_applicable=24, unanswered=1
    )


def test_failures_grouped_by_severity(findings: Findings) -> None:
    groups = {
        severity: [(f.item.id, f.person_name, f.note) for f in failures]
        for severity, failures in findings.failures_by_severity
    }
    assert list(groups) == ["critical", "major", "minor"]
    assert groups["critical"] == [("fees-correct", None, "thu thêm phí photo")]
    assert groups["major"] == [
        ("no-personal-matters", "Đặng Văn Khoa", "xem phim trên điện thoại"),
        ("badge-worn", "Ngô Văn Đạt", "để thẻ trong túi"),  # Đạt before Hoa
        ("badge-worn", "Đỗ Thị Hoa", ""),
        ("equipment", None, "Máy quét hỏng."),
    ]
    assert groups["minor"] == [("attire-neat", "Bùi Thị Hằng", "mặc áo phông")]
    critical = findings.failures_of("critical")[0]
    assert (critical.form.id, critical.section.id, critical.severity) == (
        "unit",
        "workplace",
        "critical",
    )
    assert [f.item.id for f in findings.unit_failures] == ["fees-correct", "equipment"]
    assert len(findings.staff_failures) == 4


def test_only_non_empty_severity_groups() -> None:
    answers = [Answer("unit", "clean", NOT_COMPLIANT, "bụi")]
    result = compute_findings(make_inspection((), answers))
    assert [s for s, _ in result.failures_by_severity] == ["minor"]
    assert result.failures_of("critical") == ()


# --------------------------------------------------------------------------- people


def test_people_who_fell_short_in_vietnamese_order(findings: Findings) -> None:
    # Given name first (An < Cường < Dung < Đạt < Hằng < Hoa < Khoa), with đ after d and
    # ă before o; neither a plain sort of the full names nor of the given names gives this.
    assert names(p.entry for p in findings.people) == [
        "Nguyễn Văn An",
        "Lê Văn Cường",
        "Phạm Thị Dung",
        "Ngô Văn Đạt",
        "Bùi Thị Hằng",
        "Đỗ Thị Hoa",
        "Đặng Văn Khoa",
    ]


def test_people_carry_their_attendance_problem_and_failures(findings: Findings) -> None:
    people = {p.full_name: p for p in findings.people}
    assert people["Nguyễn Văn An"].attendance is S.ABSENT_WITHOUT_LEAVE
    assert people["Nguyễn Văn An"].failures == ()
    late = people["Lê Văn Cường"]
    assert late.is_late and late.entry.arrival_time == time(7, 45)
    assert people["Phạm Thị Dung"].attendance is S.AWAY
    datt = people["Ngô Văn Đạt"]
    assert datt.attendance is None
    assert [(f.item.id, f.note) for f in datt.failures] == [("badge-worn", "để thẻ trong túi")]
    assert datt.worst_severity == "major"
    assert "Trần Thị Bình" not in people  # absent with leave is not a shortfall


def test_person_with_a_roll_call_problem_and_failed_items() -> None:
    staff = (StaffEntry("a", "Nguyễn Văn An", attendance=S.LATE, arrival_time=time(8, 5)),)
    answers = [
        Answer("staff", "badge-worn", NOT_COMPLIANT, "không đeo", "a"),
        Answer("staff", "attire-neat", NOT_COMPLIANT, "", "a"),
    ]
    (person,) = compute_findings(make_inspection(staff, answers)).people
    assert person.attendance is S.LATE
    assert [f.item.id for f in person.failures] == ["badge-worn", "attire-neat"]
    assert person.worst_severity == "major"


def test_attire_and_badge_groups(findings: Findings) -> None:
    assert names(findings.attire.not_compliant) == ["Bùi Thị Hằng"]
    assert len(findings.attire.compliant) == 22
    assert findings.attire.tally == Tally(22, 1, 0, 0)
    assert [r.item.id for r in findings.attire.items] == ["attire-neat", "attire-uniform"]
    assert names(findings.badge.not_compliant) == ["Ngô Văn Đạt", "Đỗ Thị Hoa"]
    assert findings.badge.percent == pytest.approx(100 * 21 / 23)
    hoa = findings.badge.not_compliant[1]
    assert [f.item.id for f in findings.badge.failures_of(hoa)] == ["badge-worn"]


def test_attire_verdict_per_person() -> None:
    staff = tuple(
        StaffEntry(k, n, attendance=S.AT_POST)
        for k, n in [("a", "An"), ("b", "Bình"), ("c", "Châu"), ("d", "Dũng"), ("e", "Em")]
    )
    answers = [
        Answer("staff", "attire-neat", COMPLIANT, "", "a"),
        Answer("staff", "attire-uniform", NOT_COMPLIANT, "", "a"),  # any failure: not compliant
        Answer("staff", "attire-neat", COMPLIANT, "", "b"),
        Answer("staff", "attire-uniform", NOT_APPLICABLE, "", "b"),  # compliant
        Answer("staff", "attire-neat", NOT_APPLICABLE, "", "c"),
        Answer("staff", "attire-uniform", NOT_APPLICABLE, "", "c"),  # only n/a
        Answer("staff", "attire-neat", COMPLIANT, "", "e"),  # one answered is enough
    ]
    attire = compute_findings(make_inspection(staff, answers)).attire
    assert names(attire.not_compliant) == ["An"]
    assert names(attire.compliant) == ["Bình", "Em"]
    assert names(attire.not_applicable) == ["Châu"]
    assert names(attire.unanswered) == ["Dũng"]
    assert attire.percent == pytest.approx(100 * 2 / 3)


def test_groups_without_matching_items_are_empty() -> None:
    result = compute_findings(make_inspection(forms=(unit_form(),)))
    assert result.attire.items == ()
    assert result.attire.tally == Tally()
    assert result.badge.percent is None


# --------------------------------------------------------------------------- observations


def test_observations(findings: Findings) -> None:
    seen = {o.item.id: o for o in findings.observations}
    assert list(seen) == ["on-time-rate", "late-count", "channel", "opened-at"]
    assert seen["on-time-rate"].value == "98.5"
    assert seen["on-time-rate"].display_value("vi") == "98,5%"
    assert seen["on-time-rate"].display_value("en") == "98.5%"
    assert seen["late-count"].display_value("vi") == "3 hồ sơ"
    assert seen["late-count"].display_value("en") == "3 dossiers"
    assert seen["channel"].display_value("vi") == "Trực tuyến"
    assert seen["channel"].display_value("en") == "Online"
    assert seen["opened-at"].display_value() == "07:30"
    assert seen["opened-at"].section.id == "dossiers"
    assert all(o.person is None for o in findings.observations)


# --------------------------------------------------------------------------- completeness


def test_completeness(findings: Findings) -> None:
    # 10 unit items once + 4 staff items for each of the 23 people on site (2 absent).
    done = findings.completeness
    assert done.expected == 10 + 4 * 23
    assert done.answered == 8 + 4 * 23
    assert done.unanswered == 2
    assert done.percent == pytest.approx(100 * 100 / 102)
    assert not done.is_complete


# --------------------------------------------------------------------------- edge cases


def test_zero_staff() -> None:
    result = compute_findings(make_inspection((), UNIT_ANSWERS))
    assert result.attendance.total == 0
    assert result.attendance.present_percent is None
    assert result.people == ()
    assert result.completeness.expected == 10
    badge = result.item("staff", "badge-worn")
    assert badge is not None and badge.tally == Tally()
    assert result.badge.percent is None
    assert len(result.failures) == 2


def test_nothing_answered() -> None:
    staff = tuple(StaffEntry(f"s{i}", n) for i, n in enumerate(NAMES[:5]))
    result = compute_findings(make_inspection(staff, []))
    assert result.completeness.answered == 0
    assert result.completeness.expected == 10 + 4 * 5
    assert result.completeness.percent == pytest.approx(0.0)
    assert result.tally == Tally(unanswered=5 + 4 * 5)
    assert result.tally.percent is None
    assert result.failures == () and result.people == () and result.observations == ()
    assert not result.has_results
    assert not result.has_shortfalls


def test_all_compliant() -> None:
    staff = tuple(StaffEntry(f"s{i}", n, attendance=S.AT_POST) for i, n in enumerate(NAMES))
    answers = [
        Answer(form.id, it.id, COMPLIANT, "", e.id if it.scope == "staff" else None)
        for form in (staff_form(), unit_form())
        for _section, it in form.items()
        if it.answer == "compliance"
        for e in (staff if it.scope == "staff" else staff[:1])
    ]
    result = compute_findings(make_inspection(staff, answers))
    assert result.tally == Tally(compliant=4 * 25 + 5)
    assert result.tally.percent == pytest.approx(100.0)
    assert all(s.percent == pytest.approx(100.0) for s in result.sections if s.items)
    assert result.attendance.on_time_percent == pytest.approx(100.0)
    assert result.failures == () and result.people == ()
    assert result.has_results and not result.has_shortfalls
    assert result.completeness.answered == 4 * 25 + 5


def test_odd_answers_are_ignored_or_unanswered() -> None:
    staff = (StaffEntry("a", "Nguyễn Văn An", attendance=S.AT_POST),)
    answers = [
        Answer("staff", "badge-worn", "COMPLIANT ", "", "a"),  # case and spaces forgiven
        Answer("staff", "badge-worn", NOT_COMPLIANT, "", "a"),  # a duplicate: the first counts
        Answer("staff", "attire-neat", "yes", "", "a"),  # not a compliance value
        Answer("staff", "attire-uniform", None, "", "a"),
        Answer("staff", "no-personal-matters", NOT_COMPLIANT, "", "ghost"),  # unknown person
        Answer("gone", "badge-worn", NOT_COMPLIANT),  # unknown form
        Answer("unit", "removed-item", NOT_COMPLIANT),  # unknown item
        Answer("unit", "notes", "   "),  # blank text
    ]
    result = compute_findings(make_inspection(staff, answers))
    assert result.failures == ()
    badge = result.item("staff", "badge-worn")
    attire = result.item("staff", "attire-neat")
    assert badge is not None and attire is not None
    assert badge.tally == Tally(compliant=1)
    assert attire.tally == Tally(unanswered=1)
    assert result.observations == ()
    assert result.completeness.answered == 1


def test_notes_are_cleaned_to_nfc() -> None:
    note = unicodedata.normalize("NFD", "  để thẻ   trong túi ")
    staff = (StaffEntry("a", "Nguyễn Văn An", attendance=S.AT_POST),)
    answers = [Answer("staff", "badge-worn", NOT_COMPLIANT, note, "a")]
    (failure,) = compute_findings(make_inspection(staff, answers)).failures
    assert failure.note == "để thẻ trong túi"
    assert unicodedata.is_normalized("NFC", failure.note)


def test_real_default_forms() -> None:
    forms, errors = load_forms([forms_dir()])
    assert errors == []
    staff_items = [(f, it) for f in forms for it in f.staff_items()]
    unit_items = [(f, it) for f in forms for it in f.unit_items()]
    assert staff_items and unit_items
    staff = make_staff(NAMES[:6])  # An absent without leave, Bình with leave: 4 asked
    badge_form = next(f for f, it in staff_items if it.id == "badge-worn")
    answers = [
        Answer(f.id, it.id, COMPLIANT, "", e.id)
        for f, it in staff_items
        for e in staff
        if it.answer == "compliance"
    ]
    answers.insert(0, Answer(badge_form.id, "badge-worn", NOT_COMPLIANT, "không đeo", "s05"))
    inspection = make_inspection(staff, answers, forms=tuple(forms))
    result = compute_findings(inspection)
    assert result.completeness.expected == len(unit_items) + 4 * len(staff_items)
    compliance_staff = sum(it.answer == "compliance" for _f, it in staff_items)
    assert result.completeness.answered == 4 * compliance_staff
    assert [(f.item.id, f.person_name) for f in result.failures] == [("badge-worn", "Đỗ Thị Hoa")]
    assert names(result.badge.not_compliant) == ["Đỗ Thị Hoa"]
    assert len(result.badge.compliant) == 3
    assert len(result.attire.compliant) == 4
    assert names(p.entry for p in result.people) == [
        "Nguyễn Văn An",
        "Lê Văn Cường",
        "Phạm Thị Dung",
        "Đỗ Thị Hoa",
    ]
    assert len(result.sections) == sum(len(f.sections) for f in forms)


# --------------------------------------------------------------------------- display helpers


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (92.0, "vi", "92%"),
        (92.25, "vi", "92,3%"),
        (200 / 3, "vi", "66,7%"),
        (200 / 3, "en", "66.7%"),
        (100.0, "en", "100%"),
        (0.0, "vi", "0%"),
        (None, "vi", "—"),
    ],
)
def test_format_percent(value: float | None, lang: str, expected: str) -> None:
    assert format_percent(value, lang) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("12345.5", "vi", "12.345,5"),
        ("12345.5", "en", "12,345.5"),
        ("-1234567", "vi", "-1.234.567"),
        (3, "vi", "3"),
        ("0.50", "en", "0.5"),
        ("n/a", "vi", "n/a"),
    ],
)
def test_format_number(value: str | int, lang: str, expected: str) -> None:
    assert format_number(value, lang) == expected
