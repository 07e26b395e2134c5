"""Languages: Swedish and English switch at runtime; every UI string has a Swedish text."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from conftest import ROOT, UiVault
from utvag.ui import i18n
from utvag.ui.window import MainWindow


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_language_at_runtime(make_window: Callable[..., MainWindow],
                                       vault: UiVault, settings: Any) -> None:
    window = make_window(vault.directory, vault.policy)
    page = window.unlock_page
    assert i18n.current_language() == "en"
    assert menu_titles(window)[0] == "&File" and menu_titles(window)[-1] == "&Help"
    assert page.title.text() == "Utväg is locked"

    window.swedish_action.trigger()
    QApplication.processEvents()  # Qt posts LanguageChange to each window
    assert i18n.current_language() == "sv"
    assert settings.value("ui/language") == "sv"
    assert window.windowTitle() == "Utväg"
    assert menu_titles(window)[0] == "&Arkiv" and menu_titles(window)[-1] == "&Hjälp"
    assert window.lock_action.text() == "&Lås"
    assert page.title.text() == "Utväg är låst"
    assert page.unlock_button.text() == "Lås &upp"
    assert page.secret_label.text() == "&Lösenfras:"

    window.english_action.trigger()
    QApplication.processEvents()
    assert i18n.current_language() == "en"
    assert settings.value("ui/language") == "en"
    assert menu_titles(window)[0] == "&File"
    assert page.title.text() == "Utväg is locked"
    assert page.unlock_button.text() == "&Unlock"


def checked_languages(window: MainWindow) -> list[str]:
    """The items of the Language menu that show a check mark."""
    return [action.text() for action in window.language_menu.actions()
            if action.isCheckable() and action.isChecked()]


def test_the_language_menu_checks_the_language_in_force(
        make_window: Callable[..., MainWindow], vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    assert checked_languages(window) == ["English"]
    window.swedish_action.trigger()
    QApplication.processEvents()
    assert window.language_menu.title() == "S&pråk"
    assert checked_languages(window) == ["Svenska"]
    window.swedish_action.trigger()  # choosing it again leaves it checked
    QApplication.processEvents()
    assert checked_languages(window) == ["Svenska"]
    window.english_action.trigger()
    QApplication.processEvents()
    assert checked_languages(window) == ["English"]


def test_a_window_opened_in_swedish_checks_svenska(
        make_window: Callable[..., MainWindow], vault: UiVault) -> None:
    assert i18n.set_language("sv")
    window = make_window(vault.directory, vault.policy)
    assert checked_languages(window) == ["Svenska"]
    i18n.set_language("en")  # switched elsewhere (another window): this menu follows
    QApplication.processEvents()
    assert checked_languages(window) == ["English"]


def test_language_chosen_by_the_user_wins_over_the_policy_default(settings: Any) -> None:
    from utvag.services.policy import Policy
    from utvag.ui.application import choose_language

    assert choose_language(Policy(default_language="sv"), settings) == "sv"
    settings.setValue("ui/language", "en")
    assert choose_language(Policy(default_language="sv"), settings) == "en"
    settings.setValue("ui/language", "klingon")
    assert choose_language(Policy(default_language="sv"), settings) == "sv"


def test_swedish_demo_window_title(make_window: Callable[..., MainWindow],
                                   vault: UiVault) -> None:
    assert i18n.set_language("sv")
    window = make_window(vault.directory, vault.policy, demo=True)
    assert window.windowTitle() == "Utväg — DEMO (påhittade uppgifter)"


def run_check(tool: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(tool), "--check"], capture_output=True,
                          text=True, timeout=120, check=False)


def test_every_ui_string_has_a_swedish_translation() -> None:
    proc = run_check(ROOT / "tools" / "i18n.py")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def copy_with_new_page(tmp_path: Path, label: str) -> Path:
    """A copy of the sources, the tool and the glossaries, with a new page showing ``label``
    (Python source); returns the copy's tool."""
    shutil.copytree(ROOT / "desktop" / "utvag" / "ui", tmp_path / "desktop" / "utvag" / "ui",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "tools").mkdir()
    shutil.copy(ROOT / "tools" / "i18n.py", tmp_path / "tools" / "i18n.py")
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    for glossary in (ROOT / "resources" / "i18n").glob("*.json"):
        shutil.copy(glossary, tmp_path / "resources" / "i18n")
    (tmp_path / "desktop" / "utvag" / "ui" / "zz_new_page.py").write_text(
        "from PySide6.QtWidgets import QLabel, QWidget\n\n\n"
        "class NewPage(QWidget):\n"
        "    def __init__(self) -> None:\n"
        "        super().__init__()\n"
        f"        self.label = QLabel({label})\n",
        encoding="utf-8")
    return tmp_path / "tools" / "i18n.py"


def test_translation_check_fails_on_an_untranslated_string(tmp_path: Path) -> None:
    """The same check on a copy of the sources with one new, untranslated string."""
    tool = copy_with_new_page(tmp_path, 'self.tr("A sentence nobody has translated yet")')
    proc = run_check(tool)
    assert proc.returncode == 1
    assert "untranslated: 'A sentence nobody has translated yet'" in proc.stdout
    assert not (tmp_path / "resources" / "i18n" / "utvag_sv.ts").exists()  # --check writes nothing
    assert not (tmp_path / "resources" / "i18n" / "utvag_en.ts").exists()


def test_translation_check_fails_on_a_count_without_its_english_forms(tmp_path: Path) -> None:
    """A phrase with a count has its Swedish forms, but none for English: the English screen
    would read "2 note(s) kept", so the check fails."""
    tool = copy_with_new_page(tmp_path, 'self.tr("%n note(s) kept", "", 2)')
    swedish = tmp_path / "resources" / "i18n" / "sv-zz.json"
    swedish.write_text('{"%n note(s) kept": ["%n anteckning sparad", "%n anteckningar sparade"]}',
                       encoding="utf-8")
    proc = run_check(tool)
    assert proc.returncode == 1
    assert "untranslated" not in proc.stdout  # the Swedish is there
    assert "no English forms for the count: '%n note(s) kept'" in proc.stdout
    # One form is not enough either, in either language.
    (tmp_path / "resources" / "i18n" / "en-zz.json").write_text(
        '{"%n note(s) kept": ["%n notes kept"]}', encoding="utf-8")
    proc = run_check(tool)
    assert proc.returncode == 1
    assert "no English forms for the count: '%n note(s) kept'" in proc.stdout
    (tmp_path / "resources" / "i18n" / "en-zz.json").write_text(
        '{"%n note(s) kept": ["%n note kept", "%n notes kept"]}', encoding="utf-8")
    swedish.write_text('{"%n note(s) kept": ["%n anteckningar sparade"]}', encoding="utf-8")
    proc = run_check(tool)
    assert proc.returncode == 1
    assert "untranslated: '%n note(s) kept'" in proc.stdout
    assert "no English forms" not in proc.stdout


def test_open_case_follows_a_language_switch(open_window: MainWindow) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    view = workspace.open_case(workspace.model.case_id(0))
    overview = view.widget(0)
    assert overview is not None

    def texts() -> dict[str, object]:
        view.setCurrentWidget(view.log)
        QApplication.processEvents()
        return {
            "filter": workspace.type_filter.itemText(0),
            "header": workspace.proxy.headerData(0, Qt.Orientation.Horizontal),
            "type": workspace.proxy.index(0, workspace.model.COLUMNS.index("type")).data(),
            "tab": view.tabText(0),
            "caption": "Case number:" if any(
                label.text() == "Case number:" for label in overview.findChildren(QLabel)
            ) else "Ärendenummer:" if any(
                label.text() == "Ärendenummer:" for label in overview.findChildren(QLabel)
            ) else None,
            "journal": view.journal.save_button.text(),
            "attachments": view.attachments.add_button.text(),
            "log": view.log.model.headerData(0, Qt.Orientation.Horizontal),
        }

    english = {"filter": "All types", "header": "Case number", "type": "Defector",
               "tab": "&Overview", "caption": "Case number:", "journal": "Save &draft",
               "attachments": "A&dd file…", "log": "When"}
    assert texts() == english
    open_window.swedish_action.trigger()
    QApplication.processEvents()
    assert texts() == {"filter": "Alla typer", "header": "Ärendenummer", "type": "Avhoppare",
                       "tab": "&Översikt", "caption": "Ärendenummer:",
                       "journal": "Spara &utkast", "attachments": "Lägg &till fil…",
                       "log": "När"}
    open_window.english_action.trigger()
    QApplication.processEvents()
    assert texts() == english
