from __future__ import annotations

from datetime import date, datetime

from inspector_app.domain.model import AttendanceStatus, InspectionStatus
from inspector_app.services.demo import CENTER, draft_day, load_demo


def test_demo_has_a_center_with_25_staff_a_team_and_two_inspections(ctx) -> None:  # type: ignore[no-untyped-def]
    result = load_demo(ctx.db, ctx.catalog)
    assert result.created
    unit = ctx.reference.resolve_unit(CENTER)
    assert len(ctx.reference.roster(unit.id)) == 25
    assert len(ctx.reference.list_inspectors()) == 4
    done = ctx.inspections.get(result.completed_id)
    draft = ctx.inspections.get(result.draft_id)
    assert done.status is InspectionStatus.COMPLETED and draft.status is InspectionStatus.DRAFT
    statuses = [s.attendance for s in done.staff]
    assert statuses.count(AttendanceStatus.ABSENT_WITHOUT_LEAVE) == 1
    assert statuses.count(AttendanceStatus.LATE) == 1
    assert all(s is not None for s in statuses)
    assert done.conclusions and done.recommendations and done.unit_explanation
    assert sum(1 for s in draft.staff if s.attendance) == 10


def test_loading_the_demo_twice_changes_nothing(ctx) -> None:  # type: ignore[no-untyped-def]
    first = load_demo(ctx.db, ctx.catalog)
    again = load_demo(ctx.db, ctx.catalog)
    assert not again.created and again.completed_id == first.completed_id
    assert ctx.inspections.count() == 2


def test_demo_reuses_the_profiles_agency(ctx) -> None:  # type: ignore[no-untyped-def]
    ctx.reference.set_profile("Phạm Thu Hằng", "Chuyên viên", "Sở Nội vụ thành phố Hải Phòng")
    load_demo(ctx.db, ctx.catalog)
    assert [a.name for a in ctx.reference.list_agencies()] == ["Sở Nội vụ thành phố Hải Phòng"]


def test_demo_reuses_the_profiles_inspector(ctx) -> None:  # type: ignore[no-untyped-def]
    ctx.reference.set_profile("Phạm Thu Hằng", "Chuyên viên", "Sở Nội vụ thành phố Hải Phòng")
    load_demo(ctx.db, ctx.catalog)
    names = [p.full_name for p in ctx.reference.list_inspectors()]
    assert sorted(names) == sorted(set(names)) and len(names) == 4


def test_the_demo_draft_never_starts_in_the_future() -> None:
    assert draft_day(datetime(2026, 12, 2, 9, 0)) == date(2026, 12, 2)
    assert draft_day(datetime(2026, 12, 2, 7, 40)) == date(2026, 12, 2)
    assert draft_day(datetime(2026, 12, 2, 7, 39)) == date(2026, 12, 1)  # loaded at dawn
    assert draft_day(datetime(2026, 1, 1, 3, 30)) == date(2025, 12, 31)


def test_the_demo_draft_can_be_completed_at_any_time_of_day(ctx) -> None:  # type: ignore[no-untyped-def]
    result = load_demo(ctx.db, ctx.catalog)
    draft = ctx.inspections.get(result.draft_id)
    assert draft.started_at <= datetime.now().astimezone()
    ctx.inspections.complete(result.draft_id)  # its end time, now, is after its start
    assert ctx.inspections.get(result.draft_id).status is InspectionStatus.COMPLETED
