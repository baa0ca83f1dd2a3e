"""What every table shares: constraint names that batch migrations can find, aware UTC times, and
the indexed link of a child row to its evaluation."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlmodel import Field, SQLModel

# Named constraints, so that later batch migrations on SQLite can find and alter them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Aware UTC: SQLModel's UTCDateTime stores it the same way on SQLite and PostgreSQL."""
    return datetime.now(timezone.utc)  # noqa: UP017


def evaluation_fk() -> int:
    return Field(foreign_key="evaluation.id", ondelete="CASCADE", index=True)


def link_fk(target: str) -> int:
    """A link row's reference: it goes when what it links goes."""
    return Field(foreign_key=f"{target}.id", ondelete="CASCADE", index=True)


def table_name(model: type[SQLModel]) -> str:
    """A table class's name in the database (SQLModel types it loosely)."""
    return str(model.__tablename__)


def stored_id(row: SQLModel) -> int:
    """The id of a row read from the database or already flushed (None only before the flush)."""
    value = getattr(row, "id", None)
    if value is None:
        raise ValueError(f"{type(row).__name__} has no id yet: flush the session first")
    return int(value)
