"""One case, in tabs: Overview, Assessment, Threat and protection (the signed assessment's threat
and the Police's threat assessments since), Consent, Interventions (with the follow-up and
custody), Relatives, Journal, Attachments, High risk (with the risk meetings) and Log; the Consent
tab holds the disclosure register too."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.case_records import Case, CaseStatus, ProtectedIdentity
from utvag.domain.display_text import one_line_shown
from utvag.services import audit_log, cases, high_risk, process_end
from utvag.services.session import Session
from utvag.ui import clipboard
from utvag.ui.assessment import assessment_tabs
from utvag.ui.case.attachments_tab import AttachmentsTab
from utvag.ui.case.case_followup_tab import CaseFollowUpTab
from utvag.ui.case.case_life_labels import closure_label
from utvag.ui.case.consent_positions import ConsentPositionsTab, shows_young_person
from utvag.ui.case.consent_withdrawal import consent_state, withdrawal_text
from utvag.ui.case.decisions_section import DecisionsSection
from utvag.ui.case.disclosure_register_tab import DisclosureRegisterTab
from utvag.ui.case.follow_case import follow_case
from utvag.ui.case.guardians_tab import GuardiansTab
from utvag.ui.case.interventions_tab import InterventionsTab
from utvag.ui.case.journal_tab import JournalTab
from utvag.ui.case.kept_overview import KeptTextNote
from utvag.ui.case.needs_tab import NeedsTab
from utvag.ui.case.process_ending import ProcessEndingNote, SavQuestionNote
from utvag.ui.case.relatives_tab import RelativesTab
from utvag.ui.case.threat_tab import CustodyTab, PoliceThreatTab, TransferProposal
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import (
    case_type_label,
    local_date,
    protected_identity_label,
    unit_label,
)
from utvag.ui.lazy_tabs import LazyTabWidget
from utvag.ui.look import PlainLabel, table_look, wrapped_label
from utvag.ui.manager.log_model import AuditLogModel
from utvag.ui.reads_when_shown import ReadsWhenShown
from utvag.ui.staff_safety.staff_safety_tab import StaffSafetyTab, warning_text

P = TypeVar("P", bound=QWidget)


class OverviewTab(FollowsLanguage, QWidget):
    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case = case
        person = case.person
        self._protected = person.protected_identity is not ProtectedIdentity.NONE
        self._revealed = False
        self.name = PlainLabel("" if self._protected else one_line_shown(person.name))
        self.name.setObjectName("overviewName")
        self.number = PlainLabel("••••••••-••••" if self._protected else (
            person.personal_number or person.birth_date or "—"))
        self.address = PlainLabel("••••••" if self._protected else (person.address or "—"))
        for label in (self.name, self.number, self.address):  # copied text is cleared later
            label.setTextFormat(Qt.TextFormat.PlainText)  # as written, never drawn as markup
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.copy_number = QPushButton()
        self.copy_number.setObjectName("copyIdentityNumber")
        self.copy_number.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.copy_number.setEnabled(not self._protected and bool(person.personal_number))
        self.copy_number.clicked.connect(
            lambda: clipboard.guard().copy(self._case.person.personal_number or ""))
        self.reveal = QPushButton()
        self.reveal.setVisible(self._protected)
        self.reveal.clicked.connect(self._reveal)
        self._type, self._status, self._unit = PlainLabel(), PlainLabel(), PlainLabel()
        self._protection, self._district = PlainLabel(), PlainLabel()
        self._captions: list[QLabel] = []
        form = QFormLayout(self)
        self.warnings = wrapped_label("overviewWarnings")
        self.warnings.setStyleSheet("background: #fbe9eb; color: #7a1c26; padding: 8px;"
                                    " border: 1px solid #b02a37; border-radius: 4px")
        self.warnings.setVisible(False)
        form.addRow(self.warnings)
        self.proposal = TransferProposal()  # a new threat routes the case to another board
        form.addRow(self.proposal)
        # the signed assessment ended the defector process: what is left is closing the case
        self.ending = ProcessEndingNote(process_end.ending(session, case.id))
        form.addRow(self.ending)
        self.sav_question = SavQuestionNote(process_end.sav_question(session, case.id))
        form.addRow(self.sav_question)
        # what was typed before the vault locked waits in the vault for its window: say so
        self.kept_text = KeptTextNote(session, case.id)
        form.addRow(self.kept_text)
        follow_case(self, session, case.id, self._ending_changed)
        for field in (PlainLabel(case.case_number), self._type, self._status, self._unit,
                      PlainLabel(case.caseworker), PlainLabel(local_date(case.opened_at)),
                      self.name, self.number, self.address, self._protection, self._district):
            self._captions.append(PlainLabel())
            form.addRow(self._captions[-1], field)
        form.addRow("", self.reveal)
        form.addRow("", self.copy_number)
        if case.close_reason:
            self._captions.append(PlainLabel())
            self.closed = wrapped_label("overviewClosed")
            form.addRow(self._captions[-1], self.closed)
        # What the case started from and what was decided on it, where the case is summed up.
        self.decisions = DecisionsSection(session, case.id)
        form.addRow(self.decisions)
        self.retranslate()

    def retranslate(self) -> None:
        captions = (self.tr("Case number:"), self.tr("Type:"), self.tr("Status:"),
                    self.tr("Unit:"), self.tr("Caseworker:"), self.tr("Opened:"),
                    self.tr("Name:"), self.tr("Identity number:"), self.tr("Address:"),
                    self.tr("Protected identity:"),
                    self.tr("District of belonging:"), self.tr("Closed because:"))
        for caption, text in zip(self._captions, captions, strict=False):
            caption.setText(text)
        case, person = self._case, self._case.person
        self._type.setText(case_type_label(case.type))
        self._status.setText(self.ending.status_text(case.status))
        self._unit.setText(unit_label(case.owning_unit))
        self._protection.setText(protected_identity_label(person.protected_identity))
        self._district.setText(unit_label(person.district) if person.district else "—")
        if case.close_reason:
            self.closed.setText(self.tr("%1 (decided %2)").replace(
                "%1", closure_label(case.close_reason)).replace(
                "%2", local_date(case.closed_at or "")))
        if self._protected and not self._revealed:
            self.name.setText(self.tr("Protected identity"))
        self.reveal.setText(self.tr("Show identit&y (logged)"))
        self.copy_number.setText(self.tr("Copy identity number (cleared after 10 s)"))

    def _ending_changed(self) -> None:
        """A newer signed assessment may end the process, or let it go on again; SAV may have
        been asked."""
        self.ending.show_for(process_end.ending(self._session, self._case.id))
        self.sav_question.show_for(process_end.sav_question(self._session, self._case.id))
        self._status.setText(self.ending.status_text(self._case.status))

    def _reveal(self) -> None:
        cases.reveal_identity(self._session, self._case.id)
        person = self._case.person
        self._revealed = True
        self.name.setText(one_line_shown(person.name))
        self.number.setText(person.personal_number or person.birth_date or "—")
        self.address.setText(person.address or "—")
        self.reveal.setEnabled(False)
        self.copy_number.setEnabled(bool(person.personal_number))

    def set_warnings(self, text: str) -> None:
        """What whoever opens the case must see first (conflicts of interest, high risk)."""
        self.warnings.setText(text)
        self.warnings.setVisible(bool(text))


class LogTab(ReadsWhenShown, QWidget):
    """Read again each time it is shown, so it includes what happened since the case opened."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self.model = AuditLogModel(audit_log.entries(session, case_id), self)
        self.table = table_look(QTableView())
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
        follow_case(self, session, case_id, self._reload_if_shown)

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self.model.set_rows(audit_log.entries(self._session, self._case_id))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._reload_if_shown()  # headers and actions are translated text
        super().changeEvent(event)


class _Page(Generic[P]):
    """A page of the case view built when first asked for: reading the attribute builds it
    (with its group) and gives it as its own type. ``in_interventions``: one of the pages inside
    Interventions."""

    def __init__(self, kind: type[P], *, in_interventions: bool = False) -> None:
        self._kind, self._inner = kind, in_interventions
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, view: CaseView, owner: type | None = None) -> P:
        page = view._record_tab(self._name) if self._inner else view.tab(self._name)
        assert isinstance(page, self._kind)
        return page


class CaseView(FollowsLanguage, LazyTabWidget):
    """Each tab reads again itself when something is recorded on the case
    (``ui/vault_events.py``); the view only keeps the Overview's transfer proposal in step.

    The Overview, assessment, threat and consent pages and the guardians are built when the case
    opens (the Overview shows the transfer proposal and the consent's withdrawal), and the
    Overview shows the High risk warnings read on their own; Interventions, Relatives, Journal,
    Attachments, High risk and Log are built when first shown or asked for, or a moment later
    while nothing else happens, one per turn of the event loop (``ui/lazy_tabs.py``), so opening
    a case stays quick."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        # Every section stays in sight: no scroll arrows hiding the last tabs.
        self.tabBar().setUsesScrollButtons(False)
        case = cases.get_case(session, case_id)  # audited read
        self.case = case
        self.session = session
        self.dialog: QDialog | None = None  # the case action's dialog, while it is open
        self.consent_state = consent_state(session, case_id)
        # What whoever opens the case must see first, before the High risk tab is built.
        self.case_warnings = high_risk.case_warnings(session, case_id)
        read_only = case.status in (CaseStatus.CLOSED, CaseStatus.TRANSFERRED)
        self.overview = OverviewTab(session, case)
        self.addTab(self.overview, "")
        self.assessment, self.threat, self.consent = assessment_tabs(session, case, read_only)
        self.addTab(self.assessment, "")
        # The threat of the signed assessment and the Police's threat assessments since (asked
        # for, received, brought by a follow-up) sit together.
        self.police_threat = PoliceThreatTab(session, case_id, read_only)
        self.threat_pages = QTabWidget()
        self.threat_pages.setDocumentMode(True)
        self.threat_pages.addTab(self.threat, "")
        self.threat_pages.addTab(self.police_threat, "")
        self.addTab(self.threat_pages, "")
        # Consent and what left the board on it (or on another ground) sit together; the inner
        # pages carry no mnemonic, Alt+letters belong to the case's own tabs.
        self.disclosures = DisclosureRegisterTab(
            session, case_id, case.person.protected_identity is not ProtectedIdentity.NONE)
        self.consent_pages = QTabWidget()
        self.consent_pages.setDocumentMode(True)
        self.consent_pages.addTab(self.consent, "")
        self.consent_pages.addTab(self.disclosures, "")
        self.addTab(self.consent_pages, "")
        self.read_only = read_only
        # Interventions and their follow-up (the Police, concern reports, state funding), the
        # needs and custody sit together, like consent and disclosures; built when needed.
        self.add_later("interventions", ("intervention_pages",), self._build_interventions)
        self.add_later("relatives", ("relatives",), lambda: {
            "relatives": RelativesTab(session, case_id, read_only)})
        # A person under 18 (or of unknown age) has guardians, and positions on the consent.
        self.guardians: GuardiansTab | None = None
        self.positions: ConsentPositionsTab | None = None
        if shows_young_person(session, case_id):
            self.guardians = GuardiansTab(session, case_id, read_only)
            self.addTab(self.guardians, "")
            self.positions = ConsentPositionsTab(session, case_id, read_only)
            self.consent_pages.addTab(self.positions, "")
        self.add_later("journal", ("journal",), lambda: {
            "journal": JournalTab(session, case_id, read_only)})
        self.add_later("attachments", ("attachments",), lambda: {
            "attachments": AttachmentsTab(session, case_id, read_only)})
        self.add_later("high_risk", ("high_risk",), lambda: {
            "high_risk": StaffSafetyTab(session, case_id, read_only)})
        self.add_later("log", ("log",), lambda: {"log": LogTab(session, case_id)})
        # A new threat (from the Police, a follow-up or a new assessment) can change the routing;
        # the tabs, made before, have read it again when this is called.
        follow_case(self, session, case_id, self._threat_changed)
        self.retranslate()

    # -- the pages built when needed --------------------------------------------------------
    def _build_interventions(self) -> dict[str, QWidget]:
        session, case_id, read_only = self.session, self.case.id, self.read_only
        interventions = InterventionsTab(session, case_id, read_only)
        followup = CaseFollowUpTab(session, case_id, read_only)
        needs = NeedsTab(session, case_id, read_only)
        custody = CustodyTab(session, case_id, read_only)
        pages = QTabWidget()
        pages.setDocumentMode(True)
        for page in (interventions, followup, needs, custody):
            pages.addTab(page, "")
        self._records: dict[str, QWidget] = {
            "interventions": interventions, "followup": followup, "needs": needs,
            "custody": custody}
        return {"intervention_pages": pages}

    def pages_built(self, group: str, widgets: dict[str, QWidget]) -> None:
        self.retranslate()

    def may_build_while_idle(self) -> bool:
        return super().may_build_while_idle() and self.session.is_open  # not after a lock

    def _record_tab(self, name: str) -> QWidget:
        self.tab("intervention_pages")
        return self._records[name]

    intervention_pages = _Page(QTabWidget)
    interventions = _Page(InterventionsTab, in_interventions=True)
    followup = _Page(CaseFollowUpTab, in_interventions=True)
    needs = _Page(NeedsTab, in_interventions=True)
    custody = _Page(CustodyTab, in_interventions=True)
    relatives = _Page(RelativesTab)
    journal = _Page(JournalTab)
    attachments = _Page(AttachmentsTab)
    high_risk = _Page(StaffSafetyTab)
    log = _Page(LogTab)

    def retranslate(self) -> None:
        titles: tuple[tuple[QWidget | None, str], ...] = (
            (self.overview, self.tr("&Overview")), (self.assessment, self.tr("A&ssessment")),
            (self.threat_pages, self.tr("&Threat and protection")),
            (self.consent_pages, self.tr("&Consent and disclosures")),
            (self.page("intervention_pages"), self.tr("&Interventions")),
            (self.page("relatives"), self.tr("&Relatives")),
            (self.guardians, self.tr("&Young person")),
            (self.page("journal"), self.tr("&Journal")),
            (self.page("attachments"), self.tr("Attach&ments")),
            (self.page("high_risk"), self.tr("High ris&k")),
            (self.page("log"), self.tr("Lo&g")))
        for widget, title in titles:
            if widget is not None:
                self.setTabText(QTabWidget.indexOf(self, widget), title)
        self.setAccessibleName(self.tr("Case %1").replace("%1", self.case.case_number))
        self.consent_pages.setAccessibleName(self.tr("Consent and disclosures"))
        self.consent_pages.setTabText(0, self.tr("Consent"))
        self.consent_pages.setTabText(1, self.tr("Disclosure register"))
        if self.positions is not None:
            self.consent_pages.setTabText(2, self.tr("Positions (under 18)"))
        if self.built("log"):
            self.log.table.setAccessibleName(self.tr("The case's log"))
        if self.built("intervention_pages"):
            pages = self.intervention_pages
            pages.setAccessibleName(self.tr("Interventions and follow-up"))
            for index, title in enumerate((self.tr("Interventions"), self.tr("Follow-up"),
                                           self.tr("Needs"), self.tr("Custody"))):
                pages.setTabText(index, title)
        self.threat_pages.setAccessibleName(self.tr("Threat and protection"))
        self.threat_pages.setTabText(0, self.tr("In the signed assessment"))
        self.threat_pages.setTabText(1, self.tr("The Police's threat assessments"))
        self.overview.proposal.set_proposal(self.police_threat.shown.transfer_proposal)
        # A withdrawn consent is said first on the Overview, and on the consent's own page.
        withdrawn = withdrawal_text(self.consent_state)
        self.consent_pages.setTabText(0, self.tr("Consent (withdrawn)") if withdrawn
                                      else self.tr("Consent"))
        # The High risk tab's, as last read there once it is built: from what it read, not
        # from its label, which is still in the old language while the language changes.
        warnings = warning_text(self.high_risk.shown_warnings() if self.built("high_risk")
                                else self.case_warnings)
        self.overview.set_warnings("\n\n".join(t for t in (withdrawn, warnings) if t))

    def _threat_changed(self) -> None:
        """The Overview says it too when the current threat proposes a transfer."""
        self.overview.proposal.set_proposal(self.police_threat.shown.transfer_proposal)

    def show_due_item(self, kind: str, record_id: int | None) -> QWidget:
        """The tab where a due item of ``kind`` is dealt with, at its record; returns the tab."""
        if kind == "intervention_ending":
            tab = self._bring_forward(self.interventions, self.intervention_pages)
            self.interventions.select_record(record_id)
        elif kind == "need_followup":
            tab = self._bring_forward(self.needs, self.intervention_pages)
            self.needs.select_intervention(record_id)
        elif kind in ("relative_not_informed", "relative_contact_path"):
            tab = self._bring_forward(self.relatives)
            self.relatives.select_record(record_id)
        elif kind in ("threat_review", "threat_assessment_awaited",
                      "threat_assessment_to_request"):
            # the reviewed threat comes from the Police: request it, or record its answer
            tab = self._bring_forward(self.police_threat, self.threat_pages)
            self.police_threat.select_record(record_id)
        elif kind in ("transfer_awaited", "case_to_close", "sav_judgement_to_ask"):
            # the Overview says where the case is routed and offers the transfer, or why the
            # defector process ended and the case is to be closed; SAV's decisions are listed
            # there, and the Case menu consults SAV
            tab = self._bring_forward(self.overview)
        elif kind == "serious_crime_judgement":
            # the judgement made with the Police is recorded in a new signed assessment
            tab = self._bring_forward(self.assessment)
        elif kind.startswith("custody_"):
            tab = self._bring_forward(self.custody, self.intervention_pages)
            self.custody.select_record(record_id)
        else:
            tab = self._bring_forward(self.followup, self.intervention_pages)
            self.followup.show_record(kind, record_id)
        return tab

    def _bring_forward(self, tab: QWidget, pages: QTabWidget | None = None) -> QWidget:
        """Show *tab*: a tab of its own, or one of the pages of the tab *pages*."""
        if pages is None:
            self.setCurrentWidget(tab)
        else:
            self.setCurrentWidget(pages)
            pages.setCurrentWidget(tab)
        return tab
