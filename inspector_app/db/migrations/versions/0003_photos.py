"""Photos as evidence: the photos of an inspection and the staff members they show.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photos",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("inspection_id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("original_width", sa.Integer(), nullable=False),
        sa.Column("original_height", sa.Integer(), nullable=False),
        sa.Column("original_size", sa.Integer(), nullable=False),
        sa.Column("original_name", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("caption", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("captured_at", sa.String(length=32), nullable=True),
        sa.Column("camera_make", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("camera_model", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("gps_lat", sa.Float(), nullable=True),
        sa.Column("gps_lon", sa.Float(), nullable=True),
        sa.Column("form_id", sa.String(length=64), nullable=True),
        sa.Column("item_id", sa.String(length=64), nullable=True),
        sa.Column("annotation", sa.Text(), nullable=True),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspections.id"],
            name=op.f("fk_photos_inspection_id_inspections"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["photos.id"],
            name=op.f("fk_photos_parent_id_photos"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photos")),
        sa.UniqueConstraint("inspection_id", "sha256", name=op.f("uq_photos_inspection_id_sha256")),
    )
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photos_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_photos_sha256"), ["sha256"], unique=False)

    op.create_table(
        "photo_staff",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("photo_id", sa.String(length=36), nullable=False),
        sa.Column("staff_entry_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"],
            ["photos.id"],
            name=op.f("fk_photo_staff_photo_id_photos"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_entry_id"],
            ["inspection_staff.id"],
            name=op.f("fk_photo_staff_staff_entry_id_inspection_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_staff")),
        sa.UniqueConstraint(
            "photo_id", "staff_entry_id", name=op.f("uq_photo_staff_photo_id_staff_entry_id")
        ),
    )
    with op.batch_alter_table("photo_staff", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_photo_staff_staff_entry_id"), ["staff_entry_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("photo_staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_staff_staff_entry_id"))
    op.drop_table("photo_staff")
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photos_sha256"))
        batch_op.drop_index(batch_op.f("ix_photos_parent_id"))
    op.drop_table("photos")
