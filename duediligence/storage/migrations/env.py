"""Alembic environment: always runs on the connection (and transaction) handed in by migrate.py."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import duediligence.storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "run migrations through duediligence.storage.migrate.upgrade(), which opens the transaction"
    )

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
