"""What the start-up path builds before the first paint (``benchmarks/startup.py`` measures it).

The real start (``inspector_app.app.main``) runs in a separate process, so that nothing this test
session imported or built counts; at the first event-loop turn after ``show()`` it reports what
exists. Heavy libraries are imported after the window shows; no Python event handler has run
(PySide6 would have built the Python types of some forty event classes for it, see
``inspector_app.i18n``), nor is the ``Qt`` namespace built (``inspector_app.ui.first_paint``);
Home already lists the inspections read straight from the file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import json, os, sys
    import inspector_app.app
    from inspector_app.ui import application

    def report(window, *_args):
        from PySide6 import QtCore, QtGui, QtWidgets

        built = [name for module in (QtCore, QtGui, QtWidgets) for name in vars(module)]
        print(json.dumps({
            "modules": sorted(sys.modules),
            "event_types": sorted(n for n in built if n.endswith("Event")),
            "qt_namespace": "Qt" in built,
            "lazy_types": "QDnsLookup" not in vars(__import__("PySide6.QtNetwork").QtNetwork),
            "rows": window.home.model.rowCount(),
        }), flush=True)
        os._exit(0)

    application._after_first_paint = report
    sys.exit(inspector_app.app.main(["--data-dir", sys.argv[1]]))
    """
)


def test_the_first_paint_builds_only_what_it_shows(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("INSPECTOR_TEST_SCRIPT", None)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(demo_ctx.paths.root)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(next(ln for ln in proc.stdout.splitlines() if ln.startswith("{")))
    assert report["rows"] > 0  # Home lists the inspections from the quick read
    heavy = {"sqlalchemy", "alembic", "reportlab", "pyhanko", "PIL", "pydantic", "dataclasses"}
    assert heavy.isdisjoint(report["modules"])
    # PySide6 (6.8+) builds a type on its first use; an event handler in Python builds them all
    if report["lazy_types"]:
        assert report["event_types"] == []
        # nor the Qt namespace, whose 95 enums cost a fifth of a bare window (ui/first_paint.py)
        assert not report["qt_namespace"]
