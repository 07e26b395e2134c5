"""A view's read of the vault off the GUI thread, through ``background.run_in_background``.

The view opens at once and says it is reading; ``show`` gets the data on the GUI thread when it
arrives. One read at a time (they share the session's connection): asked again while reading
(the day, month or scope changed, or the vault did), it reads once more when the read arrives
and shows only that. What a read returns after a lock or a close cancelled it, or once the
session is closed, is dropped, never shown. Reads cannot stop part-way: a close waits for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from utvag.services.session import Session
from utvag.ui.background import BackgroundOp, run_in_background

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
        self.op = run_in_background(self._view, self._label, lambda _progress: work(),
                                    self._arrived, on_error=self._not_read, cancellable=False)
        return self.op

    def wait(self) -> None:
        """Before the view closes: wait for a read still running (its result is dropped)."""
        if self.op is not None and self.op.running:
            self.op.cancel_and_wait()

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
        self.read.wait()
        super().closeEvent(event)
