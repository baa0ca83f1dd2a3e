"""The shipped templates in the user's language: an evaluation made from one starts in that language.

resources/templates/*.json and resources/checklists/*.json are written in English. Every text of theirs
a person reads (names, descriptions, notes, labels, checklist titles and questions, units) is marked for
translation under the context "Templates" in `template_texts` (written by scripts/template_texts.py;
tests/core/test_template_texts.py checks it is complete). A shipped template is translated when it is
loaded, before it is read; the user's own templates and everything already stored stay as they are.
Without the app (the command line, tests) the templates stay English.

The sample evaluations (resources/samples) are translated the same way when they are added
(`localised_sample`); their texts are listed in `sample_texts`, beside those of the templates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
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


# A sample evaluation (resources/samples) says more in words than a template: evidence, its source,
# notes, comments, concerns… Keys naming an option or a criterion of the same document (or a list of
# them) are translated as the name itself is, so every reference still finds what it names. People's
# names, e-mail addresses and links stay as they are.
SAMPLE_TEXT_KEYS = TEXT_KEYS | {
    "evidence", "source", "evidence_source", "note", "comment", "subject", "text", "mitigation",
    "concerns", "exclusion_reason", "contact", "product", "vendor", "group_name", "checked_by",
}  # fmt: skip
NAME_KEYS = frozenset({"option", "options", "chosen_option", "criterion", "criteria", "a", "b"})
CODE_KEYS = frozenset({"raci"})  # a stakeholder's RACI letters per step: codes, whatever the keys say


def sample_texts(doc: Any) -> Iterator[str]:
    """Every readable text of a sample evaluation, in document order (repeats included)."""
    found: list[str] = []

    def note(text: str) -> str:
        found.append(text)
        return text

    _sample(doc, _people(doc), note)
    yield from found


def localised_sample(doc: Any) -> Any:
    """A copy of a shipped sample evaluation with each readable text in the user's language."""
    return _sample(doc, _people(doc), _say)


def _people(doc: Any) -> frozenset[str]:
    stakeholders = doc.get("stakeholders", []) if isinstance(doc, dict) else []
    return frozenset(
        s["name"] for s in stakeholders if isinstance(s, dict) and isinstance(s.get("name"), str)
    )


def _sample(node: Any, people: frozenset[str], say: Callable[[str], str]) -> Any:
    def word(text: str) -> str:
        verbatim = not text.strip() or text in people or (" " not in text and ("@" in text or "://" in text))
        return text if verbatim else say(text)

    if isinstance(node, list):
        return [_sample(value, people, say) for value in node]
    if not isinstance(node, dict):
        return node
    copy: dict[str, Any] = {}
    for key, value in node.items():
        if key in CODE_KEYS:
            copy[key] = value
        elif isinstance(value, str) and (_is_text(key, node) or key in SAMPLE_TEXT_KEYS or key in NAME_KEYS):
            copy[key] = word(value)
        elif key in NAME_KEYS and isinstance(value, list) and all(isinstance(v, str) for v in value):
            copy[key] = [word(v) for v in value]
        elif key == "weights" and isinstance(value, dict):  # a weight profile: criterion name -> weight
            copy[key] = {word(name): weight for name, weight in value.items()}
        else:
            copy[key] = _sample(value, people, say)
    return copy


def _say(text: str) -> str:
    return translate(CONTEXT, text) if text.strip() else text
