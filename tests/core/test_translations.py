"""Every user-visible text is extractable by pyside6-lupdate and translated into German (no Qt here:
lupdate runs as a program, and the core's English fallback is tested on its own)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from duediligence import i18n
from duediligence.i18n import PLURAL, translate

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))


def messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def literal_calls() -> list[tuple[str, str, bool, str]]:
    """(context, text, plural, where) of every translate(…)/QT_TRANSLATE_NOOP(…)/self.tr(…) with
    literal arguments in ui/ and duediligence/, read with Python's own parser."""
    found = []
    for path in sorted([*(ROOT / "ui").rglob("*.py"), *(ROOT / "duediligence").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for inner in ast.walk(node):
                    classes.setdefault(id(inner), node.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            args = node.args
            strings = [
                a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in args
            ]
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and None not in strings[:2]:
                found.append((strings[0], strings[1], len(args) == 5, where))
            elif (
                name == "tr"
                and isinstance(node.func, ast.Attribute)
                and getattr(node.func.value, "id", "") == "self"
                and args
                and strings[0] is not None
                and id(node) in classes
            ):
                found.append((classes[id(node)], strings[0], len(args) == 3, where))
    return found


def test_the_german_translation_is_complete() -> None:
    unfinished = [
        f"{context}: {source}"
        for (context, source), message in messages(FOLDER / "duediligence_de.ts").items()
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == [], "translate these (resources/translations/duediligence_de.ts)"


def test_every_plural_has_a_singular_and_a_plural_form_in_english_and_german() -> None:
    for language in ("en", "de"):
        for key, message in messages(FOLDER / f"duediligence_{language}.ts").items():
            if message.get("numerus") == "yes":
                forms = [form.text for form in message.iter("numerusform")]
                assert len(forms) == 2 and all(forms), (language, key)
                assert all("(s)" not in form for form in forms if form), (language, key)


def test_every_literal_text_in_the_code_is_in_the_translation_file_with_its_context() -> None:
    """A call lupdate cannot read (a count written `self.n`, a context in a variable) would be
    missing here: such a text would stay English in every language."""
    known = messages(FOLDER / "duediligence_de.ts")
    calls = literal_calls()
    assert len(calls) > 1500
    missing = [
        f"{where}: {context} / {text}"
        for context, text, _plural, where in calls
        if (context, text) not in known
    ]
    assert missing == [], "run ./dev translations, then translate what it adds"
    not_plural = [
        f"{where}: {text}"
        for context, text, plural, where in calls
        if plural and known[(context, text)].get("numerus") != "yes"
    ]
    assert not_plural == []


def test_the_core_marks_its_chart_and_find_out_next_texts_for_translation() -> None:
    contexts = {context for context, _text in messages(FOLDER / "duediligence_de.ts")}
    core = {context for context, _t, _p, where in literal_calls() if where.startswith("duediligence/")}
    assert {"Charts", "Robustness"} <= core <= contexts


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not installed")
def test_lupdate_extracts_exactly_the_texts_of_the_translation_file(tmp_path: Path) -> None:
    """The .ts in the repository is what lupdate finds today: nothing added since goes untranslated."""
    files = sorted(str(p) for folder in ("ui", "duediligence") for p in (ROOT / folder).rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [LUPDATE, "-locations", "none", *files, "-ts", str(fresh)], check=True, capture_output=True
    )
    extracted = set(messages(fresh))
    assert extracted == set(messages(FOLDER / "duediligence_de.ts"))
    assert ("Charts", "Risk heat map") in extracted  # a text of the core
    assert ("MainWindow", "&File") in extracted  # a menu, under the window's context


def test_without_the_app_texts_stay_english_and_plurals_take_their_english_forms() -> None:
    i18n.install(None)
    assert translate("Charts", "Risk heat map") == "Risk heat map"
    assert translate("StakeholdersTab", "%n person(s)", None, PLURAL, 1) == "1 person"
    assert translate("StakeholdersTab", "%n person(s)", None, PLURAL, 6) == "6 people"
    assert translate("StakeholdersTab", "%n person(s)", None, PLURAL, 0) == "0 people"


def test_no_call_site_is_left_that_lupdate_cannot_read() -> None:
    """No module's own `_t` helper, no `tr = window.tr`, no f-string inside a translation, no
    hand-made "(s)" plural (scripts/i18n_calls.py rewrites the first two after a merge)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n_calls.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
