"""The fixed words of the questionnaire a vendor receives, in the user's language: shared by the
workbook (`exchange.questionnaire_write`) and its PDF (`report.questionnaire_pdf`)."""

from __future__ import annotations

from datetime import date

from duediligence.i18n import QT_TRANSLATE_NOOP, fill, translate

WEEKDAYS = (
    *(QT_TRANSLATE_NOOP("Questionnaire", "Monday"), QT_TRANSLATE_NOOP("Questionnaire", "Tuesday")),
    *(QT_TRANSLATE_NOOP("Questionnaire", "Wednesday"), QT_TRANSLATE_NOOP("Questionnaire", "Thursday")),
    *(QT_TRANSLATE_NOOP("Questionnaire", "Friday"), QT_TRANSLATE_NOOP("Questionnaire", "Saturday")),
    QT_TRANSLATE_NOOP("Questionnaire", "Sunday"),
)
MONTHS = (
    *(QT_TRANSLATE_NOOP("Questionnaire", "January"), QT_TRANSLATE_NOOP("Questionnaire", "February")),
    *(QT_TRANSLATE_NOOP("Questionnaire", "March"), QT_TRANSLATE_NOOP("Questionnaire", "April")),
    *(QT_TRANSLATE_NOOP("Questionnaire", "May"), QT_TRANSLATE_NOOP("Questionnaire", "June")),
    *(QT_TRANSLATE_NOOP("Questionnaire", "July"), QT_TRANSLATE_NOOP("Questionnaire", "August")),
    *(QT_TRANSLATE_NOOP("Questionnaire", "September"), QT_TRANSLATE_NOOP("Questionnaire", "October")),
    *(QT_TRANSLATE_NOOP("Questionnaire", "November"), QT_TRANSLATE_NOOP("Questionnaire", "December")),
)


def due_text(day: date) -> str:
    """A deadline nobody misreads, in any language: "Friday, 18 December 2026 (2026-12-18)",
    "Freitag, 18. Dezember 2026 (2026-12-18)"."""
    text = translate("Questionnaire", "%1, %2 %3 %4 (%5)", "weekday, day, month, year, ISO date")
    weekday, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    return fill(
        text,
        translate("Questionnaire", weekday),
        str(day.day),
        translate("Questionnaire", month),
        str(day.year),
        day.isoformat(),
    )


def title() -> str:
    """The questionnaire's title, on the first sheet, atop the PDF and in both files' properties."""
    return translate("Questionnaire", "Due-diligence questionnaire")
