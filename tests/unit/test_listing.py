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
