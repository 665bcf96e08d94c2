"""``inspector``: the headless command line.

Exit codes: 0 success; 2 bad input or a situation the user can fix (one line on stderr);
1 an unexpected failure (one line on stderr naming the log file that holds the details).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, NoReturn

from inspector_app import __version__
from inspector_app.errors import UserError
from inspector_app.paths import DataPaths
from inspector_app.photos import cli as photos_cli
from inspector_app.reports import cli as reports_cli
from inspector_app.signing import cli as signing_cli

log = logging.getLogger("inspector_app.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _parse_day(text: str) -> date:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"{text!r} is not a date (dd/mm/yyyy or yyyy-mm-dd)")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="use DIR for the database, photos and logs",
    )
    parser = _Parser(
        prog="inspector",
        parents=[common],
        description="Inspector: surprise inspections, from the command line",
    )
    parser.add_argument("--version", action="version", version=f"inspector {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("init", parents=[common], help="create or upgrade the database")
    p.add_argument("--demo", action="store_true", help="also load the demo data")
    p.add_argument("--name", help="full name of the inspector using this laptop")
    p.add_argument("--position", default="", help="the inspector's position")
    p.add_argument("--agency", default="", help="the inspector's agency")
    p.set_defaults(func=cmd_init)

    units = sub.add_parser("units", parents=[common], help="units that can be inspected")
    units_sub = units.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = units_sub.add_parser("list", parents=[common], help="list the units")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_units_list)

    roster = sub.add_parser("roster", parents=[common], help="staff rosters")
    roster_sub = roster.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = roster_sub.add_parser("import", parents=[common], help="import a roster (.xlsx or .csv)")
    p.add_argument("unit", help="the unit's id, code or exact name")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--valid-rows-only",
        action="store_true",
        help="import the valid rows even when other rows have errors",
    )
    p.set_defaults(func=cmd_roster_import)
    p = roster_sub.add_parser("show", parents=[common], help="print a unit's roster")
    p.add_argument("unit", help="the unit's id, code or exact name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_roster_show)

    forms = sub.add_parser("forms", parents=[common], help="checklist forms")
    forms_sub = forms.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = forms_sub.add_parser("validate", parents=[common], help="check form files")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.set_defaults(func=cmd_forms_validate)

    ins = sub.add_parser("inspections", parents=[common], help="inspections on this laptop")
    ins_sub = ins.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = ins_sub.add_parser("list", parents=[common], help="list inspections, newest first")
    p.add_argument("--json", action="store_true")
    p.add_argument("--status", choices=["draft", "completed", "signed", "synced"])
    p.add_argument("--unit", help="the unit's id, code or exact name")
    p.add_argument("--since", type=_parse_day, help="started on or after this day")
    p.add_argument("--until", type=_parse_day, help="started on or before this day")
    p.add_argument("--search", default="", help="unit, document number or person")
    p.set_defaults(func=cmd_inspections_list)
    p = ins_sub.add_parser("export-json", parents=[common], help="export one inspection")
    p.add_argument("id", help="the inspection's id (or a unique prefix of it)")
    p.add_argument(
        "--out",
        type=Path,
        help="write here instead of standard output (photos go to the folder OUT.photos beside it)",
    )
    p.add_argument(
        "--zip", action="store_true", help="write OUT as a zip with the JSON and the photos"
    )
    p.set_defaults(func=cmd_export_json)
    p = ins_sub.add_parser("import-json", parents=[common], help="import one inspection")
    p.add_argument("file", type=Path, help="a .json (photos in FILE.photos beside it) or a .zip")
    p.set_defaults(func=cmd_import_json)
    photos_cli.register(sub, common)
    signing_cli.register(sub, common)
    reports_cli.register(sub, common)
    return parser


# -- plumbing -----------------------------------------------------------------------------------
def _paths(args: argparse.Namespace) -> DataPaths:
    return DataPaths.resolve(getattr(args, "data_dir", None))


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from inspector_app.services.database import Database

    return Database.open(_paths(args))


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_stdio()
    args = build_parser().parse_args(argv)
    paths = _paths(args)
    from inspector_app.logs import setup_logging

    log_file = setup_logging(paths.log_file)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"inspector: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("inspector: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: the details go to the log, one line to the user
        log.exception("command failed: %s", sys.argv)
        where = f"; details in {log_file}" if log_file else ""
        first_line = (str(exc).strip().splitlines() or [""])[0]
        print(
            f"inspector: internal error: {type(exc).__name__}: {first_line}{where}", file=sys.stderr
        )
        return 1


def _utf8_stdio() -> None:
    """Vietnamese output even on a Windows console with a legacy code page."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError):
                reconfigure(encoding="utf-8", errors="replace")


# -- commands -----------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from inspector_app.services.reference import ReferenceService

    db = _open(args)
    try:
        m = db.migration
        if m.from_revision is None:
            print(f"created {db.paths.database} (schema {m.to_revision})")
        elif m.backup:
            print(
                f"upgraded {db.paths.database} from schema {m.from_revision} to "
                f"{m.to_revision}; backup: {m.backup}"
            )
        else:
            print(f"{db.paths.database} is up to date (schema {m.to_revision})")
        ref = ReferenceService(db)
        if args.name:
            profile = ref.set_profile(args.name, args.position, args.agency or "—")
            print(f"profile: {profile.inspector.full_name if profile.inspector else ''}")
        if args.demo:
            from inspector_app.services.demo import load_demo

            result = load_demo(db)
            state = "loaded" if result.created else "already present"
            print(
                f"demo data {state}: completed inspection {result.completed_id}, "
                f"draft {result.draft_id}"
            )
    finally:
        db.close()
    return 0


def cmd_units_list(args: argparse.Namespace) -> int:
    from inspector_app.services.reference import ReferenceService

    db = _open(args)
    try:
        units = ReferenceService(db).list_units()
    finally:
        db.close()
    if args.json:
        _print_json([u.__dict__ | {"kind": u.kind.value} for u in units])
    else:
        for u in units:
            print(f"{u.id}  {u.code or '-':<12} {u.name}")
    return 0


def cmd_roster_import(args: argparse.Namespace) -> int:
    from inspector_app.services.reference import ReferenceService

    db = _open(args)
    try:
        report = ReferenceService(db).import_roster(
            args.unit, args.file, valid_rows_only=args.valid_rows_only
        )
    finally:
        db.close()
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for skipped in report.skipped_rows:
        print(f"skipped: {skipped}", file=sys.stderr)
    print(
        f"{report.unit.name}: {report.added} added, {report.updated} updated, "
        f"{report.deactivated} no longer listed (kept as inactive), "
        f"{len(report.skipped_rows)} rows skipped"
    )
    return 0


def cmd_roster_show(args: argparse.Namespace) -> int:
    from inspector_app.services.reference import ReferenceService

    db = _open(args)
    try:
        ref = ReferenceService(db)
        people = ref.roster(ref.resolve_unit(args.unit).id)
    finally:
        db.close()
    if args.json:
        _print_json([p.__dict__ for p in people])
    else:
        for p in people:
            duty = "" if p.on_duty else "  (không trực)"
            print(f"{p.full_name:<28} {p.position:<36} {p.counter}{duty}")
    return 0


def cmd_forms_validate(args: argparse.Namespace) -> int:
    from inspector_app.domain.forms import load_forms

    for path in args.paths:
        if not path.exists():
            raise UserError(f"{path}: no such file or folder")
    forms, errors = load_forms(args.paths)
    for form in forms:
        print(f"ok: {form.id} v{form.version} ({sum(1 for _ in form.items())} items)")
    for error in errors:
        for each in error.all_errors:
            print(f"error: {each}", file=sys.stderr)
    return 2 if errors else 0


def cmd_inspections_list(args: argparse.Namespace) -> int:
    from inspector_app.services.inspections import InspectionService, ListFilter
    from inspector_app.services.reference import ReferenceService

    db = _open(args)
    try:
        unit_id = ReferenceService(db).resolve_unit(args.unit).id if args.unit else None
        tz = datetime.now().astimezone().tzinfo
        flt = ListFilter(
            status=args.status,
            unit_id=unit_id,
            search=args.search,
            since=datetime.combine(args.since, time(), tz) if args.since else None,
            until=datetime.combine(date.fromordinal(args.until.toordinal() + 1), time(), tz)
            if args.until
            else None,
        )
        rows = InspectionService(db).list(flt)
    finally:
        db.close()
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "unit_id": r.unit_id,
                    "unit": r.unit_name,
                    "started_at": r.started_at.isoformat(),
                    "status": r.status.value,
                    "team_head": r.team_head,
                    "document_number": r.document_number,
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            print(
                f"{r.id}  {r.started_at:%d/%m/%Y %H:%M}  {r.status.value:<9}  {r.unit_name}"
                f"  ({r.team_head})"
            )
    return 0


def _resolve_inspection(db, ref: str) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from inspector_app.db.models import Inspection

    with db.session() as s:
        ids = s.scalars(select(Inspection.id).where(Inspection.id.startswith(ref))).all()
    if not ids:
        raise UserError(f"no inspection with id {ref!r}")
    if len(ids) > 1:
        raise UserError(f"{ref!r} matches {len(ids)} inspections: give more of the id")
    return ids[0]


def cmd_export_json(args: argparse.Namespace) -> int:
    from inspector_app.photos.travel import write_export
    from inspector_app.services.exchange import export_inspection

    if args.zip and not args.out:
        raise UserError("--zip needs --out FILE")
    db = _open(args)
    try:
        data = export_inspection(db, _resolve_inspection(db, args.id))
    finally:
        db.close()
    photos = len(data["inspection"]["photos"])
    if args.out:
        write_export(data, args.out, _paths(args).photos, as_zip=args.zip)
        print(
            f"exported to {args.out}" + (f" with {photos} photos" if photos else ""),
            file=sys.stderr,
        )
    else:
        _print_json(data)
        if photos:
            print(
                f"warning: the files of the {photos} photos are not written to standard "
                "output: use --out FILE",
                file=sys.stderr,
            )
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    from inspector_app.photos.store import PhotoStore
    from inspector_app.photos.travel import read_export, store_photo_files
    from inspector_app.services.exchange import import_inspection

    doc, photo_files = read_export(args.file)
    db = _open(args)
    try:
        store_photo_files(doc, photo_files, PhotoStore(db.paths.photos), str(args.file))
        new_id = import_inspection(db, doc, source=str(args.file))
    finally:
        db.close()
    print(f"imported inspection {new_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
