"""Helpers for the UI tests: typing into the focused widget, driving modal dialogs, a clock."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget, QWidget

from utvag.ui.case.decision_dialogs import DecisionDialog
from utvag.ui.lock.unlock_page import UnlockPage
from utvag.ui.window import MainWindow
from utvag.ui.workspace import Workspace

if TYPE_CHECKING:
    from conftest import UiVault


def table_cells(table: QTableWidget) -> list[list[str]]:
    """What a table of text shows, row by row."""
    return [[item.text() if (item := table.item(r, c)) is not None else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def wait_read(qtbot: Any, view: Any) -> None:
    """Wait until a view that reads off the GUI thread shows what it read."""
    qtbot.waitUntil(lambda: not view.reading, timeout=20000)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _window_settled(qtbot: Any) -> None:
    """A window the app activated again (after a progress window closed) is active only once
    the platform's activation event is delivered: keys go to the focus from then on, as a
    person's would after the window came back. No focus after that fails in ``focused``."""
    if QApplication.focusWidget() is None:
        with contextlib.suppress(AssertionError, TimeoutError):
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=1000)


def press(qtbot: Any, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    _window_settled(qtbot)
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    _window_settled(qtbot)
    qtbot.keyClicks(focused(), text)


def when_modal(action: Callable[[QWidget], None], *, kind: type[QWidget] = QWidget) -> None:
    """Run ``action`` on the next modal dialog of ``kind`` once it is shown (drives ``exec``).

    A dialog the action leaves open is closed, so that a failing test fails instead of hanging.
    """

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible() and widget.isActiveWindow():
            try:
                action(widget)
            finally:
                if widget.isVisible():
                    widget.close()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


class FakeClock:
    """A wall clock the test moves by hand; ``sleep`` stands for a suspended laptop."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def unlock_with_keyboard(qtbot: Any, window: MainWindow, secret: str) -> None:
    page = window.unlock_page
    qtbot.keyClicks(page.secret, secret)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    # The key is derived off the GUI thread; the result is shown when it arrives.
    qtbot.waitUntil(lambda: window.unlocking is None or not window.unlocking.running,
                    timeout=60_000)
    # A vault with thousands of cases waiting for their due items works them out first, behind
    # a progress dialog; a person waits for it to close.
    qtbot.waitUntil(lambda: window.background is None or window.background.done.is_set(),
                    timeout=120_000)


def assert_locked(window: MainWindow, vault: UiVault) -> None:
    """The lock screen alone in the window, nothing of the workspace left, the vault closed."""
    assert window.is_locked and window.session is None and window.workspace is None
    page = window.stack.currentWidget()
    assert isinstance(page, UnlockPage) and page is window.unlock_page
    assert window.stack.count() == 1
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not window.findChildren(Workspace)
    # The vault's files are closed and its lock released: it opens again at once.
    with vault.open() as again:
        assert again.vault.is_open


def discard_question() -> QMessageBox | None:
    """The "Discard the text?" question a dialog with typed text asks, when it is showing."""
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "discardTyped" and w.isVisible()]
    return found[0] if found else None


def destructive_button(box: QMessageBox) -> Any:
    """The box's button that throws away or destroys (its DestructiveRole button)."""
    return next(b for b in box.buttons()
                if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole)


def district_answers(tmp_path: Path, name: str, **changes: Any) -> Path:
    """docs/examples/answers-district-defector.json with ``changes`` made to its answers,
    written to ``tmp_path / name``."""
    raw = json.loads((Path(__file__).resolve().parents[2] / "docs" / "examples"
                      / "answers-district-defector.json").read_text(encoding="utf-8"))
    raw["answers"].update(changes)
    path = tmp_path / name
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def decision_dialog(window: MainWindow, qtbot: Any, case_id: int) -> DecisionDialog:
    """The board's decision dialog for the case, shown and active: a dialog about one case
    that keeps what is typed in it through a lock."""
    assert window.session is not None
    dialog = DecisionDialog(window.session, case_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def files_holding(text: str, *directories: Path) -> list[Path]:
    """The files under ``directories`` that hold ``text`` in clear (as UTF-8): a canary typed
    into the app found outside the encrypted vault."""
    needle = text.encode("utf-8")
    return [path for directory in directories for path in directory.rglob("*")
            if path.is_file() and needle in path.read_bytes()]


def close_button(dialog: QWidget) -> None:
    """What the title bar's X does: the window system's close, to the dialog's window (it
    reaches the dialog as a spontaneous close event; a close made by the app is not one)."""
    handle = dialog.windowHandle()
    assert handle is not None
    QApplication.sendEvent(handle, QCloseEvent())
