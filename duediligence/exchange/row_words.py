"""What the import says about a whole row of a list sheet, as one sentence per kind of row.

A noun put into a sentence ("the new %1") cannot agree in other languages (German "die neue Kosten-
position", "das neue Risiko"), so each kind of row has its own sentences.
"""

from __future__ import annotations

from typing import Any

from duediligence.errors import fill
from duediligence.i18n import QT_TRANSLATE_NOOP, translate

# noun: (new row, removed row, removed here but changed in the app, cannot be added: %1)
_SENTENCES = {
    "option": (
        QT_TRANSLATE_NOOP("ImportRows", "new option"),
        QT_TRANSLATE_NOOP(
            "ImportRows", "its row is not in the file, so the option is removed with its costs and scores"
        ),
        QT_TRANSLATE_NOOP(
            "ImportRows", "the option's row was removed in the file but changed in the app since the export"
        ),
        QT_TRANSLATE_NOOP("ImportRows", "the new option cannot be added: %1"),
    ),
    "cost": (
        QT_TRANSLATE_NOOP("ImportRows", "new cost"),
        QT_TRANSLATE_NOOP("ImportRows", "its row is not in the file, so the cost is removed"),
        QT_TRANSLATE_NOOP(
            "ImportRows", "the cost's row was removed in the file but changed in the app since the export"
        ),
        QT_TRANSLATE_NOOP("ImportRows", "the new cost cannot be added: %1"),
    ),
    "score": (
        QT_TRANSLATE_NOOP("ImportRows", "new score"),
        QT_TRANSLATE_NOOP("ImportRows", "its row is not in the file, so the score is removed"),
        QT_TRANSLATE_NOOP(
            "ImportRows", "the score's row was removed in the file but changed in the app since the export"
        ),
        QT_TRANSLATE_NOOP("ImportRows", "the new score cannot be added: %1"),
    ),
    "checklist item": (
        QT_TRANSLATE_NOOP("ImportRows", "new checklist item"),
        QT_TRANSLATE_NOOP("ImportRows", "its row is not in the file, so the checklist item is removed"),
        QT_TRANSLATE_NOOP(
            "ImportRows",
            "the checklist item's row was removed in the file but changed in the app since the export",
        ),
        QT_TRANSLATE_NOOP("ImportRows", "the new checklist item cannot be added: %1"),
    ),
    "risk": (
        QT_TRANSLATE_NOOP("ImportRows", "new risk"),
        QT_TRANSLATE_NOOP("ImportRows", "its row is not in the file, so the risk is removed"),
        QT_TRANSLATE_NOOP(
            "ImportRows", "the risk's row was removed in the file but changed in the app since the export"
        ),
        QT_TRANSLATE_NOOP("ImportRows", "the new risk cannot be added: %1"),
    ),
    "stakeholder": (
        QT_TRANSLATE_NOOP("ImportRows", "new stakeholder"),
        QT_TRANSLATE_NOOP("ImportRows", "its row is not in the file, so the stakeholder is removed"),
        QT_TRANSLATE_NOOP(
            "ImportRows",
            "the stakeholder's row was removed in the file but changed in the app since the export",
        ),
        QT_TRANSLATE_NOOP("ImportRows", "the new stakeholder cannot be added: %1"),
    ),
    "change note": (
        QT_TRANSLATE_NOOP("ImportRows", "new change note"),
        QT_TRANSLATE_NOOP("ImportRows", "its row is not in the file, so the change note is removed"),
        QT_TRANSLATE_NOOP(
            "ImportRows",
            "the change note's row was removed in the file but changed in the app since the export",
        ),
        QT_TRANSLATE_NOOP("ImportRows", "the new change note cannot be added: %1"),
    ),
    "action": (
        QT_TRANSLATE_NOOP("ImportRows", "new action"),
        QT_TRANSLATE_NOOP("ImportRows", "its row is not in the file, so the action is removed"),
        QT_TRANSLATE_NOOP(
            "ImportRows", "the action's row was removed in the file but changed in the app since the export"
        ),
        QT_TRANSLATE_NOOP("ImportRows", "the new action cannot be added: %1"),
    ),
}


def row_noun(table: str, fixed: dict[str, Any]) -> str:
    """A row of a table in the buyer's words (English, the key of its sentences): a cost, a risk."""
    if table == "risk_item":
        return "checklist item" if fixed.get("kind") == "checklist" else "risk"
    return {"cost_item": "cost", "action_item": "action", "change_note": "change note"}.get(
        table, table.replace("_", " ")
    )


def _sentence(table: str, fixed: dict[str, Any], which: int) -> str:
    noun = row_noun(table, fixed)
    sentences = _SENTENCES.get(noun)
    if sentences is None:  # a table the sheets do not list: said in English
        english = (
            f"new {noun}",
            f"its row is not in the file, so the {noun} is removed",
            f"the {noun}'s row was removed in the file but changed in the app since the export",
            f"the new {noun} cannot be added: %1",
        )
        return english[which]
    return translate("ImportRows", sentences[which])


def new_row(table: str, fixed: dict[str, Any]) -> str:
    return _sentence(table, fixed, 0)


def removed_row(table: str, fixed: dict[str, Any]) -> str:
    return _sentence(table, fixed, 1)


def removed_but_changed(table: str, fixed: dict[str, Any]) -> str:
    return _sentence(table, fixed, 2)


def cannot_add(table: str, fixed: dict[str, Any], why: str) -> str:
    """ "the new cost cannot be added: `why`"."""
    return fill(_sentence(table, fixed, 3), why)
