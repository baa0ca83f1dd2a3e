"""Write duediligence/templates/template_texts.py: every readable text of the shipped templates, marked
for pyside6-lupdate (which reads only Python). Run it after changing resources/templates/ or
resources/checklists/, then `./dev translations` and translate what it adds.

    python scripts/template_texts.py           # rewrite the module
    python scripts/template_texts.py --check   # exit 1 when the module is out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from duediligence.templates.localise import CONTEXT, texts  # noqa: E402

TARGET = ROOT / "duediligence" / "templates" / "template_texts.py"
FOLDERS = ("templates", "checklists")
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


def module() -> str:
    context = json.dumps(CONTEXT)
    lines = [
        f"    QT_TRANSLATE_NOOP({context}, {json.dumps(t, ensure_ascii=False)}),\n" for t in shipped_texts()
    ]
    return HEADER + "".join(lines) + ")\n# fmt: on\n"


def main() -> int:
    text = module()
    if "--check" in sys.argv[1:]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run python scripts/template_texts.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {text.count('QT_TRANSLATE_NOOP(')} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
