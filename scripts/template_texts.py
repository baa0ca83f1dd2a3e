"""Write duediligence/templates/template_texts.py and sample_texts.py: every readable text of the
shipped templates and of the sample evaluations, marked for pyside6-lupdate (which reads only Python).
Run it after changing resources/templates/, checklists/, questionnaires/ or samples/, then
`./dev translations` and translate what it adds.

    python scripts/template_texts.py           # rewrite the modules
    python scripts/template_texts.py --check   # exit 1 when a module is out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from duediligence.templates.localise import CONTEXT, sample_texts, texts  # noqa: E402

TARGET = ROOT / "duediligence" / "templates" / "template_texts.py"
SAMPLES_TARGET = ROOT / "duediligence" / "templates" / "sample_texts.py"
FOLDERS = ("templates", "checklists", "questionnaires")
SAMPLES_HEADER = '''"""The readable texts of the sample evaluations (resources/samples) that the shipped
templates do not already have (those are in template_texts), marked for pyside6-lupdate, which reads
only Python; `localise.localised_sample` translates them when the samples are added. Written by
scripts/template_texts.py: run it after changing a sample, then `./dev translations`.
"""

# ruff: noqa: E501
from __future__ import annotations

from duediligence.i18n import QT_TRANSLATE_NOOP

# fmt: off
TEXTS = (
'''
HEADER = '''"""The readable texts of the shipped templates (resources/templates and checklists), marked
for pyside6-lupdate, which reads only Python; `localise.localised` translates them when a template is
loaded. Written by scripts/template_texts.py: run it after changing a shipped template, then
`./dev translations`.
"""

# ruff: noqa: E501
from __future__ import annotations

from duediligence.i18n import QT_TRANSLATE_NOOP

# fmt: off
TEXTS = (
'''


def shipped_texts() -> list[str]:
    """Each readable text of the shipped templates once, in file order."""
    found: dict[str, None] = {}
    for folder in FOLDERS:
        for path in sorted((ROOT / "resources" / folder).glob("*.json")):
            found.update(dict.fromkeys(texts(json.loads(path.read_text(encoding="utf-8")))))
    return list(found)


def shipped_sample_texts() -> list[str]:
    """Each readable text of the samples once, in file order, leaving out the templates' own."""
    templates = set(shipped_texts())
    found: dict[str, None] = {}
    for path in sorted((ROOT / "resources" / "samples").glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        found.update(dict.fromkeys(t for t in sample_texts(document) if t not in templates))
    return list(found)


def module(header: str = HEADER, found: list[str] | None = None) -> str:
    context = json.dumps(CONTEXT)
    lines = [
        f"    QT_TRANSLATE_NOOP({context}, {json.dumps(t, ensure_ascii=False)}),\n"
        for t in (shipped_texts() if found is None else found)
    ]
    return header + "".join(lines) + ")\n# fmt: on\n"


def main() -> int:
    modules = {TARGET: module(), SAMPLES_TARGET: module(SAMPLES_HEADER, shipped_sample_texts())}
    if "--check" in sys.argv[1:]:
        stale = [
            target
            for target, text in modules.items()
            if (target.read_text(encoding="utf-8") if target.exists() else "") != text
        ]
        for target in stale:
            print(f"{target.relative_to(ROOT)} is out of date: run python scripts/template_texts.py")
        return 1 if stale else 0
    for target, text in modules.items():
        target.write_text(text, encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {text.count('QT_TRANSLATE_NOOP(')} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
