"""``inspector-app --smoke-test``: proves that a (frozen) build starts and works end to end."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
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
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print("SMOKE TEST PASSED")
    return 0


def _run(root: Path, shot: Path) -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setWindowTitle("Inspector — Kiểm tra đột xuất")
    window.setCentralWidget(QLabel("Biên bản kiểm tra — Nguyễn Thị Hương Giang — Đoàn kiểm tra"))
    window.resize(800, 500)
    window.show()
    app.processEvents()
    shot.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(shot)):
        raise RuntimeError(f"could not write the screenshot {shot}")
    print(f"screenshot: {shot}")
    window.close()
