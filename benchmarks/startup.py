"""Start-up time of the GUI against a bare PySide6 window started the same way.

    python benchmarks/startup.py [--runs 15]

Each run is a new process (``QT_QPA_PLATFORM=offscreen``), timed from just before it is spawned
(``time.time()`` in this process) to a mark the child takes with ``time.time()``:

* **bare**: ``python bare.py`` makes a ``QApplication`` and an empty ``QMainWindow``, shows it and
  takes its mark on the first event-loop turn after ``show()``;
* **app shown**: ``python -m inspector_app --data-dir D`` with the same mark: the main window is
  shown with its menus, toolbar and Home, and it answers input;
* **app usable**: Home's list holds the inspections, read straight from the database file with
  plain sqlite3. The inspector can read, scroll and select; this is the figure held against the
  target. Home is filled before the window is shown, so with a database to read this is the
  same moment as *shown* (on a first run there is nothing to list and Home says "Opening
  data…" until *data open*);
* **same widgets**: ``python -m widgets_only`` builds the widgets of the app's first screen (the
  bundled font, the window icon, menus, toolbar with its icons, Home's filters, a table over a
  small Python model, buttons, status bar) with no app code at all, written the usual way (with
  ``Qt.`` enums), and takes the bare window's mark: what a PySide6 window showing this screen
  pays when written plainly. The app's first paint does not build the ``Qt`` namespace
  (``inspector_app/ui/first_paint.py``: ~40 ms), which pays for its own code:
  ``app_over_same_widgets`` is about 1;
* **app data open**: SQLAlchemy, the migrations check and the forms are loaded on a worker thread
  and Home has been refreshed through the services: searching, filtering, opening and starting an
  inspection work from here (actions are disabled until then, never lost).

The app's marks come from ``inspector_app.ui.application.STARTUP_MARKS`` through the test hook
(``INSPECTOR_TEST_SCRIPT``). The data dir is made fresh with the profile and the demo data before
the runs; one unmeasured run of each warms the disk cache and writes the bytecode of everything
any of them imports (``PYTHONPYCACHEPREFIX`` in the temporary dir), so that all run from ``.pyc``
as an installed app does. Runs alternate bare / same widgets / app. The last line printed is one
JSON object with the figures (medians in seconds and their ratios).

This machine's timing noise is large (the same command varies by ±30% from one run to the next,
in spells of several seconds), hence 25 runs by default; ``docs/gui.md`` also gives instruction
counts (``valgrind --tool=callgrind``), which do not vary.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 1.5
RESOURCES = Path(__file__).resolve().parent.parent / "resources"

# Both scripts end alike: the mark is taken on the first event-loop turn after show().
SHOW_AND_MARK = """
window.show()
def mark():
    print(json.dumps({"shown": time.time()}), flush=True)
    app.quit()
QTimer.singleShot(0, mark)
app.exec()
"""

BARE = (
    """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 760)
"""
    + SHOW_AND_MARK
)

# The app's first screen without the app: same Qt types, font, icons and widgets (Home's table over
# a minimal Python model); kept in step with ui/main_window.py and ui/home_view.py by hand.
WIDGETS_ONLY = (
    """
import json, sys, time
from PySide6.QtCore import QAbstractTableModel, QDate, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontDatabase, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMainWindow, QPushButton, QStackedWidget, QTableView, QToolBar, QVBoxLayout,
    QWidget)
R = RESOURCES
ROWS = [("Trung tâm Phục vụ hành chính công", "17/11/2026 08:30", "Phạm Thu Hằng",
         "Hoàn thành", "12/BB-ĐKT"), ("Bộ phận Một cửa phường Lê Chân", "20/11/2026 14:00",
         "Phạm Thu Hằng", "Nháp", "")]
HEADERS = ("Đơn vị", "Bắt đầu", "Trưởng đoàn", "Trạng thái", "Biên bản")
class Model(QAbstractTableModel):
    def rowCount(self, parent=None): return len(ROWS)
    def columnCount(self, parent=None): return len(HEADERS)
    def data(self, index, role=0):
        return ROWS[index.row()][index.column()] if role == 0 else None
    def headerData(self, section, orientation, role=0):
        if role == 0 and orientation == Qt.Orientation.Horizontal: return HEADERS[section]
        return None
app = QApplication(sys.argv)
for face in ("Regular", "SemiBold"):
    font_id = QFontDatabase.addApplicationFont(f"{R}/fonts/BeVietnamPro-{face}.ttf")
font = QFont(app.font()); font.setFamilies(QFontDatabase.applicationFontFamilies(font_id))
app.setFont(font)
icon = QIcon()
for size in (16, 32, 48, 128, 512): icon.addFile(f"{R}/icons/inspector-{size}.png")
app.setWindowIcon(icon)
window = QMainWindow(); window.setWindowTitle("Inspector"); window.resize(1280, 760)
home = QWidget(); layout = QVBoxLayout(home)
title = QLabel("Các cuộc kiểm tra trên máy này"); bold = QFont(title.font())
bold.setPointSizeF(bold.pointSizeF() * 1.35); bold.setWeight(QFont.Weight.DemiBold)
title.setFont(bold)
search = QLineEdit(); search.setClearButtonEnabled(True)
status = QComboBox(); period = QComboBox()
for text in ("Tất cả", "Nháp", "Hoàn thành", "Đã ký", "Đã đồng bộ"): status.addItem(text, text)
for text in ("Mọi lúc", "Tuần này", "Tháng này", "Năm nay", "Khoảng ngày"): period.addItem(text)
filters = QHBoxLayout(); filters.addWidget(search, 3)
for widget in (QLabel("&Trạng thái:"), status, QLabel("&Thời gian:"), period):
    filters.addWidget(widget)
for day in (QDate.currentDate().addMonths(-1), QDate.currentDate()):
    edit = QDateEdit(day); edit.setDisplayFormat("dd/MM/yyyy"); edit.setCalendarPopup(True)
    edit.hide(); filters.addWidget(edit)
table = QTableView(); table.setModel(Model(table))
table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
table.setAlternatingRowColors(True); table.verticalHeader().hide()
header = table.horizontalHeader()
header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
for column in range(1, len(HEADERS)):
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
pages = QStackedWidget(); pages.addWidget(table); pages.addWidget(QLabel("Đang mở dữ liệu…"))
buttons = QHBoxLayout(); buttons.addWidget(QLabel("2 cuộc kiểm tra")); buttons.addStretch(1)
for text in ("&Xoá", "&Mở", "&Cuộc kiểm tra mới…"): buttons.addWidget(QPushButton(text))
layout.addWidget(title); layout.addLayout(filters); layout.addWidget(pages, 1)
layout.addLayout(buttons)
stack = QStackedWidget(); stack.addWidget(home); window.setCentralWidget(stack)
toolbar = QToolBar(); toolbar.setMovable(False); toolbar.setIconSize(QSize(20, 20))
toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
for name in ("home", "new", "open", "search", "settings"):
    tool_icon = QIcon()
    for size in (16, 32, 128): tool_icon.addFile(f"{R}/icons/toolbar/{name}-{size}.png")
    action = QAction(tool_icon, name, window)
    action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N)); toolbar.addAction(action)
window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
for menu_title in ("&Tệp", "&Kiểm tra", "&Cài đặt", "&Trợ giúp"):
    menu = window.menuBar().addMenu(menu_title)
    for k in range(4): menu.addAction(QAction(f"{menu_title} {k}", window))
window.statusBar().addPermanentWidget(QLabel("Mọi thay đổi được lưu tự động"))
"""
    + SHOW_AND_MARK
)

HOOK = """
import json
assert window.home.model.rowCount() > 0, "Home is empty"
print(json.dumps({"shown": marks["shown"], "listed": marks.get("listed", marks["ready"]),
                  "ready": marks["ready"],
                  "rows": window.home.model.rowCount()}), flush=True)
app.quit()
"""


def prepare_data(root: Path) -> None:
    code = (
        "import sys\n"
        "from inspector_app.paths import DataPaths\n"
        "from inspector_app.services.context import AppContext\n"
        "from inspector_app.services.demo import load_demo\n"
        "ctx = AppContext.open(DataPaths.resolve(sys.argv[1]))\n"
        "ctx.reference.set_profile('Phạm Thu Hằng', 'Chuyên viên',\n"
        "                          'Sở Nội vụ thành phố Hải Phòng')\n"
        "load_demo(ctx.db, ctx.catalog)\n"
        "ctx.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(root)], check=True)


def run_once(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(f"{argv} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    line = next(ln for ln in reversed(proc.stdout.splitlines()) if ln.startswith("{"))
    marks = json.loads(line)
    return {k: v - start for k, v in marks.items() if k in ("shown", "listed", "ready")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25, help="measured runs of each (default 25)")
    args = parser.parse_args()
    if args.runs < 5:
        parser.error("use at least 5 runs")

    with tempfile.TemporaryDirectory(prefix="inspector-bench-") as tmp:
        tmpdir = Path(tmp)
        data = tmpdir / "data"
        prepare_data(data)
        bare_py, hook_py = tmpdir / "bare.py", tmpdir / "hook.py"
        bare_py.write_text(BARE, encoding="utf-8")
        widgets_code = WIDGETS_ONLY.replace("R = RESOURCES", f"R = {str(RESOURCES)!r}")
        (tmpdir / "widgets_only.py").write_text(widgets_code, encoding="utf-8")
        hook_py.write_text(HOOK, encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("INSPECTOR_TEST_SCRIPT", None)
        # Both run from bytecode, as an installed app does (pip compiles at install, the bundle
        # holds .pyc only): the warm-up runs write it to a cache of their own, even where
        # PYTHONDONTWRITEBYTECODE is set (otherwise the app's ~80 modules would be compiled
        # from source at every measured start, and PySide6's would not).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(tmpdir / "pycache")
        app_env = {**env, "INSPECTOR_TEST_SCRIPT": str(hook_py)}
        bare_cmd = [sys.executable, str(bare_py)]
        widgets_cmd = [sys.executable, "-m", "widgets_only"]  # from the temporary dir's .pyc
        widgets_env = {**env, "PYTHONPATH": str(tmpdir)}
        app_cmd = [sys.executable, "-m", "inspector_app", "--data-dir", str(data)]

        run_once(bare_cmd, env)  # warm the disk cache
        run_once(widgets_cmd, widgets_env)
        run_once(app_cmd, app_env)
        bare: list[float] = []
        widgets: list[float] = []
        shown: list[float] = []
        listed: list[float] = []
        ready: list[float] = []
        for i in range(args.runs):
            b = run_once(bare_cmd, env)["shown"]
            w = run_once(widgets_cmd, widgets_env)["shown"]
            a = run_once(app_cmd, app_env)
            bare.append(b)
            widgets.append(w)
            shown.append(a["shown"])
            listed.append(a["listed"])
            ready.append(a["ready"])
            print(
                f"run {i + 1}: bare {b:.3f} s   same widgets {w:.3f} s   "
                f"app shown {a['shown']:.3f} s   app usable {a['listed']:.3f} s   "
                f"data open {a['ready']:.3f} s",
                flush=True,
            )

    med_bare, med_widgets, med_shown, med_listed, med_ready = (
        statistics.median(x) for x in (bare, widgets, shown, listed, ready)
    )
    result = {
        "runs": args.runs,
        "bare_window_s": round(med_bare, 3),
        "same_widgets_s": round(med_widgets, 3),
        "app_shown_s": round(med_shown, 3),
        "app_usable_s": round(med_listed, 3),
        "app_data_open_s": round(med_ready, 3),
        "ratio_shown": round(med_shown / med_bare, 2),
        "ratio_usable": round(med_listed / med_bare, 2),
        "ratio_data_open": round(med_ready / med_bare, 2),
        "ratio_same_widgets": round(med_widgets / med_bare, 2),
        "app_over_same_widgets": round(med_shown / med_widgets, 2),
        "target_ratio": TARGET_RATIO,
        "shown_within_target": med_shown / med_bare <= TARGET_RATIO,
        "usable_within_target": med_listed / med_bare <= TARGET_RATIO,
    }
    print(
        f"median: bare {med_bare:.3f} s, same widgets {med_widgets:.3f} s "
        f"(x{result['ratio_same_widgets']}), app shown {med_shown:.3f} s "
        f"(x{result['ratio_shown']}), app usable {med_listed:.3f} s (x{result['ratio_usable']}), "
        f"data open {med_ready:.3f} s (x{result['ratio_data_open']})"
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
