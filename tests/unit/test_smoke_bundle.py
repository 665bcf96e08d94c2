"""``inspector-app --smoke-test`` from the source tree: what the bundles run after a build.

It runs in a child process (its own QApplication, its own photo-import process pool), as the
frozen executables do.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_smoke_test_passes(tmp_path: Path) -> None:
    shot = tmp_path / "shots" / "smoke.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "inspector_app", "--smoke-test", "--screenshot", str(shot)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert "SMOKE TEST PASSED" in out
    assert "imported through the photo pipeline (a process pool of 2)" in out
    assert "signature verified" in out
    assert "QtPdf:" in out
    assert shot.stat().st_size > 10_000
    assert (shot.parent / "smoke-minutes.png").stat().st_size > 10_000


def test_smoke_test_reports_a_failure(tmp_path: Path) -> None:
    # a data dir that cannot be created: the smoke test says why and exits 1
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "inspector_app", "--smoke-test", "--data-dir", str(blocker / "x")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert proc.returncode == 1
    assert "SMOKE TEST FAILED" in proc.stderr
