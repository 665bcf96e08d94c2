"""``inspector-app --smoke-test``: proves that a (frozen) build starts and works end to end.

In a temporary data dir (or ``--data-dir``): migrate a new database, load every bundled form
(any broken one fails the test), load the demo data, open the real main window offscreen with
Home filled and the completed demo inspection open, and save a screenshot. Prints one line per
step and exits 0, or prints the reason and exits 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path


def run_smoke_test(data_dir: Path | None, screenshot: Path | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        with tempfile.TemporaryDirectory(prefix="inspector-smoke-") as tmp:
            root = data_dir or Path(tmp) / "data"
            shot = screenshot or Path(tmp) / "smoke.png"
            _run(root, shot)
    except Exception as exc:  # noqa: BLE001 - the reason is the output of a smoke test
        traceback.print_exc()
        print(f"SMOKE TEST FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("SMOKE TEST PASSED")
    return 0


def _step(name: str) -> None:
    print(f"smoke: {name}", flush=True)


def _run(root: Path, shot: Path) -> None:
    from inspector_app.paths import DataPaths
    from inspector_app.services.context import AppContext
    from inspector_app.services.demo import load_demo

    paths = DataPaths.resolve(root)
    ctx = AppContext.open(paths)
    _step(f"database at schema {ctx.db.migration.to_revision} in {paths.database}")
    if ctx.catalog.errors:
        raise RuntimeError("broken form: " + "; ".join(str(e) for e in ctx.catalog.errors))
    if not ctx.catalog.forms:
        raise RuntimeError("no forms were found")
    _step(f"{len(ctx.catalog.forms)} forms loaded: {', '.join(f.id for f in ctx.catalog.forms)}")
    if ctx.reference.profile() is None:
        ctx.reference.set_profile("Phạm Thu Hằng", "Chuyên viên", "Sở Nội vụ thành phố Hải Phòng")
    demo = load_demo(ctx.db, ctx.catalog)
    _step(f"demo data: {ctx.inspections.count()} inspections")
    try:
        _window(paths, ctx, demo.completed_id, shot)
    finally:
        ctx.close()


def _window(paths, ctx, inspection_id: str, shot: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from inspector_app.i18n import DEFAULT_LANGUAGE, Translations
    from inspector_app.ui.application import create_application
    from inspector_app.ui.main_window import MainWindow
    from inspector_app.ui.state import UiSettings

    app = QApplication.instance() or create_application([sys.argv[0]])
    translations = Translations(app)
    translations.apply(DEFAULT_LANGUAGE)
    window = MainWindow(paths, UiSettings(paths.root), translations)
    window.resize(1366, 768)
    window.show()
    window.set_context(ctx)
    _wait(app, lambda: window.home.model.rowCount() > 0, "Home to list the inspections")
    _step(f"main window shown, Home lists {window.home.model.rowCount()} inspections")
    window.open_inspection(inspection_id)
    _wait(app, lambda: window.stack.currentWidget() is not window.home, "the inspection to open")
    for _ in range(5):
        app.processEvents()
    shot.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(shot)):
        raise RuntimeError(f"could not write the screenshot {shot}")
    _step(f"screenshot: {shot}")
    window.close()


def _wait(app, predicate: Callable[[], bool], what: str, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)
