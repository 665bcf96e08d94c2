from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from inspector_app.db import migrate
from inspector_app.errors import StorageError
from inspector_app.paths import DataPaths, migrations_dir
from inspector_app.services.database import Database


def test_head_constant_is_alembics_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(config).get_current_head() == migrate.HEAD


def test_models_match_the_migrations(tmp_path: Path) -> None:
    """A schema change without an Alembic revision fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from inspector_app.db.engine import make_engine
    from inspector_app.db.models import Base

    db = tmp_path / "db.sqlite3"
    migrate.upgrade(db, tmp_path / "backups")
    engine = make_engine(db)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_a_new_database_is_created_at_head_without_backup(data_paths: DataPaths) -> None:
    db = Database.open(data_paths)
    db.close()
    assert db.migration.from_revision is None
    assert db.migration.to_revision == migrate.HEAD
    assert db.migration.backup is None
    assert migrate.current_revision(data_paths.database) == migrate.HEAD


def test_pragmas_wal_and_foreign_keys(data_paths: DataPaths) -> None:
    db = Database.open(data_paths)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    db.close()


def test_upgrade_from_the_first_revision_backs_up_and_keeps_data(data_paths: DataPaths) -> None:
    data_paths.ensure()
    migrate.upgrade(data_paths.database, data_paths.backups, target="0001")
    assert migrate.current_revision(data_paths.database) == "0001"
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute(
            "INSERT INTO agencies (id, name, short_name, address, created_at, updated_at) "
            "VALUES ('a1', 'Sở Nội vụ', '', '', '2025-01-01T00:00:00+00:00', "
            "'2025-01-01T00:00:00+00:00')"
        )
    conn.close()

    db = Database.open(data_paths)  # what the app does at start
    db.close()

    assert db.migration.from_revision == "0001"
    assert db.migration.to_revision == migrate.HEAD
    backup = db.migration.backup
    assert backup is not None and backup.parent == data_paths.backups
    assert "rev0001" in backup.name
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT name FROM agencies").fetchall() == [("Sở Nội vụ",)]
    old.close()
    with sqlite3.connect(data_paths.database) as new:
        assert new.execute("SELECT name FROM agencies").fetchall() == [("Sở Nội vụ",)]
        assert new.execute("SELECT count(*) FROM audit_log").fetchone() == (0,)
    new.close()


def test_a_database_from_a_newer_app_is_refused(data_paths: DataPaths) -> None:
    data_paths.ensure()
    migrate.upgrade(data_paths.database, data_paths.backups)
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(StorageError, match="newer version of Inspector"):
        Database.open(data_paths)


def test_a_foreign_database_is_refused(data_paths: DataPaths) -> None:
    data_paths.ensure()
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute("CREATE TABLE other (x)")
    conn.close()
    with pytest.raises(StorageError, match="not an Inspector database"):
        Database.open(data_paths)


def test_a_file_that_is_not_a_database_is_refused(data_paths: DataPaths) -> None:
    data_paths.ensure()
    data_paths.database.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="cannot be read as a database"):
        Database.open(data_paths)
