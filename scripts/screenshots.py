"""Regenerate the README screenshots from the real app on the sample workbook.

    .venv/bin/python scripts/screenshots.py [--out docs] [--theme light|dark] [--size 1280x800]
                                            [--lang en|de]

Runs offscreen (no display needed) in British English (German with --lang de: files end in -de),
in a throw-away workbook, settings and data
folder, so nothing of the user's is read or changed. Writes:
  docs/screenshot.png   the main window on the CRM sample's Overview
  docs/tab-*.png        the main window on each of the evaluation's tabs
  docs/evidence.png     the Evidence list with a few files and links attached
  docs/search.png       the Find window (Ctrl+F) searching for “northwind”
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = Path(tempfile.mkdtemp(prefix="dd-shots-"))
# Before Qt or platformdirs look: a private settings and data folder, offscreen, British English.
for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[name] = str(SCRATCH / name.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The language is read before Qt starts (the app picks its translation from LANG).
GERMAN = "--lang=de" in sys.argv or "--lang de" in " ".join(sys.argv)
os.environ["LANG"] = os.environ["LC_ALL"] = "de_DE.UTF-8" if GERMAN else "en_GB.UTF-8"
os.environ["DUEDILIGENCE_LANG"] = "de" if GERMAN else "en"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

EVIDENCE_FILES = (
    # (file name, attached to: "option" | "score" | "check" | None, note)
    ("Quote NW-2026-4471.pdf", "option", "Signed quote, valid until 31 January"),
    ("Data processing agreement (draft).pdf", "check", "Article 28 DPA, EU hosting in Frankfurt"),
    ("ERP connector demo.png", "score", "Screenshot from the demo on 12 May"),
    ("Reference call notes.txt", None, "Two customers of our size, both renewed"),
)
EVIDENCE_LINKS = (
    ("https://northwind-crm.example.com/trust", "Northwind trust centre", "option"),
    ("https://status.northwind-crm.example.com", "Northwind uptime history", "score"),
)


def settle(ms: int = 150) -> None:
    QTest.qWait(ms)


PAGES = {
    "overview": "overview",
    "comparison": "options-and-scores",
    "risks": "risks",
    "stakeholders": "stakeholders",
    "change": "change",
    "charts": "charts",
    "evidence": "evidence",
}


def make_workbook(folder: Path) -> tuple[Path, int]:
    """The two samples, with evidence attached to the CRM; returns (file, CRM evaluation id)."""
    from duediligence.operations.evidence import AttachFile, AttachLink
    from duediligence.reads.documents import evaluation_document
    from duediligence.reads.evaluations import list_evaluations
    from duediligence.storage.database import Database
    from duediligence.templates.samples import add_samples

    path = folder / "purchases.db"
    db = Database.open(path)
    with db.transaction() as session:
        add_samples().apply(session)
    files = folder / "evidence"
    files.mkdir()
    with db.transaction() as session:
        crm = next(e.id for e in list_evaluations(session) if e.title.startswith("CRM"))
        doc = evaluation_document(session, crm)
        option = doc["options"][0]["id"]
        criteria = [c for g in doc["criteria_groups"] for c in g["criteria"]] + doc["ungrouped_criteria"]
        check = next(
            r["id"]
            for r in doc["risks"]
            if r["kind"] == "checklist" and r["option"] == doc["options"][0]["name"]
        )
        targets = {
            None: {},
            "option": {"option_id": option},
            "score": {"option_id": option, "criterion_id": criteria[0]["id"]},
            "check": {"risk_id": check},
        }
        for i, (name, where, note) in enumerate(EVIDENCE_FILES):
            source = files / name
            source.write_bytes(os.urandom(180_000 * (i + 1)))
            AttachFile(crm, source, note=note, **targets[where]).apply(session)
        for url, title, where in EVIDENCE_LINKS:
            AttachLink(crm, url, title, **targets[where]).apply(session)
    db.close()
    return path, crm


def save(widget: QWidget, out: Path) -> Path:
    settle()
    image = widget.grab().toImage()
    if not image.save(str(out)):
        raise SystemExit(f"cannot write {out}")
    print(out.relative_to(ROOT) if out.is_relative_to(ROOT) else out)
    return out


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.replace("&&", "and").replace("&", "").lower()).strip("-")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--lang", choices=("en", "de"), default="en")
    args = parser.parse_args(argv)
    os.environ["DD_THEME"] = args.theme
    width, height = (int(x) for x in args.size.split("x"))
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    suffix = ("" if args.theme == "light" else "-dark") + ("-de" if args.lang == "de" else "")

    from ui.app import create_app

    app = create_app()
    if args.lang == "de":
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    from ui.theme import apply_theme

    apply_theme(app)
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.workbooks import open_workbook

    path, crm = make_workbook(SCRATCH)
    context = AppContext(app)
    window = MainWindow(context)
    window.resize(width, height)
    window.show()
    open_workbook(window, path)
    settle(300)
    window.evaluations.select(crm)
    settle(300)
    view = window.evaluation_view
    # File names from the tab's role, so that the German pictures sit beside the English ones.
    names = {}
    for attr, name in PAGES.items():
        page = getattr(view, attr, None)
        while page is not None and page is not view and view.indexOf(page) < 0:  # e.g. inside a splitter
            page = page.parentWidget()
        if page is not None and page is not view:
            names[view.indexOf(page)] = name
    for index in range(view.count()):
        view.setCurrentIndex(index)
        name = names.get(index, slug(view.tabText(index)))
        settle(1200 if name in ("charts", "options-and-scores") else 300)
        save(window, out / f"tab-{name}{suffix}.png")
        if name == "evidence":
            save(window, out / f"evidence{suffix}.png")
    view.setCurrentIndex(0)
    save(window, out / f"screenshot{suffix}.png")

    from ui.views.search.dialog import open_search

    dialog = open_search(window)
    dialog.field.setText("northwind")
    dialog.run()
    dialog.resize(900, 380)
    save(dialog, out / f"search{suffix}.png")
    dialog.hide()
    window.close()
    context.close_workbook()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
