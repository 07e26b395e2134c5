"""The application's one event filter: Ctrl+L from anywhere, also inside a modal dialog, where
window shortcuts do not reach, and the user's input for the idle clock (``lock/idle.py``).

Qt calls a filter on the application for every event of every object, some 2 000 of them while
a case view is built, and each call into Python costs more than the check it makes: one filter
serves both, and it is lifted while the GUI thread builds a view (``building``). No input is
delivered then: the event loop does not run until the building returns, and the events that
building sends itself (a child added, a widget polished) are none that either check is for.
Should an event loop run inside a building all the same (an error's message box, the crash
dialog of a slot that raised, any modal dialog), the filter is back before that loop delivers
anything: the event dispatcher says when it wakes or is about to wait, which a build that runs
no loop never makes it do.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

from utvag.ui import lock_guard
from utvag.ui.lock.idle import IdleWatcher

LOCK_SHORTCUT = QKeySequence("Ctrl+L")


class InputWatch(QObject):
    """Emits ``pressed`` on Ctrl+L (which goes no further) and tells ``idle`` every other
    event, once ``watch`` has installed it on the application."""

    pressed = Signal()
    _installed: InputWatch | None = None
    _lifted = 0  # nested ``building`` blocks under way

    def __init__(self, idle: IdleWatcher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = idle
        key = id(self)
        self.destroyed.connect(lambda *_gone: InputWatch._forget(key))

    @staticmethod
    def _forget(key: int) -> None:
        """A watch deleted with its window is off the application (Qt takes it off)."""
        if id(InputWatch._installed) == key:
            InputWatch._installed = None

    def watch(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            InputWatch._installed = self

    def unwatch(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if InputWatch._installed is self:
            InputWatch._installed = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()) == LOCK_SHORTCUT):
            self.pressed.emit()
            return True
        return self._idle.saw(kind)


@contextmanager
def building() -> Iterator[None]:
    """Around code that builds widgets on the GUI thread without running an event loop: the
    application's filter is lifted meanwhile and put back after (also when the code raises),
    and at once should an event loop run inside it after all. A lock that comes in such a loop
    stops the build (``ui/lock_guard.py``: it ends in ``BuildStopped``)."""
    outermost = InputWatch._lifted == 0
    lifted = _lift() if outermost else None
    InputWatch._lifted += 1
    try:
        with lock_guard.build():
            yield
    finally:
        InputWatch._lifted -= 1
        if outermost:
            _put_back(lifted)


_Lifted = tuple[InputWatch, QCoreApplication, QAbstractEventDispatcher | None]


def _lift() -> _Lifted | None:
    """The application's filter off (a building begins), and back as soon as a loop runs."""
    watch, app = InputWatch._installed, QCoreApplication.instance()
    if watch is None or app is None:
        return None
    dispatcher = QAbstractEventDispatcher.instance(app.thread())
    app.removeEventFilter(watch)
    if dispatcher is not None:
        dispatcher.awake.connect(_loop_runs)
        dispatcher.aboutToBlock.connect(_loop_runs)
    return watch, app, dispatcher


def _put_back(lifted: _Lifted | None) -> None:
    if lifted is None:
        return
    watch, app, dispatcher = lifted
    if InputWatch._installed is watch:
        app.installEventFilter(watch)
    if dispatcher is not None:  # after the filter is back, whatever this does
        dispatcher.awake.disconnect(_loop_runs)
        dispatcher.aboutToBlock.disconnect(_loop_runs)


def _loop_runs() -> None:
    """An event loop runs inside a building (a dialog's): input can arrive, so the filter is on
    the application again (installing it twice keeps it once)."""
    watch, app = InputWatch._installed, QCoreApplication.instance()
    if watch is not None and app is not None:
        app.installEventFilter(watch)
