"""Findings: the figures of :func:`compute_findings`, live, and who and what fell short.

Cards show attendance, punctuality, attire, badges, items not compliant by severity and how much
is recorded, as counts and percentages; below them the list of people who fell short and of the
items not compliant, most serious first. The page is recomputed whenever it is shown after a
change.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from inspector_app.domain.findings import (
    Failure,
    Findings,
    PersonShortfall,
    StaffGroupResult,
    compute_findings,
    format_percent,
)
from inspector_app.domain.forms import Severity
from inspector_app.domain.model import StaffEntry
from inspector_app.ui.models.rollcall_model import status_text
from inspector_app.ui.views import StepPage

SEVERITY_TITLES: dict[Severity, str] = {
    "critical": QT_TRANSLATE_NOOP("FindingsView", "Critical"),
    "major": QT_TRANSLATE_NOOP("FindingsView", "Major"),
    "minor": QT_TRANSLATE_NOOP("FindingsView", "Minor"),
}
CARDS = ("present", "on_time", "absent", "attire", "badge", "failures", "recorded")
CARD_TITLES = {
    "present": QT_TRANSLATE_NOOP("FindingsView", "Present"),
    "on_time": QT_TRANSLATE_NOOP("FindingsView", "On time"),
    "absent": QT_TRANSLATE_NOOP("FindingsView", "Absent"),
    "attire": QT_TRANSLATE_NOOP("FindingsView", "Attire neat"),
    "badge": QT_TRANSLATE_NOOP("FindingsView", "Badge worn"),
    "failures": QT_TRANSLATE_NOOP("FindingsView", "Not compliant"),
    "recorded": QT_TRANSLATE_NOOP("FindingsView", "Answered"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FindingsView", text)


class FigureCard(QFrame):
    """A title, a big figure and a line of detail."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card_{key}")
        self.setStyleSheet(
            f"QFrame#card_{key} {{ background: #ffffff; border: 1px solid #dadce0;"
            " border-radius: 6px; }"
        )
        self.title = QLabel(self)
        self.title.setStyleSheet("color: #5f6368;")
        self.value = QLabel(self)
        self.value.setObjectName("value")
        self.value.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.detail = QLabel(self)
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #3c4043;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "", *, alert: bool = False) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(
            f"font-size: 18pt; font-weight: 600; color: {'#b3261e' if alert else '#202124'};"
        )
        self.detail.setText(detail)


class FindingsView(StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsView")
        self.findings: Findings | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.cards = {key: FigureCard(key, self) for key in CARDS}
        grid = QGridLayout()
        grid.setSpacing(8)
        for n, key in enumerate(CARDS):
            grid.addWidget(self.cards[key], n // 4, n % 4)
        self.details = QTextBrowser(self)
        self.details.setObjectName("findingsDetails")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.details, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Computed from the roll call and the checklists as recorded so far; percentages "
                "are "
                "of the people called or of the answers given."
            )
        )
        for key, card in self.cards.items():
            card.title.setText(_tr(CARD_TITLES[key]))
        self.refresh()

    def focus_main(self) -> None:
        self.details.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.inspection is None:
            return
        self.findings = compute_findings(self.inspection)
        self._fill_cards(self.findings)
        self.details.setHtml(self._details_html(self.findings))

    def _pct(self, value: float | None) -> str:
        return format_percent(value, self._lang)

    def _fill_cards(self, f: Findings) -> None:
        att = f.attendance
        not_called = (
            self.tr("%1 not called yet").replace("%1", str(att.not_recorded))
            if att.not_recorded
            else ""
        )
        self.cards["present"].set(
            f"{att.present}/{att.total}", _join(self._pct(att.present_percent), not_called)
        )
        self.cards["on_time"].set(
            f"{att.on_time}/{att.recorded}",
            _join(
                self._pct(att.on_time_percent),
                self.tr("late: %1").replace("%1", str(att.late)) if att.late else "",
            ),
            alert=bool(att.late),
        )
        self.cards["absent"].set(
            str(att.absent),
            self.tr("with leave %1 · without leave %2")
            .replace("%1", str(att.absent_with_leave))
            .replace("%2", str(att.absent_without_leave)),
            alert=bool(att.absent_without_leave),
        )
        for key, group in (("attire", f.attire), ("badge", f.badge)):
            self._fill_group(self.cards[key], group)
        by_severity = dict(f.failures_by_severity)
        self.cards["failures"].set(
            str(len(f.failures)),
            " · ".join(
                f"{_tr(SEVERITY_TITLES[s])} {len(by_severity.get(s, ()))}" for s in SEVERITY_TITLES
            ),
            alert=bool(f.failures),
        )
        c = f.completeness
        self.cards["recorded"].set(f"{c.answered}/{c.expected}", self._pct(c.percent))

    def _fill_group(self, card: FigureCard, group: StaffGroupResult) -> None:
        tally = group.tally
        if not group.items:
            card.set("—", self.tr("not in this inspection's forms"))
            return
        not_assessed = (
            self.tr("%1 not assessed").replace("%1", str(tally.unanswered))
            if tally.unanswered
            else ""
        )
        card.set(
            f"{tally.compliant}/{tally.assessed}",
            _join(self._pct(tally.percent), not_assessed),
            alert=bool(tally.not_compliant),
        )

    # -- the lists ----------------------------------------------------------------------------
    def _details_html(self, f: Findings) -> str:
        parts: list[str] = []
        if not f.has_results:
            return f"<p>{html.escape(self.tr('Nothing has been recorded yet.'))}</p>"
        parts.append(_h(self.tr("People who fell short (%1)").replace("%1", str(len(f.people)))))
        if f.people:
            parts.append("<ul>" + "".join(self._person_html(p) for p in f.people) + "</ul>")
        else:
            parts.append(_p(self.tr("Nobody so far.")))
        parts.append(_h(self.tr("Items not compliant (%1)").replace("%1", str(len(f.failures)))))
        if not f.failures:
            parts.append(_p(self.tr("None so far.")))
        for severity, failures in f.failures_by_severity:
            parts.append(f"<p><b>{html.escape(_tr(SEVERITY_TITLES[severity]))}</b></p><ul>")
            parts += [self._failure_html(x) for x in failures]
            parts.append("</ul>")
        if f.observations:
            parts.append(_h(self.tr("Figures recorded")))
            parts.append(
                "<ul>"
                + "".join(
                    f"<li>{html.escape(o.item.text.get(self._lang))}: "
                    f"<b>{html.escape(o.display_value(self._lang))}</b>"
                    f"{_note(o.note)}</li>"
                    for o in f.observations
                )
                + "</ul>"
            )
        return "".join(parts)

    def _person_html(self, person: PersonShortfall) -> str:
        bits: list[str] = []
        if person.attendance is not None:
            bits.append(html.escape(status_text(person.entry)))
        bits += [html.escape(x.item.text.get(self._lang)) + _note(x.note) for x in person.failures]
        if person.entry.note:
            bits.append(f"<i>{html.escape(person.entry.note)}</i>")
        return (
            f"<li><b>{html.escape(person.full_name)}</b>{_where(person.entry)}: "
            + "; ".join(bits)
            + "</li>"
        )

    def _failure_html(self, failure: Failure) -> str:
        who = (
            f" — {html.escape(failure.person.full_name)}"
            if failure.person is not None
            else f" — {html.escape(self.tr('the unit'))}"
        )
        return (
            f"<li>{html.escape(failure.item.text.get(self._lang))}{who}{_note(failure.note)}</li>"
        )


def _join(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _h(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _note(note: str) -> str:
    return f" <i>({html.escape(note)})</i>" if note else ""


def _where(entry: StaffEntry) -> str:
    where = " · ".join(p for p in (entry.position, entry.counter) if p)
    return f" <span style='color:#5f6368'>({html.escape(where)})</span>" if where else ""
