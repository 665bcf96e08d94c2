from __future__ import annotations

import sys
from pathlib import Path

import pytest

from inspector_app import paths


def test_data_dir_argument_wins_over_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.DataPaths.resolve(tmp_path / "arg").root == (tmp_path / "arg").resolve()
    assert paths.DataPaths.resolve(None).root == (tmp_path / "env").resolve()


def test_default_data_dir_is_the_per_user_one(monkeypatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    root = paths.DataPaths.resolve().root
    assert root.name == "inspector-app"
    assert not root.is_relative_to(Path(paths.__file__).parent)  # never inside the install


def test_everything_lives_below_the_data_dir(tmp_path: Path) -> None:
    p = paths.DataPaths.resolve(tmp_path).ensure()
    for sub in (p.database, p.backups, p.logs, p.log_file, p.photos, p.state_file):
        assert sub.is_relative_to(tmp_path)
    assert p.backups.is_dir() and p.logs.is_dir()


def test_bundled_folders_found_from_a_source_checkout() -> None:
    assert (paths.forms_dir() / "staff-discipline.yaml").is_file()
    assert paths.resources_dir().is_dir()
    assert (paths.migrations_dir() / "env.py").is_file()


def test_bundled_folders_found_in_a_frozen_bundle(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "forms").mkdir()
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "inspector_app" / "db" / "migrations").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.forms_dir() == tmp_path / "forms"
    assert paths.resource("fonts") == tmp_path / "resources" / "fonts"
    assert paths.migrations_dir() == tmp_path / "inspector_app" / "db" / "migrations"


def test_missing_bundled_folder_names_where_it_looked(monkeypatch) -> None:
    monkeypatch.setattr(paths, "_bundle_roots", lambda: [Path("/nonexistent")])
    with pytest.raises(FileNotFoundError, match="/nonexistent/forms"):
        paths.forms_dir()


def test_package_version_matches_pyproject() -> None:
    import tomllib

    import inspector_app

    pyproject = Path(paths.__file__).resolve().parents[1] / "pyproject.toml"
    version = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    assert inspector_app.__version__ == version
