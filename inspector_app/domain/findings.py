"""The findings of one inspection: every figure the minutes, the screens and the drafts need.

:func:`compute_findings` is pure: it reads an :class:`Inspection` (its forms, roll call and
answers) and returns frozen data. Nothing here is formatted for display except through the
explicit helpers at the end (:func:`format_percent`, :meth:`Observation.display_value`).

Rules
-----
* **Attendance.** *Present* means physically on site today: at post, late or away from post.
  *On time* means at post or away from post (not late). *Absent* means absent with or without
  leave. Percentages are of the staff whose attendance was recorded; with none recorded they are
  ``None``.
* **Who is asked the staff items.** Everyone except the absent: people at post, late or away, and
  people whose attendance is not recorded yet (until the roll call says they are absent they are
  still expected to be assessed). Answers stored for absent people are ignored.
* **Values.** A compliance item counts as answered only with one of ``compliant``,
  ``not_compliant``, ``not_applicable``; any other item counts as answered with a non-blank value.
  Answers to items that are not in the inspection's forms, or for people who are not on its staff
  list, are ignored. When an answer is stored twice, the first one counts (as
  :meth:`Inspection.answer` does).
* **Compliance percentage** = compliant / (compliant + not compliant); ``None`` when nothing was
  assessed (only "not applicable" or unanswered).
* **Completeness** = answered / expected, where each unit-scope item is expected once and each
  staff-scope item once per person who is asked (see above); every answer type counts.
* **Attire / badge.** Over the items whose id starts with ``attire-`` / ``badge-``, a person asked
  is *not compliant* if any of those items is not compliant, *compliant* if at least one is
  compliant and none is not compliant, *not applicable* if the only answers are "not applicable",
  and *unanswered* if none is answered.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Protocol, get_args

from inspector_app.domain.forms import (
    COMPLIANCE_VALUES,
    COMPLIANT,
    NOT_APPLICABLE,
    NOT_COMPLIANT,
    Form,
    Item,
    Section,
    Severity,
)
from inspector_app.domain.model import Answer, AttendanceStatus, Inspection, StaffEntry
from inspector_app.domain.text import clean_text, vn_name_sort_key

__all__ = [
    "ABSENT",
    "ATTENDANCE_PROBLEMS",
    "ATTIRE_PREFIX",
    "BADGE_PREFIX",
    "ON_SITE",
    "SEVERITY_ORDER",
    "Attendance",
    "Completeness",
    "Failure",
    "Findings",
    "ItemResult",
    "Observation",
    "PersonShortfall",
    "SectionResult",
    "StaffGroupResult",
    "Tally",
    "compute_findings",
    "format_number",
    "format_percent",
    "is_asked",
    "percent",
]

SEVERITY_ORDER: tuple[Severity, ...] = ("critical", "major", "minor")
"""Most serious first: the order failures are listed in."""

ON_SITE: frozenset[AttendanceStatus] = frozenset(
    {AttendanceStatus.AT_POST, AttendanceStatus.LATE, AttendanceStatus.AWAY}
)
"""Physically at the unit today ("present")."""

ABSENT: frozenset[AttendanceStatus] = frozenset(
    {AttendanceStatus.ABSENT_WITH_LEAVE, AttendanceStatus.ABSENT_WITHOUT_LEAVE}
)

ATTENDANCE_PROBLEMS: tuple[AttendanceStatus, ...] = (
    AttendanceStatus.ABSENT_WITHOUT_LEAVE,
    AttendanceStatus.LATE,
    AttendanceStatus.AWAY,
)
"""Roll-call statuses that make a person fall short, most serious first."""

ATTIRE_PREFIX = "attire-"
BADGE_PREFIX = "badge-"

assert set(SEVERITY_ORDER) == set(get_args(Severity))


def percent(part: int, whole: int) -> float | None:
    """``part`` as a percentage of ``whole`` (0-100), or ``None`` when ``whole`` is 0."""
    return None if whole == 0 else 100.0 * part / whole


def _severity_rank(severity: Severity) -> int:
    return SEVERITY_ORDER.index(severity)


def _name_key(entry: StaffEntry) -> tuple[object, ...]:
    return (*vn_name_sort_key(entry.full_name), entry.id)


def _by_name(entries: Iterable[StaffEntry]) -> tuple[StaffEntry, ...]:
    return tuple(sorted(entries, key=_name_key))


# --------------------------------------------------------------------------- counts


@dataclass(frozen=True)
class Tally:
    """Counts of compliance answers."""

    compliant: int = 0
    not_compliant: int = 0
    not_applicable: int = 0
    unanswered: int = 0

    @classmethod
    def of(cls, outcomes: Iterable[str | None]) -> Tally:
        """Count outcomes: a compliance value, or ``None`` for unanswered."""
        values = list(outcomes)
        return cls(
            compliant=values.count(COMPLIANT),
            not_compliant=values.count(NOT_COMPLIANT),
            not_applicable=values.count(NOT_APPLICABLE),
            unanswered=values.count(None),
        )

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.compliant + other.compliant,
            self.not_compliant + other.not_compliant,
            self.not_applicable + other.not_applicable,
            self.unanswered + other.unanswered,
        )

    @classmethod
    def total_of(cls, tallies: Iterable[Tally]) -> Tally:
        return sum(tallies, cls())

    @property
    def answered(self) -> int:
        return self.compliant + self.not_compliant + self.not_applicable

    @property
    def total(self) -> int:
        return self.answered + self.unanswered

    @property
    def assessed(self) -> int:
        """Answers that say compliant or not (not applicable left out)."""
        return self.compliant + self.not_compliant

    @property
    def percent(self) -> float | None:
        """Compliant / (compliant + not compliant), 0-100; ``None`` when nothing was assessed."""
        return percent(self.compliant, self.assessed)


@dataclass(frozen=True)
class Attendance:
    """The roll call: everyone on the inspection's staff list, in Vietnamese name order."""

    staff: tuple[StaffEntry, ...]

    def people(self, status: AttendanceStatus | None) -> tuple[StaffEntry, ...]:
        """The people with ``status`` (``None``: attendance not recorded yet)."""
        return tuple(e for e in self.staff if e.attendance == status)

    def count(self, status: AttendanceStatus | None) -> int:
        return len(self.people(status))

    @property
    def total(self) -> int:
        return len(self.staff)

    @property
    def not_recorded(self) -> int:
        return self.count(None)

    @property
    def recorded(self) -> int:
        return self.total - self.not_recorded

    @property
    def at_post(self) -> int:
        return self.count(AttendanceStatus.AT_POST)

    @property
    def late(self) -> int:
        return self.count(AttendanceStatus.LATE)

    @property
    def away(self) -> int:
        return self.count(AttendanceStatus.AWAY)

    @property
    def absent_with_leave(self) -> int:
        return self.count(AttendanceStatus.ABSENT_WITH_LEAVE)

    @property
    def absent_without_leave(self) -> int:
        return self.count(AttendanceStatus.ABSENT_WITHOUT_LEAVE)

    @property
    def present(self) -> int:
        """On site today: at post, late or away from post."""
        return self.at_post + self.late + self.away

    @property
    def on_time(self) -> int:
        """At post or away from post, i.e. present and not late."""
        return self.at_post + self.away

    @property
    def absent(self) -> int:
        return self.absent_with_leave + self.absent_without_leave

    @property
    def present_percent(self) -> float | None:
        return percent(self.present, self.recorded)

    @property
    def at_post_percent(self) -> float | None:
        return percent(self.at_post, self.recorded)

    @property
    def on_time_percent(self) -> float | None:
        return percent(self.on_time, self.recorded)

    @property
    def late_percent(self) -> float | None:
        return percent(self.late, self.recorded)

    @property
    def absent_percent(self) -> float | None:
        return percent(self.absent, self.recorded)

    @property
    def absent_without_leave_percent(self) -> float | None:
        return percent(self.absent_without_leave, self.recorded)


@dataclass(frozen=True)
class Completeness:
    """How much of what should be answered has been answered."""

    answered: int
    expected: int

    @property
    def unanswered(self) -> int:
        return self.expected - self.answered

    @property
    def percent(self) -> float | None:
        return percent(self.answered, self.expected)

    @property
    def is_complete(self) -> bool:
        return self.answered == self.expected


# --------------------------------------------------------------------------- results


class _Located(Protocol):
    @property
    def form(self) -> Form: ...
    @property
    def section(self) -> Section: ...
    @property
    def item(self) -> Item: ...


def _where(result: _Located) -> str:
    """``form/section/item`` ids, for short reprs (a form's full repr runs to pages)."""
    return f"{result.form.id}/{result.section.id}/{result.item.id}"


@dataclass(frozen=True)
class Failure:
    """A "not compliant" answer: for the unit (``person`` is ``None``) or for one person."""

    form: Form
    section: Section
    item: Item
    note: str = ""
    person: StaffEntry | None = None

    @property
    def severity(self) -> Severity:
        return self.item.severity

    def __repr__(self) -> str:
        return f"Failure({_where(self)}, {self.person_name!r}, note={self.note!r})"

    @property
    def person_name(self) -> str | None:
        return self.person.full_name if self.person else None


@dataclass(frozen=True)
class Observation:
    """An answer to a number, choice, time or text item."""

    form: Form
    section: Section
    item: Item
    value: str
    note: str = ""
    person: StaffEntry | None = None

    def __repr__(self) -> str:
        name = self.person.full_name if self.person else None
        return f"Observation({_where(self)}, {name!r}, value={self.value!r})"

    def display_value(self, lang: str = "vi") -> str:
        """The value as it reads in a document: a choice's label, a number with its unit."""
        if self.item.answer == "choice":
            return next(
                (c.label.get(lang) for c in self.item.choices if c.value == self.value),
                self.value,
            )
        if self.item.answer == "number":
            unit = self.item.unit.get(lang) if self.item.unit else ""
            number = format_number(self.value, lang)
            if not unit:
                return number
            return f"{number}{unit}" if unit == "%" else f"{number} {unit}"
        return self.value


@dataclass(frozen=True)
class ItemResult:
    """The answers to one compliance item (over everyone asked, for a staff-scope item)."""

    form: Form
    section: Section
    item: Item
    tally: Tally
    failures: tuple[Failure, ...] = ()

    @property
    def is_staff(self) -> bool:
        return self.item.scope == "staff"

    def __repr__(self) -> str:
        return f"ItemResult({_where(self)}, {self.tally})"


@dataclass(frozen=True)
class SectionResult:
    """One section of one form: its compliance items (unit and staff) and its observations."""

    form: Form
    section: Section
    items: tuple[ItemResult, ...]
    observations: tuple[Observation, ...] = ()

    def __repr__(self) -> str:
        return f"SectionResult({self.form.id}/{self.section.id}, {self.tally})"

    @property
    def tally(self) -> Tally:
        return Tally.total_of(result.tally for result in self.items)

    @property
    def percent(self) -> float | None:
        return self.tally.percent

    @property
    def failures(self) -> tuple[Failure, ...]:
        return tuple(f for result in self.items for f in result.failures)


@dataclass(frozen=True)
class StaffGroupResult:
    """A person-level verdict over a group of staff items (all ``attire-*`` or ``badge-*``)."""

    prefix: str
    items: tuple[ItemResult, ...]
    compliant: tuple[StaffEntry, ...] = ()
    not_compliant: tuple[StaffEntry, ...] = ()
    not_applicable: tuple[StaffEntry, ...] = ()
    unanswered: tuple[StaffEntry, ...] = ()

    @property
    def tally(self) -> Tally:
        """People (not answers) counted by verdict."""
        return Tally(
            len(self.compliant),
            len(self.not_compliant),
            len(self.not_applicable),
            len(self.unanswered),
        )

    @property
    def percent(self) -> float | None:
        return self.tally.percent

    @property
    def failures(self) -> tuple[Failure, ...]:
        return tuple(f for result in self.items for f in result.failures)

    def failures_of(self, person: StaffEntry) -> tuple[Failure, ...]:
        return tuple(f for f in self.failures if f.person == person)


@dataclass(frozen=True)
class PersonShortfall:
    """Someone who fell short: a roll-call problem, failed staff items, or both."""

    entry: StaffEntry
    attendance: AttendanceStatus | None = None  # one of ATTENDANCE_PROBLEMS, or None
    failures: tuple[Failure, ...] = ()

    @property
    def full_name(self) -> str:
        return self.entry.full_name

    @property
    def is_late(self) -> bool:
        return self.attendance is AttendanceStatus.LATE

    @property
    def worst_severity(self) -> Severity | None:
        """The most serious severity among the failed items (roll call not included)."""
        if not self.failures:
            return None
        return min((f.severity for f in self.failures), key=_severity_rank)


@dataclass(frozen=True)
class Findings:
    """Everything computed from one inspection."""

    attendance: Attendance
    sections: tuple[SectionResult, ...]
    failures: tuple[Failure, ...]
    people: tuple[PersonShortfall, ...]
    observations: tuple[Observation, ...]
    completeness: Completeness
    attire: StaffGroupResult
    badge: StaffGroupResult

    @property
    def items(self) -> tuple[ItemResult, ...]:
        """Every compliance item, in form order."""
        return tuple(result for section in self.sections for result in section.items)

    @property
    def staff_items(self) -> tuple[ItemResult, ...]:
        return tuple(result for result in self.items if result.is_staff)

    @property
    def unit_items(self) -> tuple[ItemResult, ...]:
        return tuple(result for result in self.items if not result.is_staff)

    def item(self, form_id: str, item_id: str) -> ItemResult | None:
        return next(
            (r for r in self.items if (r.form.id, r.item.id) == (form_id, item_id)),
            None,
        )

    @property
    def tally(self) -> Tally:
        """All compliance answers of the inspection together."""
        return Tally.total_of(section.tally for section in self.sections)

    @property
    def unit_failures(self) -> tuple[Failure, ...]:
        return tuple(f for f in self.failures if f.person is None)

    @property
    def staff_failures(self) -> tuple[Failure, ...]:
        return tuple(f for f in self.failures if f.person is not None)

    def failures_of(self, severity: Severity) -> tuple[Failure, ...]:
        return tuple(f for f in self.failures if f.severity == severity)

    @property
    def failures_by_severity(self) -> tuple[tuple[Severity, tuple[Failure, ...]], ...]:
        """Non-empty groups of failures, critical first."""
        groups = ((s, self.failures_of(s)) for s in SEVERITY_ORDER)
        return tuple((s, group) for s, group in groups if group)

    @property
    def has_shortfalls(self) -> bool:
        """Whether anything at all fell short (roll call or a "not compliant" answer)."""
        return bool(self.failures or self.people)

    @property
    def has_results(self) -> bool:
        """Whether anything was recorded: a roll-call status or any answer."""
        return bool(self.attendance.recorded or self.completeness.answered)


# --------------------------------------------------------------------------- computing


def is_asked(entry: StaffEntry) -> bool:
    """Whether a person is asked the staff items: everyone but the absent."""
    return entry.attendance not in ABSENT


def _answer_value(item: Item, answer: Answer | None) -> str | None:
    """The usable value of an answer, ``None`` when there is none (see the module's rules)."""
    if answer is None or answer.value is None:
        return None
    value = clean_text(answer.value)
    if item.answer == "compliance":
        value = value.lower()
        return value if value in COMPLIANCE_VALUES else None
    return value or None


class _Slots:
    """Walks every expected answer: each unit item once, each staff item once per person asked."""

    def __init__(self, inspection: Inspection) -> None:
        self.asked = _by_name(e for e in inspection.staff if is_asked(e))
        self._answers: dict[tuple[str, str, str | None], Answer] = {}
        for answer in inspection.answers:
            key = (answer.form_id, answer.item_id, answer.staff_entry_id)
            self._answers.setdefault(key, answer)

    def answer(self, form: Form, item: Item, person: StaffEntry | None) -> Answer | None:
        return self._answers.get((form.id, item.id, person.id if person else None))

    def of(self, form: Form, item: Item) -> Iterator[tuple[StaffEntry | None, Answer | None]]:
        people: tuple[StaffEntry | None, ...] = self.asked if item.scope == "staff" else (None,)
        for person in people:
            yield person, self.answer(form, item, person)


def _item_result(form: Form, section: Section, item: Item, slots: _Slots) -> ItemResult:
    outcomes: list[str | None] = []
    failures: list[Failure] = []
    for person, answer in slots.of(form, item):
        value = _answer_value(item, answer)
        outcomes.append(value)
        if value == NOT_COMPLIANT and answer is not None:
            failures.append(Failure(form, section, item, clean_text(answer.note), person))
    return ItemResult(form, section, item, Tally.of(outcomes), tuple(failures))


def _observations(form: Form, section: Section, item: Item, slots: _Slots) -> list[Observation]:
    found: list[Observation] = []
    for person, answer in slots.of(form, item):
        value = _answer_value(item, answer)
        if value is not None and answer is not None:
            found.append(Observation(form, section, item, value, clean_text(answer.note), person))
    return found


def _section_result(form: Form, section: Section, slots: _Slots) -> SectionResult:
    items: list[ItemResult] = []
    observations: list[Observation] = []
    for item in section.items:
        if item.answer == "compliance":
            items.append(_item_result(form, section, item, slots))
        else:
            observations += _observations(form, section, item, slots)
    return SectionResult(form, section, tuple(items), tuple(observations))


def _completeness(inspection: Inspection, slots: _Slots) -> Completeness:
    answered = expected = 0
    for form in inspection.forms:
        for _section, item in form.items():
            for _person, answer in slots.of(form, item):
                expected += 1
                answered += _answer_value(item, answer) is not None
    return Completeness(answered, expected)


def _sorted_failures(sections: Iterable[SectionResult]) -> tuple[Failure, ...]:
    """By severity, then in form order, people in Vietnamese name order (a stable sort)."""
    failures = [f for section in sections for f in section.failures]
    return tuple(sorted(failures, key=lambda f: _severity_rank(f.severity)))


def _people(attendance: Attendance, failures: tuple[Failure, ...]) -> tuple[PersonShortfall, ...]:
    result: list[PersonShortfall] = []
    for entry in attendance.staff:
        problem = entry.attendance if entry.attendance in ATTENDANCE_PROBLEMS else None
        own = tuple(f for f in failures if f.person is not None and f.person.id == entry.id)
        if problem is not None or own:
            result.append(PersonShortfall(entry, problem, own))
    return tuple(result)


def _person_verdict(outcomes: list[str | None]) -> str | None:
    if NOT_COMPLIANT in outcomes:
        return NOT_COMPLIANT
    if COMPLIANT in outcomes:
        return COMPLIANT
    if NOT_APPLICABLE in outcomes:
        return NOT_APPLICABLE
    return None


def _staff_group(prefix: str, sections: Iterable[SectionResult], slots: _Slots) -> StaffGroupResult:
    results = tuple(
        r for s in sections for r in s.items if r.is_staff and r.item.id.startswith(prefix)
    )
    verdicts: dict[str | None, list[StaffEntry]] = {}
    if results:
        for person in slots.asked:
            outcomes = [
                _answer_value(r.item, slots.answer(r.form, r.item, person)) for r in results
            ]
            verdicts.setdefault(_person_verdict(outcomes), []).append(person)
    return StaffGroupResult(
        prefix,
        results,
        compliant=tuple(verdicts.get(COMPLIANT, ())),
        not_compliant=tuple(verdicts.get(NOT_COMPLIANT, ())),
        not_applicable=tuple(verdicts.get(NOT_APPLICABLE, ())),
        unanswered=tuple(verdicts.get(None, ())),
    )


def compute_findings(inspection: Inspection) -> Findings:
    """Compute every figure of ``inspection`` (see the module docstring for the rules)."""
    slots = _Slots(inspection)
    attendance = Attendance(_by_name(inspection.staff))
    sections = tuple(
        _section_result(form, section, slots)
        for form in inspection.forms
        for section in form.sections
    )
    failures = _sorted_failures(sections)
    return Findings(
        attendance=attendance,
        sections=sections,
        failures=failures,
        people=_people(attendance, failures),
        observations=tuple(o for section in sections for o in section.observations),
        completeness=_completeness(inspection, slots),
        attire=_staff_group(ATTIRE_PREFIX, sections, slots),
        badge=_staff_group(BADGE_PREFIX, sections, slots),
    )


# --------------------------------------------------------------------------- display helpers


def _group_thousands(digits: str, separator: str) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return separator.join([digits, *groups])


def format_number(value: str | float | int, lang: str = "vi", decimals: int | None = None) -> str:
    """A number as written in ``lang``: ``12.345,5`` in Vietnamese, ``12,345.5`` in English.

    ``decimals`` rounds first (trailing zeros dropped). Text that is not a number is returned as
    it is.
    """
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = format(number.normalize(), "f") if number != 0 else "0"
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    thousands, point = (",", ".") if lang.lower().startswith("en") else (".", ",")
    text = sign + _group_thousands(whole, thousands)
    return f"{text}{point}{fraction}" if fraction else text


def format_percent(value: float | None, lang: str = "vi", empty: str = "—") -> str:
    """A percentage with at most one decimal: ``92,5%`` (vi), ``92.5%`` (en); ``empty`` if None."""
    if value is None:
        return empty
    return f"{format_number(value, lang, decimals=1)}%"
