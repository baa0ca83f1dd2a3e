"""Deleting rows with everything that depends on them, and putting them back exactly.

What depends on a row is read from the schema's foreign keys: ON DELETE CASCADE children are
snapshotted (recursively) and ON DELETE SET NULL references are remembered, so the inverse of any
delete restores every row with its id and every reference that pointed at it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlmodel import Session, SQLModel

from duediligence.changes import Changes
from duediligence.errors import NotFoundError
from duediligence.operations import Applied
from duediligence.storage.models import TABLE_NAMES

ORDER = list(TABLE_NAMES)  # parents before children


def table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


@dataclass(frozen=True)
class RowsSnapshot:
    """Rows as stored (by table, parents first) and the SET NULL references that pointed at them."""

    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]
    references: tuple[tuple[str, int, str, int], ...]  # (table, row id, column, value)

    @property
    def evaluation_ids(self) -> frozenset[int]:
        found: set[int] = set()
        for name, rows in self.rows:
            key = "id" if name == "evaluation" else "evaluation_id"
            found.update(row[key] for row in rows)
        return frozenset(found)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(name for name, rows in self.rows if rows) | {t for t, *_ in self.references}


def _dependents(name: str) -> list[tuple[Table, Any, str | None]]:
    """(child table, child column, ondelete) for every foreign key that points at table `name`."""
    found = []
    for child in SQLModel.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table.name == name:
                found.append((child, fk.parent, (fk.ondelete or "").upper() or None))
    return found


def snapshot_rows(session: Session, name: str, ids: Iterable[int]) -> RowsSnapshot:
    """Everything a delete of these rows would remove or change."""
    collected: dict[str, dict[int, dict[str, Any]]] = {}
    references: dict[tuple[str, int, str], int] = {}
    pending = [(name, set(ids))]
    while pending:
        current, wanted = pending.pop()
        wanted -= collected.setdefault(current, {}).keys()
        if not wanted:
            continue
        t = table(current)
        for row in session.execute(select(t).where(t.c.id.in_(wanted))).mappings():
            collected[current][row["id"]] = dict(row)
        for child, column, ondelete in _dependents(current):
            hits = session.execute(select(child.c.id, column).where(column.in_(wanted))).all()
            if ondelete == "CASCADE":
                pending.append((child.name, {row_id for row_id, _ in hits}))
            else:
                for row_id, value in hits:
                    references[(child.name, row_id, column.name)] = value
    rows = tuple(
        (n, tuple(sorted(collected[n].values(), key=lambda r: r["id"]))) for n in ORDER if collected.get(n)
    )
    deleted = {(n, r["id"]) for n, rs in rows for r in rs}
    kept_refs = tuple(
        (t, row_id, column, value)
        for (t, row_id, column), value in sorted(references.items())
        if (t, row_id) not in deleted
    )
    return RowsSnapshot(rows, kept_refs)


def changes_for(saved: RowsSnapshot, *, listed: bool = False) -> Changes:
    return Changes(saved.kinds, saved.evaluation_ids, evaluation_list=listed or "evaluation" in saved.kinds)


@dataclass(frozen=True)
class DeleteRows:
    """Delete rows of one table and everything that depends on them; the inverse restores it all."""

    table: str
    ids: tuple[int, ...]

    def apply(self, session: Session) -> Applied:
        saved = snapshot_rows(session, self.table, self.ids)
        found = {row["id"] for name, rows in saved.rows if name == self.table for row in rows}
        missing = set(self.ids) - found
        if missing:
            raise NotFoundError(self.table.replace("_", " "), min(missing))
        t = table(self.table)
        session.execute(delete(t).where(t.c.id.in_(self.ids)))
        session.expire_all()
        _mark(session, saved)
        return Applied(RestoreRows(saved, self.table, self.ids), changes_for(saved))


@dataclass(frozen=True)
class RestoreRows:
    """Insert snapshotted rows with their ids, then point the remembered references back at them."""

    saved: RowsSnapshot
    table: str
    ids: tuple[int, ...]

    def apply(self, session: Session) -> Applied:
        late: list[tuple[Table, int, dict[str, Any]]] = []
        for name, rows in self.saved.rows:
            t = table(name)
            # Columns that point at rows restored later (or at their own table) are set afterwards.
            deferred = [
                fk.parent.name
                for fk in t.foreign_keys
                if ORDER.index(fk.column.table.name) >= ORDER.index(name)
            ]
            for row in rows:
                values = dict(row)
                postponed = {c: values[c] for c in deferred if values.get(c) is not None}
                values.update(dict.fromkeys(postponed))
                session.execute(insert(t).values(**values))
                if postponed:
                    late.append((t, values["id"], postponed))
        for t, row_id, values in late:
            session.execute(update(t).where(t.c.id == row_id).values(**values))
        for name, row_id, column, value in self.saved.references:
            t = table(name)
            session.execute(update(t).where(t.c.id == row_id).values({column: value}))
        session.expire_all()
        _mark(session, self.saved)
        return Applied(DeleteRows(self.table, self.ids), changes_for(self.saved))


def _mark(session: Session, saved: RowsSnapshot) -> None:
    from duediligence.storage.unit_of_work import mark_written

    for name, rows in saved.rows:
        mark_written(session, name, (row["id"] for row in rows))
    for name, row_id, _column, _value in saved.references:
        mark_written(session, name, (row_id,))
