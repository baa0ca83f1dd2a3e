"""One translation function for the core and the app, without Qt.

The core writes chart titles, the PDF report, statuses and messages; the desktop app shows them in
the person's language. Every user-visible text is written as

    translate("Context", "Source text")                      # a sentence, translated where it is used
    translate("Context", "%n option(s)", None, PLURAL, n)    # a plural: %n is the number
    QT_TRANSLATE_NOOP("Context", "Source text")              # marked now, translated where it is shown
    fill(translate("Context", "%1 of %2"), a, b)             # placeholders filled in one pass

so `pyside6-lupdate` extracts it into resources/translations/*.ts (`./dev translations`). Its Python
parser is syntactic and strict: the context and the text must be string literals, and it reads a
plural count only as the fifth argument after a plain name (hence `PLURAL`), and only a count
written as a plain name or a simple call (`n`, `len(rows)`; not `self.n`). A call that ruff spreads
over several lines ends in a comma, after which lupdate no longer reads a plain name: write the
count there as a call (`int(n)`). tests/core/test_translations.py finds any text lupdate missed.

Without the app (the command line, tests of the core) texts stay English; plurals take their English
forms from duediligence_en.ts. The app installs a Qt-backed implementation at start-up (`install`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path

# The marker lupdate needs before a plural count (it reads that slot as an "encoding").
PLURAL = "plural"

Implementation = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    if n < 0 or "%n" not in text:
        return text
    forms = _english_plurals().get((context, text, disambiguation or ""))
    if forms:
        text = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    return text.replace("%n", str(n))


_implementation: Implementation = _english
_installs = 0


def install(implementation: Implementation | None) -> None:
    """Route every `translate` through `implementation` (the app's Qt translators); None: English."""
    global _implementation, _installs
    _implementation = implementation or _english
    _installs += 1


def installs() -> int:
    """How often `install` was called: text worded before is stale once this changes (the app installs
    again whenever its translators change), so a cache of worded text keys on it."""
    return _installs


def translate(
    context: str, text: str, disambiguation: str | None = None, plural: str | None = None, n: int = -1
) -> str:
    """`text` in the user's language; with a count `n` (after `PLURAL`), the plural form for it."""
    return _implementation(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for extraction under `context`; translate it later with `translate(context, text)`."""
    return text


def translations_folder() -> Path:
    """The shipped resources/translations folder (.ts sources, and the .qm files `./dev` builds)."""
    return Path(str(resources.files("resources") / "translations"))


@cache
def _english_plurals() -> dict[tuple[str, str, str], list[str]]:
    """(context, source, disambiguation) -> the English singular and plural, from duediligence_en.ts."""
    path = translations_folder() / "duediligence_en.ts"
    if not path.is_file():
        return {}
    import xml.etree.ElementTree as ElementTree  # here: start-up does not read the .ts files

    plurals: dict[tuple[str, str, str], list[str]] = {}
    root = ElementTree.parse(path).getroot()  # our own file, shipped with the program
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = [form.text or "" for form in message.iter("numerusform")]
            if any(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                plurals[key] = forms
    return plurals


def wordings(context: str, text: str) -> frozenset[str]:
    """`text` and every way the shipped translations word the same message of `context`, in any
    language, casefolded: how an item copied from a shipped template in one language is recognised
    in another ("Return window" and "Rückgabefrist" alike). A text no translation knows: itself."""
    key = text.strip().casefold()
    return _wordings(context).get(key, frozenset()) | {key}


@cache
def _wordings(context: str) -> dict[str, frozenset[str]]:
    """Each casefolded source or translation of `context` in the shipped .ts files -> its message's
    source and translations in every language (the union, should one wording serve two messages)."""
    import xml.etree.ElementTree as ElementTree

    messages: dict[str, set[str]] = {}
    for path in sorted(translations_folder().glob("duediligence_*.ts")):
        root = ElementTree.parse(path).getroot()  # our own files, shipped with the program
        for node in root.iter("context"):
            if node.findtext("name") != context:
                continue
            for message in node.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                same = messages.setdefault(source, {source.strip().casefold()})
                if translation is not None and translation.get("type") != "unfinished" and translation.text:
                    same.add(translation.text.strip().casefold())
    found: dict[str, frozenset[str]] = {}
    for same in messages.values():
        for wording in same:
            found[wording] = found.get(wording, frozenset()) | same
    return found


def fill(text: str, *values: str) -> str:
    """`text` (already translated) with %1, %2… replaced in one pass, so a value holding "%2" stays."""
    return re.sub(
        r"%([1-9])",
        lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
        text,
    )
