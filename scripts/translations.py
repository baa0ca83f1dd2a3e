"""The app's translations: extract, fill, build and count (`./dev translations` runs update + build).

    python scripts/translations.py update        # pyside6-lupdate: every text of ui/ and duediligence/
                                                 #   into resources/translations/duediligence_*.ts
    python scripts/translations.py build         # pyside6-lrelease: the .ts files into .qm (shipped)
    python scripts/translations.py status        # how many texts each language has, and unfinished
    python scripts/translations.py fill de FILE  # translations from FILE (JSON {source: text or
                                                 #   [singular, plural]}) into the unfinished entries
    python scripts/translations.py set de CONTEXT SOURCE TEXT  # one text in one context, finished

duediligence_en.ts holds only the English plural forms ("%n person(s)" -> "1 person", "6 people");
every other language file holds every text. Source locations are left out of the .ts files so that
merging branches that move code does not conflict in them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = ("ui", "duediligence")
LANGUAGES = {"en": "en_GB", "de": "de_DE"}


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (a venv's bin/ or Scripts/), else on the PATH."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name) or name


def ts_path(language: str) -> Path:
    return FOLDER / f"duediligence_{language}.ts"


def update() -> None:
    files = sorted(str(p.relative_to(ROOT)) for folder in SOURCES for p in (ROOT / folder).rglob("*.py"))
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language, locale in LANGUAGES.items():
        extra = ["-pluralonly"] if language == "en" else []
        command = [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-target-language", locale]
        # A count lupdate cannot parse can make it loop: give up after a while, naming the likely cause.
        try:
            subprocess.run(
                [*command, *extra, *files, "-ts", str(ts_path(language))], cwd=ROOT, check=True, timeout=300
            )
        except subprocess.TimeoutExpired:
            hint = "run scripts/i18n_calls.py --check (a dotted plural count?)"
            raise SystemExit(f"pyside6-lupdate hangs: {hint}") from None


def build(quiet: bool = False) -> None:
    """Each .ts into its .qm beside it, when the .qm is missing or older."""
    for ts in sorted(FOLDER.glob("duediligence_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        out = subprocess.DEVNULL if quiet else None
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, stdout=out)


def messages(language: str) -> list[ElementTree.Element]:
    root = ElementTree.parse(ts_path(language)).getroot()
    return list(root.iter("message"))


def unfinished(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") == "unfinished"


def status() -> None:
    for language in LANGUAGES:
        found = messages(language)
        missing = [m for m in found if unfinished(m)]
        plural = [m for m in found if m.get("numerus") == "yes"]
        print(f"{language}: {len(found)} texts ({len(plural)} plurals), {len(missing)} unfinished")


def fill(
    language: str, mapping_file: Path | None, only: tuple[str, str, str | list[str]] | None = None
) -> None:
    """Put the translations of `mapping_file` into the unfinished entries whose source it names (or
    `only`: one context's source, finished or not)."""
    if only is None:
        assert mapping_file is not None
        mapping: dict[str, str | list[str]] = json.loads(mapping_file.read_text(encoding="utf-8"))
    else:
        mapping = {only[1]: only[2]}
    tree = ElementTree.parse(ts_path(language))
    filled = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            filled += _put(message, mapping, context.findtext("name") or "", only)
    _write(tree, language)
    print(f"{language}: {filled} entries filled", file=sys.stderr)
    update()  # back into lupdate's own layout, so that the next update changes only what changed


def _put(
    message: ElementTree.Element,
    mapping: dict[str, str | list[str]],
    context: str,
    only: tuple[str, str, str | list[str]] | None,
) -> int:
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None or source not in mapping:
        return 0
    if (only is None and not unfinished(message)) or (only is not None and context != only[0]):
        return 0
    value = mapping[source]
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value, value]
        for form in list(translation):
            translation.remove(form)
        for text in forms:
            ElementTree.SubElement(translation, "numerusform").text = text
    else:
        translation.text = value if isinstance(value, str) else value[-1]
    translation.attrib.pop("type", None)
    return 1


def _write(tree: ElementTree.ElementTree, language: str) -> None:
    ElementTree.indent(tree, space="    ")
    text = ElementTree.tostring(tree.getroot(), encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts_path(language).write_text(header + text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update")
    commands.add_parser("build").add_argument("--quiet", action="store_true")
    commands.add_parser("status")
    filling = commands.add_parser("fill")
    filling.add_argument("language")
    filling.add_argument("file", type=Path)
    setting = commands.add_parser("set")
    for name in ("language", "context", "source", "text"):
        setting.add_argument(name)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "build":
        build(args.quiet)
    elif args.command == "status":
        status()
    elif args.command == "set":
        fill(args.language, None, (args.context, args.source, args.text.split("|")))
    else:
        fill(args.language, args.file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
