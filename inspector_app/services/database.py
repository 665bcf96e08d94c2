"""Opening the data dir: migrate (with a backup) and hand out short audited sessions."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.db import audit
from inspector_app.db.engine import make_engine, make_session_factory
from inspector_app.db.migrate import MigrationResult, upgrade
from inspector_app.db.models import Profile
from inspector_app.errors import StorageError
from inspector_app.paths import DataPaths

log = logging.getLogger(__name__)


def _storage_error(exc: BaseException, db_path: Path) -> StorageError | None:
    text = str(exc).lower()
    if "disk is full" in text or "disk i/o" in text:
        return StorageError(f"the disk holding {db_path} is full or failing; nothing was changed")
    if "readonly" in text or "read-only" in text:
        return StorageError(f"{db_path} is read-only; nothing was changed")
    if "locked" in text:
        return StorageError(f"{db_path} is locked by another program; try again")
    return None


class Database:
    """One data dir's database, migrated to the current schema."""

    def __init__(self, paths: DataPaths, engine: Engine, migration: MigrationResult) -> None:
        self.paths = paths
        self.engine = engine
        self.migration = migration
        self._sessions: sessionmaker[Session] = make_session_factory(engine)
        audit.install()
        self._actor: tuple[str, str] | None = None

    @classmethod
    def open(cls, paths: DataPaths) -> Database:
        try:
            paths.ensure()
        except OSError as exc:
            raise StorageError(f"cannot create the data folder {paths.root}: {exc}") from exc
        migration = upgrade(paths.database, paths.backups)
        if migration.backup:
            log.info("database upgraded; backup at %s", migration.backup)
        return cls(paths, make_engine(paths.database), migration)

    def close(self) -> None:
        self.engine.dispose()

    def forget_actor(self) -> None:
        """Call after the profile changes so that the audit log names the new user."""
        self._actor = None

    def _actor_info(self, session: Session) -> tuple[str, str]:
        if self._actor is None:
            profile = session.scalars(select(Profile)).first()
            name = profile.inspector.full_name if profile and profile.inspector else ""
            self._actor = (name, profile.device_id if profile else "")
        return self._actor

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        session = self._sessions()
        try:
            session.info["actor"], session.info["device_id"] = self._actor_info(session)
            yield session
            session.commit()
        except (OperationalError, sqlite3.OperationalError) as exc:
            session.rollback()
            known = _storage_error(exc, self.paths.database)
            if known is None:
                raise
            raise known from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
