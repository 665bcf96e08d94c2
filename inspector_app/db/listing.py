"""The list of inspections, on a bare ``sqlite3`` connection.

One implementation serves the service (through SQLAlchemy's DBAPI connection) and the GUI's
start-up, which fills Home from the database file before SQLAlchemy is even imported
(:func:`quick_list`). Rows are plain tuples turned into :class:`InspectionSummary`, which keeps a
list of 10,000 inspections cheap.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from inspector_app.domain.summary import InspectionStatus, InspectionSummary, TeamRole
from inspector_app.domain.text import clean_text, fold_for_search


class ListFilter(NamedTuple):
    """What Home asks for (``flt._replace(limit=…)`` for another page)."""

    status: InspectionStatus | str | None = None
    unit_id: str | None = None
    since: datetime | None = None  # started at or after
    until: datetime | None = None  # started before
    search: str = ""  # unit, document number, team member or person seen; case and marks ignored
    limit: int | None = None


_SELECT = f"""
SELECT i.id, i.unit_id, u.name, i.started_at, i.status, p.full_name, i.document_number,
       i.ended_at
FROM inspections AS i
JOIN units AS u ON u.id = i.unit_id
LEFT JOIN inspection_team AS h ON h.inspection_id = i.id AND h.role = '{TeamRole.HEAD.value}'
LEFT JOIN inspectors AS p ON p.id = h.inspector_id
"""


@cache
def _local_zone() -> Any:
    return datetime.now().astimezone().tzinfo


def _utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _local(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).astimezone(_local_zone())


def list_inspections(
    conn: sqlite3.Connection, flt: ListFilter | None = None
) -> list[InspectionSummary]:
    """Inspections newest first, filtered by status, unit, period and a search text."""
    flt = flt or ListFilter()
    where: list[str] = []
    params: list[Any] = []
    if flt.status:
        where.append("i.status = ?")
        params.append(InspectionStatus(flt.status).value)
    if flt.unit_id:
        where.append("i.unit_id = ?")
        params.append(flt.unit_id)
    if flt.since:
        where.append("i.started_at >= ?")
        params.append(_utc_text(flt.since))
    if flt.until:
        where.append("i.started_at < ?")
        params.append(_utc_text(flt.until))
    if clean_text(flt.search):
        clause, values = _search_clause(conn, fold_for_search(flt.search))
        where.append(clause)
        params.extend(values)
    sql = _SELECT + (f"WHERE {' AND '.join(where)}\n" if where else "")
    sql += "ORDER BY i.started_at DESC"
    if flt.limit:
        sql += " LIMIT ?"
        params.append(flt.limit)
    statuses = {s.value: s for s in InspectionStatus}
    return [
        InspectionSummary(
            id=r[0],
            unit_id=r[1],
            unit_name=r[2],
            started_at=_local(r[3]),  # type: ignore[arg-type]  # NOT NULL column
            status=statuses[r[4]],
            team_head=r[5] or "",
            document_number=r[6],
            ended_at=_local(r[7]),
        )
        for r in conn.execute(sql, params)
    ]


def _search_clause(conn: sqlite3.Connection, needle: str) -> tuple[str, list[str]]:
    """Which inspections match ``needle`` (already folded).

    SQLite's LIKE folds ASCII only, so names are matched here in Python over the small reference
    tables (units, inspectors, rosters) and joined by id through indexes; only people added on
    site (no roster entry) and document numbers are read from the inspections themselves.
    """

    def matching(sql: str) -> list[str]:
        rows: Iterable[tuple[str, ...]] = conn.execute(sql)
        return [r[0] for r in rows if needle in fold_for_search(" ".join(r[1:]))]

    units = matching("SELECT id, name, code FROM units")
    inspectors = matching("SELECT id, full_name FROM inspectors")
    roster = matching("SELECT id, full_name FROM staff")
    direct = matching(
        "SELECT id, document_number FROM inspections WHERE document_number != ''"
    ) + matching("SELECT inspection_id, full_name FROM inspection_staff WHERE staff_id IS NULL")

    def marks(values: list[str]) -> str:
        return ",".join("?" * len(values))

    clause = (
        f"(i.unit_id IN ({marks(units)}) OR i.id IN ({marks(direct)})"
        f" OR i.id IN (SELECT inspection_id FROM inspection_team"
        f" WHERE inspector_id IN ({marks(inspectors)}))"
        f" OR i.id IN (SELECT inspection_id FROM inspection_staff"
        f" WHERE staff_id IN ({marks(roster)})))"
    )
    return clause, units + direct + inspectors + roster


#: Rows Home shows from the quick read at start-up (the full list follows when the data is open).
QUICK_LIST_ROWS = 500

#: The window waits for the quick list: a database locked by another process is not waited for
#: (sqlite3 would wait 5 s); the full start, on a worker, then reads it.
QUICK_LIST_TIMEOUT_S = 0.2


def quick_list(db_path: Path, flt: ListFilter | None = None) -> list[InspectionSummary] | None:
    """The list straight from the file, read-only, for a fast first screen.

    ``None`` when the database is missing, not at the current schema (the app then migrates it
    first), locked or cannot be read: the caller waits for the full start.
    """
    from inspector_app.db.migrate import HEAD, read_revision

    try:  # one connection reads the revision and the list (a missing file fails to open)
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=QUICK_LIST_TIMEOUT_S)
    except sqlite3.Error:
        return None
    with closing(conn):
        try:
            if read_revision(conn, db_path) != HEAD:
                return None
        except Exception:  # noqa: BLE001 - the full start reports what is wrong
            return None
        try:
            return list_inspections(conn, flt)
        except sqlite3.Error:
            return None
