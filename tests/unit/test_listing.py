"""The list read with plain sqlite3 at start-up is the service's list."""

from __future__ import annotations

import sqlite3

from inspector_app.db.listing import ListFilter, quick_list


def test_quick_list_equals_the_service_list(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    assert quick_list(demo_ctx.paths.database) == demo_ctx.inspections.list()
    flt = ListFilter(search="bui van hung", limit=1)
    assert quick_list(demo_ctx.paths.database, flt) == demo_ctx.inspections.list(flt)


def test_quick_list_waits_for_a_migration(data_paths) -> None:  # type: ignore[no-untyped-def]
    assert quick_list(data_paths.database) is None  # no database yet
    data_paths.ensure()
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.close()
    assert quick_list(data_paths.database) is None  # an older schema: the app migrates first


def test_quick_list_does_not_wait_for_a_locked_database(demo_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Another process holds the file exclusively: the window must not wait sqlite3's 5 s for it
    # (the full start reads the list on a worker once the lock is gone).
    import time

    db = tmp_path / "inspector.sqlite3"
    with sqlite3.connect(demo_ctx.paths.database) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    assert quick_list(db)
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        assert quick_list(db) is None
        assert time.monotonic() - started < 2.0  # sqlite3 would have waited 5 s
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert quick_list(db)  # readable again
