"""due-diligence questionnaires

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

A checklist item may be asked of the vendor (`question`, with the kind of answer expected) and holds
the answer as received; `questionnaire` tracks, per option, when it was sent, due, returned and
reviewed. Existing items are asked nothing and hold no answer.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

Text = sqlmodel.sql.sqltypes.AutoString

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "questionnaire",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("option_id", sa.Integer(), nullable=False),
        sa.Column("token", Text(length=36), nullable=False),
        sa.Column("buyer", Text(length=200), nullable=False),
        sa.Column("contact", Text(length=500), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("rounds", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_questionnaire_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["option_id"], ["option.id"], name=op.f("fk_questionnaire_option_id_option"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire")),
        sa.UniqueConstraint("option_id", name="uq_questionnaire_option_id"),
        sa.UniqueConstraint("token", name=op.f("uq_questionnaire_token")),
    )
    with op.batch_alter_table("questionnaire", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_questionnaire_evaluation_id"), ["evaluation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_questionnaire_option_id"), ["option_id"], unique=False)

    with op.batch_alter_table("risk_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("question", Text(), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column(
                "answer_kind",
                Text(length=10),
                server_default="text",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("answer_unit", Text(length=40), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column(
                "expected_answer",
                Text(length=60),
                server_default="",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("answer", Text(), nullable=True))
        batch_op.add_column(sa.Column("answer_comment", Text(), nullable=True))
        batch_op.add_column(sa.Column("answer_documents", Text(), nullable=True))
        batch_op.add_column(sa.Column("answered_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("risk_item", schema=None) as batch_op:
        for column in (
            "answered_on", "answer_documents", "answer_comment", "answer", "expected_answer",
            "answer_unit", "answer_kind", "question",
        ):  # fmt: skip
            batch_op.drop_column(column)
    op.execute("UPDATE risk_item SET status = 'not_checked' WHERE status = 'to_review'")
    with op.batch_alter_table("questionnaire", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_questionnaire_option_id"))
        batch_op.drop_index(batch_op.f("ix_questionnaire_evaluation_id"))
    op.drop_table("questionnaire")
