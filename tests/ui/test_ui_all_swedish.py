"""In Swedish, every screen and dialog speaks Swedish: no English sentence, no raw code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton
from screen_walk import walk
from swedish_check import english_only, problems

from utvag.services.policy import Policy
from utvag.ui import i18n
from utvag.ui.window import MainWindow


def test_the_detector_knows_english_from_swedish() -> None:
    english = english_only()
    assert {"required", "passphrase", "decision", "unlock"} <= english
    assert not {"ärende", "samtycke", "centrum", "och"} & english


def test_every_screen_is_swedish(make_window: Callable[..., MainWindow],
                                 tmp_path: Path) -> None:
    assert i18n.set_language("sv")
    found, ok_buttons = [], 0
    for where, top in walk(make_window, tmp_path, Policy(keyring_allowed=False)):
        found += [f"{where}: {problem}" for problem in problems(top)]
        # Qt's own Swedish writes the standard button "Ok"; Swedish writes "OK".
        buttons = [b.text() for b in top.findChildren(QAbstractButton) if b.isVisibleTo(top)]
        found += [f"{where}: a button reads {text!r}" for text in buttons
                  if text.replace("&", "") == "Ok"]
        ok_buttons += buttons.count("OK")
    assert not found, "English or raw codes on Swedish screens:\n" + "\n".join(found)
    assert ok_buttons, "the walk showed no OK button: the check above saw none"
