"""Rewrite translation call sites into forms `pyside6-lupdate` extracts; safe to run again after merges.

    python scripts/i18n_calls.py [--check] [FILES or folders; default: ui and the core's charts, report]

lupdate's Python parser is syntactic: it sees `translate("Context", "text")`, `self.tr("text")` and
`QT_TRANSLATE_NOOP("Context", "text")`, but not a module's own helper (`_t("text")`), nor an alias
(`tr = window.tr`, whose strings it files under no context). This script rewrites

    def _t(text: str) -> str:                               (removed)
        return QCoreApplication.translate("Ctx", text)
    _t("Save")            ->  translate("Ctx", "Save")      (duediligence.i18n.translate)
    _t                    ->  lambda text: translate("Ctx", text)   (passed as a function)
    tr = window.tr; tr("&Undo")  ->  translate("MainWindow", "&Undo")
    window.tr("&File")           ->  translate("MainWindow", "&File")   (the parameter's annotated class)

and then lets ruff sort the imports and drop the unused ones. With --check it changes nothing and
exits 1 when something is left to rewrite or needs a person: an f-string inside a translation (the
text would differ at run time from what lupdate extracted), a hand-made plural "(s)" outside one.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMPORT = "from duediligence.i18n import translate"

HELPER = re.compile(
    r"^(?P<indent>[ \t]*)def (?P<name>\w+)\(text: str\) -> str:\n"
    r'(?:[ \t]+"""[^\n]*"""\n)?'
    r'[ \t]+return QCoreApplication\.translate\("(?P<context>[^"]+)", text\)\n',
    re.MULTILINE,
)
ALIAS = re.compile(r"^(?P<indent>[ \t]+)(?P<name>\w+) = (?P<owner>\w+)\.tr\n", re.MULTILINE)
OWNER_TR = re.compile(r"(?<![\w.])(?P<owner>(?!self\b)[a-z_]\w*)\.tr\(")
FSTRING_IN_TR = re.compile(r"(?:\btr|\btranslate\(\s*\"[^\"]*\",)\(?\s*f[\"']")
# lupdate reads a plural count only as a plain name or a simple call; a dotted name inside a call
# (`int(c.n)`) makes it loop forever, a dotted name alone (`self.n`) makes it drop the text.
DOTTED_COUNT = re.compile(r"\bPLURAL,\s*(?:\w+\([^()]*\.|\w+\.)")
HAND_PLURAL = re.compile(r"[a-z]{3,}(?<!http)\(s\)[ .,:;\"']")


def _annotation(source: str, position: int, owner: str) -> str | None:
    """The class `owner` is annotated with in the function enclosing `position`."""
    for match in reversed(list(re.finditer(r"def \w+\((?P<args>[^)]*)\)", source[:position], re.DOTALL))):
        found = re.search(rf"\b{owner}: (?P<cls>[A-Z]\w*)", match["args"])
        if found:
            return found["cls"]
    return None


def _function_end(source: str, start: int, indent: str) -> int:
    """Where the block beginning at `start` (its lines indented deeper than `indent`) ends."""
    pattern = re.compile(rf"^(?!{re.escape(indent)}[ \t]|[ \t]*$)", re.MULTILINE)
    found = pattern.search(source, source.index("\n", start) + 1)
    return found.start() if found else len(source)


def rewrite(source: str) -> tuple[str, list[str]]:
    """The rewritten source, and what a person must still look at."""
    notes: list[str] = []
    for helper in list(HELPER.finditer(source))[::-1]:
        name, context = helper["name"], helper["context"]
        if helper["indent"]:  # a helper inside a function: rewrite only that function
            begin = source.rfind("\ndef ", 0, helper.start()) + 1
            end = _function_end(source, begin, "")
        else:
            begin, end = 0, len(source)
        body = source[begin : helper.start()] + source[helper.end() : end]
        body = re.sub(rf"(?<![\w.]){name}\(", f'translate("{context}", ', body)
        as_function = f'lambda text: translate("{context}", text)'
        body = re.sub(rf"(?<![\w.\"']){name}\b(?![\w\"'(:])", as_function, body)
        source = source[:begin] + body + source[end:]
    for alias in list(ALIAS.finditer(source))[::-1]:
        cls = _annotation(source, alias.start(), alias["owner"])
        if cls is None:
            notes.append(f"`{alias['name']} = {alias['owner']}.tr`: no annotated class for {alias['owner']}")
            continue
        end = _function_end(source, source.rfind("\n", 0, alias.start()), alias["indent"][:-4])
        body = source[alias.end() : end]
        body = re.sub(rf"(?<![\w.]){alias['name']}\(", f'translate("{cls}", ', body)
        source = source[: alias.start()] + body + source[end:]
    for call in list(OWNER_TR.finditer(source))[::-1]:
        cls = _annotation(source, call.start(), call["owner"])
        if cls is None or cls in ("QWidget", "QObject"):
            notes.append(f'`{call["owner"]}.tr(`: its class is not known; write translate("Context", …)')
            continue
        source = source[: call.start()] + f'translate("{cls}", ' + source[call.end() :]
    return source, notes


def unskip_long(source: str, limit: int = 110) -> str:
    """Drop `# fmt: skip` from statements the longer calls pushed past the line limit (ruff wraps them)."""
    lines = source.split("\n")
    for i, line in enumerate(lines):
        if len(line) > limit and "translate(" in line:
            for j in range(i, min(i + 40, len(lines))):
                if lines[j].endswith("  # fmt: skip"):
                    lines[j] = lines[j].removesuffix("  # fmt: skip")
                    break
    return "\n".join(lines)


def problems(path: Path, source: str) -> list[str]:
    found = []
    for number, line in enumerate(source.splitlines(), 1):
        if FSTRING_IN_TR.search(line):
            found.append(f"{path}:{number}: an f-string inside a translation")
        if DOTTED_COUNT.search(line):
            found.append(f"{path}:{number}: a dotted plural count; give the count a plain name first")
        if HAND_PLURAL.search(line) and "%n" not in line and "#" not in line.split('"')[0]:
            found.append(f"{path}:{number}: a hand-made plural; write '%n …(s)' with PLURAL, n")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when work is left")
    parser.add_argument("paths", nargs="*", default=["ui", "duediligence/charts", "duediligence/report"])
    args = parser.parse_args(argv)
    files = sorted(
        p for name in args.paths for p in ([Path(name)] if name.endswith(".py") else Path(name).rglob("*.py"))
    )
    changed: list[Path] = []
    left: list[str] = []
    for path in files:
        source = path.read_text(encoding="utf-8")
        result, notes = rewrite(source)
        left += [f"{path}: {note}" for note in notes] + problems(path, result)
        if result != source:
            changed.append(path)
            if not args.check:
                if IMPORT not in result:
                    result = re.sub(
                        r"^(from __future__ import annotations\n)",
                        rf"\1\n{IMPORT}\n",
                        result,
                        count=1,
                        flags=re.M,
                    )
                result = unskip_long(result)
                path.write_text(result, encoding="utf-8")
    if changed and not args.check:
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", "-q", "--fix", "--select", "I,F401", *map(str, changed)], check=False)
        subprocess.run([*ruff, "format", "-q", *map(str, changed)], check=False)
    for line in left:
        print(line)
    verb = "to rewrite" if args.check else "rewritten"
    print(f"{len(changed)} files {verb}; {len(left)} places need a person", file=sys.stderr)
    return 1 if args.check and (changed or left) else 0


if __name__ == "__main__":
    sys.exit(main())
