from __future__ import annotations

import copy
import json
import unicodedata
from pathlib import Path

import pytest

from inspector_app.errors import UserError
from inspector_app.paths import DataPaths
from inspector_app.services.context import AppContext
from inspector_app.services.demo import load_demo
from inspector_app.services.exchange import (
    export_inspection,
    import_inspection,
    parse_exchange,
    read_json,
    write_json,
)

_VOLATILE = ("exported_at", "device_id")


def _stable(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in _VOLATILE}


@pytest.fixture
def exported(demo_ctx) -> dict:  # type: ignore[no-untyped-def]
    completed = load_demo(demo_ctx.db, demo_ctx.catalog).completed_id
    return export_inspection(demo_ctx.db, completed)


def test_round_trip_into_an_empty_data_dir_is_lossless(demo_ctx, exported, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "out.json"
    write_json(exported, path)
    other = AppContext.open(DataPaths.resolve(tmp_path / "other"))
    try:
        new_id = import_inspection(other.db, read_json(path), source=str(path))
        assert new_id == exported["inspection"]["id"]
        again = export_inspection(other.db, new_id)
        assert _stable(again) == _stable(exported)
        original = demo_ctx.inspections.get(new_id)
        copy_ = other.inspections.get(new_id)
        assert copy_ == original  # the whole domain object: staff, answers, forms, texts, times
    finally:
        other.close()


def test_export_holds_everything_needed(exported) -> None:  # type: ignore[no-untyped-def]
    ins = exported["inspection"]
    assert exported["format"] == "inspector-inspection" and exported["format_version"] == 1
    assert len(ins["staff"]) == 25
    assert {f["form_id"] for f in ins["forms"]} == {
        s["form_id"] for s in exported["form_snapshots"]
    }
    assert len(exported["reference"]["staff"]) == 25
    assert len(exported["reference"]["inspectors"]) == 4
    late = [s for s in ins["staff"] if s["attendance"] == "late"]
    assert len(late) == 1 and late[0]["arrival_time"] == "07:52:00"
    assert "Bùi Văn Hùng" in json.dumps(exported, ensure_ascii=False)


def test_importing_twice_is_refused(demo_ctx, exported) -> None:  # type: ignore[no-untyped-def]
    doc = parse_exchange(exported, "x.json")
    with pytest.raises(UserError, match="already in this data dir"):
        import_inspection(demo_ctx.db, doc)


def test_a_tampered_form_snapshot_is_refused(exported) -> None:  # type: ignore[no-untyped-def]
    bad = copy.deepcopy(exported)
    bad["form_snapshots"][0]["content"]["title"]["vi"] = "Đã sửa"
    with pytest.raises(UserError, match="does not match its sha256"):
        parse_exchange(bad, "bad.json")


def test_errors_name_the_file_and_the_field(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = copy.deepcopy(exported)
    bad["inspection"]["staff"][3]["attendance"] = "asleep"
    with pytest.raises(UserError, match=r"bad.json: field 'inspection.staff.3.attendance'"):
        parse_exchange(bad, "bad.json")
    newer = dict(exported, format_version=7)
    with pytest.raises(UserError, match="format_version 7 is not supported"):
        parse_exchange(newer, "new.json")
    with pytest.raises(UserError, match="not an Inspector inspection file"):
        parse_exchange([1, 2], "list.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(UserError, match=r"broken.json: not valid JSON \(line 1"):
        read_json(broken)
    with pytest.raises(UserError, match="no such file"):
        read_json(tmp_path / "missing.json")


def test_imported_text_is_nfc(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = copy.deepcopy(exported)
    doc["inspection"]["conclusions"] = unicodedata.normalize("NFD", "Đơn vị chấp hành tốt.")
    other = AppContext.open(DataPaths.resolve(tmp_path / "other"))
    try:
        new_id = import_inspection(other.db, parse_exchange(doc, "nfd.json"))
        assert other.inspections.get(new_id).conclusions == "Đơn vị chấp hành tốt."
    finally:
        other.close()
