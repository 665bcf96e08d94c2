"""Every CLI command, its exit codes and its messages."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_app.cli import main
from inspector_app.db import migrate
from inspector_app.paths import forms_dir
from inspector_app.services.demo import CENTER


def run(capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path, capsys) -> Path:  # type: ignore[no-untyped-def]
    d = tmp_path / "data"
    code, out, _ = run(
        capsys,
        "init",
        "--demo",
        "--data-dir",
        d,
        "--name",
        "Phạm Thu Hằng",
        "--agency",
        "Sở Nội vụ",
    )
    assert code == 0, out
    return d


def test_init_creates_then_reports_up_to_date(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--data-dir", tmp_path / "d", "init")
    assert code == 0 and "created" in out and f"schema {migrate.HEAD}" in out
    code, out, _ = run(capsys, "init", "--data-dir", tmp_path / "d")
    assert code == 0 and "is up to date" in out


def test_init_demo(data: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "init", "--demo", "--data-dir", data)
    assert code == 0 and "demo data already present" in out


def test_units_list(data: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "units", "list", "--json", "--data-dir", data)
    assert code == 0
    assert CENTER in [u["name"] for u in json.loads(out)]


def test_inspections_list_text_and_json(data: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "inspections", "list", "--data-dir", data)
    assert code == 0 and out.count(CENTER) == 2 and "completed" in out
    code, out, _ = run(
        capsys, "inspections", "list", "--json", "--status", "draft", "--data-dir", data
    )
    rows = json.loads(out)
    assert code == 0 and [r["status"] for r in rows] == ["draft"]
    code, out, _ = run(
        capsys,
        "inspections",
        "list",
        "--json",
        "--since",
        "01/01/2000",
        "--until",
        "31/12/2000",
        "--data-dir",
        data,
    )
    assert code == 0 and json.loads(out) == []


def test_bad_date_is_a_one_line_error(data: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exc:
        main(["inspections", "list", "--since", "32/13/2020", "--data-dir", str(data)])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert err.count("\n") == 1 and "'32/13/2020' is not a date" in err


def test_export_then_import_into_an_empty_data_dir(data: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        capsys, "inspections", "list", "--json", "--status", "completed", "--data-dir", data
    )
    ins_id = json.loads(out)[0]["id"]
    out_file = tmp_path / "bb.json"
    code, _, err = run(
        capsys, "inspections", "export-json", ins_id[:8], "--out", out_file, "--data-dir", data
    )
    assert code == 0 and f"exported to {out_file}" in err
    code, out, _ = run(
        capsys, "inspections", "import-json", out_file, "--data-dir", tmp_path / "empty"
    )
    assert code == 0 and out.strip() == f"imported inspection {ins_id}"
    code, out, _ = run(
        capsys, "inspections", "export-json", ins_id, "--data-dir", tmp_path / "empty"
    )
    again = json.loads(out)
    original = json.loads(out_file.read_text(encoding="utf-8"))
    assert again["inspection"] == original["inspection"]
    assert again["reference"] == original["reference"]
    code, _, err = run(
        capsys, "inspections", "import-json", out_file, "--data-dir", tmp_path / "empty"
    )
    assert code == 2 and "already in this data dir" in err


def test_export_of_an_unknown_id(data: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "inspections", "export-json", "nope", "--data-dir", data)
    assert (code, out) == (2, "")
    assert err == "inspector: error: no inspection with id 'nope'\n"


def test_import_of_a_broken_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    code, _, err = run(capsys, "inspections", "import-json", bad, "--data-dir", tmp_path / "d")
    assert code == 2 and err.startswith(f"inspector: error: {bad}: not valid JSON")
    assert err.count("\n") == 1


def test_roster_import_good_and_broken(data: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.csv"
    with good.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Họ và tên", "Chức vụ", "Quầy"])
        w.writerow(["Nguyễn Văn An", "Chuyên viên", "Quầy 1"])
    code, out, _ = run(capsys, "roster", "import", "TTPVHCC-HP", good, "--data-dir", data)
    assert code == 0 and "1 added, 0 updated, 25 no longer listed" in out

    broken = tmp_path / "broken.csv"
    broken.write_text("Họ và tên,Trực\nNguyễn Văn An,có\nTrần 2,có\n", encoding="utf-8")
    code, out, err = run(capsys, "roster", "import", "TTPVHCC-HP", broken, "--data-dir", data)
    assert code == 2 and out == ""
    assert "row 3, column 'Họ và tên'" in err and "nothing was imported" in err
    code, out, err = run(
        capsys, "roster", "import", "TTPVHCC-HP", broken, "--valid-rows-only", "--data-dir", data
    )
    assert code == 0 and "1 rows skipped" in out and "skipped: row 3" in err

    code, _, err = run(capsys, "roster", "import", "Không có", good, "--data-dir", data)
    assert code == 2 and "no unit 'Không có'" in err
    code, _, err = run(
        capsys, "roster", "import", "TTPVHCC-HP", tmp_path / "x.xls", "--data-dir", data
    )
    assert code == 2 and "x.xls" in err


def test_roster_show(data: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "roster", "show", "TTPVHCC-HP", "--json", "--data-dir", data)
    assert code == 0 and len(json.loads(out)) == 25


def test_forms_validate(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "forms", "validate", forms_dir())
    assert code == 0 and "ok: staff-discipline v" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: bad\nversion: 1\ntitle: {vi: Hỏng, en: Broken}\nsections: []\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "forms", "validate", bad, forms_dir() / "workplace.yaml")
    assert code == 2 and "ok: workplace" in out
    assert err.startswith(f"error: {bad}, line 4, field 'sections'")
    code, _, err = run(capsys, "forms", "validate", tmp_path / "none.yaml")
    assert code == 2 and "no such file or folder" in err


def test_usage_errors_exit_2_with_one_line(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1 and "invalid choice" in err


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    """The real entry point in a separate process: bad input gives one line, no traceback."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "inspector_app.cli",
            "--data-dir",
            str(tmp_path),
            "inspections",
            "import-json",
            str(tmp_path / "missing.json"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr == f"inspector: error: {tmp_path / 'missing.json'}: no such file\n"
    assert "Traceback" not in proc.stderr
