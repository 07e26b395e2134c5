"""Auto-lock: idle time measured by the wall clock, so time asleep counts as idle."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once the wall clock shows ``timeout`` seconds without user input (each
    event is told to ``saw`` by the application's filter, ``ui/input_watch.py``)."""

    idle = Signal()

    def __init__(self, timeout_seconds: int, clock: Callable[[], float] = time.time,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout = timeout_seconds
        self._clock = clock
        self._last = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last = self._clock()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def touch(self) -> None:
        self._last = self._clock()

    def check(self) -> None:
        if self._armed and self._clock() - self._last >= self.timeout:
            self.stop()
            self.idle.emit()

    def saw(self, kind: QEvent.Type) -> bool:
        """An event of ``kind`` happened: input moves the idle clock on; whether it is to be
        swallowed (input after the deadline)."""
        if kind in _ACTIVITY:
            if self._armed and self._clock() - self._last >= self.timeout:
                # Input after the deadline (e.g. right after waking up) must not count, and
                # must not reach the widgets being locked away: it is swallowed.
                self.check()
                return True
            self._last = self._clock()
        return False
