"""A case's risk assessments before risky meetings: upcoming meetings first (soonest first),
then past ones (latest first, greyed); new, edit a draft, sign."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from utvag.errors import UtvagError
from utvag.services import risk_meetings
from utvag.services.high_risk_records import RiskAssessmentRecord
from utvag.services.session import Session
from utvag.ui.errors import report_error
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import local_time
from utvag.ui.layouts import button_row
from utvag.ui.look import PlainLabel, wrapped_label
from utvag.ui.messages import known_error_text
from utvag.ui.named_action import named_button
from utvag.ui.row_table_model import RowTableModel, row_table
from utvag.ui.staff_safety.risk_meeting_dialog import RiskMeetingDialog, decision_label
from utvag.ui.vault_events import ChangeKind, notify

PAST_TEXT = QColor("#6c757d")


def _instant(stored: object) -> datetime:
    moment = datetime.fromisoformat(str(stored))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def upcoming_first(rows: list[RiskAssessmentRecord], now: datetime) -> list[RiskAssessmentRecord]:
    """Meetings from ``now`` on, soonest first; then the past ones, latest first."""
    upcoming = sorted((r for r in rows if _instant(r.meeting_at) >= now),
                      key=lambda r: (_instant(r.meeting_at), r.id))
    past = sorted((r for r in rows if _instant(r.meeting_at) < now),
                  key=lambda r: (_instant(r.meeting_at), r.id), reverse=True)
    return upcoming + past


class RiskMeetingsModel(RowTableModel[RiskAssessmentRecord]):
    """Rows of :mod:`utvag.services.risk_meetings`; ``with_case`` adds the case number."""

    SIGNED_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, with_case: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.columns = (("case",) if with_case else ()) + ("meeting", "place", "decision",
                                                           "state")
        self._now = datetime.now(UTC)

    def show_rows(self, rows: list[RiskAssessmentRecord], now: datetime) -> None:
        """The rows, with ``now`` deciding which meetings are still upcoming."""
        self._now = now
        self.set_rows(rows)

    def upcoming(self, number: int) -> bool:
        return _instant(self.row_at(number).meeting_at) >= self._now

    def headers(self) -> tuple[str, ...]:
        names = {"case": self.tr("Case"), "meeting": self.tr("Meeting"),
                 "place": self.tr("Place"), "decision": self.tr("Decision"),
                 "state": self.tr("State")}
        return tuple(names[c] for c in self.columns)

    def row_id(self, row: RiskAssessmentRecord) -> int:
        return row.id

    def case_id(self, row: RiskAssessmentRecord) -> int:
        return row.case_id

    def styled(self, row: RiskAssessmentRecord, column: int, role: int) -> Any:
        if role == self.SIGNED_ROLE:
            return row.signed
        upcoming = _instant(row.meeting_at) >= self._now
        if role == Qt.ItemDataRole.ForegroundRole and not upcoming:
            return QBrush(PAST_TEXT)
        if role == Qt.ItemDataRole.FontRole and upcoming and self.columns[column] in (
                "meeting", "case"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Upcoming meeting") if upcoming else self.tr("Past meeting")
        return None

    def display(self, row: RiskAssessmentRecord, column: int) -> Any:
        name = self.columns[column]
        if name == "case":
            return row.case_number or ""
        if name == "meeting":
            return local_time(row.meeting_at)
        if name == "place":
            return row.place
        if name == "decision":
            return decision_label(row.decision)
        return self.tr("Signed") if row.signed else self.tr("Draft")


class RiskMeetingsPanel(FollowsLanguage, QWidget):
    """The case's risk assessments; New, Edit draft and Sign."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskMeetingsPanel")
        self._session = session
        self._case_id = case_id
        self._now = now or (lambda: datetime.now(UTC))
        self.model = RiskMeetingsModel(parent=self)
        self.table = row_table(self.model, "riskMeetingsTable", 1)
        self.summary = PlainLabel()
        self.status = wrapped_label("riskMeetingsStatus")
        self.new_button = named_button("newRiskAssessment", self.new_assessment)
        self.edit_button = named_button("editRiskAssessment", self.edit_selected)
        self.sign_button = named_button("signRiskAssessment", self.sign_selected)
        self.table.activated.connect(lambda _index: self.edit_selected())
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addWidget(self.summary)
        box.addWidget(self.status)
        box.addLayout(button_row((self.new_button, self.edit_button, self.sign_button)))
        self.retranslate()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.reload()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Risk meetings"))
        self.new_button.setText(self.tr("New risk assessment…"))
        self.edit_button.setText(self.tr("Edit draft…"))
        self.sign_button.setText(self.tr("Sign selected"))
        self.status.clear()
        self.model.retranslate()
        self._show_summary()

    def reload(self, select_id: int | None = None) -> None:
        rows = risk_meetings.risk_assessments(self._session, self._case_id)
        self.model.show_rows(upcoming_first(rows, self._now()), self._now())
        for number in range(self.model.rowCount()):
            if self.model.index(number, 0).data(RiskMeetingsModel.ID_ROLE) == select_id:
                self.table.selectRow(number)
        self._show_summary()
        self._enable()

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        upcoming = sum(1 for n in range(count) if self.model.upcoming(n))
        self.summary.setText(self.tr("%1 upcoming, %2 past").replace("%1", str(upcoming))
                             .replace("%2", str(count - upcoming)))

    def selected(self) -> RiskAssessmentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        row = self.selected()
        draft = row is not None and not row.signed
        self.edit_button.setEnabled(draft)
        self.sign_button.setEnabled(draft)

    def dialog(self, assessment: RiskAssessmentRecord | None = None) -> RiskMeetingDialog:
        return RiskMeetingDialog(self._session, self._case_id, assessment, self)

    def _run(self, dialog: RiskMeetingDialog) -> None:
        dialog.exec()
        if not self._session.is_open:
            return  # the vault locked while the dialog was open: nothing to read (text kept)
        # A draft may be stored even when signing it then failed: always read the list again.
        self.reload(dialog.assessment_id)
        notify(ChangeKind.RECORDS, self._case_id)
        if dialog.signed:
            self.status.setText(self.tr("Signed; the assessment can no longer be changed."))
        elif dialog.assessment_id is not None and dialog.result():
            self.status.setText(self.tr("Draft saved."))

    def new_assessment(self) -> None:
        self.status.clear()
        self._run(self.dialog())

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or row.signed:
            return
        self.status.clear()
        self._run(self.dialog(row))

    def sign_selected(self) -> None:
        row = self.selected()
        if row is None or row.signed:
            return
        try:
            risk_meetings.sign_risk_assessment(self._session, row.id)
        except UtvagError as exc:
            self.status.setText(self.tr("Not signed: %1").replace("%1", known_error_text(exc)))
            return
        except Exception as exc:
            report_error(self, exc)
            return
        self.reload(row.id)
        notify(ChangeKind.RECORDS, self._case_id)
        self.status.setText(self.tr("Signed; the assessment can no longer be changed."))
