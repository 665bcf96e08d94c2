"""Demo data: a service center with 25 staff, an inspection team, one completed inspection and
one draft. Ids are derived from fixed names, so loading the demo twice changes nothing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.db import models as m
from inspector_app.domain.forms import COMPLIANT, NOT_COMPLIANT, Item
from inspector_app.domain.model import AttendanceStatus, UnitKind
from inspector_app.services.database import Database
from inspector_app.services.forms import FormCatalog
from inspector_app.services.inspections import InspectionService

_NS = uuid.UUID("6f1c2a7e-3d7b-4c55-9a0e-2b8f7c1d4e90")

AGENCY = "Sở Nội vụ thành phố Hải Phòng"
CENTER = "Trung tâm Phục vụ hành chính công thành phố Hải Phòng"
CENTER_ADDRESS = "Số 18 đường Hoàng Diệu, phường Hồng Bàng, thành phố Hải Phòng"
DEPARTMENTS = (
    "Bộ phận Tiếp nhận và Trả kết quả lĩnh vực Đất đai",
    "Bộ phận Tiếp nhận và Trả kết quả lĩnh vực Tư pháp – Hộ tịch",
)

STAFF = (
    ("Nguyễn Thị Hương", "Phó Giám đốc Trung tâm", "Bàn lãnh đạo"),
    ("Trần Văn Minh", "Trưởng phòng Tiếp nhận và Trả kết quả", "Bàn điều phối"),
    ("Lê Thị Thu Trang", "Chuyên viên", "Quầy 01"),
    ("Phạm Quốc Bảo", "Chuyên viên", "Quầy 02"),
    ("Hoàng Thị Ngọc Ánh", "Chuyên viên", "Quầy 03"),
    ("Vũ Đức Thắng", "Chuyên viên", "Quầy 04"),
    ("Đặng Thị Lan Anh", "Chuyên viên", "Quầy 05"),
    ("Bùi Văn Hùng", "Chuyên viên", "Quầy 06"),
    ("Đỗ Thị Mai", "Cán sự", "Quầy 07"),
    ("Hồ Minh Tuấn", "Chuyên viên", "Quầy 08"),
    ("Ngô Thị Bích Ngọc", "Chuyên viên", "Quầy 09"),
    ("Dương Văn Long", "Chuyên viên", "Quầy 10"),
    ("Lý Thị Hồng Nhung", "Chuyên viên", "Quầy 11"),
    ("Phan Thanh Tùng", "Chuyên viên chính", "Quầy 12"),
    ("Trịnh Thị Yến", "Chuyên viên", "Quầy 13"),
    ("Đinh Công Sơn", "Chuyên viên", "Quầy 14"),
    ("Lâm Thị Kim Oanh", "Cán sự", "Quầy 15"),
    ("Mai Xuân Trường", "Chuyên viên", "Quầy 16"),
    ("Cao Thị Thanh Hà", "Chuyên viên", "Quầy 17"),
    ("Tạ Quang Vinh", "Chuyên viên", "Quầy 18"),
    ("Nguyễn Văn Đạt", "Viên chức", "Quầy 19"),
    ("Trần Thị Phương Thảo", "Viên chức", "Quầy 20"),
    ("Lê Hoàng Nam", "Nhân viên hỗ trợ", "Khu vực hướng dẫn"),
    ("Phạm Thị Diệu Linh", "Nhân viên hỗ trợ", "Khu vực hướng dẫn"),
    ("Võ Thành Công", "Nhân viên bảo vệ", "Sảnh chính"),
)

TEAM = (
    ("Nguyễn Đức Thành", "Phó Giám đốc Sở Nội vụ"),  # head
    ("Trần Thị Kim Dung", "Trưởng phòng Cải cách hành chính"),
    ("Lê Văn Khoa", "Chuyên viên chính"),
    ("Phạm Thu Hằng", "Chuyên viên"),  # secretary
)


#: When the demo draft started (on the day it is loaded, or the day before when loaded earlier).
DRAFT_START = time(7, 40)


def draft_day(now: datetime) -> date:
    """The day of the demo draft: today, started this morning at DRAFT_START; loaded before that
    time (an early start, a test run at night), yesterday, so that it never starts in the future
    (completing it would then fail: the end time would be before the start time)."""
    if now.time() < DRAFT_START:
        return now.date() - timedelta(days=1)
    return now.date()


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NS, "/".join(parts)))


@dataclass(frozen=True)
class DemoResult:
    created: bool
    unit_id: str
    completed_id: str
    draft_id: str


def load_demo(
    db: Database, catalog: FormCatalog | None = None, today: date | None = None
) -> DemoResult:
    now = datetime.now().astimezone()
    tz = now.tzinfo
    today = today or draft_day(now)
    completed_id, draft_id = _id("inspection", "completed"), _id("inspection", "draft")
    center_id = _id("unit", CENTER)
    with db.session() as s:
        if s.get(m.Inspection, completed_id) is not None:
            return DemoResult(False, center_id, completed_id, draft_id)
        head, *members, secretary = _reference(s, center_id)
    service = InspectionService(db, catalog)
    reps = [("Nguyễn Thị Hương", "Phó Giám đốc Trung tâm")]
    started = datetime.combine(today - timedelta(days=21), time(7, 35), tz)
    service.create(
        center_id,
        head_id=head,
        member_ids=members,
        secretary_id=secretary,
        representatives=reps,
        started_at=started,
        document_number="15/BB-ĐKT",
        team_name="Đoàn kiểm tra công vụ Sở Nội vụ",
        inspection_id=completed_id,
    )
    _fill_completed(service, completed_id)
    service.complete(completed_id, ended_at=started + timedelta(hours=1, minutes=50))
    service.create(
        center_id,
        head_id=head,
        member_ids=members,
        secretary_id=secretary,
        representatives=reps,
        document_number="",
        started_at=datetime.combine(today, DRAFT_START, tz),
        team_name="Đoàn kiểm tra công vụ Sở Nội vụ",
        inspection_id=draft_id,
    )
    _fill_draft(service, draft_id)
    return DemoResult(True, center_id, completed_id, draft_id)


def _reference(s: Session, center_id: str) -> list[str]:
    """The demo's agency, units, roster and team; returns the team's ids (head first)."""
    agency = s.scalars(select(m.Agency).where(m.Agency.name == AGENCY)).first()
    if agency is None:  # the profile set on first run may name the same agency
        agency = m.Agency(
            id=_id("agency", AGENCY),
            name=AGENCY,
            short_name="SNV",
            address="Số 12 đường Lạch Tray, thành phố Hải Phòng",
        )
        s.add(agency)
    agency_id = agency.id
    s.add(
        m.Unit(
            id=center_id,
            name=CENTER,
            kind=UnitKind.SERVICE_CENTER.value,
            code="TTPVHCC-HP",
            address=CENTER_ADDRESS,
            agency_id=agency_id,
        )
    )
    for name in DEPARTMENTS:
        s.add(
            m.Unit(
                id=_id("unit", name),
                name=name,
                kind=UnitKind.RECEPTION_RESULTS.value,
                address=CENTER_ADDRESS,
                parent_id=center_id,
                agency_id=agency_id,
            )
        )
    s.flush()  # rows without a relationship() between them are not ordered by the flush
    for code, (name, position, counter) in enumerate(STAFF, start=1):
        s.add(
            m.Staff(
                id=_id("staff", name),
                unit_id=center_id,
                full_name=name,
                position=position,
                counter=counter,
                staff_code=f"HP-{code:03d}",
            )
        )
    team = []
    for name, position in TEAM:
        # the profile set on first run may be one of the team: use that person, not a twin
        person = s.scalars(
            select(m.Inspector).where(
                m.Inspector.full_name == name, m.Inspector.agency_id == agency_id
            )
        ).first()
        if person is None:
            person = m.Inspector(
                id=_id("inspector", name), full_name=name, position=position, agency_id=agency_id
            )
            s.add(person)
        team.append(person.id)
    s.flush()
    return team


def _entries(service: InspectionService, inspection_id: str) -> dict[str, str]:
    return {e.full_name: e.id for e in service.get(inspection_id).staff}


def _answer_everyone(
    service: InspectionService,
    inspection_id: str,
    exceptions: dict[tuple[str, str], str],
    skip: set[str],
) -> None:
    inspection = service.get(inspection_id)
    staff_forms = [(f, i) for f in inspection.forms for i in f.staff_items()]
    for entry in inspection.staff:
        if entry.full_name in skip:
            continue
        for form, item in staff_forms:
            note = exceptions.get((entry.full_name, item.id))
            value = NOT_COMPLIANT if note else COMPLIANT
            service.set_answer(
                inspection_id, form.id, item.id, value, note=note or "", staff_entry_id=entry.id
            )


def _fill_completed(service: InspectionService, inspection_id: str) -> None:
    people = _entries(service, inspection_id)
    absent = {
        "Bùi Văn Hùng": AttendanceStatus.ABSENT_WITHOUT_LEAVE,
        "Cao Thị Thanh Hà": AttendanceStatus.ABSENT_WITH_LEAVE,
    }
    for name, entry_id in people.items():
        status = absent.get(name, AttendanceStatus.AT_POST)
        arrival = None
        if name == "Dương Văn Long":
            status, arrival = AttendanceStatus.LATE, time(7, 52)
        service.set_attendance(inspection_id, entry_id, status, arrival)
    service.set_staff_note(
        inspection_id,
        people["Bùi Văn Hùng"],
        "Không có mặt tại quầy, không báo cáo lãnh đạo Trung tâm.",
    )
    _answer_everyone(
        service,
        inspection_id,
        {
            ("Mai Xuân Trường", "badge-worn"): "Không đeo thẻ công chức trong giờ làm việc.",
            ("Tạ Quang Vinh", "attire-neat"): "Mặc áo phông, không đúng trang phục công sở.",
        },
        skip=set(absent),
    )
    inspection = service.get(inspection_id)
    for form in inspection.forms:
        for item in form.unit_items():
            service.set_answer(inspection_id, form.id, item.id, _unit_value(item))
    service.update(
        inspection_id,
        unit_explanation=(
            "Đồng chí Bùi Văn Hùng đi giải quyết việc gia đình đột xuất nhưng chưa "
            "báo cáo lãnh đạo Trung tâm. Đơn vị xin tiếp thu và chấn chỉnh."
        ),
        conclusions=(
            "Trung tâm chấp hành tương đối tốt kỷ luật, kỷ cương hành chính. Còn 01 "
            "trường hợp vắng không có lý do, 01 trường hợp đến muộn, 01 trường hợp không "
            "đeo thẻ công chức và 01 trường hợp trang phục chưa đúng quy định."
        ),
    )
    started = inspection.started_at.date()
    service.set_recommendations(
        inspection_id,
        [
            (
                "Chấn chỉnh việc chấp hành thời gian làm việc; xem xét, xử lý trách nhiệm đối với "
                "trường hợp vắng không có lý do theo quy định.",
                started + timedelta(days=7),
            ),
            (
                "Yêu cầu công chức, viên chức đeo thẻ và mặc trang phục đúng quy định "
                "trong giờ làm việc.",
                started + timedelta(days=15),
            ),
        ],
    )


def _unit_value(item: Item) -> str:
    if item.answer == "compliance":
        return COMPLIANT
    if item.answer == "choice":
        return item.choices[-1].value
    if item.answer == "number":
        return str(int(item.max if item.max is not None else 0) or 0)
    if item.answer == "time":
        return "07:30"
    return "Sổ theo dõi hồ sơ được ghi chép đầy đủ."


def _fill_draft(service: InspectionService, inspection_id: str) -> None:
    people = list(_entries(service, inspection_id).items())
    for name, entry_id in people[:10]:
        status = AttendanceStatus.AWAY if name == "Hồ Minh Tuấn" else AttendanceStatus.AT_POST
        service.set_attendance(inspection_id, entry_id, status)


def demo_present(db: Database) -> bool:
    with db.session() as s:
        return (
            s.scalar(
                select(m.Inspection.id).where(m.Inspection.id == _id("inspection", "completed"))
            )
            is not None
        )
