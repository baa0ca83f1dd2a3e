"""evaluators inquiries and identity

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

Evaluators' scores from returned scoring sheets, the due-diligence to-do (inquiries), Monte Carlo
settings, and the workbook's identity (a random id, so an export sent back finds its origin).
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workbook_info",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workbook_info")),
    )
    op.bulk_insert(
        sa.table("workbook_info", sa.column("key", sa.String), sa.column("value", sa.String)),
        [{"key": "uuid", "value": uuid.uuid4().hex}],
    )
    op.create_table(
        "evaluator_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("option_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("evaluator", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("scored_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_evaluator_score_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_evaluator_score_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["option_id"], ["option.id"], name=op.f("fk_evaluator_score_option_id_option"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluator_score")),
        sa.UniqueConstraint("option_id", "criterion_id", "evaluator", name="uq_evaluator_score_option_id"),
    )
    with op.batch_alter_table("evaluator_score", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluator_score_criterion_id"), ["criterion_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evaluator_score_evaluation_id"), ["evaluation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evaluator_score_option_id"), ["option_id"], unique=False)

    op.create_table(
        "inquiry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("option_id", sa.Integer(), nullable=True),
        sa.Column("criterion_id", sa.Integer(), nullable=True),
        sa.Column("question", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_inquiry_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_inquiry_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["option_id"], ["option.id"], name=op.f("fk_inquiry_option_id_option"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiry")),
    )
    with op.batch_alter_table("inquiry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inquiry_criterion_id"), ["criterion_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inquiry_evaluation_id"), ["evaluation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inquiry_option_id"), ["option_id"], unique=False)

    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "evaluator_combination",
                sqlmodel.sql.sqltypes.AutoString(length=10),
                server_default="mean",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("weight_band", sa.Float(), server_default="0.1", nullable=False))
        batch_op.add_column(
            sa.Column("simulation_draws", sa.Integer(), server_default="10000", nullable=False)
        )
        batch_op.add_column(sa.Column("simulation_seed", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_column("simulation_seed")
        batch_op.drop_column("simulation_draws")
        batch_op.drop_column("weight_band")
        batch_op.drop_column("evaluator_combination")

    with op.batch_alter_table("inquiry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inquiry_option_id"))
        batch_op.drop_index(batch_op.f("ix_inquiry_evaluation_id"))
        batch_op.drop_index(batch_op.f("ix_inquiry_criterion_id"))

    op.drop_table("inquiry")
    with op.batch_alter_table("evaluator_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluator_score_option_id"))
        batch_op.drop_index(batch_op.f("ix_evaluator_score_evaluation_id"))
        batch_op.drop_index(batch_op.f("ix_evaluator_score_criterion_id"))

    op.drop_table("evaluator_score")
    op.drop_table("workbook_info")
