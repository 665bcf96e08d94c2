"""The audit log: every insert, update and delete flushed through a session is recorded.

The actor (the inspector using this laptop) and the device id come from ``session.info``; a
service may add a reason for the next flush with :func:`set_reason`.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from inspector_app.db.models import AuditEntry, FormSnapshot, InspectionForm
from inspector_app.domain.model import new_id

# Snapshots are immutable content; the forms an inspection uses are fixed when it is created.
_SKIP = (AuditEntry, FormSnapshot, InspectionForm)
_SKIP_FIELDS = {"created_at", "updated_at"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _text(value: Any) -> str | None:
    if value is None:
        return None
    value = _plain(value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _inspection_id(obj: Any) -> str | None:
    if type(obj).__tablename__ == "inspections":
        return obj.id
    return getattr(obj, "inspection_id", None)


def _columns(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {
        attr.key: _plain(getattr(obj, attr.key))
        for attr in state.mapper.column_attrs
        if attr.key not in _SKIP_FIELDS and getattr(obj, attr.key) not in (None, "")
    }


def set_reason(session: Session, reason: str) -> None:
    session.info["audit_reason"] = reason


def _entry(session: Session, obj: Any, action: str, **values: Any) -> AuditEntry:
    return AuditEntry(
        actor=session.info.get("actor", ""),
        device_id=session.info.get("device_id", ""),
        action=action,
        entity=type(obj).__tablename__,
        entity_id=str(obj.id),
        inspection_id=_inspection_id(obj),
        reason=session.info.get("audit_reason", ""),
        **values,
    )


def _record(session: Session, _flush_context: Any, _instances: Any) -> None:
    entries: list[AuditEntry] = []
    for obj in session.new:
        if not isinstance(obj, _SKIP):
            if obj.id is None:  # column defaults only apply at INSERT; the log needs it now
                obj.id = new_id()
            new = json.dumps(_columns(obj), ensure_ascii=False, sort_keys=True)
            entries.append(_entry(session, obj, "create", new_value=new))
    for obj in session.dirty:
        if isinstance(obj, _SKIP) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in _SKIP_FIELDS:
                continue
            hist = state.attrs[attr.key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if _plain(old) == _plain(new):
                continue
            entries.append(
                _entry(
                    session,
                    obj,
                    "update",
                    field=attr.key,
                    old_value=_text(old),
                    new_value=_text(new),
                )
            )
    for obj in session.deleted:
        if not isinstance(obj, _SKIP):
            old = json.dumps(_columns(obj), ensure_ascii=False, sort_keys=True)
            entries.append(_entry(session, obj, "delete", old_value=old))
    session.add_all(entries)
    session.info.pop("audit_reason", None)


def install() -> None:
    """Record the audit log for every ORM session of the app.

    Registered on :class:`Session` itself: a per-``sessionmaker`` subclass can be collected and
    its id reused by a later one, which SQLAlchemy's registry then mistakes for the old class.
    """
    if not event.contains(Session, "before_flush", _record):
        event.listen(Session, "before_flush", _record)
