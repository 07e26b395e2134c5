"""Languages: English is the source text in code, Swedish (the default) comes from a .qm file
built from ``resources/i18n/utvag_sv.ts``. English has one of its own too, built from
``resources/i18n/utvag_en.ts``: only the phrases with a count, whose source (``"%n case(s)
shown"``) is no English sentence ("1 case shown", "24 cases shown"). Qt's own strings (standard
buttons such as Cancel, Yes and No, the wizard's Next and Back) come from the ``qtbase``
catalogue that ships with Qt, except OK, which that catalogue writes "Ok" in Swedish (see
``QT_OWN_REWRITTEN``). Switching at runtime sends ``LanguageChange`` to every widget, which
re-runs its ``retranslate``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from utvag.resources import resource_path

LANGUAGES = ("sv", "en")
# Qt's own words that the app's catalogue writes otherwise: named here, they go into
# utvag_sv.ts, and the app's translator is asked before Qt's own. Swedish writes the OK of every
# standard button (dialogs, message boxes) "OK", not "Ok"; Qt asks for it in both contexts.
QT_OWN_REWRITTEN = (QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
                    QT_TRANSLATE_NOOP("QDialogButtonBox", "OK"))
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    return _current


def set_language(language: str) -> bool:
    """Install the translator for ``language``; returns False when its file is missing."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no application")
    if language == _current == "en" and _installed:
        return True  # in force already: no language change sent to every widget for nothing
    while _installed:
        app.removeTranslator(_installed.pop())
    _current = "en"
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Sweden))
        plurals = QTranslator(app)
        # Without the file (a checkout whose translations are not built) counts read "case(s)".
        if plurals.load(str(resource_path("i18n", "utvag_en.qm"))):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return True
    translator = QTranslator(app)
    if not translator.load(str(resource_path("i18n", f"utvag_{language}.qm"))):
        return False
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(translator)  # last installed, first asked: before Qt's own
    _installed.append(translator)
    _current = language
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    return True
