"""decision matrix: must-have policy, weight source, value source, pairwise comparisons

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("evaluation") as batch:
        batch.add_column(
            sa.Column("must_have_policy", sa.String(10), nullable=False, server_default="exclude")
        )
        batch.add_column(sa.Column("weight_source", sa.String(10), nullable=False, server_default="direct"))
    with op.batch_alter_table("criterion") as batch:
        batch.add_column(sa.Column("value_source", sa.String(20), nullable=False, server_default="manual"))
    op.create_table(
        "pairwise_comparison",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("criterion_a_id", sa.Integer(), nullable=False),
        sa.Column("criterion_b_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_pairwise_comparison_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_a_id"],
            ["criterion.id"],
            name=op.f("fk_pairwise_comparison_criterion_a_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_b_id"],
            ["criterion.id"],
            name=op.f("fk_pairwise_comparison_criterion_b_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairwise_comparison")),
        sa.UniqueConstraint(
            "criterion_a_id", "criterion_b_id", name=op.f("uq_pairwise_comparison_criterion_a_id")
        ),
    )
    for column in ("evaluation_id", "criterion_a_id", "criterion_b_id"):
        op.create_index(op.f(f"ix_pairwise_comparison_{column}"), "pairwise_comparison", [column])


def downgrade() -> None:
    op.drop_table("pairwise_comparison")
    with op.batch_alter_table("criterion") as batch:
        batch.drop_column("value_source")
    with op.batch_alter_table("evaluation") as batch:
        batch.drop_column("weight_source")
        batch.drop_column("must_have_policy")
