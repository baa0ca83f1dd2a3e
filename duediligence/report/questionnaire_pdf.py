"""The questionnaire as a PDF, for vendors who prefer to answer in writing: the same content as the
workbook (`reads.questionnaires.QuestionnaireContent`, nothing internal), laid out with the report's
pages, in the user's language. The buyer types the written answers in (or fills in the workbook) when
they come back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from duediligence.i18n import fill, translate

if TYPE_CHECKING:
    from duediligence.reads.questionnaires import QuestionnaireContent, SentQuestion
    from duediligence.report.pages import Pages

WRITING_LINES = {"text": 3, "document": 2}  # ruled lines to write on, per answer kind (default 1)
RULED = "#BBBBBB"


def write_questionnaire_pdf(content: QuestionnaireContent, out: Path) -> Path:
    """Write the PDF to `out` (the caller writes to a temporary name and renames it)."""
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    from duediligence.reads.questionnaire_words import due_text, title
    from duediligence.report.pages import MUTED, Pages

    metadata = {"Title": title(), "Creator": "Due-Diligence Workbook"}
    footer = fill(translate("Questionnaire", "%1 · please return by %2"), title(), content.due_on.isoformat())
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(out, metadata=metadata) as pdf:
        pages = Pages(pdf, footer)
        pages.new_page()
        pages.paragraph(title(), 20, fontweight="bold")
        pages.field(translate("Questionnaire", "For"), content.addressee)
        pages.field(translate("Questionnaire", "From"), content.buyer)
        if content.contact:
            pages.field(translate("Questionnaire", "Contact"), content.contact)
        pages.field(translate("Questionnaire", "Please return by"), due_text(content.due_on))
        pages.y += 0.1
        pages.paragraph(
            translate(
                "Questionnaire",
                "Please answer every question below. Yes / no / partly: circle or write one. Number: the "
                "number in the unit given. Document: enclose it and write its name. Add a comment wherever "
                "an answer needs explaining. A workbook with the same questions is available to fill in "
                "instead.",
            ),
            9.5,
            color=MUTED,
        )
        category = None
        for q in content.questions:
            if q.category != category:
                category = q.category
                pages.heading(category or translate("Questionnaire", "Other questions"), 12)
            _question(pages, q)
        pages.finish()  # the last page is saved only here
    return out


def _question(pages: Pages, q: SentQuestion) -> None:
    from duediligence.decision.answers import answer_type_words, choice_words
    from duediligence.report.pages import MUTED

    pages.room(0.9)
    pages.paragraph(f"{q.number}. {q.question}", 10, fontweight="bold")
    answer = fill(translate("Questionnaire", "Answer: %1"), answer_type_words(q.answer_kind, q.answer_unit))
    pages.paragraph(answer, 8.5, indent=0.25, color=MUTED)
    if q.answer is not None:
        earlier = choice_words(q.answer) if q.answer_kind in ("yes_no", "document") else q.answer
        earlier += f" {q.answer_unit}" if q.answer_kind == "number" and q.answer_unit else ""
        said = fill(translate("Questionnaire", "Your earlier answer: %1"), earlier)
        pages.paragraph(said, 8.5, indent=0.25, color=MUTED)
    for _ in range(WRITING_LINES.get(q.answer_kind, 1)):
        pages.paragraph("_" * 80, 9, indent=0.25, color=RULED)
    pages.paragraph(translate("Questionnaire", "Comment:") + " " + "_" * 70, 9, indent=0.25, color=RULED)
