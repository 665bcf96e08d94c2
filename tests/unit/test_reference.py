from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from inspector_app.domain.model import UnitKind
from inspector_app.errors import NotFound, UserError
from inspector_app.services.reference import RosterHasErrors


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def unit(ctx):  # type: ignore[no-untyped-def]
    return ctx.reference.add_unit(
        "Bộ phận Một cửa UBND phường Lê Chân", UnitKind.ONE_STOP, code="MC-LC"
    )


def test_units_search_and_resolve(ctx, unit) -> None:  # type: ignore[no-untyped-def]
    ctx.reference.add_unit("Trung tâm Phục vụ hành chính công", UnitKind.SERVICE_CENTER)
    assert [u.name for u in ctx.reference.list_units("lê chân")] == [unit.name]
    assert ctx.reference.resolve_unit("MC-LC").id == unit.id
    assert ctx.reference.resolve_unit(unit.name.upper()).id == unit.id
    assert ctx.reference.resolve_unit(unit.id).id == unit.id
    with pytest.raises(NotFound, match="no unit 'Quầy 9'"):
        ctx.reference.resolve_unit("Quầy 9")


def test_roster_is_sorted_the_vietnamese_way(ctx, unit) -> None:  # type: ignore[no-untyped-def]
    for name in ["Trần Văn Bình", "Nguyễn Thị Anh", "Lê Ánh", "Đào Anh"]:
        ctx.reference.add_staff(unit.id, name)
    assert [p.full_name for p in ctx.reference.roster(unit.id)] == [
        "Đào Anh",
        "Nguyễn Thị Anh",
        "Lê Ánh",
        "Trần Văn Bình",
    ]


def test_all_text_input_is_stored_nfc(ctx, unit) -> None:  # type: ignore[no-untyped-def]
    person = ctx.reference.add_staff(
        unit.id, _nfd("  Hoàng   Thị Ngọc Ánh "), _nfd("Chuyên viên"), _nfd("Quầy số 3")
    )
    assert person.full_name == "Hoàng Thị Ngọc Ánh"
    assert person.position == "Chuyên viên" and person.counter == "Quầy số 3"
    other = ctx.reference.add_unit(_nfd("Bộ phận Tiếp nhận và Trả kết quả"))
    assert other.name == "Bộ phận Tiếp nhận và Trả kết quả"
    profile = ctx.reference.set_profile(
        _nfd("Phạm Thu Hằng"), _nfd("Chuyên viên"), _nfd("Sở Nội vụ")
    )
    assert profile.inspector.full_name == "Phạm Thu Hằng"
    assert profile.inspector.agency_name == "Sở Nội vụ"
    with ctx.db.engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT full_name FROM staff").scalars().all()
    assert names == ["Hoàng Thị Ngọc Ánh"]


def test_profile_set_on_first_run_names_the_actor_in_the_audit_log(ctx, unit) -> None:  # type: ignore[no-untyped-def]
    assert ctx.reference.profile() is None
    ctx.reference.set_profile("Phạm Thu Hằng", "Chuyên viên", "Sở Nội vụ")
    ctx.reference.add_staff(unit.id, "Lê Văn Tám")
    with ctx.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT actor, action, new_value FROM audit_log WHERE entity = 'staff'"
        ).all()
    assert len(rows) == 1
    assert rows[0][0] == "Phạm Thu Hằng" and rows[0][1] == "create"
    assert '"full_name": "Lê Văn Tám"' in rows[0][2]


def test_roster_import_from_xlsx_adds_updates_and_deactivates(ctx, unit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx.reference.add_staff(unit.id, "Người Đã Chuyển", staff_code="X9")
    ctx.reference.add_staff(unit.id, "Lê Thị Thu Trang", "Cán sự")
    path = _write_xlsx(
        tmp_path / "roster.xlsx",
        [
            ["DANH SÁCH CÔNG CHỨC TRỰC TẠI BỘ PHẬN MỘT CỬA"],
            [],
            ["STT", "Họ và tên", "Chức vụ", "Quầy", "Trực"],
            [1, "Lê Thị Thu Trang", "Chuyên viên", 1, "x"],
            [2, "Phạm Quốc Bảo", "Chuyên viên", 2, "không"],
            [],
        ],
    )
    report = ctx.reference.import_roster(unit.code, path)
    assert (report.added, report.updated, report.deactivated) == (1, 1, 1)
    people = {p.full_name: p for p in ctx.reference.roster(unit.id)}
    assert set(people) == {"Lê Thị Thu Trang", "Phạm Quốc Bảo"}
    assert people["Lê Thị Thu Trang"].position == "Chuyên viên"
    assert people["Lê Thị Thu Trang"].counter == "1"
    assert people["Phạm Quốc Bảo"].on_duty is False
    inactive = [p for p in ctx.reference.roster(unit.id, include_inactive=True) if not p.active]
    assert [p.full_name for p in inactive] == ["Người Đã Chuyển"]


def test_roster_with_errors_imports_nothing_unless_asked(ctx, unit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "roster.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Họ và tên", "Chức vụ", "Trực"])
        w.writerow(["Nguyễn Văn An", "Chuyên viên", "có"])
        w.writerow(["Trần Thị Bé", "Chuyên viên", "có lẽ"])
    with pytest.raises(RosterHasErrors) as err:
        ctx.reference.import_roster(unit.id, path)
    assert "row 3, column 'Trực'" in str(err.value)
    assert "nothing was imported" in str(err.value)
    assert ctx.reference.roster(unit.id) == []

    report = ctx.reference.import_roster(unit.id, path, valid_rows_only=True)
    assert report.added == 1 and len(report.skipped_rows) == 1
    assert [p.full_name for p in ctx.reference.roster(unit.id)] == ["Nguyễn Văn An"]


def test_empty_names_are_refused(ctx, unit) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="staff member: a name is required"):
        ctx.reference.add_staff(unit.id, "   ")
