"""``inspector photos add|list``: photos from the command line.

``add`` prints one line per file — ``added``, ``already present`` or ``rejected`` with the
reason — and exits 0 when every file was added or already present, 2 when any was rejected (the
others are still added).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``photos`` command to the CLI's sub-commands."""
    photos = subparsers.add_parser("photos", parents=[common], help="photos of an inspection")
    sub = photos.add_subparsers(dest="action", required=True, parser_class=type(photos))

    p = sub.add_parser("add", parents=[common], help="add photo files or folders (DCIM)")
    p.add_argument("id", metavar="INSPECTION_ID", help="the inspection's id (or a unique prefix)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="image files or folders")
    p.add_argument(
        "--staff",
        action="append",
        default=[],
        metavar="STAFF_ID",
        help="a person shown (entry id, roster id or exact name); repeatable",
    )
    p.add_argument("--item", metavar="ITEM_ID", help="the checklist item (ITEM or FORM:ITEM)")
    p.add_argument("--caption", default="", help="caption of every photo added")
    p.add_argument(
        "--max-side",
        type=int,
        default=2048,
        metavar="PX",
        help="long side of the stored copy (default 2048)",
    )
    p.set_defaults(func=cmd_photos_add)

    p = sub.add_parser("list", parents=[common], help="list an inspection's photos")
    p.add_argument("id", metavar="INSPECTION_ID", help="the inspection's id (or a unique prefix)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_photos_list)


def _service(args: argparse.Namespace, **options: Any):  # type: ignore[no-untyped-def]
    from inspector_app.cli import _open
    from inspector_app.photos.pipeline import ImportOptions
    from inspector_app.photos.service import PhotoService

    db = _open(args)
    return db, PhotoService(db, options=ImportOptions(**options))


def cmd_photos_add(args: argparse.Namespace) -> int:
    from inspector_app.cli import _resolve_inspection
    from inspector_app.errors import UserError
    from inspector_app.photos.service import AddStatus

    if not 256 <= args.max_side <= 8192:
        raise UserError("--max-side must be between 256 and 8192 pixels")
    db, service = _service(args, max_side=args.max_side)
    try:
        inspection_id = _resolve_inspection(db, args.id)
        staff = [service.resolve_staff(inspection_id, ref) for ref in args.staff]
        item = service.resolve_item(inspection_id, args.item) if args.item else None
        gen = service.add_iter(
            inspection_id, args.paths, staff_ids=staff, item=item, caption=args.caption
        )
        rejected = 0
        for progress in gen:
            r = progress.result
            if r.status is AddStatus.ADDED:
                print(f"added: {r.source} ({r.photo_id})")
            elif r.status is AddStatus.PRESENT:
                print(f"already present: {r.source} ({r.photo_id})")
            else:
                rejected += 1
                print(f"rejected: {r.source}: {r.message}")
            sys.stdout.flush()
    finally:
        db.close()
    return 2 if rejected else 0


def photo_json(p: Any) -> dict[str, Any]:
    return {
        "id": p.id,
        "sha256": p.sha256,
        "file_sha256": p.file_sha256,
        "path": str(p.path),
        "original_name": p.original_name,
        "caption": p.caption,
        "captured_at": p.captured_at.isoformat() if p.captured_at else None,
        "camera": p.camera,
        "gps": [p.gps_lat, p.gps_lon] if p.gps_lat is not None else None,
        "width": p.width,
        "height": p.height,
        "source": p.source,
        "item": ":".join(p.item) if p.item else None,
        "staff_entry_ids": list(p.staff_entry_ids),
        "parent_id": p.parent_id,
        "warnings": [w.kind.value for w in p.warnings],
    }


def cmd_photos_list(args: argparse.Namespace) -> int:
    from inspector_app.cli import _resolve_inspection

    db, service = _service(args)
    try:
        photos = service.list(_resolve_inspection(db, args.id), verify=True)
    finally:
        db.close()
    if args.json:
        sys.stdout.write(
            json.dumps([photo_json(p) for p in photos], ensure_ascii=False, indent=2) + "\n"
        )
        return 0
    for p in photos:
        when = p.captured_at.astimezone().strftime("%d/%m/%Y %H:%M") if p.captured_at else "-"
        version = "  (annotated)" if p.is_version else ""
        print(f"{p.id}  {when:<16}  {p.original_name}{version}  {p.caption}".rstrip())
        for w in p.warnings:
            print(f"    warning: {w.text}")
    return 0
