"""Each role's vault shows the screens and menu entries of its own work and nothing else: the city
office's vault has no case list, no Case menu and only Statistics under Follow-up; the unit
manager's has the manager's view; a caseworker's has the cases but not the manager's view; SAV's
cannot consult SAV. The shortcut of an entry the role does not have does nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from ui_support import unlock_with_keyboard

from conftest import UiVault, create_vault, role_vault
from utvag.domain.units import CITY_OFFICE
from utvag.services import cases
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.due_view import DueView
from utvag.ui.manager.manager_view import ManagerView
from utvag.ui.role_home import RoleHome
from utvag.ui.statistics.statistics_merge_view import MergeView
from utvag.ui.window import MainWindow

POLICY = Policy(keyring_allowed=False)
CTRL = Qt.KeyboardModifier.ControlModifier
CASE_SHORTCUTS = (Qt.Key.Key_N, Qt.Key.Key_F, Qt.Key.Key_D)  # new case, search, due


def one_case(session: Session) -> None:
    cases.new_case(session, {"type": "defector", "person": {
        "name": "DEMO Rolf Påhittad", "birth_date": "1999-01-02"}})


def make(tmp_path: Path, kind: str) -> UiVault:
    cards: dict[str, tuple[Path, str]] = {}
    if kind == "city-office":
        return create_vault(tmp_path / kind, POLICY, CITY_OFFICE)
    if kind in ("caseworker", "manager"):
        return role_vault(tmp_path / kind, POLICY, kind, "Maria Lind", cards)
    return create_vault(tmp_path / kind, POLICY, "SAV" if kind == "sav" else "Hisingen",
                        fill=one_case)


def opened(make_window: Any, qtbot: Any, tmp_path: Path, kind: str) -> MainWindow:
    made = make(tmp_path, kind)
    window = make_window(made.directory, POLICY)
    unlock_with_keyboard(qtbot, window, made.passphrase)
    return window


def menus(window: MainWindow) -> dict[str, list[str]]:
    """The menu bar as the user sees it: each shown menu and its shown entries."""
    shown: dict[str, list[str]] = {}
    for item in window.menuBar().actions():
        menu = item.menu()
        if item.isVisible() and isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # as on opening it
            shown[item.text()] = [a.text() for a in menu.actions()
                                  if a.isVisible() and not a.isSeparator()]
    return shown


def windows() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def press_all(qtbot: Any, window: MainWindow, keys: tuple[Qt.Key, ...]) -> list[QAction]:
    """Press Ctrl+key for each key; the actions of the window that fired."""
    fired: list[QAction] = []
    for action in window.findChildren(QAction):
        action.triggered.connect(lambda _c=False, a=action: fired.append(a))
    for key in keys:
        qtbot.keyClick(window, key, CTRL)
    return fired


FILE_ALWAYS = ["Unit &keys…", "&Back up…", "&Lock", "&Quit"]
CASE_FILE = ["&New case…", "&Search", "&Transfer case…", "&Import transfer…",
             "Register &receipt…"]


def test_the_city_offices_vault_shows_statistics_and_keys_but_no_cases(
        make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = opened(make_window, qtbot, tmp_path, "city-office")
    shown = menus(window)
    assert list(shown) == ["&File", "&Language", "Follo&w-up", "&Help"]
    assert shown["&File"] == FILE_ALWAYS
    assert shown["Follo&w-up"] == ["&Statistics…"]
    assert window.workspace is None and not window.transfers.toolbar.isVisible()
    home = window.stack.currentWidget()
    assert isinstance(home, RoleHome)
    assert "holds no cases" in home.about.text()
    assert [b.defaultAction().text() for b in home.buttons] == [
        "&Statistics…", "Unit &keys…", "&Back up…"]
    assert home.buttons[0].hasFocus()

    before = windows()
    assert press_all(qtbot, window, CASE_SHORTCUTS) == []
    assert windows() == before and QApplication.activeModalWidget() is None

    qtbot.mouseClick(home.buttons[0], Qt.MouseButton.LeftButton)  # the merge, in its window
    merge = window.findChild(MergeView)
    assert merge is not None and merge.isVisible()
    merge.close()

    i18n.set_language("sv")  # the page follows the language, as the menus do
    qtbot.waitUntil(lambda: home.about.text().startswith("Detta är stadsledningskontorets valv."))
    assert home.buttons[0].defaultAction().text() == "&Statistik…"


def test_the_managers_vault_opens_on_the_managers_view_and_has_no_case_work(
        make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = opened(make_window, qtbot, tmp_path, "manager")
    shown = menus(window)
    assert list(shown) == ["&File", "&Language", "Follo&w-up", "&Help"]
    assert shown["&File"] == FILE_ALWAYS
    assert shown["Follo&w-up"] == ["&Manager's view…"]
    home = window.stack.currentWidget()
    assert isinstance(home, RoleHome) and window.workspace is None
    assert home.heading.text() == "Maria Lind · Unit manager, Hisingen"
    assert [b.defaultAction().text() for b in home.buttons] == [
        "&Manager's view…", "Unit &keys…", "&Back up…"]
    before = windows()
    assert press_all(qtbot, window, CASE_SHORTCUTS) == []
    assert windows() == before
    home.buttons[0].click()
    view = window.findChild(ManagerView)
    assert view is not None and view.isVisible()
    view.close()
    window.lock()  # the lock screen again, the menus still the role's
    assert shown == menus(window)


FOLLOW_UP_CASES = ["&Due and overdue…", "&Concern reports…", "&Statistics…", "&Log review…",
                   "Re&tention (gallring)…", "My upcoming &risk meetings…",
                   "&Incidents at the unit…", "Record an incident &without a case…"]
CASE_MENU = ["&Close case…", "Add &intervention…", "Link &relative…", "Consent &withdrawn…",
             "&Hand to a colleague…", "C&onsult SAV…", "Record the a&pplication…",
             "Record a d&ecision…",
             "SAV's special-defector &decision…", "Correct the person's &name…",
             "&Transfer case…"]
AT_SAV_ONLY = "SAV's special-defector &decision…"


@pytest.mark.parametrize(("kind", "case_menu"), [
    ("unit", [entry for entry in CASE_MENU if entry != AT_SAV_ONLY]),
    ("caseworker", [entry for entry in CASE_MENU if entry != AT_SAV_ONLY]),
    ("sav", [entry for entry in CASE_MENU if entry != "C&onsult SAV…"]),
])
def test_a_vault_with_cases_shows_the_case_work_and_not_the_managers_view(
        make_window: Any, qtbot: Any, tmp_path: Path, kind: str, case_menu: list[str]) -> None:
    window = opened(make_window, qtbot, tmp_path, kind)
    shown = menus(window)
    assert list(shown) == ["&File", "&Language", "Cas&e", "Follo&w-up", "&Help"]
    assert shown["&File"][:2] == CASE_FILE[:2]
    assert set(CASE_FILE + FILE_ALWAYS) <= set(shown["&File"])
    assert shown["Follo&w-up"] == FOLLOW_UP_CASES
    assert shown["Cas&e"][:len(case_menu)] == case_menu
    assert window.workspace is not None and window.transfers.toolbar.isVisible()
    hidden_consult = window.case_menu.consult_action
    assert hidden_consult.isVisible() is (kind != "sav")

    fired = press_all(qtbot, window, (Qt.Key.Key_D,))  # the shortcut of a shown entry works
    assert [a.text() for a in fired] == ["&Due and overdue…"]
    due = window.findChild(DueView)
    assert due is not None and due.isVisible()
    due.close()


def test_a_city_office_vault_made_in_the_first_run_opens_on_its_page(
        make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWizard
    from test_ui_first_run import STRONG, wizard_of

    window = make_window(tmp_path / "city", POLICY)
    wizard = wizard_of(window)
    page = wizard.unit_page
    page.unit.setCurrentIndex(page.unit.findData(CITY_OFFICE))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    wizard.passphrase_page.first.setText(STRONG)
    wizard.passphrase_page.second.setText(STRONG)
    next_button.click()
    next_button.click()  # past the recovery key, typing back its last group
    wizard.confirm_page.confirm.setText(wizard.recovery_key.rsplit("-", 1)[-1])
    next_button.click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert isinstance(window.stack.currentWidget(), RoleHome) and window.workspace is None
    assert menus(window)["Follo&w-up"] == ["&Statistics…"]


@pytest.mark.parametrize(("kind", "offered"), [
    ("sav", ["defector", "high_risk"]),
    ("unit", ["defector", "relative", "high_risk"]),
])
def test_the_new_case_dialog_offers_only_the_types_the_vault_opens(
        make_window: Any, qtbot: Any, tmp_path: Path, kind: str, offered: list[str]) -> None:
    """SAV does not handle relatives' own cases (the service refuses one): the New case dialog
    does not offer it there, while a district board's vault offers all three."""
    from ui_support import when_modal

    from utvag.ui.case.new_case_dialog import NewCaseDialog

    window = opened(make_window, qtbot, tmp_path, kind)
    assert window.workspace is not None
    seen: list[list[str]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        seen.append([dialog.type.itemData(i) for i in range(dialog.type.count())])
        dialog.reject()

    when_modal(look, kind=NewCaseDialog)
    window.workspace.new_case()
    assert seen == [offered]


def test_after_locking_the_transfer_toolbar_offers_nothing(
        make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    """The role's menus and toolbar stay on the lock screen; their actions are greyed there, as
    at a fresh start, instead of looking usable and doing nothing."""
    window = opened(make_window, qtbot, tmp_path, "unit")
    transfers = window.transfers
    actions = (transfers.transfer_case_action, transfers.import_action, transfers.receipt_action)
    assert transfers.import_action.isEnabled() and transfers.receipt_action.isEnabled()
    window.lock()
    assert [a.text() for a in actions if a.isEnabled()] == []
