"""Nothing a test showed is left for the next one: a window left alive (and the dialogs it keeps
as children, holding a vault closed by then) got the next test's language change and failed it
(the transfer screens' tests, then the case flow's language test). The two tests run in order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget
from ui_support import unlock_with_keyboard

from conftest import UiVault
from utvag.ui.window import MainWindow

SHOWN: list[QWidget] = []


def test_a_window_with_a_dialog_is_shown(
        make_window: Callable[..., MainWindow], vault: UiVault, qtbot: Any) -> None:
    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    dialog = QDialog(window)
    dialog.open()
    dialog.reject()
    SHOWN.extend((window, dialog))


def test_the_next_test_starts_without_them() -> None:
    assert len(SHOWN) == 2, "runs after the test above"
    assert not [w for w in SHOWN if shiboken6.isValid(w)]
