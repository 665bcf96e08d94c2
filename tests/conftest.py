"""Shared fixtures. Qt runs offscreen: this must be set before any QApplication exists.

Migrating a database and loading the demo take a second or two, so each is done once per test
session into a template data dir, and every test gets its own copy of the database file.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from inspector_app.paths import DataPaths  # noqa: E402

DEMO_PROFILE = ("Phạm Thu Hằng", "Chuyên viên", "Sở Nội vụ thành phố Hải Phòng")


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    """A fresh, empty data dir."""
    return DataPaths.resolve(tmp_path / "data")


def _template(tmp_path_factory: pytest.TempPathFactory, name: str, demo: bool) -> Path:
    from inspector_app.services.context import AppContext
    from inspector_app.services.demo import load_demo

    paths = DataPaths.resolve(tmp_path_factory.mktemp(name))
    ctx = AppContext.open(paths)
    if demo:
        ctx.reference.set_profile(*DEMO_PROFILE)
        load_demo(ctx.db, ctx.catalog)
    ctx.close()
    return paths.database


@pytest.fixture(scope="session")
def empty_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "empty-template", demo=False)


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "demo-template", demo=True)


def _open_copy(template: Path, paths: DataPaths):  # type: ignore[no-untyped-def]
    from inspector_app.services.context import AppContext

    paths.ensure()
    shutil.copyfile(template, paths.database)
    return AppContext.open(paths)


@pytest.fixture
def ctx(data_paths: DataPaths, empty_db_template: Path) -> Iterator:  # type: ignore[type-arg]
    """An opened app context over an empty, migrated database."""
    context = _open_copy(empty_db_template, data_paths)
    yield context
    context.close()


@pytest.fixture
def demo_ctx(data_paths: DataPaths, demo_db_template: Path) -> Iterator:  # type: ignore[type-arg]
    """An app context with the inspector's profile set and the demo data loaded."""
    context = _open_copy(demo_db_template, data_paths)
    yield context
    context.close()


@pytest.fixture(scope="session")
def self_signed():  # type: ignore[no-untyped-def]
    """``make(key, common_name, *extensions)``: a self-signed ``cryptography`` certificate of
    ``key``, valid from five minutes ago for 30 days; each extension is ``(value, critical)``;
    ``algorithm=None`` for Ed25519 keys."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    def make(key, common_name: str, *extensions, algorithm="sha256"):  # type: ignore[no-untyped-def]
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
        now = datetime.now(UTC)
        builder = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=30))
        )
        for value, critical in extensions:
            builder = builder.add_extension(value, critical=critical)
        return builder.sign(key, hashes.SHA256() if algorithm == "sha256" else algorithm)

    return make
