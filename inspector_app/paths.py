"""Every path the app uses comes from here.

* The **data dir** (database, backups, logs, photos) comes from platformdirs unless ``--data-dir``
  (or the ``INSPECTOR_DATA_DIR`` environment variable) overrides it. It never lives in the install
  directory, so an upgrade or an uninstall of the app leaves the user's data alone.
* **Bundled files** (``forms/`` and ``resources/``) are found in a frozen PyInstaller bundle
  (``sys._MEIPASS``), in an installed wheel (``inspector_app/_data/``) or in a source checkout (the
  repository's top level), in that order. This is the only module that knows about ``_MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from inspector_app import APP_ID, ORG_NAME

DATA_DIR_ENV = "INSPECTOR_DATA_DIR"
DB_FILENAME = "inspector.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def _bundle_roots() -> list[Path]:
    roots: list[Path] = []
    if is_frozen():
        roots.append(Path(sys._MEIPASS))  # type: ignore[attr-defined]  # noqa: SLF001
    roots.append(_PACKAGE_DIR / "_data")  # installed wheel (force-included by hatchling)
    roots.append(_PACKAGE_DIR.parent)  # source checkout / editable install
    return roots


def _find_bundled(name: str) -> Path:
    for root in _bundle_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    searched = ", ".join(str(r / name) for r in _bundle_roots())
    raise FileNotFoundError(f"bundled folder {name!r} not found (looked in {searched})")


def forms_dir() -> Path:
    """The folder of the checklist definitions that ship with the app."""
    return _find_bundled("forms")


def resources_dir() -> Path:
    return _find_bundled("resources")


def resource(*parts: str) -> Path:
    """A file below ``resources/``, e.g. ``resource("fonts", "BeVietnamPro-Regular.ttf")``."""
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    """Alembic's script location (shipped as data in a frozen bundle)."""
    if is_frozen():
        frozen = Path(sys._MEIPASS) / "inspector_app" / "db" / "migrations"  # type: ignore[attr-defined]
        if frozen.is_dir():
            return frozen
    return _PACKAGE_DIR / "db" / "migrations"


def default_data_dir() -> Path:
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, ORG_NAME, roaming=False))


class DataPaths(NamedTuple):
    """The user's data dir and everything below it (a ``NamedTuple``: it is made before the window
    shows, see :class:`~inspector_app.domain.summary.InspectionSummary`)."""

    root: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
        root = Path(data_dir) if data_dir else default_data_dir()
        return cls(root.expanduser().resolve())

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "inspector.log"

    @property
    def photos(self) -> Path:
        return self.root / "photos"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def state_file(self) -> Path:
        """Where the GUI remembers the inspection, step and person in progress."""
        return self.root / "ui-state.json"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self
