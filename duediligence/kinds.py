"""The kind of purchase an evaluation is about, in words: one wording for every place that shows it.

An evaluation's `kind` is a free string. The shipped templates set a code ("consumer_electronics"),
which is shown as words of the user's language ("Consumer electronics", "Unterhaltungselektronik");
a kind a person wrote themselves (in their own template or document) is shown exactly as written.
"""

from __future__ import annotations

from duediligence.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Kinds"
# The kinds the program itself sets: the default, and those of the shipped templates.
KNOWN_KINDS = {
    "general": QT_TRANSLATE_NOOP("Kinds", "General"),
    "business_software": QT_TRANSLATE_NOOP("Kinds", "Business software"),
    "hardware": QT_TRANSLATE_NOOP("Kinds", "Hardware and equipment"),
    "professional_services": QT_TRANSLATE_NOOP("Kinds", "Professional services"),
    "consumer_electronics": QT_TRANSLATE_NOOP("Kinds", "Consumer electronics"),
    "car": QT_TRANSLATE_NOOP("Kinds", "Car"),
    "home_appliance": QT_TRANSLATE_NOOP("Kinds", "Home appliance"),
}


def kind_words(kind: str | None) -> str:
    """An evaluation's kind as a person reads it: a known code in the user's language, any other
    kind as it was written ("" for none)."""
    if not kind:
        return ""
    known = KNOWN_KINDS.get(kind.strip())
    return translate(CONTEXT, known) if known else kind
