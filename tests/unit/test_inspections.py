from __future__ import annotations

import unicodedata
from datetime import date, datetime, time, timedelta

import pytest

from inspector_app.domain.forms import COMPLIANT, NOT_COMPLIANT
from inspector_app.domain.model import AttendanceStatus, InspectionStatus, TeamRole
from inspector_app.errors import NotFound, ReadOnlyError, UserError
from inspector_app.services.demo import CENTER, STAFF, TEAM
from inspector_app.services.inspections import ListFilter


@pytest.fixture
def setup(demo_ctx):  # type: ignore[no-untyped-def]
    unit = demo_ctx.reference.resolve_unit(CENTER)
    team = {p.full_name: p.id for p in demo_ctx.reference.list_inspectors()}
    return demo_ctx, unit, team


def _create(ctx, unit, team, **kw):  # type: ignore[no-untyped-def]
    return ctx.inspections.create(
        unit.id,
        head_id=team[TEAM[0][0]],
        member_ids=[team[TEAM[1][0]]],
        secretary_id=team[TEAM[3][0]],
        representatives=[("Nguyễn Thị Hương", "Phó Giám đốc")],
        **kw,
    )


def test_create_copies_the_roster_and_keeps_the_team(setup) -> None:  # type: ignore[no-untyped-def]
    ctx, unit, team = setup
    started = datetime(2026, 3, 2, 7, 30).astimezone()
    new_id = _create(ctx, unit, team, started_at=started)
    ins = ctx.inspections.get(new_id)
    assert ins.status is InspectionStatus.DRAFT
    assert ins.started_at == started
    assert len(ins.staff) == len(STAFF) == 25
    assert ins.staff[0].full_name == "Ánh" or ins.staff[0].full_name.endswith(" Anh")
    assert [(m.full_name, m.role) for m in ins.team] == [
        (TEAM[0][0], TeamRole.HEAD),
        (TEAM[1][0], TeamRole.MEMBER),
        (TEAM[3][0], TeamRole.SECRETARY),
    ]
    assert ins.representatives[0].full_name == "Nguyễn Thị Hương"
    assert [f.id for f in ins.forms] == [f.id for f in ctx.catalog.defaults()]
    assert "Căn cứ" in ins.legal_basis and "2026" in ins.legal_basis
    assert ins.location  # defaults to the unit's address


def test_later_roster_changes_never_alter_an_inspection(setup) -> None:  # type: ignore[no-untyped-def]
    ctx, unit, team = setup
    new_id = _create(ctx, unit, team)
    ctx.reference.add_staff(unit.id, "Người Mới Đến")
    assert len(ctx.inspections.get(new_id).staff) == 25


def test_answers_are_validated_against_the_form(setup) -> None:  # type: ignore[no-untyped-def]
    ctx, unit, team = setup
    ins = ctx.inspections.get(_create(ctx, unit, team))
    person = ins.staff[0]
    ctx.inspections.set_answer(
        ins.id,
        "staff-discipline",
        "badge-worn",
        NOT_COMPLIANT,
        note=unicodedata.normalize("NFD", "Không đeo thẻ"),
        staff_entry_id=person.id,
    )
    ctx.inspections.set_answer(ins.id, "dossier-handling", "on-time-rate", "97,5")
    got = ctx.inspections.get(ins.id)
    assert got.answer("staff-discipline", "badge-worn", person.id).value == NOT_COMPLIANT
    assert got.answer("staff-discipline", "badge-worn", person.id).note == "Không đeo thẻ"
    assert got.answer("dossier-handling", "on-time-rate").value == "97.5"
    with pytest.raises(UserError, match="item 'on-time-rate'"):
        ctx.inspections.set_answer(ins.id, "dossier-handling", "on-time-rate", "120")
    with pytest.raises(UserError, match="answered for each staff member"):
        ctx.inspections.set_answer(ins.id, "staff-discipline", "badge-worn", COMPLIANT)
    with pytest.raises(NotFound, match="has no item 'nope'"):
        ctx.inspections.set_answer(ins.id, "workplace", "nope", COMPLIANT)
    with pytest.raises(NotFound, match="does not use form"):
        ctx.inspections.set_answer(ins.id, "unknown-form", "x", COMPLIANT)


def test_answer_changes_are_in_the_audit_log_with_old_and_new_values(setup) -> None:  # type: ignore[no-untyped-def]
    ctx, unit, team = setup
    ins_id = _create(ctx, unit, team)
    ctx.inspections.set_answer(ins_id, "workplace", "counters-tidy", COMPLIANT)
    ctx.inspections.set_answer(ins_id, "workplace", "counters-tidy", NOT_COMPLIANT)
    updates = [
        e
        for e in ctx.inspections.audit_log(ins_id)
        if e.entity == "answers" and e.action == "update" and e.field == "value"
    ]
    assert [(e.old_value, e.new_value, e.actor) for e in updates] == [
        (COMPLIANT, NOT_COMPLIANT, "Phạm Thu Hằng")
    ]


def test_attendance_keeps_arrival_time_only_when_late(setup) -> None:  # type: ignore[no-untyped-def]
    ctx, unit, team = setup
    ins = ctx.inspections.get(_create(ctx, unit, team))
    a, b = ins.staff[0].id, ins.staff[1].id
    ctx.inspections.set_attendance(ins.id, a, AttendanceStatus.LATE, time(7, 52))
    ctx.inspections.set_attendance(ins.id, b, AttendanceStatus.AT_POST, time(7, 52))
    staff = {s.id: s for s in ctx.inspections.get(ins.id).staff}
    assert (staff[a].attendance, staff[a].arrival_time) == (AttendanceStatus.LATE, time(7, 52))
    assert (staff[b].attendance, staff[b].arrival_time) == (AttendanceStatus.AT_POST, None)


def test_person_added_on_site(setup) -> None:  # type: ignore[no-untyped-def]
    ctx, unit, team = setup
    ins_id = _create(ctx, unit, team)
    entry = ctx.inspections.add_staff_entry(ins_id, "Trương Văn Lực", "Hợp đồng", "Quầy 21")
    staff = ctx.inspections.get(ins_id).staff
    assert staff[-1].id == entry and staff[-1].added_on_site and staff[-1].staff_id is None


def test_complete_makes_it_read_only_and_reopen_needs_head_and_reason(setup) -> None:  # type: ignore[no-untyped-def]
    ctx, unit, team = setup
    ins_id = _create(ctx, unit, team)
    ctx.inspections.update(ins_id, conclusions="Đơn vị chấp hành tốt.")
    ctx.inspections.complete(ins_id)
    ins = ctx.inspections.get(ins_id)
    assert ins.status is InspectionStatus.COMPLETED and ins.ended_at is not None
    with pytest.raises(ReadOnlyError, match="completed and cannot be changed"):
        ctx.inspections.update(ins_id, conclusions="changed")
    with pytest.raises(ReadOnlyError):
        ctx.inspections.delete_draft(ins_id)
    with pytest.raises(UserError, match="not the team head's name"):
        ctx.inspections.reopen(ins_id, "Lê Văn Khoa", "sửa số liệu")
    with pytest.raises(UserError, match="reason is required"):
        ctx.inspections.reopen(ins_id, TEAM[0][0], "  ")
    ctx.inspections.reopen(ins_id, TEAM[0][0].upper(), "Bổ sung ý kiến giải trình")
    assert ctx.inspections.get(ins_id).status is InspectionStatus.DRAFT
    reopened = [
        e
        for e in ctx.inspections.audit_log(ins_id)
        if e.field == "status" and e.new_value == "draft"
    ]
    assert len(reopened) == 1
    assert reopened[0].reason == f"reopened by {TEAM[0][0]}: Bổ sung ý kiến giải trình"
    assert reopened[0].old_value == "completed"


def test_end_time_before_start_is_refused(setup) -> None:  # type: ignore[no-untyped-def]
    ctx, unit, team = setup
    started = datetime(2026, 3, 2, 7, 30).astimezone()
    ins_id = _create(ctx, unit, team, started_at=started)
    with pytest.raises(UserError, match="end time is before the start time"):
        ctx.inspections.complete(ins_id, ended_at=started - timedelta(minutes=5))
    assert ctx.inspections.get(ins_id).status is InspectionStatus.DRAFT


def test_recommendations_with_deadlines(setup) -> None:  # type: ignore[no-untyped-def]
    ctx, unit, team = setup
    ins_id = _create(ctx, unit, team)
    ctx.inspections.set_recommendations(
        ins_id, [("Chấn chỉnh giờ giấc.", date(2026, 12, 1)), ("  ", None), ("Đeo thẻ.", None)]
    )
    recs = ctx.inspections.get(ins_id).recommendations
    assert [(r.text, r.deadline) for r in recs] == [
        ("Chấn chỉnh giờ giấc.", date(2026, 12, 1)),
        ("Đeo thẻ.", None),
    ]


def test_delete_draft(setup) -> None:  # type: ignore[no-untyped-def]
    ctx, unit, team = setup
    ins_id = _create(ctx, unit, team)
    ctx.inspections.delete_draft(ins_id)
    with pytest.raises(NotFound):
        ctx.inspections.get(ins_id)


def test_list_newest_first_with_filters(setup) -> None:  # type: ignore[no-untyped-def]
    ctx, unit, team = setup
    old = _create(
        ctx,
        unit,
        team,
        started_at=datetime(2025, 1, 6, 8, 0).astimezone(),
        document_number="01/BB-ĐKT",
    )
    rows = ctx.inspections.list()
    assert [r.started_at for r in rows] == sorted((r.started_at for r in rows), reverse=True)
    assert rows[-1].id == old and rows[-1].team_head == TEAM[0][0]
    assert [
        r.id
        for r in ctx.inspections.list(
            ListFilter(
                since=datetime(2025, 1, 1).astimezone(), until=datetime(2025, 2, 1).astimezone()
            )
        )
    ] == [old]
    drafts = ctx.inspections.list(ListFilter(status=InspectionStatus.DRAFT))
    assert old in [r.id for r in drafts] and all(r.status == "draft" for r in drafts)
    assert [r.id for r in ctx.inspections.list(ListFilter(search="01/BB"))] == [old]
    assert len(ctx.inspections.list(ListFilter(search="Bùi Văn Hùng"))) == 3  # a staff member
    assert len(ctx.inspections.list(ListFilter(search="hải phòng"))) == 3
    assert ctx.inspections.list(ListFilter(search="Đà Nẵng")) == []


def test_search_ignores_case_and_vietnamese_marks(setup) -> None:  # type: ignore[no-untyped-def]
    ctx, unit, team = setup
    on_site = _create(ctx, unit, team)
    ctx.inspections.add_staff_entry(on_site, "Trương Văn Lực")
    assert len(ctx.inspections.list(ListFilter(search="BÙI VĂN HÙNG"))) == 3
    assert len(ctx.inspections.list(ListFilter(search="bui van hung"))) == 3
    assert len(ctx.inspections.list(ListFilter(search="nguyen duc thanh"))) == 3  # team head
    assert len(ctx.inspections.list(ListFilter(search="TTPVHCC"))) == 3  # unit code
    assert [r.id for r in ctx.inspections.list(ListFilter(search="truong van luc"))] == [on_site]
    assert [r.id for r in ctx.inspections.list(ListFilter(search="15/bb-đkt"))] == [
        r.id for r in ctx.inspections.list(ListFilter(status=InspectionStatus.COMPLETED))
    ]
