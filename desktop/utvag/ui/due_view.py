"""The "Due" view: what falls due soon and what is overdue, for the user or the whole unit.

The rows come from :func:`utvag.services.due.due_list`, the same computation that fills the
case list's "Next due" column. Overdue rows are highlighted; names are never shown, only case
numbers. A concern report's step opens the concern report (``open_concern``), whether or not it
has a case yet.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.deadlines import CONCERN_KINDS
from utvag.services import due
from utvag.services.due import DueRow
from utvag.services.session import Session
from utvag.ui.background import BackgroundOp, run_in_background
from utvag.ui.case.followup_labels import due_kind_label
from utvag.ui.due_catch_up import catch_up_label, catch_up_work
from utvag.ui.errors import report_error
from utvag.ui.layouts import button_row
from utvag.ui.look import PlainLabel
from utvag.ui.row_table_model import OVERDUE_BACKGROUND, OVERDUE_TEXT, RowTableModel, row_table
from utvag.ui.vault_events import ChangeKind, VaultChange, notify, subscribe
from utvag.ui.view_read import ReadingView, ViewRead
from utvag.ui.window_tasks import DUE_CATCH_UP_FROM

ItemKey = tuple[int | None, str, int | None]


def item_key(row: DueRow) -> ItemKey:
    """What stays the same of an item across reads: its case, kind and record."""
    return row.item.case_id, row.item.kind.value, row.item.record_id


class DueModel(RowTableModel[DueRow]):
    STATE_COLUMN = 4

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Due"), self.tr("Case"), self.tr("What"), self.tr("Caseworker"),
                self.tr("State"))

    def case_id(self, row: DueRow) -> int | None:
        return row.item.case_id

    def display(self, row: DueRow, column: int) -> Any:
        if column == 0:
            if row.item.kind.value == "concern_protection_assessment":
                return row.item.deadline.astimezone().strftime("%Y-%m-%d %H:%M")
            return row.item.due_on.isoformat()
        if column == 1:
            return row.case_number or self.tr("No case (concern report)")
        if column == 2:
            return due_kind_label(row.item.kind.value)
        if column == 3:
            return row.caseworker
        return self.tr("Overdue") if row.overdue else self.tr("Due soon")

    def styled(self, row: DueRow, column: int, role: int) -> Any:
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.FontRole and column == self.STATE_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        return None


class DueView(ReadingView):
    """The user's or the unit's due list; ``open_case`` asks the workspace to open a case."""

    open_case = Signal(int)
    open_item = Signal(int, str, object)  # case id, due kind, record id: where it is dealt with
    open_concern = Signal(int)  # a concern report's step: the report, with or without a case

    def __init__(self, session: Session, parent: QWidget | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueView")
        self.setWindowTitle(self.tr("Due and overdue"))
        self._session = session
        self._now = now or (lambda: datetime.now().astimezone())
        self.read = ViewRead(self, session, self.tr("Reading what is due…"), self._work,
                             self._read, self._not_read)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("My cases"), "mine")
        self.scope.addItem(self.tr("The whole unit"), "unit")
        self.horizon = QSpinBox()
        self.horizon.setRange(0, 366)
        self.horizon.setValue(14)
        self.horizon.setSuffix(self.tr(" days ahead"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.model = DueModel(parent=self)
        self.table = row_table(self.model, "dueTable", stretch=2)
        # What is due is read whole: a long kind wraps in its row rather than ending in '…'.
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # as tall as other tables' rows
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Due dates"))
        self.scope.setAccessibleName(self.tr("Whose cases"))
        self.horizon.setAccessibleName(self.tr("Days ahead"))
        self.summary = PlainLabel()
        self.summary.setObjectName("dueSummary")
        # Where the user was when the list went to be read again: the chosen item and the
        # item at the top of the view, put back when the new list arrives.
        self._was: tuple[ItemKey | None, ItemKey | None] = (None, None)
        self.catching_up: BackgroundOp[int] | None = None
        bar = button_row((PlainLabel(self.tr("Show:")), self.scope, self.horizon),
                         (self.refresh_button,))
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.table, 1)
        box.addWidget(self.summary)
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.horizon.valueChanged.connect(lambda _v: self.reload())
        self.refresh_button.clicked.connect(self.reload)
        self.table.activated.connect(self._activated)
        self.resize(self._first_width(), 460)
        self.reload()
        subscribe(self, self._vault_changed)

    def _first_width(self) -> int:
        """Wide enough for the longest kind of item on one line where the screen has room."""
        longest = max(self.table.fontMetrics().horizontalAdvance(label)
                      for label in due_kind_label.labels())
        room = self.screen().availableGeometry().width() - 40
        return max(760, min(longest + 480, room))

    def _vault_changed(self, change: VaultChange) -> None:
        if self._session.is_open and change.kind is not ChangeKind.KEPT:
            self.reload()

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row.item.kind in CONCERN_KINDS and row.item.record_id is not None:
            self.open_concern.emit(row.item.record_id)
            return
        assert row.item.case_id is not None
        self.open_case.emit(row.item.case_id)
        self.open_item.emit(row.item.case_id, row.item.kind.value, row.item.record_id)

    def reload(self) -> None:
        """Read the due list off the GUI thread. The rows shown go at once: until the new list
        arrives the view is empty and says it is reading, never the previous list (an item
        already dealt with, or a wrong "Overdue", would be taken for the current state)."""
        if self.model.rowCount():  # not while a read already emptied it
            self._was = (self._key_at(self.table.currentIndex().row()),
                         self._key_at(self.table.rowAt(0)))
        self.model.set_rows([])
        if self._work_out_first():
            return
        self.summary.setText(self.tr("Reading…"))
        self.read.start()

    @property
    def reading(self) -> bool:
        op = self.catching_up
        return self.read.reading or (op is not None and not op.done.is_set())

    def _work_out_first(self) -> bool:
        """On a vault where many cases wait for their due items (never worked out, or the
        catch-up after unlocking cancelled) the read would work them all out behind a dialog
        without Cancel, seconds at 100 000 cases: they are worked out first, with progress and
        Cancel, as after unlocking; the ``DUE`` change then reads the list. True: under way."""
        op = self.catching_up
        if op is not None and not op.done.is_set():
            return True
        if due.waiting(self._session) < DUE_CATCH_UP_FROM:
            return False
        self.summary.setText(catch_up_label())
        self.catching_up = run_in_background(self, catch_up_label(),
                                             catch_up_work(self._session),
                                             lambda _done: notify(ChangeKind.DUE),
                                             on_error=self._not_read)
        self.catching_up.ended.connect(self._worked_out)
        return True

    def _worked_out(self) -> None:
        op = self.catching_up
        if op is not None and op.progress.cancelled.is_set() and self._session.is_open:
            self.summary.setText(self.tr("Not read: what is due was still being worked out. "
                                         "Press Refresh to read it."))

    def _key_at(self, row: int) -> ItemKey | None:
        if not 0 <= row < self.model.rowCount():
            return None
        return item_key(self.model.row_at(row))

    def _put_back(self) -> None:
        """The chosen item chosen again and the same rows in view, when they are still there
        (a reread keeps the place in a long list; the keyboard stays where it was)."""
        chosen, top = self._was
        self._was = (None, None)
        rows = {item_key(self.model.row_at(n)): n for n in range(self.model.rowCount())}
        self.table.doItemsLayout()  # the scroll range of the new rows, before scrolling
        if chosen in rows:
            self.table.selectRow(rows[chosen])
        if top in rows:
            self.table.scrollTo(self.model.index(rows[top], 0),
                                QAbstractItemView.ScrollHint.PositionAtTop)

    def _work(self) -> Callable[[], list[DueRow]]:
        session, now = self._session, self._now()
        scope, horizon = str(self.scope.currentData()), self.horizon.value()
        return lambda: due.due_list(session, now, scope=scope, horizon_days=horizon)

    def _not_read(self, exc: BaseException) -> None:
        self._was = (None, None)
        self.summary.setText("")
        report_error(self, exc)

    def _read(self, rows: list[DueRow]) -> None:
        self.model.set_rows(rows)
        self._put_back()
        overdue = sum(1 for r in rows if r.overdue)
        self.summary.setText(self.tr("%1 items, %2 overdue").replace("%1", str(len(rows)))
                             .replace("%2", str(overdue)))
