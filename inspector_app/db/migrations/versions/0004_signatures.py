"""Signatures: signed PDF documents, drawn signatures and refusals, amendments of signed
inspections.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signed_documents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("inspection_id", sa.String(length=36), nullable=False),
        sa.Column("previous_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("signer_name", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("signed_at", sa.String(length=32), nullable=False),
        sa.Column("cert_subject", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("cert_issuer", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("cert_serial", sa.String(length=64), nullable=False),
        sa.Column("timestamped", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspections.id"],
            name=op.f("fk_signed_documents_inspection_id_inspections"),
        ),
        sa.ForeignKeyConstraint(
            ["previous_id"],
            ["signed_documents.id"],
            name=op.f("fk_signed_documents_previous_id_signed_documents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signed_documents")),
        sa.UniqueConstraint("file_name", name=op.f("uq_signed_documents_file_name")),
    )
    with op.batch_alter_table("signed_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signed_documents_inspection_id"), ["inspection_id"], unique=False
        )

    op.create_table(
        "drawn_signatures",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("inspection_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("signer_name", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("png_file", sa.String(length=255), nullable=True),
        sa.Column("png_sha256", sa.String(length=64), nullable=True),
        sa.Column("refused_reason", sa.Text(), nullable=True),
        sa.Column("signed_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspections.id"],
            name=op.f("fk_drawn_signatures_inspection_id_inspections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drawn_signatures")),
        sa.UniqueConstraint(
            "inspection_id", "role", name=op.f("uq_drawn_signatures_inspection_id_role")
        ),
    )

    op.create_table(
        "inspection_amendments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("inspection_id", sa.String(length=36), nullable=False),
        sa.Column("amends_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["amends_id"],
            ["inspections.id"],
            name=op.f("fk_inspection_amendments_amends_id_inspections"),
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspections.id"],
            name=op.f("fk_inspection_amendments_inspection_id_inspections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_amendments")),
        sa.UniqueConstraint("inspection_id", name=op.f("uq_inspection_amendments_inspection_id")),
    )
    with op.batch_alter_table("inspection_amendments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_amendments_amends_id"), ["amends_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("inspection_amendments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_amendments_amends_id"))
    op.drop_table("inspection_amendments")
    op.drop_table("drawn_signatures")
    with op.batch_alter_table("signed_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signed_documents_inspection_id"))
    op.drop_table("signed_documents")
