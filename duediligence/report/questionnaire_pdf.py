"""The questionnaire as a PDF, for vendors who prefer to answer in writing: the same content as the
workbook (`reads.questionnaires.QuestionnaireContent`, nothing internal), laid out with the report's
pages. The buyer types the written answers in (or fills in the workbook) when they come back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from duediligence.reads.questionnaires import QuestionnaireContent, SentQuestion
    from duediligence.report.pages import Pages

WRITING_LINES = {"text": 3, "document": 2}  # ruled lines to write on, per answer kind (default 1)
RULED = "#BBBBBB"


def write_questionnaire_pdf(content: QuestionnaireContent, out: Path) -> Path:
    """Write the PDF to `out` (the caller writes to a temporary name and renames it)."""
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    from duediligence.report.pages import MUTED, Pages

    metadata = {"Title": "Due-diligence questionnaire", "Creator": "Due-Diligence Workbook"}
    due = f"{content.due_on.day} {content.due_on:%B %Y} ({content.due_on.isoformat()})"
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(out, metadata=metadata) as pdf:
        pages = Pages(pdf, f"Due-diligence questionnaire · please return by {content.due_on.isoformat()}")
        pages.new_page()
        pages.paragraph("Due-diligence questionnaire", 20, fontweight="bold")
        pages.field("For", content.addressee)
        pages.field("From", content.buyer)
        if content.contact:
            pages.field("Contact", content.contact)
        pages.field("Please return by", due)
        pages.y += 0.1
        pages.paragraph(
            "Please answer every question below. Yes / no / partly: circle or write one. Number: the number "
            "in the unit given. Document: enclose it and write its name. Add a comment wherever an answer "
            "needs explaining. A workbook with the same questions is available to fill in instead.",
            9.5,
            color=MUTED,
        )
        category = None
        for q in content.questions:
            if q.category != category:
                category = q.category
                pages.heading(category or "Other questions", 12)
            _question(pages, q)
        pages.finish()  # the last page is saved only here
    return out


def _question(pages: Pages, q: SentQuestion) -> None:
    from duediligence.decision.answers import answer_type_words
    from duediligence.report.pages import MUTED

    pages.room(0.9)
    pages.paragraph(f"{q.number}. {q.question}", 10, fontweight="bold")
    pages.paragraph(
        f"Answer: {answer_type_words(q.answer_kind, q.answer_unit)}", 8.5, indent=0.25, color=MUTED
    )
    if q.answer is not None:
        earlier = q.answer + (f" {q.answer_unit}" if q.answer_kind == "number" and q.answer_unit else "")
        pages.paragraph(f"Your earlier answer: {earlier}", 8.5, indent=0.25, color=MUTED)
    for _ in range(WRITING_LINES.get(q.answer_kind, 1)):
        pages.paragraph("_" * 80, 9, indent=0.25, color=RULED)
    pages.paragraph("Comment: " + "_" * 70, 9, indent=0.25, color=RULED)
