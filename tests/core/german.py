"""The German translation without Qt, for core tests of what the app shows in German: reads
resources/translations/duediligence_de.ts as Qt's translator would (context, source, disambiguation;
German plural: one form for 1, the other for every other count)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from duediligence import i18n
from duediligence.formats import set_user_locale


@cache
def _messages() -> dict[tuple[str, str, str], list[str]]:
    root = ElementTree.parse(i18n.translations_folder() / "duediligence_de.ts").getroot()
    found: dict[tuple[str, str, str], list[str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") == "unfinished":
                continue
            forms = [form.text or "" for form in node.iter("numerusform")] or [node.text or ""]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = forms
    return found


def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
    forms = _messages().get((context, text, disambiguation or ""))
    if not forms:
        return text.replace("%n", str(n)) if n >= 0 else text
    chosen = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    return chosen.replace("%n", str(n)) if n >= 0 else chosen


@contextmanager
def in_german() -> Iterator[None]:
    """Numbers and dates as in Germany and every text in German, as the app under de_DE."""
    set_user_locale("de_DE")
    i18n.install(german)
    try:
        yield
    finally:
        i18n.install(None)
        set_user_locale(None)
