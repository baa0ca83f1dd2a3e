"""risks people and change

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Link tables (risk ↔ options, notes ↔ stakeholders and options, stakeholder ↔ criteria), weight
profiles per stakeholder, ADKAR readiness, the post-purchase review, and risk settings.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "purchase_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("actual_cost", sa.Float(), nullable=True),
        sa.Column("actual_time_to_results_weeks", sa.Float(), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("would_buy_again", sa.Boolean(), nullable=True),
        sa.Column("lessons", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_purchase_review_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_review")),
        sa.UniqueConstraint("evaluation_id", name="uq_purchase_review_evaluation_id"),
    )
    with op.batch_alter_table("purchase_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_purchase_review_evaluation_id"), ["evaluation_id"], unique=False)

    op.create_table(
        "readiness_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("group_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("awareness", sa.Integer(), nullable=True),
        sa.Column("desire", sa.Integer(), nullable=True),
        sa.Column("knowledge", sa.Integer(), nullable=True),
        sa.Column("ability", sa.Integer(), nullable=True),
        sa.Column("reinforcement", sa.Integer(), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_readiness_assessment_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readiness_assessment")),
    )
    with op.batch_alter_table("readiness_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_readiness_assessment_evaluation_id"), ["evaluation_id"], unique=False
        )

    op.create_table(
        "change_note_option",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("option_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_change_note_option_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["change_note.id"],
            name=op.f("fk_change_note_option_note_id_change_note"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["option_id"],
            ["option.id"],
            name=op.f("fk_change_note_option_option_id_option"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_note_option")),
        sa.UniqueConstraint("note_id", "option_id", name="uq_change_note_option_note_id"),
    )
    with op.batch_alter_table("change_note_option", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_change_note_option_evaluation_id"), ["evaluation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_change_note_option_note_id"), ["note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_note_option_option_id"), ["option_id"], unique=False)

    op.create_table(
        "change_note_stakeholder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_change_note_stakeholder_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["change_note.id"],
            name=op.f("fk_change_note_stakeholder_note_id_change_note"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_change_note_stakeholder_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_note_stakeholder")),
        sa.UniqueConstraint("note_id", "stakeholder_id", name="uq_change_note_stakeholder_note_id"),
    )
    with op.batch_alter_table("change_note_stakeholder", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_change_note_stakeholder_evaluation_id"), ["evaluation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_change_note_stakeholder_note_id"), ["note_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_change_note_stakeholder_stakeholder_id"), ["stakeholder_id"], unique=False
        )

    op.create_table(
        "risk_option",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("risk_id", sa.Integer(), nullable=False),
        sa.Column("option_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_risk_option_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["option_id"], ["option.id"], name=op.f("fk_risk_option_option_id_option"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["risk_id"], ["risk_item.id"], name=op.f("fk_risk_option_risk_id_risk_item"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_option")),
        sa.UniqueConstraint("risk_id", "option_id", name="uq_risk_option_risk_id"),
    )
    with op.batch_alter_table("risk_option", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_option_evaluation_id"), ["evaluation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_option_option_id"), ["option_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_option_risk_id"), ["risk_id"], unique=False)

    op.create_table(
        "stakeholder_criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_stakeholder_criterion_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_stakeholder_criterion_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_stakeholder_criterion_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder_criterion")),
        sa.UniqueConstraint("stakeholder_id", "criterion_id", name="uq_stakeholder_criterion_stakeholder_id"),
    )
    with op.batch_alter_table("stakeholder_criterion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stakeholder_criterion_criterion_id"), ["criterion_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stakeholder_criterion_evaluation_id"), ["evaluation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stakeholder_criterion_stakeholder_id"), ["stakeholder_id"], unique=False
        )

    op.create_table(
        "weight_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_weight_profile_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_weight_profile_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_weight_profile_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weight_profile")),
        sa.UniqueConstraint("stakeholder_id", "criterion_id", name="uq_weight_profile_stakeholder_id"),
    )
    with op.batch_alter_table("weight_profile", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_weight_profile_criterion_id"), ["criterion_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_weight_profile_evaluation_id"), ["evaluation_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_weight_profile_stakeholder_id"), ["stakeholder_id"], unique=False
        )

    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "risk_exposure_mode",
                sqlmodel.sql.sqltypes.AutoString(length=10),
                server_default="sum",
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column("risk_adjusted", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("review_after_days", sa.Integer(), server_default="180", nullable=False)
        )

    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("raci", sqlmodel.sql.sqltypes.AutoString(), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.drop_column("raci")

    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_column("review_after_days")
        batch_op.drop_column("risk_adjusted")
        batch_op.drop_column("risk_exposure_mode")

    with op.batch_alter_table("weight_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_weight_profile_stakeholder_id"))
        batch_op.drop_index(batch_op.f("ix_weight_profile_evaluation_id"))
        batch_op.drop_index(batch_op.f("ix_weight_profile_criterion_id"))

    op.drop_table("weight_profile")
    with op.batch_alter_table("stakeholder_criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_criterion_stakeholder_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_criterion_evaluation_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_criterion_criterion_id"))

    op.drop_table("stakeholder_criterion")
    with op.batch_alter_table("risk_option", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_option_risk_id"))
        batch_op.drop_index(batch_op.f("ix_risk_option_option_id"))
        batch_op.drop_index(batch_op.f("ix_risk_option_evaluation_id"))

    op.drop_table("risk_option")
    with op.batch_alter_table("change_note_stakeholder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_note_stakeholder_stakeholder_id"))
        batch_op.drop_index(batch_op.f("ix_change_note_stakeholder_note_id"))
        batch_op.drop_index(batch_op.f("ix_change_note_stakeholder_evaluation_id"))

    op.drop_table("change_note_stakeholder")
    with op.batch_alter_table("change_note_option", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_note_option_option_id"))
        batch_op.drop_index(batch_op.f("ix_change_note_option_note_id"))
        batch_op.drop_index(batch_op.f("ix_change_note_option_evaluation_id"))

    op.drop_table("change_note_option")
    with op.batch_alter_table("readiness_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_readiness_assessment_evaluation_id"))

    op.drop_table("readiness_assessment")
    with op.batch_alter_table("purchase_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purchase_review_evaluation_id"))

    op.drop_table("purchase_review")
