"""The shipped templates in the user's language: an evaluation made from one starts in that language.

resources/templates/*.json and resources/checklists/*.json are written in English. Every text of theirs
a person reads (names, descriptions, notes, labels, checklist titles and questions, units) is marked for
translation under the context "Templates" in `template_texts` (written by scripts/template_texts.py;
tests/core/test_template_texts.py checks it is complete). A shipped template is translated when it is
loaded, before it is read; the user's own templates and everything already stored stay as they are.
Without the app (the command line, tests) the templates stay English.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from duediligence.i18n import translate
from duediligence.operations.checklists import SHIPPED_CONTEXT

CONTEXT = SHIPPED_CONTEXT
# The keys whose text a person reads; the others (keys, kinds, scales, roles…) are codes. A "category"
# is text in a checklist item (one with a "title") and a code in a cost line.
TEXT_KEYS = frozenset(
    {"name", "description", "label", "why", "notes", "need", "goals", "title", "question", "unit"}
)


def _is_text(key: str, node: dict[str, Any]) -> bool:
    return key in TEXT_KEYS or (key == "category" and "title" in node)


def texts(doc: Any) -> Iterator[str]:
    """Every readable text of a template document, in document order (repeats included)."""
    if isinstance(doc, dict):
        for key, value in doc.items():
            if _is_text(key, doc) and isinstance(value, str):
                if value.strip():
                    yield value
            else:
                yield from texts(value)
    elif isinstance(doc, list):
        for value in doc:
            yield from texts(value)


def localised(doc: Any) -> Any:
    """A copy of a shipped template document with each readable text in the user's language."""
    if isinstance(doc, dict):
        return {
            key: _say(value) if _is_text(key, doc) and isinstance(value, str) else localised(value)
            for key, value in doc.items()
        }
    if isinstance(doc, list):
        return [localised(value) for value in doc]
    return doc


def _say(text: str) -> str:
    return translate(CONTEXT, text) if text.strip() else text
