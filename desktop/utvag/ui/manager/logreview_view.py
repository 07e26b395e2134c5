"""The "Log review" view (*loggkontroll*): the month's queue of accesses to review (every access
to protected-identity and high-risk cases plus a sample), the selected case's whole access log,
and the reviewer's sign-off with a comment."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utvag.services import audit_log, log_review
from utvag.services.log_review import ReviewEntry, ReviewQueue
from utvag.services.session import Session
from utvag.ui.background import BackgroundOp
from utvag.ui.case.followup_labels import review_reason_label
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.look import PlainLabel, table_look, wrapped_label
from utvag.ui.manager.log_model import AuditLogModel, action_label
from utvag.ui.named_action import named_button
from utvag.ui.role_labels import signer_label
from utvag.ui.row_table_model import RowTableModel, row_table
from utvag.ui.transfer.common import refuse
from utvag.ui.view_read import ReadingView, ViewRead


def recent_months(today: date, count: int = 13) -> list[str]:
    months, year, month = [], today.year, today.month
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


def entry_subject(case_number: str | None, case_id: int | None,
                  concern_report_id: int | None) -> str:
    """What an access was to: the case, else the concern report (with or without a case)."""
    if case_number:
        return case_number
    if concern_report_id is not None:
        return QCoreApplication.translate("ReviewQueueModel", "Concern report %1").replace(
            "%1", str(concern_report_id))
    if case_id is None:
        return QCoreApplication.translate("ReviewQueueModel", "The unit's concern reports")
    return QCoreApplication.translate("ReviewQueueModel", "(destroyed)")


class ReviewQueueModel(RowTableModel[ReviewEntry]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Case"),
                self.tr("Why reviewed"))

    def case_id(self, row: ReviewEntry) -> int | None:
        return row.case_id

    def display(self, row: ReviewEntry, column: int) -> Any:
        return (row.at[:16].replace("T", " "), row.actor, action_label(row.action),
                entry_subject(row.case_number, row.case_id, row.concern_report_id),
                review_reason_label(row.reason))[column]

    def styled(self, row: ReviewEntry, column: int, role: int) -> Any:
        """What was done, whole, under the pointer: a narrow table cuts it off."""
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self.display(row, column)
        return None


class LogReviewView(FollowsLanguage, ReadingView):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logReviewView")
        self._session = session
        self.month = QComboBox()
        for month in recent_months(today or date.today()):
            self.month.addItem(month, month)
        self.model = ReviewQueueModel(parent=self)
        self.queue = row_table(self.model, "reviewQueue", stretch=2)
        self.case_log_model = AuditLogModel([], self)
        self.case_log = table_look(QTableView())
        self.case_log.setObjectName("reviewCaseLog")
        self.case_log.setModel(self.case_log_model)
        self.case_log.verticalHeader().hide()
        self.case_log.setWordWrap(False)
        self.case_log.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.case_log.horizontalHeader().setStretchLastSection(True)
        self.case_log.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.case_log_title = PlainLabel()
        self._case_number: str | None = None
        self.outcome = QComboBox()
        self.outcome.addItem("", "no_remarks")
        self.outcome.addItem("", "remarks")
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)  # Tab goes on to Sign, not into the text
        self.comment.setMaximumHeight(70)
        self.sign_button = QPushButton()
        self.status = wrapped_label("reviewStatus")
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.queue)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.case_log_title)
        right_box.addWidget(self.case_log)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 380])
        bar = QHBoxLayout()
        self.month_label = PlainLabel()
        self.month_label.setBuddy(self.month)
        bar.addWidget(self.month_label)
        bar.addWidget(self.month)
        bar.addStretch(1)
        sign = QHBoxLayout()
        sign.addWidget(self.outcome)
        sign.addWidget(self.comment, 1)
        sign.addWidget(self.sign_button)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(splitter, 1)
        box.addWidget(self.status)
        box.addLayout(sign)
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.queue.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_case_log(current))
        self.sign_button.clicked.connect(self.sign_off)
        self.send_button = named_button("sendLogReview", self.send_to_manager)
        self.signature_button = named_button("importLogSignature", self.import_signature)
        bar.addWidget(self.send_button)
        bar.addWidget(self.signature_button)
        # In a caseworker's vault the manager signs (nobody signs off their own accesses).
        from utvag.services.vault_roles import Duty, may
        self._manager_signs = not may(session, Duty.SIGN_OWN_LOG_REVIEW)
        for button in (self.send_button, self.signature_button):
            button.setVisible(self._manager_signs)
        for widget in (self.outcome, self.comment, self.sign_button):
            widget.setVisible(not self._manager_signs)
        self.resize(980, 600)
        self._data: ReviewQueue | None = None
        self.read = ViewRead(self, session, self.tr("Reading the log review…"), self._work,
                             self._read, self._not_read)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log review"))
        self.queue.setAccessibleName(self.tr("Accesses to review"))
        self.month.setAccessibleName(self.tr("Month"))
        self.month_label.setText(self.tr("&Month:"))
        self.case_log.setAccessibleName(self.tr("The case's whole log"))
        self.outcome.setItemText(0, self.tr("No remarks"))
        self.outcome.setItemText(1, self.tr("Remarks"))
        self.comment.setPlaceholderText(self.tr("What was checked, and what was found"))
        self.comment.setAccessibleName(self.tr("Review comment"))
        self.outcome.setAccessibleName(self.tr("Outcome of the review"))
        self.sign_button.setText(self.tr("&Sign off the month"))
        self.send_button.setText(self.tr("Send to the &manager…"))
        self.signature_button.setText(self.tr("Import the manager's si&gnature…"))
        self._case_log_caption()
        self.model.retranslate()
        self.case_log_model.retranslate()
        self._show_status()  # from what was read: the vault may be locked by now

    def _case_log_caption(self) -> None:
        self.case_log_title.setText(
            self.tr("Every access to %1:").replace("%1", self._case_number) if self._case_number
            else self.tr("Select an access to see the case's whole log."))

    def reload(self) -> BackgroundOp[ReviewQueue]:
        """Read the month's queue off the GUI thread (it samples the whole month's log); no
        sign-off is offered until the queue is shown."""
        for button in (self.sign_button, self.send_button, self.signature_button):
            button.setEnabled(False)
        self.status.setText(self.tr("Reading…"))
        return self.read.start()

    def _work(self) -> Callable[[], ReviewQueue]:
        session, month = self._session, str(self.month.currentData())
        return lambda: log_review.review_queue_of(session, month)

    def _read(self, data: ReviewQueue) -> None:
        for button in (self.sign_button, self.send_button, self.signature_button):
            button.setEnabled(True)
        self.model.set_rows(data.entries)
        self.case_log_model.set_rows([])
        self._data = data
        self._show_status()

    def _not_read(self, exc: BaseException) -> None:
        self.status.setText("")
        refuse(self, self.tr("The log review could not be read."), exc)

    def _show_status(self) -> None:
        data = self._data
        if data is None:
            return
        if data.signoffs:
            last = data.signoffs[-1]
            self.status.setText(self.tr("Signed off by %1 on %2 (%3 accesses).")
                                .replace("%1", signer_label(last.reviewer))
                                .replace("%2", last.signed_at[:10])
                                .replace("%3", str(last.entries)))
        else:
            self.status.setText(self.tr("%1 accesses to review; not signed off yet.")
                                .replace("%1", str(len(data.entries))))

    def show_case_log(self, index: QModelIndex) -> None:
        case_id = index.data(ReviewQueueModel.CASE_ID_ROLE) if index.isValid() else None
        rows = audit_log.entries(self._session, int(case_id)) if case_id is not None else []
        # The one model read again: a model set in its place would stay a child of the view,
        # with the selection model made for it, until the view closes.
        self.case_log_model.set_rows(rows)
        number = self.model.index(index.row(), 3).data() if index.isValid() else None
        self._case_number = str(number) if number else None
        self._case_log_caption()

    def send_to_manager(self, path: Path | None = None) -> Path | None:
        from utvag.services import log_review_exchange
        from utvag.ui.transfer.common import seal_into_file

        month = str(self.month.currentData())
        session = self._session
        try:
            sealed = seal_into_file(
                self, self.tr("Save the log review for the manager"),
                f"loggkontroll-{month}.utvp", self.tr("Sealing the log review…"),
                lambda target: log_review_exchange.export_log_review(session, month, target),
                path)
        except Exception as exc:
            refuse(self, self.tr("No log review was written."), exc)
            return None
        if sealed is None:
            return None
        target, sent = sealed
        self.status.setText(self.tr("The log review of %1 is saved in %2 for %3.")
                            .replace("%1", month).replace("%2", str(target))
                            .replace("%3", sent.party))
        return target

    def import_signature(self, path: Path | None = None) -> bool:
        from utvag.services import log_review_exchange
        from utvag.ui.transfer.common import import_file

        if not import_file(self, self.tr("The manager's signature"), path,
                           lambda source: log_review_exchange.import_log_review_signature(
                               self._session, source)):
            return False
        self.reload()
        return True

    def sign_off(self) -> None:
        try:
            log_review.sign_off(self._session, str(self.month.currentData()),
                                str(self.outcome.currentData()), self.comment.toPlainText())
        except Exception as exc:
            refuse(self, self.tr("The month was not signed off."), exc)
            return
        self.comment.clear()
        self.reload()
