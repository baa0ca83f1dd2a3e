"""Finding text across every evaluation: titles, needs and goals, options, notes, evidence, risks, people.

Plain `LIKE` with the wildcards in the typed text escaped (so "100%" finds "100%", not everything),
case-insensitive on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlmodel import Session, col

from duediligence.storage.models import (
    Attachment,
    ChangeNote,
    Criterion,
    Evaluation,
    Option,
    RiskItem,
    Score,
    Stakeholder,
)

SNIPPET = 90  # characters of context shown around a match


@dataclass(frozen=True)
class Hit:
    """One place the text was found. `kind` is the table it was found in, `field` the column."""

    evaluation_id: int
    evaluation_title: str
    archived: bool
    kind: str  # evaluation, option, score, checklist, risk, change_note, stakeholder, attachment
    field: str
    row_id: int
    label: str  # the row's own name: the option, "option × criterion", the risk's title…
    snippet: str
    option_id: int | None = None
    criterion_id: int | None = None


def like_pattern(text: str) -> str:
    """`%text%` with `\\`, `%` and `_` escaped (escape character: backslash)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def snippet(value: str, text: str, width: int = SNIPPET, before: int = 24) -> str:
    """The part of `value` from a little before the first match of `text`, on one line, with … where
    cut (the match stays near the start, so a narrow column that cuts the end still shows it)."""
    flat = re.sub(r"\s+", " ", value).strip()
    at = flat.lower().find(text.lower())
    if len(flat) <= width:
        return flat
    if at < 0:
        return flat[: width - 1] + "…"
    start = max(0, at - before)
    end = min(len(flat), start + width)
    return ("…" if start else "") + flat[start:end].strip() + ("…" if end < len(flat) else "")


# (kind, model, searched columns), in the order hits are listed.
SOURCES: tuple[tuple[str, Any, tuple[str, ...]], ...] = (
    ("evaluation", Evaluation, ("title", "need", "goals", "rationale")),
    ("option", Option, ("name", "vendor", "product", "notes", "website", "contact")),
    ("score", Score, ("evidence", "source")),
    ("risk", RiskItem, ("title", "description", "note", "mitigation", "evidence_source")),
    ("change_note", ChangeNote, ("text",)),
    ("stakeholder", Stakeholder, ("name", "concerns")),
    ("attachment", Attachment, ("name", "note", "url")),
)


def search(session: Session, text: str, limit: int = 50) -> list[Hit]:
    """Up to `limit` places where `text` occurs, evaluations' own fields first; empty text finds nothing."""
    text = text.strip()
    if not text or limit <= 0:
        return []
    pattern = like_pattern(text)
    hits: list[Hit] = []
    for kind, model, columns in SOURCES:
        if len(hits) >= limit:
            break
        hits.extend(_search_one(session, kind, model, columns, text, pattern, limit - len(hits)))
    return hits[:limit]


def _search_one(
    session: Session, kind: str, model: Any, columns: tuple[str, ...], text: str, pattern: str, limit: int
) -> list[Hit]:
    matches = or_(*(col(getattr(model, c)).ilike(pattern, escape="\\") for c in columns))
    wanted = [getattr(model, c) for c in columns]
    if model is Evaluation:
        query = select(Evaluation, *wanted).where(matches)
        order = [col(Evaluation.archived), col(Evaluation.updated_at).desc(), col(Evaluation.id)]
    else:
        query = select(Evaluation, model.id, *wanted).join(
            Evaluation, col(Evaluation.id) == model.evaluation_id
        )
        query = query.where(matches)
        order = [col(Evaluation.archived), col(Evaluation.updated_at).desc(), col(model.id)]
    extra = _labels(kind)
    if extra is not None:
        query = query.add_columns(*extra[0])
        for target, on in extra[1]:
            query = query.outerjoin(target, on)
    found = []
    for row in session.execute(query.order_by(*order).limit(limit)).all():
        evaluation = row[0]
        row_id = evaluation.id if model is Evaluation else row[1]
        values = row[1 : 1 + len(columns)] if model is Evaluation else row[2 : 2 + len(columns)]
        labels = row[len(row) - len(extra[0]) :] if extra is not None else ()
        field, value = _first_match(columns, values, text)
        label, option_id, criterion_id = _label(kind, evaluation, labels)
        found.append(
            Hit(
                evaluation.id,
                evaluation.title,
                evaluation.archived,
                "checklist" if kind == "risk" and labels[2] == "checklist" else kind,
                field,
                row_id,
                label,
                snippet(value, text),
                option_id,
                criterion_id,
            )
        )
    return found


def _first_match(columns: tuple[str, ...], values: Any, text: str) -> tuple[str, str]:
    """The first column whose value holds the text (the database matched one of them)."""
    for column, value in zip(columns, values, strict=True):
        if value and text.lower() in value.lower():
            return column, value
    return next(((c, v) for c, v in zip(columns, values, strict=True) if v), (columns[0], ""))


def _labels(kind: str) -> tuple[list[Any], list[tuple[Any, Any]]] | None:
    """Extra columns naming the found row (and the joins they need)."""
    if kind == "option":
        return [Option.name, Option.id], []
    if kind == "score":
        return [Option.name, Criterion.name, Score.option_id, Score.criterion_id], [
            (Option, col(Option.id) == col(Score.option_id)),
            (Criterion, col(Criterion.id) == col(Score.criterion_id)),
        ]
    if kind == "risk":
        return [RiskItem.title, RiskItem.option_id, RiskItem.kind], []
    if kind == "change_note":
        return [ChangeNote.noted_on], []
    if kind == "stakeholder":
        return [Stakeholder.name], []
    if kind == "attachment":
        return [Attachment.name, Attachment.option_id, Attachment.criterion_id], []
    return None


def _label(kind: str, evaluation: Evaluation, labels: Any) -> tuple[str, int | None, int | None]:
    if kind == "option":
        return labels[0], labels[1], None
    if kind == "score":
        return f"{labels[0]} × {labels[1]}", labels[2], labels[3]
    if kind == "risk":
        return labels[0], labels[1], None
    if kind == "change_note":
        return labels[0].isoformat(), None, None
    if kind == "stakeholder":
        return labels[0], None, None
    if kind == "attachment":
        return labels[0], labels[1], labels[2]
    return evaluation.title, None, None
