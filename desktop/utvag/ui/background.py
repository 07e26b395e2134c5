"""Long operations off the GUI thread, with progress, cancel and error routing.

``run_in_background`` shows a modal progress dialog, runs ``work(progress)`` in a worker thread
and delivers the result (or the error) back on the GUI thread. ``work`` reports with
``progress.update(done, total)``, which raises ``Cancelled`` once the user has pressed Cancel;
database work that cannot report (an export) is interrupted through ``on_cancel``. Known errors
become a message, bugs the crash dialog (no case data), a cancel nothing at all.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from utvag.ui.errors import let_go, report_error

T = TypeVar("T")


class Cancelled(Exception):
    """The user cancelled; nothing was changed."""


class Progress:
    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self.cancelled = threading.Event()

    def update(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise Cancelled
        self._emit(done, total)

    def check(self) -> None:
        if self.cancelled.is_set():
            raise Cancelled


class _Bridge(QObject):
    progressed = Signal(int, int)
    finished = Signal(object, object)  # result, error


class _QtThread(QThread):
    """A worker Qt knows as its own thread (with an event dispatcher): what laying out a text
    document needs, which starts timers. Answers ``join`` and ``is_alive`` like a Python thread."""

    def __init__(self, target: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("utvag-background-qt")
        self._target = target

    def run(self) -> None:
        self._target()

    def join(self, timeout: float | None = None) -> None:
        if timeout is None:
            self.wait()
        else:
            self.wait(int(timeout * 1000))

    def is_alive(self) -> bool:
        return self.isRunning()


_RUNNING: weakref.WeakSet[BackgroundOp[Any]] = weakref.WeakSet()

# How long a lock waits for each operation it cancelled to stop before it closes the vault. Most
# stop within a step (a chunk, a batch, an interrupted statement). What may not: a destruction
# (retention), which cannot stop part-way and takes some 18 s a gigabyte of attachments
# (measured on the test machine), a package's signature check over a large file, the periodic
# check's cipher_integrity_check (``periodic_check.py``), and anything reading or writing a
# stalled disk. The vault is then closed without them: nothing new starts on it, and an
# operation still holding its main connection closes it as it lets go (``vault/closing.py``),
# never under it, which crashed the app; what the others go on to return or raise is dropped.
STOP_WAIT_S = 30.0


def cancel_all_and_wait() -> None:
    """Before the vault closes (a lock): stop every operation still using it."""
    for op in list(_RUNNING):
        if op.running:
            op.cancel_and_wait()


class BackgroundOp(QObject, Generic[T]):
    """``qt_thread``: run in a ``QThread`` (painting a multi-page text document); else in a
    plain daemon thread, which a quitting app does not wait for. ``cancellable=False`` for work
    that cannot stop part-way (sealing a package): the dialog shows no Cancel. ``ended`` is
    emitted last, whatever the outcome."""

    ended = Signal()

    def __init__(self, parent: QWidget, label: str, work: Callable[[Progress], T],
                 on_success: Callable[[T], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 on_cancel: Callable[[], None] | None = None, *, qt_thread: bool = False,
                 cancellable: bool = True) -> None:
        super().__init__(parent)
        self._qt_thread = qt_thread
        self._parent = parent
        self._work = work
        self._on_success = on_success
        self._on_error = on_error or (lambda exc: report_error(parent, exc))
        self._on_cancel = on_cancel
        self._bridge = _Bridge()
        self._bridge.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._bridge.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.progress = Progress(lambda d, t: self._bridge.progressed.emit(int(d), int(t)))
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setValue(0)  # starts the 300 ms (the constructor started Qt's 4 s default)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        self._thread: threading.Thread | _QtThread | None = None

    def start(self) -> BackgroundOp[T]:
        self._thread = (_QtThread(self._run) if self._qt_thread else threading.Thread(
            target=self._run, name="utvag-background", daemon=True))
        _RUNNING.add(self)
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._bridge.finished.emit(None, exc)
        else:
            self._bridge.finished.emit(result, None)

    def cancel(self) -> None:
        self.progress.cancelled.set()
        if self._on_cancel is not None:
            self._on_cancel()

    def cancel_and_wait(self) -> None:
        """Cancel and wait for the worker to stop (before the vault it uses is closed), at most
        ``STOP_WAIT_S``."""
        self.cancel()
        if self._thread is not None:
            self._thread.join(STOP_WAIT_S)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(1000)
            self.dialog.setValue(min(1000, int(done * 1000 / total)))

    def _done(self, result: Any, error: BaseException | None) -> None:
        # reset() stops the dialog's own timer that would show it after the minimum duration:
        # a fast operation whose result opens a dialog (a nested event loop, where the deferred
        # delete does not run) would otherwise get the finished progress shown over that dialog.
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.result, self.error = result, error
        self.done.set()
        if self._thread is not None:
            self._thread.join()
        _RUNNING.discard(self)
        try:
            if error is not None:
                if isinstance(error, Cancelled) or self.progress.cancelled.is_set():
                    return
                self._on_error(error)
            elif self._on_success is not None:
                self._on_success(result)
        finally:
            self.ended.emit()


def run_in_background(parent: QWidget, label: str, work: Callable[[Progress], T],
                      on_success: Callable[[T], None] | None = None, **kwargs: Any
                      ) -> BackgroundOp[T]:
    return BackgroundOp(parent, label, work, on_success, **kwargs).start()


class OffThread(QObject, Generic[T]):
    """Run ``work()`` in a worker thread and hand ``(result, error)`` to ``done`` on the GUI
    thread. No dialog: the caller shows that it is busy (the lock screen while a key is derived).
    """

    def __init__(self, parent: QObject, work: Callable[[], T],
                 done: Callable[[T | None, BaseException | None], None]) -> None:
        super().__init__(parent)
        self._work = work
        self._done = done
        self._delivered = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._run, name="utvag-off-thread", daemon=True)

    def start(self) -> OffThread[T]:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self.error = exc
        self._bridge.finished.emit(None, None)

    @property
    def running(self) -> bool:
        return not self._delivered

    def wait(self, timeout: float = 60.0) -> None:
        """Block until the work is done and ``done`` has run (closing the window meanwhile)."""
        self._thread.join(timeout)
        if not self._thread.is_alive():
            self._finish()

    def _finish(self, *_signal: object) -> None:
        if self._delivered:
            return
        self._thread.join()
        self._delivered = True
        result, error = self.result, self.error
        # Kept by nothing once delivered: the work's closure holds what it was given (the
        # passphrase typed), the error's frames what the work held (a key it derived).
        self._work = _delivered
        self.result = self.error = None
        try:
            self._done(result, error)
        finally:
            if error is not None:
                let_go(error.__traceback__)


def _delivered() -> Any:
    raise RuntimeError("an OffThread runs its work once")


def wait_off_thread(parent: QWidget, label: str, work: Callable[[], T]) -> tuple[bool, T | None]:
    """Run ``work`` off the GUI thread and wait for it in a local event loop, for work that
    cannot stop part-way (sealing or opening a package) where the caller needs the outcome
    before it goes on: (True, its result), or (False, None) when a lock cancelled it; its error
    is raised here, on the GUI thread. The window keeps painting; ``parent`` takes no input
    meanwhile."""
    loop = QEventLoop()
    op = run_in_background(parent, label, lambda _p: work(), on_error=lambda _exc: None,
                           cancellable=False)
    op.ended.connect(loop.quit)
    parent.setEnabled(False)
    try:
        loop.exec()
    finally:
        parent.setEnabled(True)
    if op.progress.cancelled.is_set():
        return False, None
    if op.error is not None:
        raise op.error
    return True, op.result
