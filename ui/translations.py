"""The app's language: its own translations and Qt's, chosen from the system or an override.

The language is the system's (LC_ALL, LC_MESSAGES, LANG, as Qt reads them) unless DUEDILIGENCE_LANG
(`duediligence --lang de`) names one. Number and date formats stay the system locale's either way.
The core's texts reach the same translators through `duediligence.i18n.install`.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from duediligence import i18n

LANGUAGE_VARIABLE = "DUEDILIGENCE_LANG"


def ui_language() -> QLocale:
    """The locale whose language the UI speaks: the override when set, else the system's."""
    override = os.environ.get(LANGUAGE_VARIABLE, "").strip()
    return QLocale(override) if override else QLocale.system()


def _translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_translators(app: QCoreApplication, language: QLocale | None = None) -> list[QTranslator]:
    """Load the English plural forms, then Qt's own and the app's translation for `language`.

    Qt asks the translator installed last first, so the chosen language wins over English; a language
    without a .qm file leaves the UI English. Returns the translators installed (kept by `app`)."""
    language = language or ui_language()
    folder = str(i18n.translations_folder())
    installed: list[QTranslator] = []
    candidates = [("duediligence", folder, QLocale(QLocale.Language.English))]
    if language.language() not in (QLocale.Language.English, QLocale.Language.C):
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates += [("qtbase", qt_folder, language), ("duediligence", folder, language)]
    for name, where, locale in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            installed.append(translator)
    i18n.install(_translate)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo `install_translators` (tests switch languages within one process)."""
    for translator in translators:
        app.removeTranslator(translator)
    i18n.install(_translate)
