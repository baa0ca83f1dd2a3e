"""The app speaks German under a German system locale (or `--lang de`): every menu entry, Qt's own
buttons, plurals and the core's chart titles; English otherwise, with proper plurals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMenu

from duediligence.i18n import PLURAL, translate
from ui.translations import install_translators, remove_translators

# Entries that read the same in both languages.
SAME_IN_GERMAN = {"OK"}

MENUS = """
import json
from ui.app import create_app
app = create_app()
from ui.context import AppContext
from ui.main_window import MainWindow
window = MainWindow(AppContext(app))
print(json.dumps([a.text() for a in window.menuBar().actions()]))
"""


def menu_texts(window: Any) -> list[str]:
    """Every entry of the menu bar and its menus, submenus included, in order."""
    texts: list[str] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            texts.append(action.text())
            if action.menu() is not None:
                walk(action.menu())

    for action in window.menuBar().actions():
        texts.append(action.text())
        walk(action.menu())
    return texts


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    installed = install_translators(qapp, QLocale("de_DE"))
    yield
    remove_translators(qapp, installed)


def new_window(qtbot: Any) -> Any:
    from ui.context import AppContext
    from ui.main_window import MainWindow

    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    return window


def test_the_german_window_has_no_english_menu_entry(qapp: Any, qtbot: Any) -> None:
    english = menu_texts(new_window(qtbot))
    installed = install_translators(qapp, QLocale("de_DE"))
    try:
        german = menu_texts(new_window(qtbot))
    finally:
        remove_translators(qapp, installed)
    assert len(german) == len(english) >= 28
    untranslated = [e for e, g in zip(english, german, strict=True) if e == g and e not in SAME_IN_GERMAN]
    assert untranslated == []
    assert german[:4] == ["&Datei", "&Neue Arbeitsmappe…", "Arbeitsmappe &öffnen…", "&Team-Datenbank öffnen…"]


def test_plurals_take_the_form_for_their_count_in_english_and_german(qapp: Any) -> None:
    def people(n: int) -> str:
        return translate("StakeholdersTab", "%n person(s)", None, PLURAL, n)

    assert (people(1), people(6)) == ("1 person", "6 people")
    installed = install_translators(qapp, QLocale("de_DE"))
    try:
        assert (people(1), people(6)) == ("1 Person", "6 Personen")
    finally:
        remove_translators(qapp, installed)


def test_the_core_and_qts_own_buttons_speak_german(german: None) -> None:
    assert translate("Charts", "Risk heat map") == "Risiko-Heatmap"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # qtbase_de.qm


def test_the_german_chart_list_names_every_chart_in_german(german: None, qtbot: Any) -> None:
    from duediligence import charts

    titles = [translate("Charts", chart.title) for chart in charts.CHARTS]
    assert titles[0] == "Gewichtete Punktzahl nach Gruppe"
    assert not set(titles) & {chart.title for chart in charts.CHARTS}


@pytest.mark.parametrize(
    ("variables", "file_menu"),
    [
        ({"LANG": "de_DE.UTF-8"}, "&Datei"),  # the system's language
        ({"LANG": "en_GB.UTF-8", "DUEDILIGENCE_LANG": "de"}, "&Datei"),  # the override (--lang de)
        ({"LANG": "de_DE.UTF-8", "DUEDILIGENCE_LANG": "en"}, "&File"),
        ({"LANG": "fr_FR.UTF-8"}, "&File"),  # no French translation: English
    ],
)
def test_the_app_takes_its_language_from_the_system_unless_told_otherwise(
    variables: dict[str, str], file_menu: str
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "DUEDILIGENCE_LANG"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore", **variables}
    done = subprocess.run(
        [sys.executable, "-c", MENUS], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1])[0] == file_menu
