"""Bring the database file to the current schema, backing it up first when it is older.

Reading the current revision is a plain ``sqlite3`` query, so a database that is already at
``HEAD`` costs no Alembic import at start-up. A test checks that ``HEAD`` is Alembic's head.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from inspector_app.errors import StorageError

HEAD = "0004"
log = logging.getLogger(__name__)


class MigrationResult(NamedTuple):
    from_revision: str | None
    to_revision: str
    backup: Path | None


def current_revision(db_path: Path, timeout: float = 5.0) -> str | None:
    """The schema revision of ``db_path``; ``None`` for a missing or empty database.

    ``timeout``: seconds to wait for a lock held by another connection (sqlite3's default)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        # closing(): a sqlite3 connection's own "with" only commits; left to the garbage
        # collector, the connection stayed open (and kept its lock on the WAL index) for a while.
        with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=timeout)) as conn:
            return read_revision(conn, db_path)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{db_path} cannot be read as a database: {exc}") from exc


def read_revision(conn: sqlite3.Connection, db_path: Path) -> str | None:
    """The schema revision on an open connection to ``db_path`` (``None``: an empty database).

    ``StorageError`` for a database of something else; sqlite3's errors pass through."""
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if row is None:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise StorageError(f"{db_path} is not an Inspector database")
        return None
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return version[0] if version else None


def backup_database(db_path: Path, backups_dir: Path, revision: str | None) -> Path:
    """A consistent copy of ``db_path`` (SQLite's online backup, WAL included)."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{db_path.stem}-rev{revision or 'none'}-{stamp}.sqlite3"
    try:
        with closing(sqlite3.connect(db_path)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
    except sqlite3.Error as exc:
        raise StorageError(f"could not back up {db_path} to {target}: {exc}") from exc
    log.info("backed up %s to %s", db_path, target)
    return target


def upgrade(db_path: Path, backups_dir: Path, target: str = "head") -> MigrationResult:
    """Upgrade ``db_path`` to ``target`` (a test may stop at an older revision)."""
    before = current_revision(db_path)
    if target == "head" and before == HEAD:
        return MigrationResult(before, HEAD, None)
    if before is not None and before > HEAD:
        raise StorageError(
            f"{db_path} was written by a newer version of Inspector (schema {before}); "
            "install that version or newer"
        )
    backup = backup_database(db_path, backups_dir, before) if before is not None else None
    _run_alembic(db_path, target)
    after = current_revision(db_path) or ""
    log.info("database %s upgraded from %s to %s", db_path, before, after)
    return MigrationResult(before, after, backup)


def _run_alembic(db_path: Path, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    from inspector_app.db.engine import make_engine
    from inspector_app.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
    finally:
        engine.dispose()
