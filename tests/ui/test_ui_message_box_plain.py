"""Message boxes draw their text as written: a sentence that names a folder the user chose (or a
name) is never drawn as rich text. Every UI test's message boxes are held to it by the
``message_boxes`` fixture; this one meets a text that would be drawn as markup."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from test_ui_transfer_roundtrip import export_card
from ui_support import unlock_with_keyboard

from utvag.services.policy import Policy
from utvag.ui.window import MainWindow

UI = Path(__file__).resolve().parents[2] / "desktop" / "utvag" / "ui"


def test_a_folder_named_like_markup_is_shown_as_written(
        qtbot: Any, tmp_path: Path, make_window: Callable[..., MainWindow],
        message_boxes: Any) -> None:
    from conftest import create_vault

    policy = Policy(keyring_allowed=False)
    unit = create_vault(tmp_path / "hisingen", policy, "Hisingen")
    window = make_window(unit.directory, policy)
    unlock_with_keyboard(qtbot, window, unit.passphrase)
    folder = tmp_path / "<b>Fet <i>kursiv"  # no '/': a folder's name
    folder.mkdir()
    export_card(qtbot, window, folder / "kort.json")
    qtbot.waitUntil(lambda: len(message_boxes.seen) >= 1)
    (_title, text), = message_boxes.expect()
    assert "<b>Fet <i>kursiv" in text
    assert message_boxes.drawn_as_markup == []


def test_no_screen_asks_qt_for_a_box_that_guesses_the_text_format() -> None:
    """Qt's static ``QMessageBox.information`` and friends guess; ``ui/message_box`` does not."""
    guessing = [f"{path.relative_to(UI)}:{number}"
                for path in UI.rglob("*.py")
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if re.search(r"QMessageBox\.(information|warning|question|critical|about)\(",
                             line)]
    assert guessing == []
