"""value functions and swing weights

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

A criterion may carry a value function (piecewise or discrete, as JSON; none = linear between its
ends, as before) with a line saying why, and the swing rating (0–100) and reasoning its weight came
from. Existing criteria stay linear and unrated.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

Text = sqlmodel.sql.sqltypes.AutoString

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.add_column(sa.Column("value_function", Text(), nullable=True))
        batch_op.add_column(sa.Column("value_function_note", Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("swing_rating", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("swing_note", Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.drop_column("swing_note")
        batch_op.drop_column("swing_rating")
        batch_op.drop_column("value_function_note")
        batch_op.drop_column("value_function")
