"""row-level change log and unknown cost amounts

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

Each logged change lists the rows it wrote, so an edit is refused only when someone else changed the
same row meanwhile (not any row of the workbook). A cost line may have no amount yet: unknown, not 0.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log_row",
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("row_key", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["change_id"],
            ["change_log.id"],
            name=op.f("fk_change_log_row_change_id_change_log"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("change_id", "table_name", "row_key", name=op.f("pk_change_log_row")),
    )
    with op.batch_alter_table("cost_item", schema=None) as batch_op:
        batch_op.alter_column("amount", existing_type=sa.Float(), nullable=True)


def downgrade() -> None:
    op.execute("UPDATE cost_item SET amount = 0 WHERE amount IS NULL")
    with op.batch_alter_table("cost_item", schema=None) as batch_op:
        batch_op.alter_column("amount", existing_type=sa.Float(), nullable=False)
    op.drop_table("change_log_row")
