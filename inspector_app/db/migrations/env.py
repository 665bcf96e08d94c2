"""Alembic environment: always run from the app with a connection handed in (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from inspector_app.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app and its tests run migrations
    raise RuntimeError("run migrations through inspector_app.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
