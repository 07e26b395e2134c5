"""The "My upcoming risk meetings" view: assessed meetings from now on, soonest first, in the
user's cases or written by the user; cancelled meetings are left out. Case numbers only, never
names; Enter or a double click opens the case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from utvag.services import risk_meetings
from utvag.services.session import Session
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.look import PlainLabel
from utvag.ui.row_table_model import row_table
from utvag.ui.staff_safety.risk_meetings_panel import RiskMeetingsModel
from utvag.ui.vault_events import ChangeKind, VaultChange, subscribe


class RiskMeetingsView(FollowsLanguage, QWidget):
    """``open_case`` asks the workspace to open a case."""

    open_case = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskMeetingsView")
        self._session = session
        self._now = now or (lambda: datetime.now(UTC))
        self.model = RiskMeetingsModel(with_case=True, parent=self)
        self.table = row_table(self.model, "upcomingRiskMeetings", 2)
        self.refresh_button = QPushButton()
        self.summary = PlainLabel()
        self.summary.setObjectName("riskMeetingsSummary")
        self.hint = PlainLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.refresh_button)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.table, 1)
        box.addWidget(self.summary)
        self.refresh_button.clicked.connect(self.reload)
        self.table.activated.connect(
            lambda index: self.open_case.emit(int(index.data(RiskMeetingsModel.CASE_ID_ROLE))))
        self.resize(720, 420)
        self.retranslate()
        self.reload()
        subscribe(self, self._vault_changed)

    def _vault_changed(self, change: VaultChange) -> None:
        if change.kind not in (ChangeKind.DUE, ChangeKind.KEPT) and self._session.is_open:
            self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My upcoming risk meetings"))
        self.table.setAccessibleName(self.tr("My upcoming risk meetings"))
        self.hint.setText(self.tr("Meetings with a risk assessment, soonest first. Press Enter "
                                  "to open the case."))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.model.retranslate()
        self._show_summary()

    def reload(self) -> None:
        now = self._now()
        self.model.show_rows(risk_meetings.upcoming_risk_meetings(self._session, now,
                                                                 mine_only=True), now)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_summary()

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        drafts = sum(1 for n in range(count) if not self.model.row_at(n).signed)
        self.summary.setText(self.tr("%1 meetings, %2 not signed").replace("%1", str(count))
                             .replace("%2", str(drafts)))
