"""The workbook's own records: who changed what (and which rows), and the workbook's identity."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from duediligence.storage.models.base import utcnow


class ChangeLogEntry(SQLModel, table=True):
    """Who changed what and when: append-only, kept even when the evaluation is deleted (no foreign key)."""

    __tablename__ = "change_log"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int | None = Field(default=None, index=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user: str = Field(max_length=200)
    action: str = Field(max_length=500)


class ChangedRow(SQLModel, table=True):
    """A row one logged change wrote: two people conflict only when they change the same row."""

    __tablename__ = "change_log_row"

    change_id: int = Field(foreign_key="change_log.id", ondelete="CASCADE", primary_key=True)
    table_name: str = Field(primary_key=True, max_length=40)
    row_key: str = Field(primary_key=True, max_length=60)  # the id, or "a:b" for a link row


class WorkbookInfo(SQLModel, table=True):
    """Facts about the workbook file itself (its identity, so a returned export finds its origin)."""

    __tablename__ = "workbook_info"

    key: str = Field(primary_key=True, max_length=40)
    value: str = Field(max_length=200)
