"""Gathering a :class:`~inspector_app.reports.minutes.MinutesInput` from the services.

The only part of :mod:`inspector_app.reports` that reads the database (through the services):
the inspection, its photos (:class:`~inspector_app.photos.service.PhotoService`) and its drawn
signatures (:func:`inspector_app.signing.service.drawn_signatures`). Both of those packages are
optional here: without them the minutes have no photos or no drawn signatures.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from inspector_app.domain.findings import compute_findings
from inspector_app.domain.model import Inspection
from inspector_app.domain.text import clean_text
from inspector_app.reports import vn
from inspector_app.reports.minutes import (
    IMAGE_MAX_SIDE,
    IMAGE_QUALITY,
    MinutesInput,
    ReportPhoto,
    SignatureImage,
    SignatureRole,
)

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext

__all__ = ["build_minutes_input", "default_distribution", "minutes_input", "photos_for_report"]

log = logging.getLogger(__name__)


def default_distribution(inspection: Inspection) -> list[str]:
    """ "Nơi nhận": the agency's leaders, the unit, the team members, the team's file."""
    out = []
    if inspection.agency is not None and clean_text(inspection.agency.name):
        out.append(f"Lãnh đạo {clean_text(inspection.agency.name)} (để báo cáo)")
    if clean_text(inspection.unit.name):
        out.append(f"{clean_text(inspection.unit.name)} (để thực hiện)")
    out += ["Các thành viên Đoàn kiểm tra", "Lưu: Đoàn kiểm tra"]
    return out


def _links_text(
    inspection: Inspection,
    names: dict[str, str],
    staff_ids: Sequence[str],
    item: tuple[str, str] | None,
    parent_number: int | None,
) -> str:
    parts = [", ".join(f"đồng chí {names[i]}" for i in staff_ids if i in names)]
    if item is not None:
        form = next((f for f in inspection.forms if f.id == item[0]), None)
        found = next((it for _s, it in form.items() if it.id == item[1]), None) if form else None
        if found is not None:
            parts.append(f"nội dung “{found.text.get('vi').rstrip('.')}”")
    if parent_number is not None:
        parts.append(f"bản có ghi chú của ảnh số {parent_number}")
    text = "; ".join(p for p in parts if p)
    return text[:1].upper() + text[1:]


def photos_for_report(
    ctx: AppContext,
    inspection: Inspection,
    max_side: int = IMAGE_MAX_SIDE,
    quality: int = IMAGE_QUALITY,
) -> list[ReportPhoto]:
    """The inspection's photos from the photo service, numbered 1, 2, … in their order, each
    with the print copy the store holds at these image settings (if any); an empty list when
    the photos package is not there."""
    try:
        from inspector_app.photos.service import PhotoService
    except ImportError:  # pragma: no cover - the photos package ships with the app
        return []
    service = PhotoService(ctx.db)
    infos = service.list(inspection.id, warnings=False)
    numbers = {info.id: n for n, info in enumerate(infos, start=1)}
    names = {e.id: clean_text(e.full_name) for e in inspection.staff}
    out = []
    for info in infos:
        parent = numbers.get(info.parent_id) if info.parent_id else None
        item = tuple(info.item) if info.item else None
        print_copy = service.store.print_path(info.file_sha256, max_side, quality)
        out.append(
            ReportPhoto(
                path=info.path,
                caption=info.caption,
                captured_at=info.captured_at,
                sha256=info.sha256,
                number=numbers[info.id],
                links_text=_links_text(inspection, names, info.staff_entry_ids, item, parent),  # type: ignore[arg-type]
                staff_entry_ids=tuple(info.staff_entry_ids),
                items=(item,) if item else (),  # type: ignore[arg-type]
                print_path=print_copy if print_copy.is_file() else None,
            )
        )
    return out


def _drawn_signatures(ctx: AppContext, inspection_id: str) -> list[SignatureImage]:
    try:
        from inspector_app.signing.service import drawn_signatures
    except ImportError:  # pragma: no cover - the signing package ships with the app
        return []
    roles = {r.value for r in SignatureRole}
    return [
        SignatureImage(SignatureRole(d.role), d.png, d.refused_reason, d.signer_name)
        for d in drawn_signatures(ctx, inspection_id)
        if d.role in roles
    ]


def build_minutes_input(
    ctx: AppContext,
    inspection_id: str,
    *,
    photos: Sequence[ReportPhoto] | None = None,
    signatures: Sequence[SignatureImage] | None = None,
    place: str | None = None,
    copies: int = 2,
    distribution: Sequence[str] | None = None,
    **options: Any,
) -> MinutesInput:
    """The minutes' input for one inspection. ``None`` means "as stored": the photos from the
    photo service, the drawn signatures from the signing service, the place name from the
    agency's name or the unit's address ("Sở Nội vụ thành phố Hải Phòng" → "Hải Phòng"),
    :func:`default_distribution`. ``options`` go to :class:`MinutesInput` as they are."""
    inspection = ctx.inspections.get(inspection_id)
    findings = compute_findings(inspection)
    if photos is None:
        photos = photos_for_report(
            ctx,
            inspection,
            options.get("image_max_side", IMAGE_MAX_SIDE),
            options.get("image_quality", IMAGE_QUALITY),
        )
    if signatures is None:
        signatures = _drawn_signatures(ctx, inspection_id)
    if place is None:
        agency = inspection.agency
        place = vn.place_from(
            agency.name if agency else "",
            agency.address if agency else "",
            inspection.unit.address,
            inspection.unit.name,
        )
    if distribution is None:
        distribution = default_distribution(inspection)
    options.setdefault("image_cache_dir", ctx.paths.root / "cache" / "minutes-images")
    return MinutesInput(
        inspection=inspection,
        findings=findings,
        photos=tuple(photos),
        signatures=tuple(signatures),
        place=place,
        copies=copies,
        distribution=tuple(distribution),
        **options,
    )


minutes_input = build_minutes_input
"""The same function under the name the signing code calls."""
