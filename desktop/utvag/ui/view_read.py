"""A view's read of the vault off the GUI thread, through ``background.run_in_background``.

The view opens at once and says it is reading; ``show`` gets the data on the GUI thread when it
arrives. The read runs on a read-only connection of its own (``Session.reading``), so the GUI
thread's own reads never wait for it. One read at a time: asked again while reading (the day,
month or scope changed, or the vault did), it reads once more when the read arrives and shows
only that. Closing the view stops its read part-way and does not wait for it; what a read
returns or raises after a close or a lock stopped it, or once the session is closed, is dropped,
never shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from utvag.services.session import ReadStopped, Session
from utvag.ui.background import BackgroundOp, Progress, run_in_background

T = TypeVar("T")


class ViewRead(Generic[T]):
    """``prepare`` runs on the GUI thread (it may read the view's fields) and returns the work
    for the worker, which must not touch a widget."""

    def __init__(self, view: QWidget, session: Session, label: str,
                 prepare: Callable[[], Callable[[], T]], show: Callable[[T], None],
                 failed: Callable[[BaseException], None]) -> None:
        self._view = view
        self._session = session
        self._label = label
        self._prepare = prepare
        self._show = show
        self._failed = failed
        self._again = False
        self.op: BackgroundOp[T] | None = None

    @property
    def reading(self) -> bool:
        return self.op is not None and not self.op.done.is_set()

    def start(self) -> BackgroundOp[T]:
        if self.op is not None and not self.op.done.is_set():
            self._again = True
            return self.op
        work = self._prepare()
        session = self._session

        def read(progress: Progress) -> T:
            with session.reading(progress.cancelled):  # cancelling stops the read part-way
                return work()

        self.op = run_in_background(self._view, self._label, read, self._arrived,
                                    on_error=self._not_read, cancellable=False)
        return self.op

    def stop(self) -> None:
        """Before the view closes: stop a read still running part-way, without waiting for it
        (what it returns or raises is dropped)."""
        self._again = False
        op = self.op
        if op is not None and not op.done.is_set():
            op.cancel()
            op.dialog.reset()  # never shown for a view that is gone
            op.dialog.hide()

    def _arrived(self, result: T) -> None:
        op = self.op
        if op is None or op.progress.cancelled.is_set() or not self._session.is_open:
            return  # a lock or a close: nothing of the vault is shown
        if self._again:
            self._again = False
            self.op = None
            self.start()
            return
        self._show(result)

    def _not_read(self, exc: BaseException) -> None:
        self._again = False
        if not self._session.is_open:
            return  # locked meanwhile: nothing of the vault is said
        if isinstance(exc, ReadStopped):
            # stopped by the vault, not by this view (its file was rekeyed): read again
            self.op = None
            self.start()
            return
        self._failed(exc)


class ReadingView(QWidget):
    """A view whose data comes through ``self.read`` (a :class:`ViewRead` it makes)."""

    read: ViewRead[Any]

    @property
    def loading(self) -> BackgroundOp[Any] | None:
        """The read under way or last made (tests and the screen walk wait for it)."""
        return self.read.op

    @property
    def reading(self) -> bool:
        return self.read.reading

    def closeEvent(self, event: QCloseEvent) -> None:
        self.read.stop()
        super().closeEvent(event)
