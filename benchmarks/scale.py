"""Scale: 10,000 inspections of 25 staff each; listing, filtering and loading must stay interactive.

Fills a fresh data dir (raw sqlite3 bulk inserts, through the real schema made by the app's
migrations), then times the app's own service calls, each against a baseline measured in the same
run: the same rows fetched with a bare sqlite3 query (what the database alone costs).

    python benchmarks/scale.py [--inspections 10000] [--staff 25] [--keep DIR]

Then Home itself (offscreen): the newest page of 500 shown in a ``HomeView`` for the first time
(the model filled, the columns sized, the window laid out and painted), and refreshed (what every
search, filter and "Show more" does). Prints one line per figure, then one line of JSON with all of
them. Target: every service call and Home's refresh well under 100 ms (median of repeated runs).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inspector_app.domain.forms import COMPLIANT, NOT_COMPLIANT  # noqa: E402
from inspector_app.paths import DataPaths  # noqa: E402
from inspector_app.services.context import AppContext  # noqa: E402
from inspector_app.services.forms import snapshot_row  # noqa: E402
from inspector_app.services.inspections import ListFilter  # noqa: E402

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Ngọc", "Thanh", "Hồng", "Xuân"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Giang",
    "Hà",
    "Hùng",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Ngọc",
    "Phương",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trang",
    "Tuấn",
    "Yến",
]
STATUSES = ["at_post"] * 20 + ["late", "away", "absent_with_leave", "absent_without_leave"]


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def fill(ctx: AppContext, n_inspections: int, n_staff: int, seed: int = 7) -> dict[str, str]:
    rng = random.Random(seed)
    forms = ctx.catalog.defaults()
    with ctx.db.session() as s:
        snapshots = {f.id: snapshot_row(s, f).id for f in forms}
    staff_items = [(f.id, i.id) for f in forms for i in f.staff_items()]
    unit_items = [(f.id, i.id, i.answer) for f in forms for i in f.unit_items()]
    now = _iso(datetime.now(UTC))
    conn = sqlite3.connect(ctx.paths.database)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA foreign_keys=ON")
    agency = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO agencies (id, name, short_name, address, created_at, updated_at) "
        "VALUES (?, 'Sở Nội vụ', '', '', ?, ?)",
        (agency, now, now),
    )
    inspectors = [str(uuid.uuid4()) for _ in range(20)]
    conn.executemany(
        "INSERT INTO inspectors (id, full_name, position, agency_id, created_at, updated_at) "
        "VALUES (?, ?, 'Chuyên viên', ?, ?, ?)",
        [
            (i, f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}", agency, now, now)
            for i in inspectors
        ],
    )
    units = [str(uuid.uuid4()) for _ in range(200)]
    conn.executemany(
        "INSERT INTO units (id, name, kind, code, address, agency_id, created_at, updated_at) "
        "VALUES (?, ?, 'one_stop', '', '', ?, ?, ?)",
        [(u, f"Bộ phận Một cửa số {n + 1:03d}", agency, now, now) for n, u in enumerate(units)],
    )
    rosters: dict[str, list[tuple[str, str]]] = {}
    for unit in units:
        rosters[unit] = [
            (str(uuid.uuid4()), f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}")
            for _ in range(n_staff)
        ]
        conn.executemany(
            "INSERT INTO staff (id, unit_id, full_name, position, counter, on_duty, staff_code, "
            "note, active, created_at, updated_at) VALUES (?, ?, ?, 'Chuyên viên', '', 1, '', '', "
            "1, ?, ?)",
            [(sid, unit, name, now, now) for sid, name in rosters[unit]],
        )
    start = datetime(2020, 1, 6, 7, 30, tzinfo=UTC)
    for n in range(n_inspections):
        ins = str(uuid.uuid4())
        unit = units[n % len(units)]
        started = start + timedelta(hours=4 * n + rng.randint(0, 3))
        status = "completed" if n < n_inspections - 50 else "draft"
        conn.execute(
            "INSERT INTO inspections (id, unit_id, agency_id, status, document_number, team_name, "
            "location, legal_basis, started_at, ended_at, notes, unit_explanation, conclusions, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '', 'Căn cứ …', ?, ?, '', '', "
            "'Đơn vị chấp hành tốt.', ?, ?)",
            (
                ins,
                unit,
                agency,
                status,
                f"{n + 1}/BB-ĐKT",
                _iso(started),
                _iso(started + timedelta(hours=2)),
                now,
                now,
            ),
        )
        conn.executemany(
            "INSERT INTO inspection_forms (inspection_id, snapshot_id, sort_order) "
            "VALUES (?, ?, ?)",
            [(ins, snap, p) for p, snap in enumerate(snapshots.values())],
        )
        team = zip(rng.sample(inspectors, 3), ["head", "member", "secretary"], strict=True)
        conn.executemany(
            "INSERT INTO inspection_team (id, inspection_id, inspector_id, role, sort_order) "
            "VALUES (?, ?, ?, ?, ?)",
            [(str(uuid.uuid4()), ins, who, role, p) for p, (who, role) in enumerate(team)],
        )
        entries = [str(uuid.uuid4()) for _ in range(n_staff)]
        conn.executemany(
            "INSERT INTO inspection_staff (id, inspection_id, staff_id, full_name, position, "
            "counter, attendance, note, added_on_site, sort_order) VALUES (?, ?, ?, ?, "
            "'Chuyên viên', ?, ?, '', 0, ?)",
            [
                (e, ins, sid, name, f"Quầy {p + 1}", rng.choice(STATUSES), p)
                for p, (e, (sid, name)) in enumerate(zip(entries, rosters[unit], strict=True))
            ],
        )
        answers = [
            (
                str(uuid.uuid4()),
                ins,
                form,
                item,
                e,
                NOT_COMPLIANT if rng.random() < 0.03 else COMPLIANT,
                now,
            )
            for e in entries
            for form, item in staff_items
        ] + [
            (
                str(uuid.uuid4()),
                ins,
                form,
                item,
                None,
                COMPLIANT if kind == "compliance" else None,
                now,
            )
            for form, item, kind in unit_items
        ]
        conn.executemany(
            "INSERT INTO answers (id, inspection_id, form_id, item_id, staff_entry_id, value, "
            "note, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', ?)",
            answers,
        )
        if n % 1000 == 999:
            conn.commit()
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    return {"unit": units[17], "sample": ins}


def timed(fn: Callable[[], object], repeat: int = 15) -> float:
    """Median wall time of ``fn`` in milliseconds (after one warm-up call)."""
    fn()
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs)


def home_page(rows: list) -> tuple[float, float]:  # noqa: ANN001 - InspectionSummary
    """Home showing ``rows`` for the first time, and refreshed with them; milliseconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from inspector_app.ui.home_view import HomeView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    home = HomeView()
    home.resize(1280, 640)
    t0 = time.perf_counter()
    home.show_preview(rows)
    home.show()
    app.processEvents()
    shown_ms = (time.perf_counter() - t0) * 1000

    def refresh() -> None:
        home.model.set_rows(rows)
        app.processEvents()

    return shown_ms, timed(refresh)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inspections", type=int, default=10_000)
    parser.add_argument("--staff", type=int, default=25)
    parser.add_argument("--keep", type=Path, help="keep the filled data dir here")
    args = parser.parse_args()

    root = Path(args.keep or tempfile.mkdtemp(prefix="inspector-scale-"))
    ctx = AppContext.open(DataPaths.resolve(root))
    t0 = time.perf_counter()
    ids = fill(ctx, args.inspections, args.staff)
    fill_s = time.perf_counter() - t0
    size_mb = ctx.paths.database.stat().st_size / 1e6
    print(
        f"filled {args.inspections} inspections x {args.staff} staff in {fill_s:.1f} s "
        f"({size_mb:.0f} MB)"
    )

    raw = sqlite3.connect(ctx.paths.database)
    since = datetime(2021, 1, 1, tzinfo=UTC)
    until = datetime(2022, 1, 1, tzinfo=UTC)
    svc = ctx.inspections
    page = 500  # what Home lists at a time (inspector_app.ui.home_view.PAGE_ROWS)
    figures: dict[str, float] = {}

    def pair(name: str, app: Callable[[], object], base: Callable[[], object]) -> None:
        app_ms, base_ms = timed(app), timed(base)
        figures[f"{name}_ms"] = round(app_ms, 2)
        figures[f"{name}_baseline_ms"] = round(base_ms, 2)
        figures[f"{name}_ratio"] = round(app_ms / base_ms, 2) if base_ms else 0.0
        print(
            f"{name:<24} {app_ms:8.2f} ms   (bare sqlite3 {base_ms:6.2f} ms, "
            f"ratio {app_ms / base_ms:5.1f})"
        )

    pair(
        "list_all",
        lambda: svc.list(),
        lambda: raw.execute(
            "SELECT i.id, u.name, i.started_at, i.status FROM inspections i "
            "JOIN units u ON u.id = i.unit_id ORDER BY i.started_at DESC"
        ).fetchall(),
    )
    pair(
        "list_first_page",
        lambda: svc.list(ListFilter(limit=page)),
        lambda: raw.execute(
            "SELECT i.id, u.name, i.started_at, i.status FROM inspections i "
            "JOIN units u ON u.id = i.unit_id ORDER BY i.started_at DESC "
            "LIMIT ?",
            (page,),
        ).fetchall(),
    )
    pair(
        "filter_unit_period",
        lambda: svc.list(ListFilter(unit_id=ids["unit"], since=since, until=until)),
        lambda: raw.execute(
            "SELECT id, started_at, status FROM inspections WHERE unit_id = ? "
            "AND started_at >= ? AND started_at < ? ORDER BY started_at DESC",
            (ids["unit"], _iso(since), _iso(until)),
        ).fetchall(),
    )
    pair(
        "search_person",
        lambda: svc.list(ListFilter(search="Ngô Thanh Yến", limit=page)),
        lambda: raw.execute(
            "SELECT DISTINCT inspection_id FROM inspection_staff WHERE full_name LIKE ? LIMIT ?",
            ("%Ngô Thanh Yến%", page),
        ).fetchall(),
    )
    pair(
        "load_one",
        lambda: svc.get(ids["sample"]),
        lambda: [
            raw.execute(f"SELECT * FROM {t} WHERE inspection_id = ?", (ids["sample"],)).fetchall()
            for t in ("inspection_staff", "answers", "inspection_team")
        ],
    )
    shown_ms, refresh_ms = home_page(svc.list(ListFilter(limit=page)))
    figures["home_show_page_ms"] = round(shown_ms, 2)
    figures["home_refresh_page_ms"] = round(refresh_ms, 2)
    print(f"{'home_show_page':<24} {shown_ms:8.2f} ms   (first paint of {page} rows)")
    print(f"{'home_refresh_page':<24} {refresh_ms:8.2f} ms")
    raw.close()
    ctx.close()
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    # The goal (issue: listing, filtering by unit and period, loading one) is what Home and the
    # inspection screen do: the newest page (then "Show more"), the filter, one inspection.
    # list_all and the search over every person ever seen (a full scan of 250,000 names, debounced
    # while typing, faster than sqlite's own LIKE) are figures; so is Home's one-off first paint.
    interactive = all(
        figures[f"{k}_ms"] < 100
        for k in ("list_first_page", "filter_unit_period", "load_one", "home_refresh_page")
    )
    print(
        json.dumps(
            {
                "benchmark": "scale",
                "inspections": args.inspections,
                "staff_per_inspection": args.staff,
                "fill_s": round(fill_s, 1),
                "db_mb": round(size_mb, 1),
                **figures,
                "interactive_under_100ms": interactive,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
