"""``inspector photos add|list`` and the photos of ``export-json``/``import-json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_photos_samples import bomb_png, jpeg, not_an_image, png

from inspector_app.cli import main


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path, capsys) -> Path:
    d = tmp_path / "data"
    code, _, _ = run(capsys, "init", "--demo", "--data-dir", d, "--name", "Phạm Thu Hằng")
    assert code == 0
    return d


def _draft(capsys, data: Path) -> str:
    code, out, _ = run(
        capsys, "inspections", "list", "--status", "draft", "--json", "--data-dir", data
    )
    return json.loads(out)[0]["id"]


def test_add_prints_a_line_per_file_and_exits_2_on_any_rejection(data, tmp_path, capsys) -> None:
    ins = _draft(capsys, data)
    good = jpeg(tmp_path / "good.jpg")
    bad = not_an_image(tmp_path / "bad.jpg")
    bomb = bomb_png(tmp_path / "bomb.png")
    code, out, err = run(
        capsys,
        "photos",
        "add",
        ins[:8],
        good,
        bad,
        bomb,
        "--staff",
        "Trần Văn Minh",
        "--item",
        "badge-worn",
        "--caption",
        "Không đeo thẻ",
        "--data-dir",
        data,
    )
    assert code == 2 and err == ""
    lines = sorted(out.splitlines())
    assert len(lines) == 3
    assert lines[0].startswith(f"added: {good} (")
    assert lines[1] == f"rejected: {bad}: not an image (or an image format that cannot be read)"
    assert lines[2].startswith(f"rejected: {bomb}: refused as a decompression bomb")
    code, out, _ = run(
        capsys, "photos", "add", ins, good, png(tmp_path / "p.png"), "--data-dir", data
    )
    assert code == 0
    assert sorted(line.split(":")[0] for line in out.splitlines()) == ["added", "already present"]

    code, out, _ = run(capsys, "photos", "list", ins, "--json", "--data-dir", data)
    photos = json.loads(out)
    assert code == 0 and len(photos) == 2
    assert photos[0]["caption"] == "Không đeo thẻ"
    assert photos[0]["item"] == "staff-discipline:badge-worn"
    assert len(photos[0]["staff_entry_ids"]) == 1
    assert photos[1]["warnings"] == ["no_capture_time"]
    code, out, _ = run(capsys, "photos", "list", ins, "--data-dir", data)
    assert "warning: no capture time in the photo" in out


def test_add_to_a_completed_inspection_is_a_user_error(data, tmp_path, capsys) -> None:
    code, out, _ = run(
        capsys, "inspections", "list", "--status", "completed", "--json", "--data-dir", data
    )
    done = json.loads(out)[0]["id"]
    code, out, err = run(
        capsys, "photos", "add", done, jpeg(tmp_path / "a.jpg"), "--data-dir", data
    )
    assert code == 2 and out == ""
    assert err.strip() == (
        "inspector: error: the inspection is completed and its photos cannot be changed"
    )


def test_unknown_person_or_item(data, tmp_path, capsys) -> None:
    ins = _draft(capsys, data)
    code, _, err = run(
        capsys,
        "photos",
        "add",
        ins,
        jpeg(tmp_path / "a.jpg"),
        "--staff",
        "Ai đó",
        "--data-dir",
        data,
    )
    assert code == 2 and "no person 'Ai đó'" in err


@pytest.mark.parametrize("as_zip", [False, True])
def test_export_and_import_carry_the_photos(data, tmp_path, capsys, as_zip) -> None:
    ins = _draft(capsys, data)
    run(capsys, "photos", "add", ins, jpeg(tmp_path / "a.jpg"), "--data-dir", data)
    out_file = tmp_path / ("x.zip" if as_zip else "x.json")
    args = ["inspections", "export-json", ins, "--out", out_file, "--data-dir", data]
    code, _, err = run(capsys, *args, *(["--zip"] if as_zip else []))
    assert code == 0 and "with 1 photos" in err
    other = tmp_path / "other"
    run(capsys, "init", "--data-dir", other)
    code, out, _ = run(capsys, "inspections", "import-json", out_file, "--data-dir", other)
    assert code == 0 and ins in out
    code, out, _ = run(capsys, "photos", "list", ins, "--json", "--data-dir", other)
    assert len(json.loads(out)) == 1


def test_export_to_stdout_warns_that_the_files_stay_behind(data, tmp_path, capsys) -> None:
    ins = _draft(capsys, data)
    run(capsys, "photos", "add", ins, jpeg(tmp_path / "a.jpg"), "--data-dir", data)
    code, out, err = run(capsys, "inspections", "export-json", ins, "--data-dir", data)
    assert code == 0 and json.loads(out)["inspection"]["photos"]
    assert "not written to standard output" in err
    code, _, err = run(capsys, "inspections", "export-json", ins, "--zip", "--data-dir", data)
    assert code == 2 and "--zip needs --out" in err
