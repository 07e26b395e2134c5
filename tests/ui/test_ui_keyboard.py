"""Keyboard use: on every screen, in both languages, each Alt+letter reaches exactly one thing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget
from ui_support import press, unlock_with_keyboard, when_modal

from conftest import UiVault
from utvag.ui import i18n
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.new_case_dialog import NewCaseDialog
from utvag.ui.lock.first_run import FirstRunWizard
from utvag.ui.window import MainWindow


def mnemonic(text: str) -> str | None:
    index = 0
    while (index := text.find("&", index)) != -1:
        if text[index + 1:index + 2] == "&":
            index += 2
            continue
        return text[index + 1:index + 2].lower() or None
    return None


def visible_mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic the user can reach in ``top`` right now."""
    texts: list[str] = []
    if hasattr(top, "menuBar"):
        texts += [action.text() for action in top.menuBar().actions()]
    texts += [b.text() for b in top.findChildren(QAbstractButton)
              if b.isVisible() and b.isEnabled()]
    texts += [label.text() for label in top.findChildren(QLabel)
              if label.isVisible() and label.buddy() is not None]
    for bar in top.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabEnabled(i)]
    return [(letter, text) for text in texts if (letter := mnemonic(text))]


def assert_unambiguous(top: QWidget, where: str) -> None:
    found = visible_mnemonics(top)
    counts = Counter(letter for letter, _ in found)
    clashes = sorted((letter, text) for letter, text in found if counts[letter] > 1)
    assert not clashes, f"{where}: the same Alt+letter reaches several things: {clashes}"


@pytest.fixture(params=["en", "sv"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.set_language(request.param)
    yield request.param


def test_first_run_pages(language: str, make_window: Callable[..., MainWindow], qtbot: Any,
                         tmp_path: Path) -> None:
    window = make_window(tmp_path / "v")
    wizard = window.first_run
    assert isinstance(wizard, FirstRunWizard)
    assert_unambiguous(window, "unit page")
    wizard.next()
    assert_unambiguous(window, "passphrase page")
    qtbot.keyClicks(wizard.passphrase_page.first, "seven quiet owls Sing at dawn")
    qtbot.keyClicks(wizard.passphrase_page.second, "seven quiet owls Sing at dawn")
    wizard.next()
    assert_unambiguous(window, "recovery key page")
    wizard.next()
    assert_unambiguous(window, "recovery key confirmation page")
    wizard.confirm_page.confirm.setText(wizard.recovery_key.rsplit("-", 1)[-1])
    wizard.next()
    assert wizard.currentPage() is wizard.quick_page
    assert_unambiguous(window, "quick unlock page")


def test_lock_screen(language: str, make_window: Callable[..., MainWindow],
                     vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    assert_unambiguous(window, "lock screen")
    window.unlock_page.toggle_recovery_mode()
    assert_unambiguous(window, "lock screen, recovery key")


def test_every_tab_of_a_case(language: str, open_window: MainWindow, qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    assert_unambiguous(open_window, "case list")
    for row in range(workspace.proxy.rowCount()):
        view = workspace.open_case(workspace.model.case_id(row))
        for index in range(view.count()):
            view.setCurrentIndex(index)
            assert_unambiguous(open_window, f"case {row}, tab {view.tabText(index)!r}")


def test_tab_mnemonics_switch_tabs(language: str, open_window: MainWindow, qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    view: CaseView = workspace.open_case(workspace.model.case_id(0))
    view.setFocus()
    for index in reversed(range(view.count())):
        letter = mnemonic(view.tabText(index))
        assert letter is not None, view.tabText(index)
        key = Qt.Key(ord(letter.upper())) if letter.isascii() else None
        if key is None:
            continue  # Å, Ä, Ö: typed through the keyboard layout, not a plain key code
        press(qtbot, key, Qt.KeyboardModifier.AltModifier)
        assert view.currentIndex() == index, view.tabText(index)


def test_new_case_dialog(language: str, open_window: MainWindow, qtbot: Any) -> None:
    checked: list[bool] = []

    def check(dialog: QWidget) -> None:
        assert_unambiguous(dialog, "new case dialog")
        checked.append(True)
        dialog.close()

    when_modal(check, kind=NewCaseDialog)
    workspace = open_window.workspace
    assert workspace is not None
    workspace.new_case()
    assert checked == [True]


def test_unlocking_by_keyboard_alone(make_window: Callable[..., MainWindow], qtbot: Any,
                                     vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.workspace is not None
