"""Photos travel with the JSON exchange: beside it in a folder or in a zip, checked by hash."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from test_photos_samples import jpeg, png

from inspector_app.domain.model import InspectionStatus
from inspector_app.errors import UserError
from inspector_app.photos.annotate import Shape, ShapeKind
from inspector_app.photos.pipeline import ImportOptions
from inspector_app.photos.service import PhotoService
from inspector_app.photos.travel import import_export, photos_dir_for, write_export
from inspector_app.services.context import AppContext
from inspector_app.services.exchange import export_inspection, parse_exchange


@pytest.fixture
def with_photos(demo_ctx, tmp_path):
    draft = next(r for r in demo_ctx.inspections.list() if r.status is InspectionStatus.DRAFT)
    full = demo_ctx.inspections.get(draft.id)
    service = PhotoService(demo_ctx.db, options=ImportOptions(pool_threshold=100))
    service.add(
        draft.id,
        [jpeg(tmp_path / "a.jpg", gps=(20.5, 106.5)), png(tmp_path / "b.png")],
        staff_ids=[full.staff[1].id],
        item=("staff-discipline", "badge-worn"),
        caption="Thẻ",
    )
    first = service.list(draft.id)[0]
    service.annotate(first.id, [Shape(ShapeKind.ELLIPSE, 0.2, 0.2, 0.6, 0.6)])
    return demo_ctx, service, draft.id


def _other(tmp_path: Path, name: str) -> AppContext:
    from inspector_app.paths import DataPaths

    return AppContext.open(DataPaths.resolve(tmp_path / name))


def _comparable(photos):
    return [
        (
            p.id,
            p.sha256,
            p.file_sha256,
            p.caption,
            p.item,
            p.staff_entry_ids,
            p.parent_id,
            p.shapes,
            p.captured_at,
            p.gps_lat,
            p.sort_order,
            p.imported_at,
        )
        for p in photos
    ]


@pytest.mark.parametrize("as_zip", [False, True])
def test_round_trip_with_photos(with_photos, tmp_path, as_zip) -> None:
    ctx, service, ins_id = with_photos
    data = export_inspection(ctx.db, ins_id)
    assert len(data["inspection"]["photos"]) == 3
    out = tmp_path / ("export.zip" if as_zip else "export.json")
    assert write_export(data, out, ctx.paths.photos, as_zip=as_zip) == 3
    if as_zip:
        with zipfile.ZipFile(out) as zf:
            assert sorted(n.split("/")[0] for n in zf.namelist()) == [
                "inspection.json",
                "photos",
                "photos",
                "photos",
            ]
    else:
        assert len(list(photos_dir_for(out).glob("*.jpg"))) == 3
    other = _other(tmp_path, "laptop2")
    try:
        assert import_export(other.db, out) == ins_id
        theirs = PhotoService(other.db).list(ins_id, verify=True)
        assert _comparable(theirs) == _comparable(service.list(ins_id))
        assert all(p.path.is_file() for p in theirs)
        assert [[w.kind for w in p.warnings] for p in theirs] == [
            [w.kind for w in p.warnings] for p in service.list(ins_id)
        ]
    finally:
        other.close()


def test_an_altered_photo_refuses_the_import(with_photos, tmp_path) -> None:
    ctx, _service, ins_id = with_photos
    out = tmp_path / "export.json"
    write_export(export_inspection(ctx.db, ins_id), out, ctx.paths.photos)
    victim = sorted(photos_dir_for(out).glob("*.jpg"))[0]
    victim.write_bytes(victim.read_bytes()[:-10] + b"0123456789")
    other = _other(tmp_path, "laptop2")
    try:
        with pytest.raises(UserError, match="does not match its hash"):
            import_export(other.db, out)
        victim.unlink()
        with pytest.raises(UserError, match="is missing from the export"):
            import_export(other.db, out)
        assert other.inspections.list() == []
        assert not list(other.paths.photos.rglob("*.jpg"))  # all or nothing
    finally:
        other.close()


def test_files_without_photos_still_validate(demo_ctx) -> None:
    ins = demo_ctx.inspections.list()[0]
    data = export_inspection(demo_ctx.db, ins.id)
    assert data["format_version"] == 1 and data["inspection"]["photos"] == []
    del data["inspection"]["photos"]  # as written before photos existed
    assert parse_exchange(json.loads(json.dumps(data)), "old.json").inspection.photos == []


def test_broken_photo_references_are_refused(with_photos) -> None:
    ctx, _service, ins_id = with_photos
    data = export_inspection(ctx.db, ins_id)
    data["inspection"]["photos"][0]["staff_entry_ids"] = ["someone-else"]
    with pytest.raises(UserError, match="not in the inspection"):
        parse_exchange(data, "x.json")
    data = export_inspection(ctx.db, ins_id)
    data["inspection"]["photos"][0]["sha256"] = "not a hash"
    with pytest.raises(UserError, match=r"photos\.0\.sha256"):
        parse_exchange(data, "x.json")


def test_importing_the_json_alone_needs_the_photo_files(with_photos, tmp_path) -> None:
    from inspector_app.services.exchange import import_inspection

    ctx, _service, ins_id = with_photos
    doc = parse_exchange(export_inspection(ctx.db, ins_id), "x.json")
    other = _other(tmp_path, "laptop2")
    try:
        with pytest.raises(UserError, match="not in the photo store"):
            import_inspection(other.db, doc, "x.json")
        assert other.inspections.list() == []
    finally:
        other.close()
