"""Writing the minutes of one inspection to a PDF file: what ``inspector export`` does.

:func:`export_pdf` gathers the input (:mod:`~inspector_app.reports.build`), renders the unsigned
PDF and writes it atomically. ``signer``, when given, receives the unsigned bytes and the
:class:`~inspector_app.reports.minutes.RenderResult` (with the signature boxes) and returns the
bytes to write instead: the signing code plugs in there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.errors import NotFound, UserError
from inspector_app.fileio import write_atomic
from inspector_app.reports.minutes import RenderResult

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext

__all__ = ["ExportResult", "Signer", "export_pdf", "resolve_inspection_id"]

Signer = Callable[[bytes, RenderResult], bytes]
"""Turns the unsigned PDF into the signed one."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    render: RenderResult
    size: int
    signed: bool


def resolve_inspection_id(ctx: AppContext, ref: str) -> str:
    """The full id of the inspection whose id is ``ref`` or starts with it."""
    ref = ref.strip()
    if not ref:
        raise UserError("give the inspection's id (or the start of it)")
    ids = [s.id for s in ctx.inspections.list() if s.id.startswith(ref)]
    if ref in ids:
        return ref
    if not ids:
        raise NotFound(f"no inspection with id {ref!r}")
    if len(ids) > 1:
        raise UserError(f"{ref!r} matches {len(ids)} inspections: give more of the id")
    return ids[0]


def export_pdf(
    ctx: AppContext,
    inspection_id: str,
    out: Path,
    *,
    signer: Signer | None = None,
    **build_options: Any,
) -> ExportResult:
    """Write the minutes of ``inspection_id`` (an id or a unique prefix) to ``out``."""
    from inspector_app.reports.build import build_minutes_input
    from inspector_app.reports.minutes import render_minutes_bytes

    out = Path(out)
    if out.is_dir():
        raise UserError(f"{out} is a folder: give the PDF file's name")
    if not out.parent.exists():
        raise UserError(f"the folder {out.parent} does not exist")
    inspection_id = resolve_inspection_id(ctx, inspection_id)
    data, render = render_minutes_bytes(build_minutes_input(ctx, inspection_id, **build_options))
    if signer is not None:
        data = signer(data, render)
    write_atomic(out, data)
    return ExportResult(out, render, len(data), signer is not None)
