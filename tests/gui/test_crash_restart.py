"""Always saved: kill the real app with SIGKILL, start it again, find every edit and the place.

Also: an unhandled exception shows the crash dialog (with the log file) instead of vanishing, and a
``UserError`` escaping a slot is shown as a plain warning.

The app is driven in a separate process through its test hook: ``INSPECTOR_TEST_SCRIPT`` names a
script that ``inspector_app.ui.application`` runs on the UI thread once start-up is done.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from inspector_app.errors import UserError
from inspector_app.logs import setup_logging
from inspector_app.ui.dialogs.crash_dialog import CrashDialog
from inspector_app.ui.errors import CrashHandler

EDIT_SCRIPT = """
import json, os
from pathlib import Path
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from inspector_app.domain.model import AttendanceStatus
from inspector_app.services.demo import CENTER
from inspector_app.ui.dialogs.new_inspection_dialog import NewInspectionDialog
from inspector_app.ui.dialogs.profile_dialog import ProfileDialog
from inspector_app.ui.state import Place

# 1. first run: the profile, then yes to the demo data
profile = window.findChild(ProfileDialog)
profile.full_name.setText("Trương Thị Mỹ Linh")
profile.position.setText("Chuyên viên")
profile.agency.setEditText("Sở Nội vụ tỉnh Quảng Ninh")
profile.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
window.findChild(QMessageBox, "demoOfferBox").button(QMessageBox.StandardButton.Yes).click()
wait_until(lambda: window.home.model.rowCount() == 2, timeout=60)

# 2. a new inspection through the dialog (Ctrl+N's action), opened on OK
window.action_new.trigger()
wait_until(lambda: window.findChild(NewInspectionDialog) is not None)
dialog = window.findChild(NewInspectionDialog)
dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findText(CENTER))
dialog.document_number.setText("44/BB-ĐKT")
dialog.reps_table.item(0, 0).setText("Nguyễn Thị Hương")
dialog.reps_table.item(0, 1).setText("Phó Giám đốc Trung tâm")
dialog.ok_button.click()
wait_until(lambda: window.place is not None)
inspection_id = window.place.inspection_id

# 3. the roll call (the services commit each change at once), and English
staff = ctx.inspections.get(inspection_id).staff
ctx.inspections.set_attendance(inspection_id, staff[0].id, AttendanceStatus.AT_POST)
ctx.inspections.set_attendance(inspection_id, staff[1].id, AttendanceStatus.ABSENT_WITHOUT_LEAVE)
ctx.inspections.set_staff_note(inspection_id, staff[1].id, "Vắng, không báo cáo")
window.language_actions["en"].trigger()

# 4. the inspector moves to the checklists of the third person (as the screen reports it)
window.inspection_screen.placeChanged.emit(inspection_id, "checklists", staff[2].id)

out = Path(os.environ["INSPECTOR_TEST_OUT"])
out.write_text(json.dumps({"inspection_id": inspection_id, "person_id": staff[2].id,
                           "at_post": staff[0].id, "absent": staff[1].id}))
print("EDITS DONE", flush=True)
"""

REPORT_SCRIPT = """
import json, os
from pathlib import Path

screen = window.inspection_screen
inspection = ctx.inspections.get(window.place.inspection_id) if window.place else None
report = {
    "profile": ctx.reference.profile().inspector.full_name,
    "language": ctx.reference.profile().language,
    "title": window.windowTitle(),
    "count": ctx.inspections.count(),
    "on_inspection_screen": screen is not None and window.stack.currentWidget() is screen,
    "place": list(window.place) if window.place else None,
    "restored": list(window.restored_place) if window.restored_place else None,
    "step": screen.current_step() if hasattr(screen, "current_step") else None,
    "document_number": inspection.document_number if inspection else None,
    "representatives": [[r.full_name, r.position] for r in inspection.representatives]
        if inspection else None,
    "attendance": {s.id: (s.attendance.value if s.attendance else None, s.note)
                   for s in inspection.staff} if inspection else None,
}
Path(os.environ["INSPECTOR_TEST_OUT"]).write_text(json.dumps(report, ensure_ascii=False))
app.quit()
"""


def _start(data_dir: Path, script: Path, out: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INSPECTOR_TEST_SCRIPT": str(script),
        "INSPECTOR_TEST_OUT": str(out),
        "PYTHONUNBUFFERED": "1",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "inspector_app", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
    )


def _wait_for_file(proc: subprocess.Popen[str], out: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not out.exists():
        if proc.poll() is not None:
            raise AssertionError(f"the app ended early ({proc.returncode}):\n{proc.stdout.read()}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"timed out; the app said:\n{proc.communicate()[0]}")
        time.sleep(0.05)  # polling another process's file: there is no Qt signal to wait on


@pytest.mark.slow
def test_sigkill_loses_nothing_and_the_place_is_restored(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    edit, report = tmp_path / "edit.py", tmp_path / "report.py"
    edit.write_text(textwrap.dedent(EDIT_SCRIPT), encoding="utf-8")
    report.write_text(textwrap.dedent(REPORT_SCRIPT), encoding="utf-8")
    edits_out, report_out = tmp_path / "edits.json", tmp_path / "report.json"

    first = _start(data_dir, edit, edits_out)
    _wait_for_file(first, edits_out, timeout=120)
    first.kill()  # SIGKILL on POSIX: no close event, no clean-up of any kind
    first.communicate(timeout=30)
    assert first.returncode != 0
    edits = json.loads(edits_out.read_text())

    second = _start(data_dir, report, report_out)
    _wait_for_file(second, report_out, timeout=120)
    output = second.communicate(timeout=60)[0]
    assert second.returncode == 0, output
    got = json.loads(report_out.read_text(encoding="utf-8"))

    assert got["profile"] == "Trương Thị Mỹ Linh"
    assert got["count"] == 3  # the demo's two and the new one
    assert got["language"] == "en" and got["title"] == "Inspector — surprise inspections"
    assert got["document_number"] == "44/BB-ĐKT"
    assert got["representatives"] == [["Nguyễn Thị Hương", "Phó Giám đốc Trung tâm"]]
    assert got["attendance"][edits["at_post"]] == ["at_post", ""]
    assert got["attendance"][edits["absent"]] == ["absent_without_leave", "Vắng, không báo cáo"]
    place = [edits["inspection_id"], "checklists", edits["person_id"]]
    assert got["on_inspection_screen"]
    assert got["restored"] == place  # what the inspection screen was asked to show
    assert got["place"] == place  # and still remembered
    if got["step"] is not None:  # the real inspection screen reports where it is
        assert got["step"] == "checklists"


@pytest.fixture
def log_file(tmp_path: Path):
    path = setup_logging(tmp_path / "logs" / "inspector.log")
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_inspector", False):
            root.removeHandler(handler)
            handler.close()


@pytest.mark.qt_no_exception_capture
def test_an_unhandled_exception_shows_the_crash_dialog(qtbot, gui_app, log_file, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self.text.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", CrashHandler(log_file))

    def broken_slot() -> None:
        raise RuntimeError("a bug in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown))
    assert "RuntimeError: a bug in a slot" in shown[0]
    assert str(log_file) in shown[0]
    logged = log_file.read_text(encoding="utf-8")
    assert "unhandled exception" in logged and "a bug in a slot" in logged


@pytest.mark.qt_no_exception_capture
def test_a_user_error_escaping_a_slot_is_a_warning(
    qtbot, gui_app, log_file, monkeypatch, answer_boxes
):
    crashed: list[str] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: crashed.append(self.text.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", CrashHandler(log_file))

    def slot() -> None:
        raise UserError("the disk holding the data is full; nothing was changed")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: bool(answer_boxes.texts))
    assert answer_boxes.texts == ["the disk holding the data is full; nothing was changed"]
    assert crashed == []
