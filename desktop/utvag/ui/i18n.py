"""Languages: English is the source text in code, Swedish (the default) comes from a .qm file
built from ``resources/i18n/utvag_sv.ts``. Switching at runtime sends ``LanguageChange`` to every
widget, which re-runs its ``retranslate``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from utvag.resources import resource_path

LANGUAGES = ("sv", "en")
_installed: QTranslator | None = None
_current = "en"


def current_language() -> str:
    return _current


def set_language(language: str) -> bool:
    """Install the translator for ``language``; returns False when its file is missing."""
    global _installed, _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no application")
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    _current = "en"
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Sweden))
        return True
    translator = QTranslator(app)
    if not translator.load(str(resource_path("i18n", f"utvag_{language}.qm"))):
        return False
    app.installTranslator(translator)
    _installed = translator
    _current = language
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    return True
