"""Record a first-time user's walk-through as screenshots, driving the real main window.

    .venv/bin/python scripts/walkthrough.py [--out docs] [--size 1280x800]

Story: "creates a laptop comparison from the template, scores three laptops, and sees a ranking and a
chart". Runs offscreen in British English, in a throw-away workbook, settings and data folder, so
nothing of the user's is read or changed. Every step goes through the app's own widgets and functions;
only the modal New evaluation dialog is answered by replacing its `ask` (a modal dialog cannot be
clicked offscreen), after a picture of the dialog itself is taken. Writes docs/walkthrough-*.png;
docs/walkthrough.md describes them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = Path(tempfile.mkdtemp(prefix="dd-walkthrough-"))
# Before Qt or platformdirs look: a private settings and data folder, offscreen, British English.
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(SCRATCH / _name.lower())
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = os.environ["LC_ALL"] = "en_GB.UTF-8"
os.environ.setdefault("DD_THEME", "light")
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

TEMPLATE = "Consumer electronics"
TITLE = "New laptop for study and travel"
LAPTOPS = ("ThinkPad T14", "MacBook Air 13", "Framework 13")
# Scores a user might type, per criterion of the template (0–10 scale), in the order of LAPTOPS.
SCORES = {
    "Performance for what I do": ("7", "8", "7"),
    "Battery life": ("7", "9", "6"),
    "Screen and sound": ("6", "9", "7"),
    "Comfort and ease of use": ("8", "8", "7"),
    "Build quality and repairability": ("8", "5", "10"),
}
# What each laptop costs (Options & costs ▸ costs); "Total cost of ownership" is calculated from them.
PRICES = {"ThinkPad T14": "1349", "MacBook Air 13": "1199", "Framework 13": "1249"}


def settle(ms: int = 200) -> None:
    QTest.qWait(ms)


def save(widget: QWidget, out: Path) -> Path:
    settle()
    image = widget.grab().toImage()
    if not image.save(str(out)):
        raise SystemExit(f"cannot write {out}")
    print(out.relative_to(ROOT) if out.is_relative_to(ROOT) else out)
    return out


def type_into_editor(table: QWidget, text: str) -> bool:
    """Type `text` into the table's open cell editor and press Enter, as a user would; False if none."""
    editor = QApplication.focusWidget()
    if not isinstance(editor, QLineEdit) or not table.isAncestorOf(editor):
        # Offscreen the window is never active, so the editor may not hold the focus: find it.
        editor = next((w for w in table.findChildren(QLineEdit) if w.isVisible()), None)
    if editor is None:
        return False
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    settle(50)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.split("x"))
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []

    from ui.app import create_app

    app = create_app()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    from ui import dialogs
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.workbooks import open_workbook

    # A first-time user's new, empty workbook offers the samples; this user says no.
    dialogs.offer_samples = lambda *_a, **_k: False  # type: ignore[assignment]
    # Any warning or error the app would show is recorded instead of blocking offscreen.
    for name in ("show_warning", "show_error"):

        def record(_parent: object, title: str, text: str = "", *_a: object, _n: str = name) -> None:
            problems.append(f"{_n}: {title}: {text}")
            print(f"  ! {_n}: {title}: {text}")

        setattr(dialogs, name, record)

    context = AppContext(app)
    window = MainWindow(context)
    window.resize(width, height)
    window.show()
    if not open_workbook(window, SCRATCH / "purchases.db"):
        raise SystemExit("cannot open the throw-away workbook")
    settle(300)

    # 1. The empty workbook: the first thing a new user sees.
    save(window, out / "walkthrough-1-new.png")

    # 2. Evaluation ▸ New evaluation… (Ctrl+N): the template dialog, filled in as the user would.
    from duediligence.templates.evaluations import load_templates
    from ui.views.guide import commands
    from ui.views.guide.new_evaluation_dialog import NewEvaluationDialog

    catalogue = load_templates()
    dialog = NewEvaluationDialog(catalogue.templates, catalogue.problems, window)
    if not dialog.select(TEMPLATE):
        raise SystemExit(f"no template called {TEMPLATE!r}")
    dialog.title.setText(TITLE)
    dialog.show()
    settle(300)
    save(dialog, out / "walkthrough-2-template-dialog.png")
    answer = dialog.choice()
    dialog.close()
    del dialog

    NewEvaluationDialog.ask = classmethod(lambda cls, *_a, **_k: answer)  # type: ignore[method-assign]
    window.actions.new_evaluation.trigger()  # what Ctrl+N does: commands.new_evaluation(window)
    settle(400)
    evaluation_id = window.evaluations.current_id()
    if evaluation_id is None:
        raise SystemExit("New evaluation did not create and select an evaluation")
    del commands

    # 3. Options & scores ▸ Options & costs: add the three laptops, typing each name.
    view = window.evaluation_view
    comparison = view.comparison
    view.setCurrentWidget(comparison)
    comparison.pages.setCurrentWidget(comparison.options)
    settle(300)
    options = comparison.options
    for name in LAPTOPS:
        options.add_button.click()  # opens the new row's name for typing
        settle(100)
        if not type_into_editor(options.table, name):
            problems.append(f"no name editor opened after Add option for {name}")
            row = options.model.row_of(options.current_option_id())
            options.model.setData(options.model.index(row, 0), name)
        settle(150)
    names = [o.name for o in options.model.rows()]
    print("  options:", names)
    # Its price, on the cost line the template brought ("Purchase price"), typed into the costs table.
    for name, price in PRICES.items():
        option = next(o for o in options.model.rows() if o.name == name)
        options.select_option(option.id)
        settle(100)
        costs = options.costs
        set_price(costs, None, price, problems, name)
    options.select_option(next(o for o in options.model.rows() if o.name == LAPTOPS[0]).id)
    settle(300)
    save(window, out / "walkthrough-3-options.png")

    # 4. Score matrix: type the scores, cell by cell (setData is what typing + Enter does).
    comparison.pages.setCurrentWidget(comparison.matrix)
    settle(300)
    matrix = comparison.matrix
    model = matrix.model
    for criterion, values in SCORES.items():
        row = next((i for i, c in enumerate(model.criteria) if c.name == criterion), None)
        if row is None:
            problems.append(f"no criterion {criterion!r} in the matrix")
            continue
        for laptop, value in zip(LAPTOPS, values, strict=True):
            column = next(i for i, o in enumerate(model.options) if o.name == laptop)
            index = model.index(row, column)
            matrix.table.setCurrentIndex(index)
            if not model.setData(index, value):
                problems.append(f"score {value} for {criterion} × {laptop} was not taken")
            settle(40)
    settle(400)
    save(window, out / "walkthrough-4-scores.png")

    # 5. The ranking beside the matrix, with its reading of the evaluation.
    ranking = comparison.ranking
    ranking.refresh_if_shown()
    settle(400)
    save(ranking, out / "walkthrough-5-ranking.png")  # the panel close up: it is what the user reads

    # 6. Charts tab: the first chart in the list.
    view.setCurrentWidget(view.charts)
    settle(1500)
    save(window, out / "walkthrough-6-chart.png")

    print(f"\nworkbook: {SCRATCH / 'purchases.db'}")
    if problems:
        print("\nproblems seen:")
        for problem in problems:
            print("  -", problem)
    window.close()
    context.close_workbook()
    return 0


def set_price(costs: QWidget, model: object, price: str, problems: list[str], name: str) -> None:
    """Add cost, type its label "Purchase price", then type the amount into its Amount cell."""
    from ui.models.costs import Col

    before = costs.model.rowCount()  # type: ignore[attr-defined]
    costs.add_button.click()  # type: ignore[attr-defined]  # adds "New cost" and opens its label
    settle(100)
    if costs.model.rowCount() != before + 1:  # type: ignore[attr-defined]
        problems.append(f"Add cost did not add a row for {name}")
        return
    if not type_into_editor(costs.table, "Purchase price"):  # type: ignore[attr-defined]
        problems.append(f"no label editor opened after Add cost for {name}")
    row = costs.table.currentIndex().row()  # type: ignore[attr-defined]
    index = costs.model.index(row, Col.AMOUNT)  # type: ignore[attr-defined]
    if not costs.model.setData(index, price, Qt.ItemDataRole.EditRole):  # type: ignore[attr-defined]
        problems.append(f"price {price} for {name} was not taken")
    settle(100)


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Python's final garbage collection after this walk-through hits a refcount error inside PySide6
    # ("Fatal Python error: none_dealloc" / "bool_dealloc"); everything is written by now, so skip it.
    os._exit(code)
