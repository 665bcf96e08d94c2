"""The import pipeline on real files: good ones come out oriented with their metadata, each bad
one gets its own message, and nothing stored before is harmed."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image
from test_photos_samples import (
    BLUE,
    RED,
    big_bmp,
    bomb_png,
    empty,
    jpeg,
    noise_jpeg,
    not_an_image,
    png,
    truncated_jpeg,
)

from inspector_app.errors import StorageError
from inspector_app.photos import store as store_mod
from inspector_app.photos.pipeline import (
    BatchSummary,
    BytesSource,
    FileSource,
    ImportOptions,
    Known,
    Processed,
    Progress,
    Rejected,
    RejectReason,
    collect_sources,
    process,
    run_import,
)
from inspector_app.photos.store import PhotoStore, sha256_file

WHEN = datetime(2025, 3, 3, 7, 45, 10)


def _run(gen) -> tuple[list[Progress], BatchSummary]:
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value


def _near(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return all(abs(x - y) < 40 for x, y in zip(a, b, strict=False))


@pytest.fixture
def store(tmp_path: Path) -> PhotoStore:
    return PhotoStore(tmp_path / "store")


def test_a_jpeg_is_turned_as_its_exif_says_and_keeps_its_metadata(tmp_path, store) -> None:
    src = jpeg(
        tmp_path / "IMG_0001.JPG",
        (4000, 3000),
        orientation=6,
        when=WHEN,
        make="samsung",
        model="SM-A525F",
        gps=(20.8583333, 106.6841667),
    )
    out = process(FileSource(src), store, ImportOptions())
    assert isinstance(out, Processed)
    assert out.sha256 == sha256_file(src)
    assert (out.width, out.height) == (1536, 2048)  # portrait, long side 2048
    assert (out.original_width, out.original_height) == (3000, 4000)
    assert out.original_size == src.stat().st_size and out.format == "JPEG"
    meta = out.meta
    assert meta.captured_at == WHEN.astimezone()  # camera time = the laptop's local time
    assert (meta.camera_make, meta.camera_model) == ("samsung", "SM-A525F")
    assert meta.gps_lat == pytest.approx(20.8583333, abs=1e-5)
    assert meta.gps_lon == pytest.approx(106.6841667, abs=1e-5)
    with Image.open(store.path(out.file_sha256)) as work:
        assert work.format == "JPEG" and work.size == (1536, 2048)
        # orientation 6 turns the stored image a quarter clockwise: its left (red) is on top
        assert _near(work.getpixel((768, 100)), RED)
        assert _near(work.getpixel((768, 1948)), BLUE)
        assert not work.getexif().get(0x0112)  # no orientation left to apply twice
    assert sha256_file(store.path(out.file_sha256)) == out.file_sha256
    with Image.open(store.thumb_path(out.file_sha256)) as thumb:
        assert max(thumb.size) == 320 and thumb.size[1] > thumb.size[0]
    # the print copy the minutes embed: upright too, half the working copy, baseline JPEG
    with Image.open(store.print_path(out.file_sha256, 1024, 75)) as small:
        assert small.format == "JPEG" and small.mode == "RGB" and small.size == (768, 1024)
        assert not small.info.get("progressive") and not small.getexif().get(0x0112)
        assert _near(small.getpixel((384, 50)), RED)
        assert _near(small.getpixel((384, 974)), BLUE)


def test_the_print_copy_follows_the_options_and_is_left_out_when_not_smaller(
    tmp_path, store
) -> None:
    odd = process(
        FileSource(jpeg(tmp_path / "a.jpg", (3000, 1000))), store, ImportOptions(print_side=700)
    )
    assert isinstance(odd, Processed) and (odd.width, odd.height) == (2048, 683)
    with Image.open(store.print_path(odd.file_sha256, 700, 75)) as small:
        assert small.size == (700, 233)
    small_one = process(FileSource(jpeg(tmp_path / "b.jpg", (1000, 600))), store, ImportOptions())
    assert isinstance(small_one, Processed)
    assert not store.print_path(small_one.file_sha256, 1024, 75).exists()  # embedded as is


@pytest.mark.parametrize(("orientation", "top_left"), [(1, RED), (3, BLUE), (8, BLUE)])
def test_other_orientations(tmp_path, store, orientation, top_left) -> None:
    src = jpeg(tmp_path / "o.jpg", (400, 200), orientation=orientation)
    out = process(FileSource(src), store, ImportOptions())
    assert isinstance(out, Processed)
    with Image.open(store.path(out.file_sha256)) as work:
        assert _near(work.getpixel((5, 5)), top_left)


def test_a_time_zone_offset_in_exif_is_kept(tmp_path, store) -> None:
    src = jpeg(tmp_path / "tz.jpg", when=WHEN, offset="+07:00")
    out = process(FileSource(src), store, ImportOptions())
    assert isinstance(out, Processed)
    assert out.meta.captured_at == WHEN.replace(tzinfo=timezone(timedelta(hours=7)))


def test_a_png_with_transparency_and_a_small_image_is_not_upscaled(tmp_path, store) -> None:
    out = process(FileSource(png(tmp_path / "screen.png")), store, ImportOptions())
    assert isinstance(out, Processed)
    assert (out.width, out.height) == (300, 200) and out.format == "PNG"
    assert out.meta.captured_at is None and out.meta.camera_make == ""
    with Image.open(store.path(out.file_sha256)) as work:
        assert work.mode == "RGB"
        assert _near(work.getpixel((10, 10)), (255, 255, 255))  # transparent → white
        assert _near(work.getpixel((250, 100)), (0, 128, 0))


def test_the_working_copy_size_is_configurable(tmp_path, store) -> None:
    out = process(
        FileSource(jpeg(tmp_path / "a.jpg", (3000, 1000))), store, ImportOptions(max_side=1024)
    )
    assert isinstance(out, Processed) and (out.width, out.height) == (1024, 341)


@pytest.mark.parametrize(
    ("make", "reason", "words"),
    [
        (not_an_image, RejectReason.NOT_IMAGE, "not an image"),
        (truncated_jpeg, RejectReason.TRUNCATED, "truncated"),
        (bomb_png, RejectReason.BOMB, "decompression bomb"),
        (empty, RejectReason.EMPTY, "empty"),
    ],
)
def test_each_bad_file_gets_its_message(tmp_path, store, make, reason, words) -> None:
    path = make(tmp_path / "IMG_9999.jpg")
    out = process(FileSource(path), store, ImportOptions())
    assert isinstance(out, Rejected)
    assert out.reason is reason and words in out.message
    assert out.name == "IMG_9999.jpg"
    assert not store.root.exists() or not any(store.root.rglob("*.jpg"))


def test_a_bomb_below_pillows_own_limit_is_refused_by_ours(tmp_path, store) -> None:
    out = process(FileSource(bomb_png(tmp_path / "b.png", 10_000, 10_000)), store, ImportOptions())
    assert isinstance(out, Rejected) and out.reason is RejectReason.BOMB
    assert "100000000 pixels" not in out.message and "10000×10000" in out.message


def test_heic_is_reported_as_unsupported(tmp_path, store) -> None:
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 100)
    out = process(FileSource(path), store, ImportOptions())
    assert isinstance(out, Rejected) and out.reason is RejectReason.UNSUPPORTED
    assert "HEIC" in out.message


def test_a_50_mb_image_imports(tmp_path, store) -> None:
    src = big_bmp(tmp_path / "scan.bmp")
    assert src.stat().st_size >= 50_000_000
    out = process(FileSource(src), store, ImportOptions())
    assert isinstance(out, Processed)
    assert (out.width, out.height) == (2048, 2048) and out.original_size == src.stat().st_size
    assert store.path(out.file_sha256).stat().st_size < 5_000_000


def test_known_bytes_are_not_decoded_again(tmp_path, store) -> None:
    src = jpeg(tmp_path / "a.jpg")
    first = process(FileSource(src), store, ImportOptions())
    assert isinstance(first, Processed)
    again = process(FileSource(src), store, ImportOptions(), known=frozenset({first.sha256}))
    assert again == Known(str(src), "a.jpg", first.sha256)


def test_the_same_picture_is_stored_once(tmp_path, store) -> None:
    a = jpeg(tmp_path / "a.jpg")
    b = tmp_path / "copy of a.jpg"
    b.write_bytes(a.read_bytes())
    out_a = process(FileSource(a), store, ImportOptions())
    out_b = process(FileSource(b), store, ImportOptions())
    assert isinstance(out_a, Processed) and isinstance(out_b, Processed)
    assert out_a.file_sha256 == out_b.file_sha256
    assert len(list(store.root.glob("??/*.jpg"))) == 1


def test_bytes_from_the_clipboard_or_the_camera(tmp_path, store) -> None:
    data = png(tmp_path / "p.png").read_bytes()
    now = datetime.now().astimezone().replace(microsecond=0)
    out = process(BytesSource("camera.png", data, captured_at=now), store, ImportOptions())
    assert isinstance(out, Processed) and out.meta.captured_at == now
    assert out.name == "camera.png"


def test_folders_are_searched_for_images(tmp_path: Path) -> None:
    dcim = tmp_path / "DCIM" / "100CANON"
    dcim.mkdir(parents=True)
    jpeg(dcim / "IMG_0001.JPG")
    png(dcim / "IMG_0002.png")
    (dcim / "MVI_0003.MOV").write_bytes(b"movie")
    (dcim / ".thumbnails").mkdir()
    jpeg(dcim / ".thumbnails" / "t.jpg")
    other = tmp_path / "notes.txt"
    other.write_text("x")
    sources, missing = collect_sources(
        [tmp_path / "DCIM", dcim / "IMG_0001.JPG", other, tmp_path / "gone.jpg"]
    )
    names = [s.name for s in sources]
    assert names == ["IMG_0001.JPG", "IMG_0002.png", "notes.txt"]  # named files are tried
    assert [m.reason for m in missing] == [RejectReason.MISSING]


def test_a_batch_goes_on_past_bad_files_and_harms_nothing_stored(tmp_path, store) -> None:
    before = process(
        FileSource(jpeg(tmp_path / "before.jpg", color=(1, 2, 3))), store, ImportOptions()
    )
    assert isinstance(before, Processed)
    stored = {p: p.read_bytes() for p in store.root.rglob("*.jpg")}
    files = [
        jpeg(tmp_path / "good1.jpg", when=WHEN),
        not_an_image(tmp_path / "fake.jpg"),
        truncated_jpeg(tmp_path / "cut.jpg"),
        bomb_png(tmp_path / "bomb.png"),
        empty(tmp_path / "empty.jpg"),
        png(tmp_path / "good2.png"),
    ]
    progress, summary = _run(
        run_import(
            [FileSource(f) for f in files], store, ImportOptions(workers=2, pool_threshold=4)
        )
    )
    assert [p.done for p in progress] == [1, 2, 3, 4, 5, 6]
    by_name = {Path(p.outcome.source).name: p.outcome for p in progress}
    assert isinstance(by_name["good1.jpg"], Processed)
    assert isinstance(by_name["good2.png"], Processed)
    assert {n: o.reason for n, o in by_name.items() if isinstance(o, Rejected)} == {
        "fake.jpg": RejectReason.NOT_IMAGE,
        "cut.jpg": RejectReason.TRUNCATED,
        "bomb.png": RejectReason.BOMB,
        "empty.jpg": RejectReason.EMPTY,
    }
    assert summary == BatchSummary(total=6, processed=2, known=0, rejected=4)
    for path, data in stored.items():
        assert path.read_bytes() == data
    assert not list(store.root.rglob("*.tmp"))


def test_a_pooled_batch_can_be_cancelled(tmp_path, store) -> None:
    files = [
        FileSource(noise_jpeg(tmp_path / f"n{i}.jpg", (1600, 1200), seed=i)) for i in range(12)
    ]
    cancel = threading.Event()
    gen = run_import(files, store, ImportOptions(workers=2, pool_threshold=2), cancel=cancel)
    first = next(gen)
    cancel.set()
    rest, summary = _run(gen)
    assert summary.cancelled and 1 + len(rest) < 12
    assert summary.processed == 1 + len(rest)
    assert isinstance(first.outcome, Processed)


def test_a_full_disk_ends_the_batch_with_a_storage_error(tmp_path, store, monkeypatch) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_mod, "write_atomic", full)
    gen = run_import([FileSource(jpeg(tmp_path / "a.jpg"))], store, ImportOptions())
    with pytest.raises(StorageError, match="No space left"):
        next(gen)


def test_an_interrupted_write_leaves_no_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "ab" / "x.jpg"

    def crash(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(store_mod.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        store_mod.write_atomic(target, b"data" * 1000)
    assert not target.exists()
    assert list(target.parent.iterdir()) == []
