"""Help ▸ Keyboard shortcuts lists the actions' own shortcuts; Help ▸ Guide is shown in the UI's
language, English or German (issue 21)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QKeySequence

from ui import help as help_dialogs


def test_the_shortcuts_list_is_made_from_the_actions(window: Any) -> None:
    rows = dict(help_dialogs.shortcut_rows(window))
    find = QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Find in all evaluations"] == find
    assert rows["Duplicate evaluation"] == QKeySequence("Ctrl+D").toString(
        QKeySequence.SequenceFormat.NativeText
    )


def test_a_new_actions_shortcut_appears_in_the_list(window: Any) -> None:
    action = QAction("&Frobnicate", window)
    action.setShortcut(QKeySequence("Ctrl+Alt+J"))
    dialog = help_dialogs.ShortcutsDialog(window)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Frobnicate" in names


def test_every_shortcut_is_listed_once(window: Any) -> None:
    rows = help_dialogs.shortcut_rows(window)
    assert len(rows) == len(set(rows))


def test_the_help_menu_offers_the_guide_and_the_shortcuts(window: Any) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts == ["&Guide", "&Keyboard shortcuts", "&About"]


def test_the_guide_is_german_under_a_german_locale_and_english_otherwise(qtbot: Any) -> None:
    german = help_dialogs.GuideDialog(None, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    english = help_dialogs.GuideDialog(None, QLocale(QLocale.Language.French, QLocale.Country.France))
    qtbot.addWidget(german)
    qtbot.addWidget(english)
    assert "Der Kaufprozess" in german.text.toPlainText()
    assert "The buying process" in english.text.toPlainText()


def test_both_guides_cover_the_process_the_tabs_and_sharing() -> None:
    for language, headings in {
        "en": ("The buying process", "What each tab is for", "How sharing works"),
        "de": ("Der Kaufprozess", "Wofür die Registerkarten da sind", "Wie das Teilen funktioniert"),
    }.items():
        html = help_dialogs.guide_html(language)
        assert all(f"<h3>{heading}</h3>" in html for heading in headings)
