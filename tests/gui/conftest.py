"""GUI fixtures: real widgets, offscreen (``tests/conftest.py`` sets ``QT_QPA_PLATFORM``).

* ``gui_app``: pytest-qt's ``qapp`` with the bundled font, as the app has it;
* ``translations``: the Vietnamese UI (the default), removed again after the test;
* ``ctx`` / ``demo_ctx`` (from ``tests/conftest.py``): a temp data dir without / with demo data;
* ``more_ctx``: the demo data plus a second unit and three more inspections at known dates;
* ``make_window``: a shown ``MainWindow`` on a context, opened synchronously;
* ``typist``: types Vietnamese text into a widget key by key;
* ``answer_boxes``: ``QMessageBox.exec`` patched to answer at once (no blocking dialog).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inspector_app.i18n import Translations
from inspector_app.ui.application import apply_ui_font
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.state import UiSettings

OTHER_UNIT = "Bộ phận Một cửa Ủy ban nhân dân phường Lê Chân"
OTHER_HEAD = "Đinh Quang Hải"


@pytest.fixture
def gui_app(qapp: QApplication) -> QApplication:
    apply_ui_font(qapp)
    return qapp


@pytest.fixture
def translations(gui_app: QApplication) -> Iterator[Translations]:
    t = Translations(gui_app)
    t.apply("vi")
    yield t
    t.remove()


@dataclass
class Extra:
    """The inspections ``more_ctx`` adds (ids)."""

    last_year: str
    this_week_draft: str
    range_completed: str
    unit_id: str
    unit_name: str = OTHER_UNIT
    head_name: str = OTHER_HEAD


@pytest.fixture
def more_ctx(demo_ctx):
    """Demo data + another unit with its own head: a draft today, and two at fixed past dates."""
    ref, insp = demo_ctx.reference, demo_ctx.inspections
    unit = ref.add_unit(OTHER_UNIT, code="LC-1C", address="Số 1 phố Lê Chân, Hải Phòng")
    ref.add_staff(unit.id, "Vương Thị Thanh Tâm", "Công chức Tư pháp – Hộ tịch", "Quầy 1")
    head = ref.add_inspector(OTHER_HEAD, "Trưởng phòng Nội vụ quận")
    today = date.today()
    tz = datetime.now().astimezone().tzinfo
    last_year = insp.create(
        unit.id,
        head_id=head.id,
        document_number="02/BB-KT",
        started_at=datetime(today.year - 1, 3, 9, 8, 0, tzinfo=tz),
    )
    insp.complete(last_year, ended_at=datetime(today.year - 1, 3, 9, 10, 0, tzinfo=tz))
    ranged = insp.create(
        unit.id,
        head_id=head.id,
        document_number="07/BB-KT",
        started_at=datetime(today.year - 2, 11, 20, 14, 30, tzinfo=tz),
    )
    insp.complete(ranged, ended_at=datetime(today.year - 2, 11, 20, 16, 0, tzinfo=tz))
    draft = insp.create(
        unit.id,
        head_id=head.id,
        started_at=datetime.combine(today, time(6, 50), tz) - timedelta(minutes=0),
    )
    demo_ctx.extra = Extra(last_year, draft, ranged, unit.id)
    return demo_ctx


@pytest.fixture
def make_window(qtbot, translations: Translations) -> Callable[..., MainWindow]:
    alive: list[MainWindow] = []  # qtbot only holds a weak reference

    def make(ctx, *, show: bool = True) -> MainWindow:
        window = MainWindow(ctx.paths, UiSettings(ctx.paths.root), translations)
        qtbot.addWidget(window)
        alive.append(window)
        if show:
            with qtbot.waitActive(window):  # shortcuts only fire in the active window
                window.show()
                window.activateWindow()
        window.set_context(ctx)
        return window

    return make


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, Vietnamese included (``qtbot.keyClicks`` is ASCII-only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def typist() -> Callable[[QWidget, str], None]:
    return type_text


@dataclass
class BoxAnswers:
    """What the patched ``QMessageBox.exec`` was shown, and what it answers."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    texts: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)


@pytest.fixture
def answer_boxes(monkeypatch: pytest.MonkeyPatch) -> BoxAnswers:
    answers = BoxAnswers()

    def fake_exec(box: QMessageBox) -> int:
        answers.texts.append(box.text())
        answers.titles.append(box.windowTitle())
        return int(answers.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return answers
