"""The interface's language: Qt Linguist catalogues for the planner's own words and Qt's.

Sources are English (``self.tr("…")``); ``resources/translations/planner_uk.ts`` holds the
Ukrainian, compiled to ``planner_uk.qm`` by ``scripts/update-translations``. Qt's own dialogs
and buttons come from Qt's ``qtbase_uk.qm``. Words of the records (directions, statuses,
roles, error messages) come from ``planner.domain.messages`` in both languages.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.domain.messages import Language

CATALOGUE = "planner"
_installed: list[QTranslator] = []


def catalogue_path(language: Language) -> str:
    folder = resources.files("planner.resources").joinpath("translations")
    return str(folder.joinpath(f"{CATALOGUE}_{language}.qm"))


def use_language(app: QCoreApplication, language: Language) -> None:
    """Install the translators of ``language``. English is the source: its catalogue holds
    only plural forms ("2 pages" for "%n page(s)"), and Qt's own words need none."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Ukrainian if language == "uk"
                               else QLocale.Language.English, QLocale.Country.Ukraine
                               if language == "uk" else QLocale.Country.UnitedKingdom))  # fmt: skip
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(catalogue_path(language), "")]
    if language != "en":
        catalogues.insert(0, (f"qtbase_{language}", qt_folder))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder) if folder else translator.load(name):
            app.installTranslator(translator)
            _installed.append(translator)
