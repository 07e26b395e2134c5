"""The case's Assessment, Threat and protection, and Consent tabs.

Assessment shows the signed assessment in force and opens the wizard to start, resume or renew
it. Threat and protection, and Consent show the answers of the assessment in force, read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.case_records import Case, CaseType
from utvag.forms.evaluation import answer_fields
from utvag.services import assessment as assessment_service
from utvag.services.session import Session
from utvag.ui.assessment.history_model import AssessmentHistoryModel
from utvag.ui.assessment.pdf import PdfExport
from utvag.ui.assessment.summary import Signature, answer_text, local_time, signed_summary_html
from utvag.ui.assessment.wizard_dialog import AssessmentDialog
from utvag.ui.case.follow_case import follow_case
from utvag.ui.errors import report_error
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.i18n import current_language
from utvag.ui.look import PlainLabel, table_look, wrapped_label
from utvag.ui.named_action import named_button
from utvag.ui.vault_events import ChangeKind, notify

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from utvag.services.assessment import AssessmentRow




def _signature(row: AssessmentRow) -> Signature:
    return Signature(row.signed_by or "", row.signed_at or "", row.superseded_by is not None)


def _signed_html(row: AssessmentRow) -> str:
    definition = assessment_service.definition(row.form_id, row.form_version)
    return signed_summary_html(definition, row.answers, row.outcome, _signature(row),
                               current_language())


class AssessmentTab(FollowsLanguage, QWidget):
    """The assessment in force and the way to a new one. Every closed wizard says the case
    changed (drafts are saved step by step; a signed assessment changes the other tabs). A
    language change shows what was read last in the new language."""

    def __init__(self, session: Session, case: Case, read_only: bool, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentTab")
        self.session = session
        self.case = case
        self.read_only = read_only
        self.today = today
        self.dialog: AssessmentDialog | None = None
        self.export: PdfExport | None = None
        self.current_row: AssessmentRow | None = None
        self.rows: list[AssessmentRow] = []  # as read last
        self.status = wrapped_label("assessmentStatus")
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        self.applies = case.type is CaseType.DEFECTOR
        if not self.applies:
            box.addStretch(1)
            self.retranslate()
            return
        self.start_button = named_button("assessmentStart", self.open_wizard)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_pdf)
        self.summary = QTextBrowser()
        self.summary.setObjectName("currentAssessment")
        self.summary.setOpenLinks(False)
        self.summary.setTabChangesFocus(True)
        self.model = AssessmentHistoryModel(parent=self)
        self.history = table_look(QTableView())
        self.history.setObjectName("assessmentHistory")
        self.history.setModel(self.model)
        self.history.verticalHeader().hide()
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setMaximumHeight(self.fontMetrics().height() * 8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addWidget(self.summary, 1)
        self.history_label = PlainLabel()
        self.history_label.setBuddy(self.history)
        box.addWidget(self.history_label)
        box.addWidget(self.history)
        self.refresh()
        follow_case(self, self.session, self.case.id, self.refresh)

    def refresh(self) -> None:
        """Read the assessments again and show them."""
        if not self.applies:
            return
        self.rows = assessment_service.history(self.session, self.case.id)
        self.model.set_rows(self.rows)
        current = assessment_service.current(self.session, self.case.id)
        self.current_row = current[0] if current else None
        self.retranslate()

    def retranslate(self) -> None:
        """What was read last, in the language in force (no vault access)."""
        if not self.applies:
            self.status.setText(translate(
                "Assessment", "The defector assessment of the guideline applies to defector "
                "cases only. For this case, record the assessment in the journal."))
            return
        self.print_button.setText(translate("Assessment", "&Print / save as PDF…"))
        self.summary.setAccessibleName(translate("Assessment", "The assessment in force"))
        self.history.setAccessibleName(translate("Assessment", "All assessments of this case"))
        self.history_label.setText(translate("Assessment", "All assessments of this case:"))
        draft = next((r for r in reversed(self.rows) if r.state == "draft"), None)
        if self.current_row is not None:
            row = self.current_row
            status = translate("Assessment", "In force: the assessment signed by %1 on %2.")
            status = status.replace("%1", row.signed_by or "").replace(
                "%2", local_time(row.signed_at))
            self.summary.setHtml(_signed_html(row))
        else:
            status = translate("Assessment", "No assessment has been signed yet.")
            self.summary.setPlainText(translate("Assessment", "No assessment has been made yet."))
        if draft is not None:
            status += " " + translate("Assessment", "A draft is open and can be resumed.")
            self.start_button.setText(translate("Assessment", "Resume &assessment…"))
        elif self.current_row is not None:
            self.start_button.setText(translate("Assessment", "New &assessment…"))
        else:
            self.start_button.setText(translate("Assessment", "Start &assessment…"))
        self.status.setText(status)
        self.start_button.setEnabled(not self.read_only)
        self.print_button.setVisible(self.current_row is not None)

    def open_wizard(self) -> AssessmentDialog | None:
        try:
            dialog = AssessmentDialog.open_for_case(self.session, self.case.id,
                                                    today=self.today, parent=self)
        except Exception as exc:
            report_error(self, exc)
            return None
        dialog.finished.connect(lambda _r: self._wizard_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _wizard_closed(self, dialog: AssessmentDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        notify(ChangeKind.RECORDS, self.case.id)

    def print_pdf(self) -> PdfExport | None:
        row = self.current_row
        if row is None:
            return None
        self.export = PdfExport(self, self.session, row.id, _signed_html(row),
                                "bedomning.pdf")  # a neutral name: dialogs remember it
        self.export.start()
        return self.export


class AnswersTab(FollowsLanguage, QWidget):
    """One part of the form (``threat``, ``consent``: see ``forms.evaluation.answer_fields``)
    as answered in the assessment in force, read-only, or ``empty_text()`` when there is none;
    a language change shows what was read last in the new language."""

    def __init__(self, session: Session, case: Case, part: str,
                 empty_text: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.part = part
        self.empty_text = empty_text
        self.box = QVBoxLayout(self)
        self.box.addStretch(1)
        self.content: QWidget | None = None
        self.current: AssessmentRow | None = None  # as read last
        self.refresh()
        follow_case(self, self.session, self.case.id, self.refresh)

    def text(self) -> str:
        """Everything the tab shows as plain text, one label per line."""
        if self.content is None:
            return ""
        return "\n".join(label.text() for label in self.content.findChildren(QLabel))

    def values(self) -> dict[str, str]:
        """What the tab shows, label → answer (for tests and screen readers)."""
        if self.content is None:
            return {}
        form = self.content.layout()
        if not isinstance(form, QFormLayout):
            return {}
        shown = {}
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                left, right = label.widget(), field.widget()
                if isinstance(left, QLabel) and isinstance(right, QLabel):
                    shown[left.text()] = right.text()
        return shown

    def refresh(self) -> None:
        """Read the assessment in force again and show its answers."""
        current = (assessment_service.current(self.session, self.case.id)
                   if self.case.type is CaseType.DEFECTOR else None)
        self.current = current[0] if current is not None else None
        self.retranslate()

    def retranslate(self) -> None:
        """What was read last, in the language in force (no vault access)."""
        if self.content is not None:
            self.box.removeWidget(self.content)
            self.content.deleteLater()
        self.content = QWidget()
        if self.current is None:
            label = PlainLabel(self.empty_text())
            label.setWordWrap(True)
            QVBoxLayout(self.content).addWidget(label)
        else:
            self._fill(self.current)
        self.box.insertWidget(0, self.content)

    def _fill(self, row: AssessmentRow) -> None:
        language = current_language()
        definition = assessment_service.definition(row.form_id, row.form_version)
        form = QFormLayout(self.content)
        source = PlainLabel(translate(
            "Assessment", "From the assessment signed by %1 on %2.").replace(
            "%1", row.signed_by or "").replace("%2", local_time(row.signed_at)))
        source.setObjectName("answersSource")
        form.addRow(source)
        for field_id in answer_fields(definition, self.part):
            try:
                field = definition.field(field_id)
            except KeyError:
                continue
            value = row.answers.get(field_id)
            text = "—" if value is None else answer_text(field, value, language)
            shown = PlainLabel(text)
            shown.setWordWrap(True)
            label = field.label.get(language)
            form.addRow(PlainLabel(label if label.endswith(("?", ":")) else label + ":"), shown)


def assessment_tabs(session: Session, case: Case, read_only: bool,
                    ) -> tuple[AssessmentTab, AnswersTab, AnswersTab]:
    """The three tabs; each reads again when the case changes (signing an assessment)."""
    assessment = AssessmentTab(session, case, read_only)
    threat = AnswersTab(session, case, "threat", lambda: translate(
        "Assessment", "No threat assessment from the Police is recorded."))
    threat.setObjectName("threatTab")
    consent = AnswersTab(session, case, "consent",
                         lambda: translate("Assessment", "No consent is recorded."))
    consent.setObjectName("consentTab")
    return assessment, threat, consent
