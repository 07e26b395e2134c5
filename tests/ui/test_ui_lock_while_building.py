"""A lock that comes while a view is being built stops the build.

An error reported while the case list, a case, one of its tabs or a follow-up view is being
built shows a message box, whose event loop takes input: Ctrl+L, the idle clock or the OS can
lock the vault there. When the box returns, the build must not go on against the closed vault:
the lock screen stays, with no crash dialog or other message over it, nothing of the build is
left in the window or as a window of its own, the vault is closed (it opens again at once), and
unlocking again works. The app's own error routing is installed, so a build that failed on the
closed vault would show its crash dialog here, as it would to the user.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from ui_support import FakeClock, assert_locked, press, unlock_with_keyboard

from conftest import UiVault
from utvag.errors import NotFoundError
from utvag.ui.case.case_view import CaseView, LogTab, OverviewTab
from utvag.ui.due_view import DueView
from utvag.ui.errors import report_error
from utvag.ui.window import MainWindow
from utvag.ui.workspace import Workspace

pytestmark = pytest.mark.qt_no_exception_capture  # the app's error routing sees what escapes

Lock = Callable[[MainWindow], None]


@pytest.fixture(params=["ctrl_l", "idle", "os_lock"])
def lock(request: pytest.FixtureRequest, qtbot: Any, clock: FakeClock, vault: UiVault) -> Lock:
    """One of the three ways the vault locks by itself or at the user's word."""

    def ctrl_l(_window: MainWindow) -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        qtbot.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    def idle(window: MainWindow) -> None:
        clock.advance(vault.policy.idle_timeout_seconds)
        window.idle.check()

    def os_lock(window: MainWindow) -> None:
        assert window.os_events is not None
        window.os_events._screensaver(True)

    ways: dict[str, Lock] = {"ctrl_l": ctrl_l, "idle": idle, "os_lock": os_lock}
    return ways[request.param]


class _ErrorWhile(QObject):
    """The first time a widget of ``kind`` gets an event of ``event`` (made, or shown), an error
    is reported as a slot's error would be, and ``lock`` runs in its message box."""

    def __init__(self, window: MainWindow, kind: type[QWidget], event: QEvent.Type,
                 lock: Lock) -> None:
        super().__init__()
        self.window, self.kind, self.at, self.lock = window, kind, event, lock
        self.boxes: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.boxes and event.type() == self.at and isinstance(watched, self.kind):
            self.boxes.append("")
            QTimer.singleShot(0, self._in_box)  # runs in the box's event loop
            report_error(self.window, NotFoundError("The case could not be read."))
        return False

    def _in_box(self) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        self.boxes[0] = box.text()
        try:
            self.lock(self.window)
        finally:
            if box.isVisible():  # a lock that did not close it: fail, do not hang
                box.close()


@contextmanager
def error_while(window: MainWindow, kind: type[QWidget], event: QEvent.Type,
                lock: Lock) -> Iterator[_ErrorWhile]:
    watch = _ErrorWhile(window, kind, event, lock)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    try:
        yield watch
    finally:
        app.removeEventFilter(watch)
    assert watch.boxes == ["The case could not be read."], "the error was not shown mid-build"


def shows_only_the_lock_screen(window: MainWindow, vault: UiVault, qtbot: Any,
                               message_boxes: Any) -> None:
    qtbot.wait(50)  # what the stopped build left to the event loop has run
    assert message_boxes.seen == [], "a message was shown over the lock screen"
    assert window.unlock_page.isVisible()
    assert [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not window] == []
    assert_locked(window, vault)
    assert not window.findChildren(CaseView) and not window.findChildren(DueView)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.workspace is not None and window.workspace.isVisible()


def _open_first_case(window: MainWindow, qtbot: Any) -> None:
    """Enter on the first row of the case list, as the user opens a case."""
    workspace = window.workspace
    assert workspace is not None
    workspace.table.setFocus()
    workspace.table.selectRow(0)
    qtbot.keyClick(workspace.table, Qt.Key.Key_Return)


@pytest.mark.parametrize("event", [QEvent.Type.ChildAdded, QEvent.Type.Show])
def test_a_lock_while_the_case_list_is_built_after_unlocking(
        make_window: Callable[..., MainWindow], vault: UiVault, qtbot: Any,
        message_boxes: Any, app_excepthook: None, lock: Lock, event: QEvent.Type) -> None:
    window = make_window(vault.directory, vault.policy)
    with error_while(window, Workspace, event, lock):
        unlock_with_keyboard(qtbot, window, vault.passphrase)
    shows_only_the_lock_screen(window, vault, qtbot, message_boxes)


@pytest.mark.parametrize("event", [QEvent.Type.ParentChange, QEvent.Type.Show])
def test_a_lock_while_a_case_is_opened(open_window: MainWindow, vault: UiVault, qtbot: Any,
                                       message_boxes: Any, app_excepthook: None, lock: Lock,
                                       event: QEvent.Type) -> None:
    """Made: the case view is still being put together (its Overview joins it), and its other
    tabs would read the closed vault; shown: it is being put in the window."""
    with error_while(open_window, OverviewTab, event, lock):
        _open_first_case(open_window, qtbot)
    shows_only_the_lock_screen(open_window, vault, qtbot, message_boxes)


def test_a_lock_while_a_tab_of_the_case_is_built(open_window: MainWindow, vault: UiVault,
                                                 qtbot: Any, message_boxes: Any,
                                                 app_excepthook: None, lock: Lock) -> None:
    """The Log tab is built when first shown, and reads the log as it is shown."""
    _open_first_case(open_window, qtbot)
    workspace = open_window.workspace
    assert workspace is not None and workspace.case_view is not None
    view = workspace.case_view
    tabs = view.tabBar()
    log = tabs.tabRect(view.indexOf(view.page("log"))).center()
    with error_while(open_window, LogTab, QEvent.Type.Show, lock):
        qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=log)
    shows_only_the_lock_screen(open_window, vault, qtbot, message_boxes)


@pytest.mark.parametrize("event", [QEvent.Type.ChildAdded, QEvent.Type.Show])
def test_a_lock_while_a_follow_up_view_is_built(open_window: MainWindow, vault: UiVault,
                                                qtbot: Any, message_boxes: Any,
                                                app_excepthook: None, lock: Lock,
                                                event: QEvent.Type) -> None:
    """The Due view opens as a window of its own: none opens over the lock screen."""
    with error_while(open_window, DueView, event, lock):
        press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    shows_only_the_lock_screen(open_window, vault, qtbot, message_boxes)


def test_a_lock_while_a_built_tab_is_shown_again(open_window: MainWindow, vault: UiVault,
                                                 qtbot: Any, message_boxes: Any,
                                                 app_excepthook: None, lock: Lock) -> None:
    """No build under way: Qt is showing the tab when the error's box comes, and goes on with
    it when the box returns; what the lock deleted meanwhile must still be there."""
    _open_first_case(open_window, qtbot)
    workspace = open_window.workspace
    assert workspace is not None and workspace.case_view is not None
    view = workspace.case_view
    view.setCurrentWidget(view.log)
    view.setCurrentWidget(view.overview)
    tabs = view.tabBar()
    log = tabs.tabRect(view.indexOf(view.log)).center()
    with error_while(open_window, LogTab, QEvent.Type.Show, lock):
        qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=log)
    shows_only_the_lock_screen(open_window, vault, qtbot, message_boxes)
