"""PhotoService over the demo data: add, links, order, removal, annotation, evidence checks."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PIL import Image
from test_photos_samples import RED, bomb_png, jpeg, not_an_image, png

from inspector_app.domain.model import InspectionStatus
from inspector_app.errors import NotFound, ReadOnlyError, UserError
from inspector_app.photos.annotate import Shape, ShapeKind
from inspector_app.photos.evidence import TOLERANCE, WarningKind
from inspector_app.photos.pipeline import ImportOptions
from inspector_app.photos.service import AddStatus, PhotoService
from inspector_app.photos.store import sha256_file


@pytest.fixture
def service(demo_ctx) -> PhotoService:
    return PhotoService(demo_ctx.db, options=ImportOptions(pool_threshold=100))


def _ids(demo_ctx) -> tuple[str, str]:
    rows = demo_ctx.inspections.list()
    draft = next(r for r in rows if r.status is InspectionStatus.DRAFT)
    done = next(r for r in rows if r.status is InspectionStatus.COMPLETED)
    return draft.id, done.id


@pytest.fixture
def draft(demo_ctx):
    return demo_ctx.inspections.get(_ids(demo_ctx)[0])


def _local(dt: datetime) -> datetime:
    return dt.astimezone().replace(tzinfo=None)


def test_add_files_with_caption_person_and_item(service, draft, tmp_path) -> None:
    people = [draft.staff[2].id, draft.staff[0].id]
    files = [
        jpeg(
            tmp_path / "a.jpg",
            when=_local(draft.started_at) + timedelta(minutes=20),
            make="Apple",
            model="iPhone 12",
            gps=(20.86, 106.68),
        ),
        png(tmp_path / "b.png"),
    ]
    report = service.add(
        draft.id,
        files,
        staff_ids=people,
        item=("staff-discipline", "badge-worn"),
        caption="Không đeo thẻ",
    )
    assert (report.added, report.present, report.rejected) == (2, 0, 0)
    photos = service.list(draft.id)
    assert [p.original_name for p in photos] == ["a.jpg", "b.png"]
    a, b = photos
    assert a.caption == "Không đeo thẻ" and a.item == ("staff-discipline", "badge-worn")
    assert a.staff_entry_ids == (draft.staff[0].id, draft.staff[2].id)  # roster order
    assert a.camera == "Apple iPhone 12" and a.gps_lat == pytest.approx(20.86, abs=1e-4)
    assert a.warnings == ()
    assert [w.kind for w in b.warnings] == [WarningKind.NO_CAPTURE_TIME]
    assert a.path.is_file() and a.thumb_path.is_file()
    assert service.list(draft.id, staff_entry_id=draft.staff[2].id) == [a, b]
    assert service.list(draft.id, staff_entry_id=draft.staff[5].id) == []
    assert len(service.list(draft.id, item=("staff-discipline", "badge-worn"))) == 2


def test_adding_the_same_file_again_reports_it_present(service, draft, tmp_path) -> None:
    f = jpeg(tmp_path / "a.jpg")
    first = service.add(draft.id, [f])
    again = service.add(draft.id, [f, not_an_image(tmp_path / "x.jpg")])
    assert [r.status for r in again.results] == [AddStatus.PRESENT, AddStatus.REJECTED]
    assert again.results[0].photo_id == first.results[0].photo_id
    assert "not an image" in again.results[1].message
    assert len(service.list(draft.id)) == 1


def test_a_bad_item_or_person_refuses_the_batch(service, draft, tmp_path) -> None:
    f = jpeg(tmp_path / "a.jpg")
    with pytest.raises(NotFound, match="no item"):
        service.add(draft.id, [f], item=("staff-discipline", "nope"))
    with pytest.raises(NotFound, match="no person"):
        service.add(draft.id, [f], staff_ids=["nobody"])
    assert service.list(draft.id) == []


def test_capture_time_against_the_inspection_window(service, draft, tmp_path) -> None:
    start = _local(draft.started_at)  # draft: not ended, so the window is one day
    cases = {
        "in.jpg": start + timedelta(hours=3),
        "early-ok.jpg": start - TOLERANCE + timedelta(minutes=1),
        "before.jpg": start - timedelta(hours=2),
        "next-day.jpg": start + timedelta(days=1, hours=1),
    }
    files = [
        jpeg(tmp_path / name, when=when, color=(i * 40, 50, 50))
        for i, (name, when) in enumerate(cases.items())
    ]
    service.add(draft.id, files)
    kinds = {p.original_name: [w.kind for w in p.warnings] for p in service.list(draft.id)}
    assert kinds == {
        "in.jpg": [],
        "early-ok.jpg": [],
        "before.jpg": [WarningKind.BEFORE_INSPECTION],
        "next-day.jpg": [WarningKind.AFTER_INSPECTION],
    }
    before = next(p for p in service.list(draft.id) if p.original_name == "before.jpg")
    assert "before the inspection" in before.warnings[0].text
    # without the warnings (what the minutes ask for): the same photos, nothing flagged
    bare = service.list(draft.id, warnings=False)
    assert [p.id for p in bare] == [p.id for p in service.list(draft.id)]
    assert all(p.warnings == () for p in bare)


def test_the_same_photo_in_another_inspection_is_flagged(
    service, demo_ctx, draft, tmp_path
) -> None:
    other = demo_ctx.inspections.create(draft.unit.id, head_id=draft.head().inspector_id)
    f = jpeg(tmp_path / "a.jpg", when=_local(draft.started_at))
    service.add(draft.id, [f], caption="first")
    report = service.add(other, [f])
    assert report.added == 1  # reused, not decoded again, same stored file
    mine, theirs = service.list(draft.id)[0], service.list(other)[0]
    assert mine.file_sha256 == theirs.file_sha256 and theirs.caption == ""
    assert theirs.captured_at == mine.captured_at
    flagged = [w for w in mine.warnings if w.kind is WarningKind.USED_ELSEWHERE]
    assert [o.inspection_id for o in flagged[0].others] == [other]
    assert any(w.kind is WarningKind.USED_ELSEWHERE for w in theirs.warnings)


def test_caption_links_and_order(service, draft, tmp_path) -> None:
    files = [jpeg(tmp_path / f"{n}.jpg", color=(n * 30, 0, 0)) for n in range(3)]
    service.add(draft.id, files)
    p0, p1, p2 = (p.id for p in service.list(draft.id))
    service.set_caption(p1, "  Quầy   05  bừa bộn ")
    service.link_staff(p1, [draft.staff[1].id, draft.staff[3].id])
    service.link_staff(p1, [draft.staff[3].id])
    service.link_item(p1, service.resolve_item(draft.id, "workplace:" + _unit_item(draft)))
    info = service.get(p1)
    assert info.caption == "Quầy 05 bừa bộn" and info.staff_entry_ids == (draft.staff[3].id,)
    assert info.item is not None and info.item[0] == "workplace"
    service.link_item(p1, None)
    assert service.get(p1).item is None
    service.reorder(draft.id, [p2, p0])
    assert [p.id for p in service.list(draft.id)] == [p2, p0, p1]
    with pytest.raises(NotFound):
        service.reorder(draft.id, ["nope"])


def _unit_item(draft) -> str:
    form = next(f for f in draft.forms if f.id == "workplace")
    return form.unit_items()[0].id


def test_resolving_people_and_items(service, draft) -> None:
    entry = draft.staff[4]
    assert service.resolve_staff(draft.id, entry.full_name.upper()) == entry.id
    assert service.resolve_staff(draft.id, entry.id) == entry.id
    assert service.resolve_item(draft.id, "badge-worn") == ("staff-discipline", "badge-worn")
    with pytest.raises(NotFound):
        service.resolve_item(draft.id, "zzz")


def test_remove_deletes_the_file_only_when_no_one_uses_it(
    service, demo_ctx, draft, tmp_path
) -> None:
    other = demo_ctx.inspections.create(draft.unit.id, head_id=draft.head().inspector_id)
    shared = jpeg(tmp_path / "s.jpg")
    alone = jpeg(tmp_path / "a.jpg", (1600, 1200), color=(9, 9, 9))  # gets a print copy
    service.add(draft.id, [shared, alone])
    service.add(other, [shared])
    s, a = service.list(draft.id)
    a_print = service.store.print_path(a.file_sha256, 1024, 75)
    assert a_print.is_file()
    assert service.remove(a.id) == [a.id]
    assert not a.path.exists() and not a.thumb_path.exists() and not a_print.exists()
    service.remove(s.id)
    assert s.path.exists()  # still used by the other inspection
    assert [p.id for p in service.list(draft.id)] == []


def test_nothing_changes_once_the_inspection_is_completed(
    service, demo_ctx, draft, tmp_path
) -> None:
    service.add(draft.id, [jpeg(tmp_path / "a.jpg")])
    photo = service.list(draft.id)[0]
    demo_ctx.inspections.complete(draft.id)
    for call in (
        lambda: service.remove(photo.id),
        lambda: service.set_caption(photo.id, "x"),
        lambda: service.link_staff(photo.id, []),
        lambda: service.annotate(photo.id, [Shape(ShapeKind.ARROW, 0, 0, 1, 1)]),
        lambda: service.add(draft.id, [jpeg(tmp_path / "b.jpg", color=(1, 1, 1))]),
    ):
        with pytest.raises(ReadOnlyError):
            call()
    assert photo.path.exists() and len(service.list(draft.id)) == 1


def test_annotate_makes_a_new_version_and_keeps_the_original(service, draft, tmp_path) -> None:
    service.add(
        draft.id,
        [jpeg(tmp_path / "a.jpg", (1200, 900), color=(250, 250, 250))],
        staff_ids=[draft.staff[0].id],
        caption="Quầy 3",
    )
    original = service.list(draft.id)[0]
    before = sha256_file(original.path)
    shapes = [
        Shape(ShapeKind.ARROW, 0.1, 0.1, 0.5, 0.5),
        Shape(ShapeKind.ELLIPSE, 0.6, 0.6, 0.9, 0.9),
        Shape(ShapeKind.TEXT, 0.05, 0.8, text="Không đeo thẻ"),
    ]
    version_id = service.annotate(original.id, shapes)
    photos = service.list(draft.id)
    assert [p.id for p in photos] == [original.id, version_id]  # right after the original
    version = photos[1]
    assert version.parent_id == original.id and version.is_version
    assert version.shapes == tuple(shapes) and version.caption == "Quầy 3"
    assert version.staff_entry_ids == original.staff_entry_ids
    assert version.captured_at == original.captured_at
    assert sha256_file(original.path) == before == original.file_sha256
    with Image.open(version.path) as image:
        assert image.size == (1200, 900)
        r, g, b = image.getpixel((int(0.3 * 1200), int(0.3 * 900)))  # on the arrow's shaft
        assert r > 180 and g < 120 and b < 120
    with Image.open(service.store.print_path(version.file_sha256, 1024, 75)) as small:
        assert small.size == (1024, 768)  # the version has its own print copy
        r, g, b = small.getpixel((int(0.3 * 1024), int(0.3 * 768)))
        assert r > 180 and g < 120 and b < 120
    # editing the version draws on the original again, not arrows on arrows
    second = service.annotate(version_id, shapes[:1])
    assert service.get(second).parent_id == original.id
    with pytest.raises(UserError):
        service.annotate(original.id, [])
    # removing the original removes its versions
    assert set(service.remove(original.id)) == {original.id, version_id, second}


def test_verify_finds_an_altered_file(service, draft, tmp_path) -> None:
    service.add(draft.id, [jpeg(tmp_path / "a.jpg")])
    photo = service.list(draft.id)[0]
    assert service.verify(draft.id) == []
    photo.path.write_bytes(photo.path.read_bytes() + b"edited")
    assert service.verify(draft.id) == [photo.id]
    kinds = [w.kind for w in service.list(draft.id, verify=True)[0].warnings]
    assert WarningKind.FILE_ALTERED in kinds


def test_a_missing_thumbnail_is_rebuilt(service, draft, tmp_path) -> None:
    service.add(draft.id, [jpeg(tmp_path / "a.jpg")])
    photo = service.list(draft.id)[0]
    photo.thumb_path.unlink()
    assert service.thumbnail(photo) == photo.thumb_path and photo.thumb_path.is_file()


def test_clipboard_and_camera_images(service, draft, tmp_path) -> None:
    data = png(tmp_path / "p.png").read_bytes()
    taken = datetime.now().astimezone().replace(microsecond=0)
    service.add_bytes(draft.id, data, "clipboard.png", source_kind="clipboard")
    cam = png(tmp_path / "c.png", (320, 240)).read_bytes()
    service.add_bytes(draft.id, cam, "camera.png", source_kind="camera", captured_at=taken)
    clip, shot = service.list(draft.id)
    assert clip.source == "clipboard" and clip.captured_at is None
    assert shot.source == "camera" and shot.captured_at == taken


def test_a_rejected_file_leaves_the_store_and_rows_untouched(service, draft, tmp_path) -> None:
    service.add(draft.id, [jpeg(tmp_path / "a.jpg")])
    before = service.list(draft.id)
    files = {p: p.read_bytes() for p in service.store.root.rglob("*.jpg")}
    report = service.add(draft.id, [bomb_png(tmp_path / "bomb.png")])
    assert report.rejected == 1 and "decompression bomb" in report.results[0].message
    assert service.list(draft.id) == before
    assert {p: p.read_bytes() for p in service.store.root.rglob("*.jpg")} == files


def test_unreferenced_files_can_be_cleaned_up(service, draft, tmp_path) -> None:
    service.add(draft.id, [jpeg(tmp_path / "a.jpg")])
    stray = service.store.put(b"\xff\xd8 not referenced")
    assert service.delete_unreferenced_files() == 1
    assert not service.store.has(stray) and len(service.list(draft.id)) == 1


def test_the_red_sample_colour_is_red() -> None:
    assert RED[0] > 200
