"""Shared fixtures. Qt runs offscreen: this must be set before any QApplication exists."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from inspector_app.paths import DataPaths  # noqa: E402


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    """A fresh, empty data dir."""
    return DataPaths.resolve(tmp_path / "data")


@pytest.fixture
def ctx(data_paths: DataPaths):  # type: ignore[no-untyped-def]
    """An opened app context over an empty, migrated database."""
    from inspector_app.services.context import AppContext

    context = AppContext.open(data_paths)
    yield context
    context.close()


@pytest.fixture
def demo_ctx(ctx):  # type: ignore[no-untyped-def]
    """The app context with the inspector's profile set and the demo data loaded."""
    from inspector_app.services.demo import load_demo

    ctx.reference.set_profile("Phạm Thu Hằng", "Chuyên viên", "Sở Nội vụ thành phố Hải Phòng")
    load_demo(ctx.db, ctx.catalog)
    return ctx
