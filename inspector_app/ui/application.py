"""``run_gui``: the GUI's start-up, in the order that shows the window soonest.

0. before Qt is imported, :func:`inspector_app.app.main` reads Home's list straight from the
   database file (plain ``sqlite3``, no SQLAlchemy; nothing when there is no database yet or it
   needs migrating);
1. QApplication, crash handler, the bundled font's regular and semi-bold faces, translations
   (all cheap);
2. the main window is built, Home lists those inspections ("Opening data…" when there is nothing
   to list yet), and the window is shown;
3. right after the first paint: the font's other faces, logging to the data dir, and the
   ``AppContext`` (SQLAlchemy, migrations, forms) is opened on a worker thread; Home is refreshed
   through the services when it is ready, then the first run (profile, demo data) or the
   reopening of the last place follows.

Only what the first paint needs is imported before it: the dialogs, the inspection screens and
the rarely used Qt types (``QMessageBox``, ``QStyle``…) are imported where they are used, since
PySide6 builds each type and its enums on first use (``benchmarks/startup.py``).

Test hook (kept out of the normal path): when the environment variable ``INSPECTOR_TEST_SCRIPT``
names a Python file, that file is executed once on the UI thread after step 3 with ``window``
(the :class:`MainWindow`), ``app``, ``ctx`` (the ``AppContext``, ``None`` if opening failed),
``paths``, ``marks`` (start-up times, ``time.time()`` values) and ``wait_until(predicate,
timeout=10.0)`` (runs the event loop until ``predicate()`` is true) in scope. An exception in the
script is printed and makes the app exit with status 3. ``tests/gui/test_crash_restart.py`` and
``benchmarks/startup.py`` use it to drive the real app in a separate process.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from inspector_app import APP_ID, APP_NAME, ORG_NAME, __version__
from inspector_app.i18n import DEFAULT_LANGUAGE, Translations
from inspector_app.paths import DataPaths, resource
from inspector_app.ui.errors import CrashHandler
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.state import UiSettings

if TYPE_CHECKING:
    from inspector_app.domain.summary import InspectionSummary

log = logging.getLogger(__name__)

TEST_SCRIPT_ENV = "INSPECTOR_TEST_SCRIPT"
UI_FONT_FAMILY = "Be Vietnam Pro"
#: The faces Home's first paint uses (text, its title); the others are added right after it.
UI_FONT_FILES = ("Regular", "SemiBold")
UI_FONT_FILES_LATER = ("Medium", "Bold")

#: ``time.time()`` at each start-up step: ``run_gui``, ``shown``, ``listed`` (Home shows the
#: inspections read straight from the file), ``ready`` (the data is open, every action works).
STARTUP_MARKS: dict[str, float] = {}


def register_fonts(weights: tuple[str, ...] = UI_FONT_FILES) -> str | None:
    """Register faces of the bundled Be Vietnam Pro; returns its family name (``None`` if
    missing)."""
    family = None
    for weight in weights:
        path = resource("fonts", f"BeVietnamPro-{weight}.ttf")
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font %s", path)
            continue
        family = family or QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 128, 512):
        icon.addFile(str(resource("icons", f"inspector-{size}.png")))
    return icon


def create_application(
    qt_argv: list[str], font_faces: tuple[str, ...] = UI_FONT_FILES + UI_FONT_FILES_LATER
) -> QApplication:
    """The ``QApplication`` with name, icon and the bundled font's ``font_faces`` (or the font
    that exists)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # High DPI: Qt 6 scales by the screen's exact factor (rounding policy PassThrough, its
    # default; a test checks it): setting it here would build the Qt namespace (first_paint.py).
    app = QApplication(qt_argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    apply_ui_font(app, font_faces)
    return app


def apply_ui_font(
    app: QApplication, weights: tuple[str, ...] = UI_FONT_FILES + UI_FONT_FILES_LATER
) -> None:
    """The bundled font as the application's font (all its faces unless told otherwise)."""
    family = register_fonts(weights)
    if family:
        font = QFont(app.font())
        font.setFamilies([family])
        app.setFont(font)


def run_gui(
    paths: DataPaths, qt_argv: list[str], rows: list[InspectionSummary] | None = None
) -> int:
    """Show the main window (Home listing ``rows``, the quick read) and run the event loop."""
    STARTUP_MARKS["run_gui"] = time.time()
    crash_handler = CrashHandler().install()
    app = create_application(qt_argv, UI_FONT_FILES)  # the other faces after the first paint
    settings = UiSettings(paths.root)
    translations = Translations(app)
    translations.apply(settings.language or DEFAULT_LANGUAGE)
    window = MainWindow(paths, settings, translations)
    if rows:
        window.home.show_preview(rows)
    window.show()
    QTimer.singleShot(0, lambda: _after_first_paint(window, paths, crash_handler, bool(rows)))
    code = app.exec()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    if window.ctx is not None:
        window.ctx.close()
    log.info("Inspector stopped (exit code %s)", code)
    return code


def _after_first_paint(
    window: MainWindow, paths: DataPaths, crash_handler: CrashHandler, listed: bool
) -> None:
    STARTUP_MARKS["shown"] = time.time()
    if listed:
        STARTUP_MARKS["listed"] = STARTUP_MARKS["shown"]
    gc.enable()  # paused by inspector_app.app.main during the imports and the first paint
    register_fonts(UI_FONT_FILES_LATER)
    from inspector_app.logs import setup_logging

    crash_handler.log_file = setup_logging(paths.log_file)
    log.info("Inspector %s starting; data in %s", __version__, paths.root)
    script = os.environ.get(TEST_SCRIPT_ENV)
    if script:
        window.startupFinished.connect(
            lambda: QTimer.singleShot(0, lambda: _run_test_script(Path(script), window))
        )
    window.contextReady.connect(_mark_ready)
    open_context_in_background(window, paths)


def _mark_ready() -> None:
    STARTUP_MARKS.setdefault("ready", time.time())


def open_context_in_background(window: MainWindow, paths: DataPaths) -> None:
    """Open the data on a pool thread; the window gets it (or the error) on the UI thread."""
    from inspector_app.ui.workers import run_in_pool

    run_in_pool(lambda: _open_context(paths), window.set_context, window.context_failed)


def _open_context(paths: DataPaths):  # type: ignore[no-untyped-def]  # -> AppContext
    """On a pool thread: import and open everything, and warm the first queries' caches."""
    from inspector_app.services.context import AppContext

    ctx = AppContext.open(paths)
    try:
        ctx.reference.profile()
        ctx.inspections.count()
    except Exception:
        ctx.close()
        raise
    return ctx


# -- the test hook ----------------------------------------------------------------------------
def wait_until(predicate: Callable[[], object], timeout: float = 10.0) -> None:
    """Process events until ``predicate()`` is true; ``TimeoutError`` after ``timeout`` s."""
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while not predicate():
        if timer.elapsed() > timeout * 1000:
            raise TimeoutError(f"condition not met within {timeout} s")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def _run_test_script(path: Path, window: MainWindow) -> None:
    namespace = {
        "__name__": "__inspector_test_script__",
        "__file__": str(path),
        "window": window,
        "app": QApplication.instance(),
        "ctx": window.ctx,
        "paths": window.paths,
        "marks": STARTUP_MARKS,
        "wait_until": wait_until,
    }
    log.warning("running the test script %s", path)
    try:
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102
    except BaseException:  # noqa: BLE001 - a failed script must end the process visibly
        traceback.print_exc()
        sys.stderr.flush()
        QCoreApplication.exit(3)
