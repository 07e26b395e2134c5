"""One case, in tabs: Overview, Assessment, Threat and protection, Consent, Interventions,
Relatives, Journal, Attachments and Log."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.case_records import Case, CaseStatus, ProtectedIdentity
from utvag.services import audit_log, cases
from utvag.services.session import Session
from utvag.ui.assessment import assessment_tabs
from utvag.ui.attachments_tab import AttachmentsTab
from utvag.ui.journal_tab import JournalTab
from utvag.ui.labels import (
    case_status_label,
    case_type_label,
    local_date,
    protected_identity_label,
    unit_label,
)
from utvag.ui.log_model import AuditLogModel


class OverviewTab(QWidget):
    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case = case
        person = case.person
        protected = person.protected_identity is not ProtectedIdentity.NONE
        self.name = QLabel(self.tr("Protected identity") if protected else person.name)
        self.name.setObjectName("overviewName")
        self.number = QLabel("••••••••-••••" if protected else (person.personal_number
                                                                 or person.birth_date or "—"))
        self.reveal = QPushButton(self.tr("Show identit&y (logged)"))
        self.reveal.setVisible(protected)
        self.reveal.clicked.connect(self._reveal)
        form = QFormLayout(self)
        form.addRow(self.tr("Case number:"), QLabel(case.case_number))
        form.addRow(self.tr("Type:"), QLabel(case_type_label(case.type)))
        form.addRow(self.tr("Status:"), QLabel(case_status_label(case.status)))
        form.addRow(self.tr("Unit:"), QLabel(unit_label(case.owning_unit)))
        form.addRow(self.tr("Caseworker:"), QLabel(case.caseworker))
        form.addRow(self.tr("Opened:"), QLabel(local_date(case.opened_at)))
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Identity number:"), self.number)
        form.addRow(self.tr("Protected identity:"),
                    QLabel(protected_identity_label(person.protected_identity)))
        form.addRow(self.tr("District of belonging:"),
                    QLabel(unit_label(person.district) if person.district else "—"))
        form.addRow("", self.reveal)
        if case.close_reason:
            form.addRow(self.tr("Closed because:"), QLabel(case.close_reason))

    def _reveal(self) -> None:
        cases.reveal_identity(self._session, self._case.id)
        person = self._case.person
        self.name.setText(person.name)
        self.number.setText(person.personal_number or person.birth_date or "—")
        self.reveal.setEnabled(False)


class LogTab(QWidget):
    """Read again each time it is shown, so it includes what happened since the case opened."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self.model = AuditLogModel(audit_log.entries(session, case_id), self)
        self.table = QTableView()
        self.table.setObjectName("caseLog")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().hide()
        box = QVBoxLayout(self)
        box.addWidget(self.table)

    def reload(self) -> None:
        self.model.set_rows(audit_log.entries(self._session, self._case_id))

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)


def _pending(text: str) -> QWidget:
    widget = QWidget()
    label = QLabel(text)
    label.setWordWrap(True)
    QVBoxLayout(widget).addWidget(label)
    return widget


class CaseView(QTabWidget):
    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        # Every section stays in sight: no scroll arrows hiding the last tabs.
        self.tabBar().setUsesScrollButtons(False)
        case = cases.get_case(session, case_id)  # audited read
        self.case = case
        read_only = case.status in (CaseStatus.CLOSED, CaseStatus.TRANSFERRED)
        self.addTab(OverviewTab(session, case), self.tr("&Overview"))
        self.assessment, self.threat, self.consent = assessment_tabs(session, case, read_only)
        self.addTab(self.assessment, self.tr("A&ssessment"))
        self.addTab(self.threat, self.tr("&Threat and protection"))
        self.addTab(self.consent, self.tr("&Consent"))
        self.addTab(_pending(self.tr("No interventions are recorded.")),
                    self.tr("&Interventions"))
        self.addTab(_pending(self.tr("No relatives are recorded.")), self.tr("&Relatives"))
        self.journal = JournalTab(session, case_id, read_only)
        self.addTab(self.journal, self.tr("&Journal"))
        self.attachments = AttachmentsTab(session, case_id, read_only)
        self.addTab(self.attachments, self.tr("Attach&ments"))
        self.log = LogTab(session, case_id)
        self.addTab(self.log, self.tr("Lo&g"))
