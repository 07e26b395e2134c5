"""The packaging check's exit hook: it reports the page shown and ends the app, nothing more."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from conftest import UiVault
from utvag.ui.application import SMOKE_EXIT_ENV, schedule_smoke_exit
from utvag.ui.window import MainWindow


def test_reports_the_lock_screen_and_closes_without_unlocking(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    window = make_window(vault.directory, vault.policy)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setenv(SMOKE_EXIT_ENV, "10")
    schedule_smoke_exit(app, window)
    qtbot.waitUntil(lambda: not window.isVisible())
    out = capsys.readouterr().out
    assert "page='unlockPage'" in out
    assert "title='Utväg'" in out
    assert window.session is None
    assert window.is_locked


@pytest.mark.parametrize("value", [None, "", "soon", "-5"])
def test_does_nothing_unless_given_a_number_of_milliseconds(
        value: str | None, make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    window = make_window(vault.directory, vault.policy)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if value is None:
        monkeypatch.delenv(SMOKE_EXIT_ENV, raising=False)
    else:
        monkeypatch.setenv(SMOKE_EXIT_ENV, value)
    schedule_smoke_exit(app, window)
    qtbot.wait(50)
    assert window.isVisible()
    assert "smoke-exit" not in capsys.readouterr().out
