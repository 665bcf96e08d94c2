"""Drafts of the findings, conclusions and recommendations of the minutes, from the findings.

Three functions, each in Vietnamese (``lang="vi"``, the default) or English (``lang="en"``):

* :func:`draft_findings_text`: the findings part of the minutes, section by section, naming
  everyone who fell short;
* :func:`draft_conclusions`: the conclusions;
* :func:`draft_recommendations`: one :class:`Recommendation` per problem area with a deadline,
  then a closing one asking for a report.

The drafts are a starting point the secretary edits. House style: people are named as
"đồng chí Nguyễn Văn A" (no guessing of gender), counts below ten take a leading zero
("01 người"), times read "07 giờ 45 phút", dates dd/mm/yyyy. Everything returned is NFC.

Deadlines count from ``today``: :data:`DEADLINE_DAYS` by the most serious problem of the area.
The roll call has no severity in the forms, so :data:`ATTENDANCE_SEVERITY` gives one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from inspector_app.domain.findings import (
    ATTENDANCE_PROBLEMS,
    SEVERITY_ORDER,
    Attendance,
    Failure,
    Findings,
    ItemResult,
    Observation,
    SectionResult,
    format_number,
    format_percent,
)
from inspector_app.domain.forms import Item, LocalizedText, Severity
from inspector_app.domain.model import (
    AttendanceStatus,
    Inspection,
    Recommendation,
    StaffEntry,
    new_id,
)
from inspector_app.domain.text import nfc

__all__ = [
    "ATTENDANCE_SECTION_ID",
    "ATTENDANCE_SEVERITY",
    "DEADLINE_DAYS",
    "draft_conclusions",
    "draft_findings_text",
    "draft_recommendations",
]

DEADLINE_DAYS: dict[Severity, int] = {"critical": 7, "major": 15, "minor": 30}
"""Days allowed to fix a problem, by severity."""

ATTENDANCE_SEVERITY: dict[AttendanceStatus, Severity] = {
    AttendanceStatus.ABSENT_WITHOUT_LEAVE: "major",
    AttendanceStatus.LATE: "minor",
    AttendanceStatus.AWAY: "minor",
}
"""The severity of a roll-call problem (only the statuses in ``ATTENDANCE_PROBLEMS``)."""

ATTENDANCE_SECTION_ID = "attendance"
"""The form section the roll call is reported in; without one it gets a section of its own."""

# --------------------------------------------------------------------------- wording

_TEXTS: dict[str, dict[str, str]] = {
    "vi": {
        "working_hours": "Chấp hành thời gian làm việc",
        "no_staff": (
            "Tại thời điểm kiểm tra, Đoàn kiểm tra chưa ghi nhận danh sách công chức, viên chức"
            " làm việc tại {unit}."
        ),
        "staff_list": (
            "Tại thời điểm kiểm tra, đơn vị có {total} công chức, viên chức được bố trí làm việc"
            "{at_unit}"
        ),
        "at_unit": " tại {unit}",
        "nothing_recorded": "chưa ghi nhận kết quả điểm danh",
        "present": "có mặt {people}",
        "nobody_present": "không có người nào có mặt",
        "absent_split": "vắng {people}, trong đó {parts}",
        "with_leave": "{people} vắng có lý do",
        "without_leave": "{people} vắng không có lý do ({names})",
        "absent_only_with": "vắng {people} có lý do",
        "absent_only_without": "vắng {people} không có lý do ({names})",
        "and": " và ",
        "not_recorded": "chưa ghi nhận tình trạng có mặt của {people}",
        "late": "Có {people} đi muộn: {names}.",
        "arrived": "đến lúc {time}",
        "away": "Có {people} không có mặt tại vị trí làm việc: {names}.",
        "all_on_time": "Những người có mặt đều đến đúng giờ và làm việc tại vị trí được phân công.",
        "staff_failed": "Có {people} {phrase}: {names}.",
        "item_not_met": 'chưa đạt yêu cầu "{item}"',
        "unit_failed_intro": "Các nội dung chưa đạt yêu cầu:",
        "unit_failed": "- {item}{note}.",
        "section_ok": (
            "Đơn vị chấp hành tốt quy định về {topic}; các nội dung kiểm tra đều đạt yêu cầu."
        ),
        "section_ok_partial": (
            "Đơn vị chấp hành tốt quy định về {topic}; các nội dung đã kiểm tra đều đạt yêu cầu."
        ),
        "others_ok": "Các nội dung còn lại đạt yêu cầu.",
        "nothing_else": "Ngoài các trường hợp nêu trên, không phát hiện vi phạm khác.",
        "section_na": "Các nội dung của phần này không áp dụng đối với đơn vị.",
        "not_checked": "Chưa ghi nhận kết quả kiểm tra nội dung này.",
        "observation": "- {item}: {value}{note}.",
        # conclusions
        "no_results": "Chưa có kết quả kiểm tra để kết luận.",
        "opening": (
            "Qua kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại {unit},"
            " Đoàn kiểm tra kết luận như sau:"
        ),
        "all_good": (
            "Đơn vị chấp hành tốt kỷ luật, kỷ cương hành chính; không phát hiện trường hợp vi phạm."
        ),
        "rate": "Tỷ lệ đạt yêu cầu là {percent} ({compliant}/{assessed} lượt đánh giá).",
        "shortfalls_intro": "Đơn vị còn một số tồn tại, hạn chế sau:",
        "area": "- {title}: {parts}.",
        "c_without_leave": "{people} vắng không có lý do ({names})",
        "c_late": "{people} đi muộn ({names})",
        "c_away": "{people} không có mặt tại vị trí làm việc ({names})",
        "c_staff": "{people} {phrase} ({names})",
        "c_unit": "chưa đạt yêu cầu về {items}",
        "responsible_people": (
            "Trách nhiệm đối với những tồn tại, hạn chế nêu trên thuộc về cá nhân công chức,"
            " viên chức có vi phạm và người đứng đầu đơn vị trong công tác quản lý, kiểm tra,"
            " đôn đốc."
        ),
        "responsible_head": (
            "Trách nhiệm đối với những tồn tại, hạn chế nêu trên thuộc về người đứng đầu đơn vị"
            " trong công tác quản lý, kiểm tra, đôn đốc."
        ),
        # recommendations
        "r_keep_up": (
            "Tiếp tục duy trì, phát huy kết quả đạt được trong việc chấp hành kỷ luật, kỷ cương"
            " hành chính."
        ),
        "r_attendance": "Chấn chỉnh việc chấp hành thời gian làm việc",
        "r_attendance_late": (
            "bảo đảm công chức, viên chức có mặt đúng giờ và làm việc tại vị trí được phân công"
        ),
        "r_attendance_absent": "xử lý nghiêm trường hợp vắng không có lý do theo quy định",
        "r_staff_generic": "Chấn chỉnh việc chấp hành quy định về {topic} của công chức, viên chức",
        "r_unit_generic": "Khắc phục các tồn tại về {topic}",
        "r_unit_items": "khắc phục các nội dung chưa đạt yêu cầu: {items}",
        "r_people": (
            "Tổ chức kiểm điểm, làm rõ trách nhiệm và xử lý theo quy định đối với các cá nhân có"
            " vi phạm: {names}."
        ),
        "r_report": "Báo cáo kết quả khắc phục về Đoàn kiểm tra trước ngày {date}.",
    },
    "en": {
        "working_hours": "Working hours",
        "no_staff": "At the time of the inspection, no staff list had been recorded for {unit}.",
        "staff_list": "At the time of the inspection, the staff list{at_unit} had {total}",
        "at_unit": " of {unit}",
        "nothing_recorded": "attendance not yet recorded",
        "present": "{count} present",
        "nobody_present": "nobody present",
        "absent_split": "{count} absent, of whom {parts}",
        "with_leave": "{count} with leave",
        "without_leave": "{count} without leave ({names})",
        "absent_only_with": "{count} absent with leave",
        "absent_only_without": "{count} absent without leave ({names})",
        "and": " and ",
        "not_recorded": "attendance not yet recorded for {people}",
        "late": "Arrived late ({people}): {names}.",
        "arrived": "at {time}",
        "away": "Away from their post ({people}): {names}.",
        "all_on_time": "Everyone present arrived on time and was at their post.",
        "staff_failed": "{people_cap} {phrase}: {names}.",
        "item_not_met": 'did not meet "{item}"',
        "unit_failed_intro": "Not met:",
        "unit_failed": "- {item}{note}.",
        "section_ok": (
            "The unit complied well with the rules on {topic}; every item checked was met."
        ),
        "section_ok_partial": (
            "The unit complied well with the rules on {topic}; every item checked so far was met."
        ),
        "others_ok": "Everything else checked was met.",
        "nothing_else": "Apart from the above, no other breach was found.",
        "section_na": "The items of this section do not apply to the unit.",
        "not_checked": "No result has been recorded for this section yet.",
        "observation": "- {item}: {value}{note}.",
        "no_results": "No inspection results have been recorded; no conclusion can be drawn yet.",
        "opening": (
            "Following the surprise inspection of administrative discipline at {unit}, the"
            " inspection team concludes as follows:"
        ),
        "all_good": "The unit complies well with administrative discipline; no breach was found.",
        "rate": "Compliance rate: {percent} ({compliant} of {assessed} assessments).",
        "shortfalls_intro": "The following shortcomings remain:",
        "area": "- {title}: {parts}.",
        "c_without_leave": "{people} absent without leave ({names})",
        "c_late": "{people} late ({names})",
        "c_away": "{people} away from their post ({names})",
        "c_staff": "{people} {phrase} ({names})",
        "c_unit": "not met — {items}",
        "responsible_people": (
            "Responsibility for these shortcomings lies with the staff members concerned and with"
            " the head of the unit for management, supervision and follow-up."
        ),
        "responsible_head": (
            "Responsibility for these shortcomings lies with the head of the unit for management,"
            " supervision and follow-up."
        ),
        "r_keep_up": "Keep up the good results in administrative discipline.",
        "r_attendance": "Enforce working hours",
        "r_attendance_late": "make sure staff arrive on time and stay at their posts",
        "r_attendance_absent": "deal strictly with absence without leave as regulated",
        "r_staff_generic": "Enforce the rules on {topic} among the staff",
        "r_unit_generic": "Remedy the shortcomings in {topic}",
        "r_unit_items": "fix the items not met: {items}",
        "r_people": (
            "Hold reviews, establish responsibility and take action as regulated for the staff"
            " members concerned: {names}."
        ),
        "r_report": "Report the results of the remedial action to the inspection team by {date}.",
    },
}

# What a "not compliant" answer to a known staff item means, said of people (vi, en).
_FAILURE_PHRASES: dict[str, tuple[str, str]] = {
    "no-personal-matters": (
        "làm việc riêng trong giờ làm việc",
        "attended to personal matters during working hours",
    ),
    "attire-neat": ("có trang phục chưa gọn gàng, lịch sự", "did not dress neatly and decently"),
    "attire-uniform": ("không mặc đồng phục theo quy định", "did not wear the regulation uniform"),
    "badge-worn": (
        "không đeo thẻ công chức, viên chức theo quy định",
        "did not wear their staff card as required",
    ),
    "badge-template": ("đeo thẻ không đúng mẫu quy định", "wore a card not in the official form"),
    "attitude-4xin-4luon": (
        'chưa thực hiện đúng "4 xin, 4 luôn" khi tiếp người dân, doanh nghiệp',
        'did not follow the "4 xin, 4 luôn" courtesy rules',
    ),
    "no-harassment": (
        "có biểu hiện hách dịch, sách nhiễu, gây phiền hà cho người dân, doanh nghiệp",
        "harassed, obstructed or troubled citizens or businesses",
    ),
}

# The opening of the recommendation for a known section (vi, en).
_SECTION_RECOMMENDATIONS: dict[str, tuple[str, str]] = {
    "attire": (
        "Chấn chỉnh việc thực hiện quy định về trang phục của công chức, viên chức trong giờ"
        " làm việc",
        "Enforce the dress rules for staff during working hours",
    ),
    "badge": (
        "Yêu cầu công chức, viên chức đeo thẻ đúng mẫu, đúng quy định trong khi thi hành công vụ",
        "Require staff to wear the official staff card as regulated while on duty",
    ),
    "service-attitude": (
        'Chấn chỉnh thái độ, tác phong phục vụ người dân, doanh nghiệp; thực hiện nghiêm "4 xin,'
        ' 4 luôn"',
        'Improve the way citizens and businesses are served; apply "4 xin, 4 luôn" strictly',
    ),
    "workplace": (
        "Sắp xếp, bố trí nơi làm việc bảo đảm sáng, xanh, sạch, đẹp, ngăn nắp",
        "Arrange the workplace so that it is bright, green, clean, pleasant and tidy",
    ),
    "public-posting": (
        "Rà soát, niêm yết công khai đầy đủ, kịp thời theo quy định",
        "Review the public postings and post everything required, completely and on time",
    ),
}

# A clause added to the recommendation when a known item failed (vi, en).
_ITEM_RECOMMENDATIONS: dict[str, tuple[str, str]] = {
    "no-personal-matters": (
        "không để xảy ra tình trạng làm việc riêng trong giờ làm việc",
        "allow no personal matters during working hours",
    ),
    "no-harassment": (
        "xử lý nghiêm hành vi hách dịch, sách nhiễu, gây phiền hà cho người dân, doanh nghiệp"
        " theo quy định",
        "deal strictly with harassment, obstruction or trouble caused to citizens and"
        " businesses as regulated",
    ),
}


class _Writer:
    """Formats numbers, people, times and texts in one language."""

    def __init__(self, lang: str) -> None:
        self.en = lang.lower().startswith("en")
        self.lang = "en" if self.en else "vi"

    def t(self, key: str, **values: str) -> str:
        return _TEXTS[self.lang][key].format(**values)

    def count(self, n: int) -> str:
        """``02`` in Vietnamese (a leading zero from one to nine), ``2`` in English."""
        if not self.en and 1 <= n < 10:
            return f"{n:02d}"
        return format_number(n, self.lang)

    def people(self, n: int) -> str:
        if self.en:
            return f"{n} person" if n == 1 else f"{self.count(n)} people"
        return f"{self.count(n)} người"

    def person(self, entry: StaffEntry, detail: str = "") -> str:
        name = entry.full_name.strip()
        text = name if self.en else f"đồng chí {name}"
        return f"{text} ({detail})" if detail else text

    def names(self, entries: Iterable[StaffEntry]) -> str:
        return ", ".join(self.person(e) for e in entries)

    def time(self, value: time) -> str:
        if self.en:
            return f"{value:%H:%M}"
        return f"{value.hour:02d} giờ {value.minute:02d} phút"

    @staticmethod
    def date(value: date) -> str:
        return f"{value:%d/%m/%Y}"

    def text(self, value: LocalizedText) -> str:
        return value.get(self.lang)

    def topic(self, title: LocalizedText) -> str:
        """A section title inside a sentence: ``Chấp hành thời gian làm việc`` → ``thời gian làm
        việc`` (after "chấp hành tốt quy định về"), ``Trang phục`` → ``trang phục``."""
        text = self.text(title)
        if not self.en and text.lower().startswith("chấp hành "):
            text = text[len("chấp hành ") :]
        return _lower_first(text)

    def phrase(self, item: Item) -> str:
        """What a "not compliant" answer to ``item`` says of people."""
        known = _FAILURE_PHRASES.get(item.id)
        if known:
            return known[self.en]
        return self.t("item_not_met", item=self.text(item.text))

    def unit_name(self, inspection: Inspection) -> str:
        return inspection.unit.name.strip() or ("the unit" if self.en else "đơn vị")


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym (``UBND``, ``TTHC``)."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return text
    return text[:1].lower() + text[1:]


def _note(note: str, prefix: str = ": ") -> str:
    note = note.strip().rstrip(".;").strip()
    return f"{prefix}{note}" if note else ""


def _sentence(text: str) -> str:
    return text.strip().rstrip(".;").strip()


def _paragraphs(lines: Iterable[str]) -> str:
    return nfc("\n".join(line for line in lines if line))


# --------------------------------------------------------------------------- the roll call


def _roll_call_section(findings: Findings) -> SectionResult | None:
    """The section the roll call is reported in, if a form has one."""
    return next((s for s in findings.sections if s.section.id == ATTENDANCE_SECTION_ID), None)


def _has_roll_call_problems(attendance: Attendance) -> bool:
    return any(attendance.count(status) for status in ATTENDANCE_PROBLEMS)


def _absence_clause(w: _Writer, att: Attendance) -> str:
    with_leave, without_leave = att.absent_with_leave, att.absent_without_leave
    absent_names = w.names(att.people(AttendanceStatus.ABSENT_WITHOUT_LEAVE))
    n = {"people": w.people(att.absent), "count": w.count(att.absent)}
    if with_leave and without_leave:
        parts = w.t("and").join(
            (
                w.t("with_leave", people=w.people(with_leave), count=w.count(with_leave)),
                w.t(
                    "without_leave",
                    people=w.people(without_leave),
                    count=w.count(without_leave),
                    names=absent_names,
                ),
            )
        )
        return w.t("absent_split", parts=parts, **n)
    if without_leave:
        return w.t("absent_only_without", names=absent_names, **n)
    return w.t("absent_only_with", **n)


def _presence_sentence(w: _Writer, inspection: Inspection, att: Attendance) -> str:
    unit = w.unit_name(inspection)
    if not att.total:
        return w.t("no_staff", unit=unit)
    at_unit = w.t("at_unit", unit=unit) if inspection.unit.name.strip() else ""
    total = w.people(att.total) if w.en else w.count(att.total)
    head = w.t("staff_list", total=total, at_unit=at_unit)
    if not att.recorded:
        return f"{head}; {w.t('nothing_recorded')}."
    counts = [
        w.t("present", people=w.people(att.present), count=w.count(att.present))
        if att.present
        else w.t("nobody_present")
    ]
    if att.absent:
        counts.append(_absence_clause(w, att))
    clauses = [head, ", ".join(counts)]
    if att.not_recorded:
        clauses.append(w.t("not_recorded", people=w.people(att.not_recorded)))
    return "; ".join(clauses) + "."


def _late_names(w: _Writer, att: Attendance) -> str:
    return ", ".join(
        w.person(e, w.t("arrived", time=w.time(e.arrival_time)) if e.arrival_time else "")
        for e in att.people(AttendanceStatus.LATE)
    )


def _roll_call_lines(w: _Writer, inspection: Inspection, att: Attendance) -> list[str]:
    """The attendance paragraph: who is on the list, present, absent, late, away."""
    lines = [_presence_sentence(w, inspection, att)]
    if att.late:
        lines.append(w.t("late", people=w.people(att.late), names=_late_names(w, att)))
    if att.away:
        away = att.people(AttendanceStatus.AWAY)
        lines.append(w.t("away", people=w.people(att.away), names=w.names(away)))
    if att.present and not att.late and not att.away:
        lines.append(w.t("all_on_time"))
    return lines


# --------------------------------------------------------------------------- findings text


def _staff_failure_line(w: _Writer, result: ItemResult) -> str:
    names = ", ".join(
        w.person(f.person, _sentence(f.note)) for f in result.failures if f.person is not None
    )
    people = w.people(len(result.failures))
    return w.t(
        "staff_failed",
        people=people,
        people_cap=people[:1].upper() + people[1:],
        phrase=w.phrase(result.item),
        names=names,
    )


def _unit_failure_lines(w: _Writer, failures: Sequence[Failure]) -> list[str]:
    if not failures:
        return []
    lines = [w.t("unit_failed_intro")]
    for failure in failures:
        item = _sentence(w.text(failure.item.text))
        lines.append(w.t("unit_failed", item=item, note=_note(failure.note)))
    return lines


def _observation_value(w: _Writer, observation: Observation) -> str:
    item = observation.item
    if item.answer == "time" and not w.en:
        hours, _, minutes = observation.value.partition(":")
        if hours.isdigit() and minutes.isdigit():
            return w.time(time(int(hours), int(minutes)))
    if item.answer == "number" and observation.value.isdigit() and item.unit:
        unit = w.text(item.unit)
        if unit != "%":
            return f"{w.count(int(observation.value))} {unit}"
    value = _sentence(observation.display_value(w.lang))
    return _lower_first(value) if item.answer == "choice" else value


def _observation_line(w: _Writer, observation: Observation) -> str:
    item = _sentence(w.text(observation.item.text))
    if observation.person is not None:
        item = f"{item} ({w.person(observation.person)})"
    value = _observation_value(w, observation)
    return w.t("observation", item=item, value=value, note=_note(observation.note, " - "))


def _closing_line(w: _Writer, section: SectionResult, *, roll_call: bool, problems: bool) -> str:
    """What to say of the section once its failures, if any, have been listed.

    ``roll_call``: the roll call opens this section; ``problems``: it found someone late, away
    or absent without leave.
    """
    tally = section.tally
    if tally.not_compliant:
        return w.t("others_ok") if tally.compliant else ""
    if tally.compliant:
        if problems:
            return w.t("nothing_else")
        key = "section_ok" if tally.unanswered == 0 else "section_ok_partial"
        return w.t(key, topic=w.topic(section.section.title))
    if tally.not_applicable:
        return w.t("section_na")
    if not section.observations and not roll_call:
        return w.t("not_checked")
    return ""


def _section_lines(
    w: _Writer, section: SectionResult, roll_call: list[str], problems: bool
) -> list[str]:
    lines = list(roll_call)
    lines += [_staff_failure_line(w, r) for r in section.items if r.is_staff and r.failures]
    unit_failures = [f for r in section.items if not r.is_staff for f in r.failures]
    lines += _unit_failure_lines(w, unit_failures)
    lines.append(_closing_line(w, section, roll_call=bool(roll_call), problems=problems))
    lines += [_observation_line(w, o) for o in section.observations]
    return [line for line in lines if line]


def draft_findings_text(inspection: Inspection, findings: Findings, lang: str = "vi") -> str:
    """The findings part of the minutes: a numbered heading per form section, then its text.

    The roll call opens the form section with id ``attendance`` (or a section of its own, first,
    when no form has one). Everyone who fell short is named, with the note taken on site.
    """
    w = _Writer(lang)
    roll_call = _roll_call_lines(w, inspection, findings.attendance)
    problems = _has_roll_call_problems(findings.attendance)
    home = _roll_call_section(findings)
    blocks: list[tuple[str, list[str]]] = []
    if home is None:
        blocks.append((w.t("working_hours"), roll_call))
    for section in findings.sections:
        if section is home:
            lines = _section_lines(w, section, roll_call, problems)
        else:
            lines = _section_lines(w, section, [], False)
        blocks.append((w.text(section.section.title), lines))
    return _paragraphs(
        "\n".join([f"{number}. {title}", *lines])
        for number, (title, lines) in enumerate(blocks, start=1)
    )


# --------------------------------------------------------------------------- conclusions


@dataclass(frozen=True)
class _Area:
    """A problem area: a section with failures, and the roll call in its home section."""

    title: LocalizedText | None  # None: the roll call without a home section
    section: SectionResult | None
    roll_call: tuple[AttendanceStatus, ...] = ()  # the roll-call problems found

    @property
    def failures(self) -> tuple[Failure, ...]:
        return self.section.failures if self.section else ()

    def severities(self) -> list[Severity]:
        found = [f.severity for f in self.failures]
        found += [ATTENDANCE_SEVERITY[s] for s in self.roll_call]
        return found


def _problem_areas(findings: Findings) -> list[_Area]:
    att = findings.attendance
    problems = tuple(s for s in ATTENDANCE_PROBLEMS if att.count(s))
    home = _roll_call_section(findings)
    areas: list[_Area] = []
    if home is None and problems:
        areas.append(_Area(None, None, problems))
    for section in findings.sections:
        own = problems if section is home else ()
        if section.failures or own:
            areas.append(_Area(section.section.title, section, own))
    return areas


def _area_title(w: _Writer, area: _Area) -> str:
    return w.text(area.title) if area.title else w.t("working_hours")


def _roll_call_parts(
    w: _Writer, att: Attendance, statuses: Iterable[AttendanceStatus]
) -> list[str]:
    keys = {
        AttendanceStatus.ABSENT_WITHOUT_LEAVE: "c_without_leave",
        AttendanceStatus.LATE: "c_late",
        AttendanceStatus.AWAY: "c_away",
    }
    return [
        w.t(keys[s], people=w.people(att.count(s)), names=w.names(att.people(s))) for s in statuses
    ]


def _item_list(w: _Writer, items: Iterable[Item]) -> str:
    return "; ".join(_lower_first(_sentence(w.text(item.text))) for item in items)


def _failed_unit_items(area: _Area) -> list[Item]:
    if area.section is None:
        return []
    return [r.item for r in area.section.items if not r.is_staff and r.failures]


def _area_line(w: _Writer, area: _Area, att: Attendance) -> str:
    parts = _roll_call_parts(w, att, area.roll_call)
    if area.section is not None:
        for result in area.section.items:
            if result.is_staff and result.failures:
                people = [f.person for f in result.failures if f.person is not None]
                parts.append(
                    w.t(
                        "c_staff",
                        people=w.people(len(people)),
                        phrase=w.phrase(result.item),
                        names=w.names(people),
                    )
                )
    unit_items = _failed_unit_items(area)
    if unit_items:
        parts.append(w.t("c_unit", items=_item_list(w, unit_items)))
    return w.t("area", title=_area_title(w, area), parts="; ".join(parts))


def _rate_lines(w: _Writer, findings: Findings) -> list[str]:
    """The compliance rate over every assessment (each unit item, each staff item per person)."""
    tally = findings.tally
    if tally.percent is None:
        return []
    return [
        w.t(
            "rate",
            percent=format_percent(tally.percent, w.lang),
            compliant=w.count(tally.compliant),
            assessed=w.count(tally.assessed),
        )
    ]


def draft_conclusions(inspection: Inspection, findings: Findings, lang: str = "vi") -> str:
    """The conclusions: the overall verdict, the shortcomings by area, and who is responsible."""
    w = _Writer(lang)
    if not findings.has_results:
        return nfc(w.t("no_results"))
    lines = [w.t("opening", unit=w.unit_name(inspection))]
    areas = _problem_areas(findings)
    if not areas:
        return _paragraphs([*lines, w.t("all_good"), *_rate_lines(w, findings)])
    lines += _rate_lines(w, findings)
    lines.append(w.t("shortfalls_intro"))
    lines += [_area_line(w, area, findings.attendance) for area in areas]
    lines.append(w.t("responsible_people" if findings.people else "responsible_head"))
    return _paragraphs(lines)


# --------------------------------------------------------------------------- recommendations


def _deadline(today: date, severities: Iterable[Severity]) -> date:
    """``today`` plus the days allowed for the most serious of ``severities``."""
    worst = min(severities, key=SEVERITY_ORDER.index)
    return today + timedelta(days=DEADLINE_DAYS[worst])


def _attendance_opening(w: _Writer, area: _Area) -> list[str]:
    clauses = [w.t("r_attendance")]
    if AttendanceStatus.LATE in area.roll_call or AttendanceStatus.AWAY in area.roll_call:
        clauses.append(w.t("r_attendance_late"))
    if AttendanceStatus.ABSENT_WITHOUT_LEAVE in area.roll_call:
        clauses.append(w.t("r_attendance_absent"))
    return clauses


def _area_recommendation_text(w: _Writer, area: _Area) -> str:
    section = area.section.section if area.section else None
    if section is None or section.id == ATTENDANCE_SECTION_ID:
        clauses = _attendance_opening(w, area)
    elif section.id in _SECTION_RECOMMENDATIONS:
        clauses = [_SECTION_RECOMMENDATIONS[section.id][w.en]]
    elif any(f.person is not None for f in area.failures):
        clauses = [w.t("r_staff_generic", topic=w.topic(section.title))]
    else:
        clauses = [w.t("r_unit_generic", topic=w.topic(section.title))]
    failed_ids = dict.fromkeys(f.item.id for f in area.failures)
    clauses += [_ITEM_RECOMMENDATIONS[i][w.en] for i in failed_ids if i in _ITEM_RECOMMENDATIONS]
    unit_items = _failed_unit_items(area)
    if unit_items:
        clauses.append(w.t("r_unit_items", items=_item_list(w, unit_items)))
    return "; ".join(clauses) + "."


def _people_severities(findings: Findings) -> list[Severity]:
    found: list[Severity] = []
    for person in findings.people:
        found += [f.severity for f in person.failures]
        if person.attendance is not None:
            found.append(ATTENDANCE_SEVERITY[person.attendance])
    return found


def draft_recommendations(
    inspection: Inspection, findings: Findings, lang: str = "vi", *, today: date
) -> list[Recommendation]:
    """One recommendation per problem area, one on the people at fault, and a closing one asking
    for a report by the latest deadline.

    With nothing wrong: a single "keep it up" without a deadline; with nothing recorded: none.
    """
    w = _Writer(lang)
    if not findings.has_results:
        return []
    areas = _problem_areas(findings)
    if not areas:
        return [Recommendation(new_id(), nfc(w.t("r_keep_up")))]
    drafts = [(_area_recommendation_text(w, a), _deadline(today, a.severities())) for a in areas]
    if findings.people:
        names = w.names(p.entry for p in findings.people)
        drafts.append(
            (w.t("r_people", names=names), _deadline(today, _people_severities(findings)))
        )
    report_by = max(deadline for _text, deadline in drafts)
    drafts.append((w.t("r_report", date=w.date(report_by)), report_by))
    return [Recommendation(new_id(), nfc(text), deadline) for text, deadline in drafts]
