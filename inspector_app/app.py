"""Composition root of the GUI: arguments, paths, logging, database, window.

Heavy modules (SQLAlchemy ORM, Alembic, reportlab, pyHanko, Pillow) are imported only when needed
so that the window shows quickly.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inspector-app", description="Inspector (GUI)")
    parser.add_argument("--data-dir", type=Path, help="use DIR for the database, photos and logs")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="self-check of a build: temporary data dir, migrate, forms, demo, window; "
        "exit 0 if fine",
    )
    parser.add_argument("--screenshot", type=Path, help="with --smoke-test: save the window here")
    return parser


def main(argv: list[str] | None = None) -> int:
    args, qt_args = build_parser().parse_known_args(argv)
    if args.smoke_test:
        from inspector_app.smoke import run_smoke_test

        return run_smoke_test(args.data_dir, args.screenshot)
    # Qt's types and enums are made as the UI modules import: hundreds of thousands of objects
    # that the cyclic collector would walk again and again. It resumes once the window is shown
    # (ui.application._after_first_paint).
    gc.disable()
    # Home's first list is read from the file before Qt is even imported (plain sqlite3): what it
    # needs is then imported before PySide6, whose import hook reads the source of every module
    # imported after it (to look for "from __feature__ import").
    from inspector_app.db.listing import QUICK_LIST_ROWS, ListFilter, quick_list
    from inspector_app.paths import DataPaths

    paths = DataPaths.resolve(args.data_dir)
    rows = quick_list(paths.database, ListFilter(limit=QUICK_LIST_ROWS))
    from inspector_app.ui.application import run_gui

    return run_gui(paths, [sys.argv[0], *qt_args], rows)


if __name__ == "__main__":
    raise SystemExit(main())
