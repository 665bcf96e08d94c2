"""Roll call: 25 people by keyboard through the real roll-call screen, counting the key presses.

Builds a fresh data dir (the demo's service center and team), creates a new inspection (25
people, nobody called yet), opens ``InspectionView`` offscreen and goes down the list once with
key events only (``QTest.keyClick`` on the focused widget, as a user would type):

* everyone at post and compliant: ``1`` (at post, every unanswered staff item compliant, next);
* a few exceptions: one late with the arrival time typed (``3``, ``0752``, Enter), one absent
  without leave (``5``), one without a badge (``B``, ``1``), one with a note (``N``, the note,
  Enter, Space).

    python benchmarks/rollcall.py [--exceptions | --no-exceptions] [--keep DIR]

Prints the key presses per person (commands; characters typed into a time or a note are counted
apart), the time each key press took (the service commits each one at once), checks what the
database holds, and ends with one line of JSON. Target: <= 2 command keys per person on average.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from inspector_app.domain.forms import COMPLIANT, NOT_COMPLIANT  # noqa: E402
from inspector_app.domain.model import AttendanceStatus  # noqa: E402
from inspector_app.paths import DataPaths  # noqa: E402
from inspector_app.services.context import AppContext  # noqa: E402
from inspector_app.services.demo import CENTER, TEAM, load_demo  # noqa: E402

Key = Qt.Key
Step = Key | str  # a key, or text typed character by character

COMMON: tuple[Step, ...] = (Key.Key_1,)
EXCEPTIONS: dict[str, tuple[Step, ...]] = {
    "Dương Văn Long": (Key.Key_3, "0752", Key.Key_Return),
    "Bùi Văn Hùng": (Key.Key_5,),
    "Mai Xuân Trường": (Key.Key_B, Key.Key_1),
    "Tạ Quang Vinh": (Key.Key_N, "Đang nghe điện thoại riêng", Key.Key_Return, Key.Key_Space),
}
TARGET_KEYS_PER_PERSON = 2.0


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None:
        raise RuntimeError("nothing has the keyboard focus")
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Key events carrying each character (QTest.keyClicks is ASCII-only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def open_view(ctx: AppContext):  # type: ignore[no-untyped-def]  # -> InspectionView
    from inspector_app.ui.views.inspection_view import InspectionView

    unit = next(u for u in ctx.reference.list_units() if u.name == CENTER)
    head = next(i for i in ctx.reference.list_inspectors() if i.full_name == TEAM[0][0])
    inspection_id = ctx.inspections.create(unit.id, head_id=head.id)
    view = InspectionView(ctx)
    view.resize(1366, 720)
    view.show()
    QTest.qWaitForWindowExposed(view)
    view.activateWindow()
    view.load(inspection_id)
    view.rollcall.focus_main()
    QApplication.processEvents()
    return view


def call_the_roll(view, exceptions: dict[str, tuple[Step, ...]]) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    rollcall = view.rollcall
    rows: list[dict[str, object]] = []
    for _ in range(rollcall.proxy.rowCount()):
        entry = rollcall.current_entry()
        keys = typed = 0
        timings: list[float] = []
        for step in exceptions.get(entry.full_name, COMMON):
            widget = focused()
            if isinstance(step, str):
                if step.isascii():
                    QTest.keyClicks(widget, step)
                else:
                    type_text(widget, step)
                typed += len(step)
                continue
            start = time.perf_counter()
            QTest.keyClick(widget, step)
            timings.append(time.perf_counter() - start)
            keys += 1
        rows.append(
            {
                "name": entry.full_name,
                "keys": keys,
                "typed": typed,
                "ms": round(1000 * max(timings), 1),
            }
        )
    return rows


def check(ctx: AppContext, inspection_id: str, with_exceptions: bool) -> list[str]:
    """What the database should hold after the roll call; returns the problems found."""
    inspection = ctx.inspections.get(inspection_id)
    people = {e.full_name: e for e in inspection.staff}
    problems = [f"{e.full_name}: not called" for e in inspection.staff if e.attendance is None]
    items = [(f.id, i.id) for f in inspection.forms for i in f.staff_items()]
    for entry in inspection.staff:
        for form_id, item_id in items:
            answer = inspection.answer(form_id, item_id, entry.id)
            value = answer.value if answer else None
            if with_exceptions and entry.full_name == "Bùi Văn Hùng":
                expected = None
            elif with_exceptions and (entry.full_name, item_id) == (
                "Mai Xuân Trường",
                "badge-worn",
            ):
                expected = NOT_COMPLIANT
            else:
                expected = COMPLIANT
            if value != expected:
                problems.append(f"{entry.full_name} / {item_id}: {value!r}, not {expected!r}")
    if with_exceptions:
        long = people["Dương Văn Long"]
        if (long.attendance, str(long.arrival_time)) != (AttendanceStatus.LATE, "07:52:00"):
            problems.append("Dương Văn Long: not late at 07:52")
        if people["Tạ Quang Vinh"].note != "Đang nghe điện thoại riêng":
            problems.append("Tạ Quang Vinh: note missing")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--no-exceptions",
        dest="exceptions",
        action="store_false",
        help="everyone at post and compliant",
    )
    parser.add_argument("--keep", type=Path, help="build the data dir here and keep it")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    root = args.keep or Path(tempfile.mkdtemp(prefix="inspector-rollcall-"))
    ctx = AppContext.open(DataPaths.resolve(root))
    try:
        ctx.reference.set_profile("Phạm Thu Hằng", "Chuyên viên", "Sở Nội vụ thành phố Hải Phòng")
        load_demo(ctx.db, ctx.catalog)
        view = open_view(ctx)
        exceptions = EXCEPTIONS if args.exceptions else {}
        started = time.perf_counter()
        rows = call_the_roll(view, exceptions)
        elapsed = time.perf_counter() - started
        problems = check(ctx, view.inspection_id, args.exceptions)
        view.close()
    finally:
        ctx.close()
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    del app

    print(f"{'#':>3}  {'person':<24} {'keys':>4} {'typed':>5} {'slowest key ms':>15}")
    for n, row in enumerate(rows, start=1):
        print(f"{n:>3}  {row['name']:<24} {row['keys']:>4} {row['typed']:>5} {row['ms']:>15}")
    keys = sum(int(r["keys"]) for r in rows)
    typed = sum(int(r["typed"]) for r in rows)
    per_person = keys / len(rows)
    key_ms = [float(r["ms"]) for r in rows]
    print(
        f"people: {len(rows)}; command keys: {keys} ({per_person:.2f} per person, target "
        f"<= {TARGET_KEYS_PER_PERSON:g}); characters typed: {typed}; "
        f"roll call took {elapsed:.2f} s; median slowest key {statistics.median(key_ms)} ms"
    )
    for problem in problems:
        print(f"PROBLEM: {problem}")
    print(
        json.dumps(
            {
                "benchmark": "rollcall",
                "people": len(rows),
                "exceptions": len(exceptions),
                "command_keys": keys,
                "keys_per_person": round(per_person, 3),
                "typed_characters": typed,
                "target_keys_per_person": TARGET_KEYS_PER_PERSON,
                "seconds": round(elapsed, 3),
                "median_key_ms": statistics.median(key_ms),
                "max_key_ms": max(key_ms),
                "database_ok": not problems,
                "ok": not problems and per_person <= TARGET_KEYS_PER_PERSON,
            },
            ensure_ascii=False,
        )
    )
    return 0 if not problems and per_person <= TARGET_KEYS_PER_PERSON else 1


if __name__ == "__main__":
    raise SystemExit(main())
