"""``inspector export ID --out FILE.pdf``: the minutes of an inspection as a PDF.

The command's work is :func:`inspector_app.reports.export.export_pdf`; :func:`register` returns
the sub-parser so that more options (signing) can be added to the same command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

__all__ = ["cmd_export", "register"]


def register(subparsers: Any, common_parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add ``export`` to the ``inspector`` command's sub-parsers; return its parser."""
    p = subparsers.add_parser(
        "export",
        parents=[common_parent],
        help="write the minutes (biên bản) of an inspection as a PDF",
        description="Write the minutes of an inspection as an unsigned PDF (A4, Decree "
        "30/2020/NĐ-CP layout) with the roll call and the photos as appendices.",
    )
    p.add_argument("id", help="the inspection's id (or a unique prefix of it)")
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE.pdf",
        help="the PDF to write (replaced if it exists)",
    )
    p.add_argument(
        "--place",
        default=None,
        help="place name of the date line (default: from the agency's name)",
    )
    p.add_argument("--copies", type=int, default=2, help="paper copies (default 2)")
    p.add_argument("--no-photos", action="store_true", help="leave the photos out")
    from inspector_app.signing import cli as signing_cli

    signing_cli.add_export_arguments(p)  # --sign FILE.p12 | --pkcs11 LIB ... (signs and locks)
    p.set_defaults(func=cmd_export)
    return p


def cmd_export(args: argparse.Namespace) -> int:
    from inspector_app.paths import DataPaths
    from inspector_app.reports.export import export_pdf
    from inspector_app.services.context import AppContext

    if args.copies < 1:
        from inspector_app.errors import UserError

        raise UserError("--copies must be at least 1")
    ctx = AppContext.open(DataPaths.resolve(getattr(args, "data_dir", None)))
    try:
        options: dict[str, Any] = {"place": args.place, "copies": args.copies}
        if args.no_photos:
            options["photos"] = ()
        from inspector_app.signing.cli import export_signed

        if export_signed(ctx, args, options):  # signing asked for, or already signed
            return 0
        result = export_pdf(ctx, args.id, args.out, **options)
    finally:
        ctx.close()
    r = result.render
    print(
        f"{result.path}: {r.page_count} pages, {r.photo_count} photos, "
        f"{result.size / 1024:.0f} KB ({r.font_family})"
    )
    for warning in r.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0
