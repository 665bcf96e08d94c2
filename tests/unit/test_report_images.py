"""Photos shrunk for the minutes: the cache folder is reused, also after the data dir moved."""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image

from inspector_app.reports.images import prepare_image


def _photo(path: Path) -> Path:
    Image.effect_noise((2048, 1536), 50).convert("RGB").save(path, "JPEG", quality=85)
    return path


def test_shrunk_once_then_reused_even_from_a_moved_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "photos").mkdir(parents=True)
    source = _photo(data / "photos" / "ab12cd.jpg")
    first = prepare_image(source, data / "cache", max_side=1024)
    assert first.ok and (first.width, first.height) == (1024, 768)
    assert first.path is not None and first.path.parent == data / "cache"
    stamp = first.path.stat().st_mtime_ns
    again = prepare_image(source, data / "cache", max_side=1024)
    assert again.path == first.path and again.path.stat().st_mtime_ns == stamp

    moved = tmp_path / "restored"
    shutil.copytree(data, moved)  # a backup restored elsewhere: same names, sizes and times
    reused = prepare_image(moved / "photos" / "ab12cd.jpg", moved / "cache", max_side=1024)
    assert reused.path == moved / "cache" / first.path.name
    assert reused.path.stat().st_mtime_ns == first.path.stat().st_mtime_ns  # not made again

    other = prepare_image(source, data / "cache", max_side=512)  # other settings: another file
    assert other.path != first.path and (other.width, other.height) == (512, 384)


def test_a_bad_file_gives_its_reason(tmp_path: Path) -> None:
    bad = tmp_path / "x.jpg"
    bad.write_bytes(b"not a jpeg")
    result = prepare_image(bad, tmp_path / "cache")
    assert not result.ok and result.error
