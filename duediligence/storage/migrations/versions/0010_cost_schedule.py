"""costs over time: schedules, escalation, currencies and exchange rates

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

A cost line may fall in any year (one-time: `year`) or every year between two (yearly: `from_year`
to `to_year`, `escalation` a year) and be in another currency; the evaluation states its exchange
rates and the day it stated them. Existing lines keep their meaning: one-time in year 0, yearly from
year 1 to the horizon's end, no escalation, in the evaluation's currency.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

Text = sqlmodel.sql.sqltypes.AutoString

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cost_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("year", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("from_year", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("to_year", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("escalation", sa.Float(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("currency", Text(length=3), nullable=True))
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exchange_rates", Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("exchange_rates_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_column("exchange_rates_on")
        batch_op.drop_column("exchange_rates")
    with op.batch_alter_table("cost_item", schema=None) as batch_op:
        batch_op.drop_column("currency")
        batch_op.drop_column("escalation")
        batch_op.drop_column("to_year")
        batch_op.drop_column("from_year")
        batch_op.drop_column("year")
