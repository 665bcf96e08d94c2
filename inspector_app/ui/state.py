"""Remembering where the inspector was, so that a crash or a kill loses nothing.

* The **place** (inspection, step, person) goes to a small JSON file in the data dir
  (``DataPaths.state_file``), rewritten atomically on every change: written to a temporary file
  in the same folder, flushed to disk, then renamed over the old one.
* **Window settings** (geometry, the UI language) go to ``ui.ini`` in the data dir through
  ``QSettings`` in INI format, never the Windows registry, so every data dir (and every test) is
  isolated.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

UI_SETTINGS_FILE = "ui.ini"


class Place(NamedTuple):
    """Where the inspector is: an open inspection, the step shown and the person selected."""

    inspection_id: str
    step: str = ""
    person_id: str = ""


class PlaceStore:
    """The place, kept in one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    # json is imported where used: the place is first read once the data is open, after the
    # window shows (benchmarks/startup.py).
    def load(self) -> Place | None:
        import json

        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("ignoring an unreadable UI state file %s: %s", self.path, exc)
            return None
        if not isinstance(data, dict) or not isinstance(data.get("inspection_id"), str):
            return None
        if not data["inspection_id"]:
            return None
        return Place(
            data["inspection_id"], str(data.get("step") or ""), str(data.get("person_id") or "")
        )

    def save(self, place: Place | None) -> None:
        """Remember ``place`` (``None``: the inspector is on Home)."""
        import json

        data = place._asdict() if place else {"inspection_id": "", "step": "", "person_id": ""}
        _write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=2))


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class UiSettings:
    """Typed access to ``ui.ini`` in the data dir."""

    def __init__(self, data_root: Path) -> None:
        self._qs = QSettings(str(data_root / UI_SETTINGS_FILE), QSettings.Format.IniFormat)

    @property
    def file(self) -> Path:
        return Path(self._qs.fileName())

    @property
    def language(self) -> str:
        value = self._qs.value("ui/language", "")
        return value if isinstance(value, str) else ""

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)
        self._qs.sync()

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
