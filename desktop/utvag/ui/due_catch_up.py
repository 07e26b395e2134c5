"""Working out the cases' next due items off the GUI thread, and the case list's "Overdue only"
filter, which lists cases from those items only once none waits.

The catch-up after unlocking (``window_tasks.catch_up_due``) and the filter's own share
:func:`catch_up_work`: small batches with a pause between them, so that the GUI thread gets the
interpreter back often enough to answer within a frame while the work goes on
(docs/benchmarks.md, "event loop held … while the due catch-up runs").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QWidget

from utvag.domain.case_records import CaseSummary
from utvag.services import due
from utvag.services.session import Session
from utvag.ui.background import BackgroundOp, Progress, run_in_background
from utvag.ui.vault_events import ChangeKind, notify

# Cases per committed batch, and the pause after each: measured on the 100 000-case bench vault
# (a batch of 250 is a few milliseconds of Python work).
CATCH_UP_CHUNK = 250
CATCH_UP_PAUSE_S = 0.002
translate = QCoreApplication.translate


def catch_up_work(session: Session) -> Callable[[Progress], int]:
    """The background work that works out every waiting case, with progress and cancel."""

    def work(progress: Progress) -> int:
        def between(done: int, total: int) -> None:
            progress.update(done, total)  # raises once cancelled
            time.sleep(CATCH_UP_PAUSE_S)

        # Its reads on a reader connection, so that the GUI thread's reads never wait for
        # them; its writes, a batch at a time, through the vault's main connection.
        with session.reading(progress.cancelled):
            return due.refresh(session, progress=between, chunk=CATCH_UP_CHUNK)

    return work


def catch_up_label() -> str:
    return translate("MainWindow", "Working out what is due in every case…")


class OverdueFilter(QObject):
    """The "Overdue only" check box's list. While cases wait for their next due item (after a
    large import, an upgrade or a policy change, or a case just changed) the stored items are
    not the whole answer: the list shows nothing and says so (:attr:`pending`), the waiting
    cases are worked out in the background, and every view reads again when they are (the
    ``DUE`` change). A cancel or a failure turns the filter off, back to the whole list."""

    def __init__(self, session: Session, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(parent)
        self._session, self._box, self._parent = session, box, parent
        self._waiting = False  # the last read found cases waiting
        self.op: BackgroundOp[int] | None = None

    @property
    def pending(self) -> bool:
        """The filter is on and its list waits for due items still being worked out."""
        return self._box.isChecked() and self._waiting

    def pending_text(self) -> str:
        return self.tr("Still working out what is due: the overdue cases are listed when "
                       "that is done.")

    def fetch(self, now: datetime, offset: int, limit: int, **filters: str | None
              ) -> list[CaseSummary]:
        rows = due.overdue_cases(self._session, now, offset=offset, limit=limit, **filters)
        self._waiting = rows is None
        if rows is None:
            self._work_out()
            return []
        return rows

    def _work_out(self) -> None:
        if self.op is not None and not self.op.done.is_set():
            return  # already under way: its DUE change makes the list read again
        # Even when the catch-up after unlocking runs, this one is started: it waits for that
        # one (whole refreshes run one at a time) and then says when the items are in.
        self.op = run_in_background(self._parent, catch_up_label(),
                                    catch_up_work(self._session),
                                    lambda _done: notify(ChangeKind.DUE),
                                    on_error=self._failed)
        self.op.ended.connect(self._ended)

    def _failed(self, exc: BaseException) -> None:
        from utvag.ui.errors import report_error

        report_error(self._parent, exc)

    def _ended(self) -> None:
        op = self.op
        if op is None or not self._session.is_open:
            return  # a lock cancelled it: the workspace goes
        if op.error is not None or op.progress.cancelled.is_set():
            self._waiting = False
            self._box.setChecked(False)  # the whole list again, not an empty one
