"""The sheets in front of the evaluations: Instructions (first, always) and an Index of the evaluations
when the file holds several."""

from __future__ import annotations

from typing import Any

from duediligence.exchange.audience import EXTERNAL, Audience
from duediligence.exchange.layout import STATUS_WORDS
from duediligence.exchange.xlsx_book import (
    GREY,
    HEADER_FILL,
    INPUT_FILL,
    Book,
    mark,
    page_setup,
    protect,
    write_text,
)
from duediligence.exchange.xlsx_sheet_base import HEADER, Source
from duediligence.exchange.xlsx_sheets import row_height

WORKBOOK = 0  # the evaluation number in the marks of sheets that belong to the whole file

GUIDE = (
    (
        "What to fill in",
        "Cells with a yellow background. In the Matrix: each score, as a number on the criterion's scale "
        "(the cell tells the scale when you click it; leave it empty when not known), and the weights. "
        "On the Summary: status, dates, policies. In the lists (Options, Costs, Checklist, Risks, …): "
        "edit any yellow cell; add a row just below a table with its ID left empty; delete a row to "
        "remove it. On the Evidence sheet: ranges, confidence and the evidence for each score.",
    ),
    (
        "What is imported",
        "Every yellow cell, rows added below the tables (with an empty ID) and rows deleted from a list. "
        "The owner sees every change, old → new, before anything is applied, and chooses where both "
        "sides changed the same value.",
    ),
    (
        "What is ignored",
        "Everything computed: shares, utilities, totals, ranks, risk scores (they recalculate here and "
        "in the app). Grey values: weights from pairwise comparisons, values derived from costs and "
        "timing. Criteria added or renamed in the Matrix (add them in the app), the Computed sheet, the "
        "change log, formatting and charts.",
    ),
    (
        "Reading the results",
        "The Matrix starts with a results block under a row naming the options: “Weighted total (0–100)”, "
        "“Rank” (1 = best, the winner in green), and “Check”. A check that is not “ok” says what is not "
        "counted: text in a score cell, a score off its scale, a criterion row without an ID. Sorting a "
        "table, inserting or deleting rows keeps the results right.",
    ),
    (
        "Protection",
        "The Summary, Matrix, Evidence and Computed sheets are protected without a password, so that "
        "totals are not overwritten by accident; rows can still be inserted. To sort the Matrix in Excel, "
        "lift it: Review ▸ Unprotect Sheet (in LibreOffice: Tools ▸ Protect Sheet). The lists (Options, "
        "Costs, Risks, …) are open: sort them, add and delete rows freely.",
    ),
    (
        "How to send it back",
        "Save it as an Excel workbook (.xlsx) and send it to the person who shared it. They import it "
        "with File ▸ Import from Excel… (or `duediligence import FILE.xlsx`). Sheets may be renamed and "
        "tables sorted; keep the ID columns and the hidden export data as they are.",
    ),
)
LEFT_OUT_TEXT = (
    "Made for someone outside the buying team: it leaves out the stakeholders, their stances and contact "
    "details, internal notes, the change plan and actions, the change log, the names of evaluators and "
    "deciders, vendors' contacts and the budget."
)


class FrontSheets:
    def __init__(
        self, book: Book, sources: list[Source], titles: list[dict[str, str]], stamp: str, who: Audience
    ) -> None:
        self.book, self.sources, self.titles, self.stamp, self.who = book, sources, titles, stamp, who

    def _sheet(self, title: str, key: str) -> Any:
        ws = self.book.sheet(title)
        mark(self.book, ws, key, WORKBOOK)
        return ws

    def instructions(self) -> None:
        book = self.book
        ws = self._sheet("Instructions", "Instructions")
        ws.set_column(0, 0, 24)
        ws.set_column(1, 1, 110)
        ws.hide_gridlines(2)
        names = ", ".join(f"“{s.doc['title']}”" for s in self.sources)
        write_text(
            book,
            ws,
            0,
            0,
            "Due-Diligence Workbook: shared evaluation",
            "Instructions",
            bold=True,
            font_size=14,
        )
        reader = "someone outside the buying team" if self.who.name == EXTERNAL else "the buying team"
        intro = f"Exported on {self.stamp} for {reader}. It holds {names}."
        ws.merge_range(1, 0, 1, 1, "", book.fmt(text_wrap=True, valign="top"))
        write_text(book, ws, 1, 0, intro, "Instructions", text_wrap=True, valign="top")
        ws.set_row(1, row_height(intro, 130))
        r = 3
        if self.who.name == EXTERNAL:
            write_text(book, ws, r, 0, "This copy", "Instructions", bold=True, valign="top")
            write_text(book, ws, r, 1, LEFT_OUT_TEXT, "Instructions", text_wrap=True, valign="top")
            ws.set_row(r, row_height(LEFT_OUT_TEXT, 135))
            r += 1
        for heading, text in GUIDE:
            write_text(book, ws, r, 0, heading, "Instructions", bold=True, valign="top")
            write_text(book, ws, r, 1, text, "Instructions", text_wrap=True, valign="top")
            ws.set_row(r, row_height(text, 135))
            r += 1
        r += 1
        write_text(book, ws, r, 0, "Colours", "Instructions", bold=True)
        legend = (
            ("Yellow: fill in. Grey: shown, never imported.", {"bg_color": INPUT_FILL}),
            (
                "Blue header rows: the tables scripts and the import find by their headers.",
                {"bg_color": HEADER_FILL},
            ),
            (
                "The layout is documented in the app's README, “Layout of the shared workbook”.",
                {"font_color": GREY},
            ),
        )
        for i, (text, look) in enumerate(legend):
            write_text(book, ws, r + i, 1, text, "Instructions", **look)
        protect(ws)
        page_setup(ws, "Instructions", self.stamp, header_rows=None, landscape=True)

    def index(self) -> None:
        """One row per evaluation: status, the app's leading option, a link to each of its sheets."""
        book = self.book
        ws = self._sheet("Index", "Index")
        keys = list(self.titles[0])
        heads = ["Evaluation", "Status", "Leading option (app, at export)", *keys]
        for j, h in enumerate(heads):
            write_text(book, ws, 0, j, h, "Index", **HEADER)
            ws.set_column(j, j, 40 if j in (0, 2) else 12 if j == 1 else 14)
        for i, (source, names) in enumerate(zip(self.sources, self.titles, strict=True), start=1):
            doc = source.doc
            write_text(book, ws, i, 0, str(doc["title"]), "Index", text_wrap=True, valign="top")
            status = STATUS_WORDS.get(str(doc["status"]), str(doc["status"]))
            write_text(book, ws, i, 1, status, "Index", valign="top")
            leader = next((o for o in source.ranking.options if o.rank == 1), None)
            lead = f"{leader.name} ({leader.score:.1f})" if leader and leader.score is not None else "—"
            write_text(book, ws, i, 2, lead, "Index", text_wrap=True, valign="top")
            for j, key in enumerate(keys, start=3):
                title = names[key].replace("'", "''")
                ws.write_url(i, j, f"internal:'{title}'!A1", book.fmt(font_color="blue", underline=1), key)
        ws.freeze_panes(1, 1)
        protect(ws)
        page_setup(ws, "Index", self.stamp, header_rows=(0, 0), landscape=True)
