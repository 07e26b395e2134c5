"""The assessment wizard: the form's steps one page at a time, then the summary and sign-off.

Navigation, validation and the outcome come from :class:`utvag.forms.FormWizard`; this dialog only
shows them. The draft is saved (encrypted, in the vault) whenever the step changes and when the
dialog closes, so reopening the case resumes at the same step with the same answers.

Keyboard: Tab moves through the questions and buttons, Enter (or Ctrl+Enter, also inside a text
box) goes to the next step, Alt+B goes back, Escape saves and closes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.errors import DomainError, DomainErrors
from utvag.forms import FormWizard, WizardState, visibility
from utvag.forms.evaluation import facts_of
from utvag.services import assessment as assessment_service
from utvag.services import consent_route, young_people
from utvag.services.session import Session
from utvag.ui.assessment.pdf import PdfExport
from utvag.ui.assessment.rule_text import error_text
from utvag.ui.assessment.step_page import StepPage
from utvag.ui.assessment.summary import Signature, signed_summary_html, summary_html
from utvag.ui.confirm import ask_to_confirm
from utvag.ui.errors import report_error
from utvag.ui.i18n import current_language
from utvag.ui.labels import unit_label

if TYPE_CHECKING:
    from utvag.services.assessment import AssessmentRow


def _errors(error: DomainError) -> list[DomainError]:
    return list(error.errors) if isinstance(error, DomainErrors) else [error]


CONSENT_STEP = "consent"
CONVERSATIONS_STEP = "minor_conversations"


class AssessmentDialog(QDialog):
    """A draft assessment to fill in and sign, or a signed one to read and print."""

    def __init__(self, session: Session, row: AssessmentRow, state: WizardState | None = None,
                 *, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentDialog")
        self.session = session
        self.row = row
        self.today = today
        self.language = current_language()
        self.definition = assessment_service.definition(row.form_id, row.form_version)
        self.wizard = FormWizard(self.definition)
        self.state = state or WizardState(row.form_id, row.form_version,
                                          {k: v for k, v in row.answers.items()
                                           if k != "__history__"}, None)
        self.outcome: AssessmentOutcome | None = None
        self.page: StepPage | None = None
        self.export: PdfExport | None = None
        self.setWindowTitle(self.definition.title.get(self.language))
        self.stack = QStackedWidget()
        self.summary = QTextBrowser()
        self.summary.setObjectName("assessmentSummary")
        self.summary.setOpenLinks(False)
        self.summary.setTabChangesFocus(True)
        self.stack.addWidget(self.summary)
        self.back_button = QPushButton(self.tr("&Back"))
        self.save_button = QPushButton(self.tr("&Save and close"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.sign_button = QPushButton(self.tr("S&ign…"))
        self.print_button = QPushButton(self.tr("&Print / save as PDF…"))
        self.close_button = QPushButton(self.tr("&Close"))
        for button in (self.back_button, self.save_button, self.next_button, self.sign_button,
                       self.print_button, self.close_button):
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.save_button.clicked.connect(self.reject)
        self.next_button.clicked.connect(self.go_next)
        self.sign_button.clicked.connect(self.ask_to_sign)
        self.print_button.clicked.connect(self.print_pdf)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button, self.next_button,
                       self.sign_button):
            buttons.addWidget(button)
        box = QVBoxLayout(self)
        box.addWidget(self.stack, 1)
        box.addLayout(buttons)
        next_anywhere = QShortcut(QKeySequence("Ctrl+Return"), self)
        next_anywhere.activated.connect(self._enter)
        self.resize(980, 700)
        if self.is_signed:
            self._show_signed()
        else:
            self._show_current()

    @classmethod
    def open_for_case(cls, session: Session, case_id: int, *,
                      today: Callable[[], date] = date.today,
                      parent: QWidget | None = None) -> AssessmentDialog:
        """The case's draft, resumed at its step, or a new draft (which supersedes the signed
        assessment in force once it is signed)."""
        row, state = assessment_service.start_or_resume(session, case_id)
        return cls(session, row, state, today=today, parent=parent)

    @property
    def is_signed(self) -> bool:
        return self.row.state != "draft"

    # pages ------------------------------------------------------------------------------------

    def _position(self) -> tuple[int, int]:
        steps = [s.id for s in visibility(self.definition, self.state.answers).steps]
        current = self.state.current_step
        return (steps.index(current) + 1 if current in steps else len(steps), len(steps))

    def _show_current(self) -> None:
        old = self.page
        if self.state.current_step is None:
            self.page = None
            self._show_draft_summary()
        else:
            step = self.definition.step(self.state.current_step)
            self.page = StepPage(self.wizard, step, self.state.answers, self.language,
                                 position=self._position(), today=self.today())
            self.stack.addWidget(self.page)
            self.stack.setCurrentWidget(self.page)
            if step.id == CONSENT_STEP:
                self.page.changed.connect(self._check_consent_route)
                self._check_consent_route()
            if step.id == CONVERSATIONS_STEP:
                self.page.set_notice(self.no_contact_text())
            self._set_buttons(step=True)
            self._chain(self.page.focus_chain())
            self.page.focus_first()
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def consent_route_text(self, answers: dict[str, Any]) -> str:
        """Why the consent will not carry the transfer the route needs (empty when it will)."""
        found = consent_route.gap(facts_of(self.definition, answers),
                                  consent_route.owning_unit(self.session, self.row.case_id))
        if found is None:
            return ""
        board = unit_label(found.route_to.value)
        if found.certain:
            text = self.tr("The case is routed to %1, another board, so it will be transferred "
                           "there.")
        elif found.route_to.is_district:
            text = self.tr("Unless the threat is assessed as high, the case goes to %1, the "
                           "district of belonging and another board, and will be transferred "
                           "there.")
        else:
            text = self.tr("If the threat is assessed as high, the case goes to %1, another "
                           "board, and will be transferred there.")
        text += " " + (self.tr("The consent does not cover \"Annan socialtjänst\" (other social "
                         "services): the transfer will be refused unless the signed form "
                         "names it or another legal ground applies.") if found.consent_given
                 else self.tr("Without a consent that covers \"Annan socialtjänst\" (other "
                              "social services), the transfer will be refused unless another "
                              "legal ground applies."))
        return text.replace("%1", board)

    def no_contact_text(self) -> str:
        """The guardians who may not be contacted, where the step suggests talking to them."""
        barred = [g for g in young_people.guardians(self.session, self.row.case_id)
                  if not g.may_contact]
        if not barred:
            return ""
        names = "; ".join(self.tr("%1 (%2)").replace("%1", g.name).replace(
            "%2", g.no_contact_reason or "") for g in barred)
        return self.tr("May not be contacted: %1.").replace("%1", names)

    def _check_consent_route(self) -> None:
        if self.page is not None and self.page.step.id == CONSENT_STEP:
            merged = self.page.merged()
            texts = [self.consent_route_text(merged)]
            if facts_of(self.definition, merged).person_minor is True:
                texts.append(self.tr("The person is under 18: record the young person's and "
                                     "each guardian's position under Consent › Positions (under "
                                     "18)."))
                texts.append(self.no_contact_text())
            self.page.set_notice(" ".join(t for t in texts if t))

    def _show_draft_summary(self) -> None:
        problem = ""
        try:
            self.outcome = self.wizard.outcome(self.state, today=self.today())
        except DomainError as exc:
            self.outcome = None
            problem = "\n".join(error_text(e, None) for e in _errors(exc))
        self.summary.setHtml(summary_html(self.definition, self.state.answers, self.outcome,
                                          self.language, problem=problem))
        self.stack.setCurrentWidget(self.summary)
        self._set_buttons(step=False)
        self.sign_button.setEnabled(self.outcome is not None)
        self._chain([self.summary])
        (self.sign_button if self.outcome is not None else self.back_button).setFocus()

    def _show_signed(self) -> None:
        self.summary.setHtml(self.signed_html())
        self.stack.setCurrentWidget(self.summary)
        for button in (self.back_button, self.save_button, self.next_button, self.sign_button):
            button.hide()
        self.print_button.show()
        self.close_button.show()
        self.close_button.setDefault(True)
        self._chain([self.summary, self.print_button, self.close_button])
        self.close_button.setFocus()

    def signed_html(self) -> str:
        signature = Signature(self.row.signed_by or "", self.row.signed_at or "",
                              superseded=self.row.superseded_by is not None)
        return signed_summary_html(self.definition, self.row.answers, self.row.outcome,
                                   signature, self.language)

    def _set_buttons(self, *, step: bool) -> None:
        self.back_button.show()
        self.back_button.setEnabled(bool(self.state.history))
        self.save_button.show()
        self.next_button.setVisible(step)
        self.sign_button.setVisible(not step)
        self.print_button.hide()
        self.close_button.hide()
        (self.next_button if step else self.sign_button).setDefault(True)

    def _chain(self, widgets: list[QWidget]) -> None:
        """Tab order: the page's questions, then the buttons from left to right."""
        buttons = [self.back_button, self.print_button, self.save_button, self.close_button,
                   self.next_button, self.sign_button]
        chain = widgets + buttons
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # navigation -------------------------------------------------------------------------------

    def _absorb_page(self) -> None:
        """Keep what the page holds in the state without checking it (for Back and closing):
        valid answers replace the stored ones, cleared ones are removed, bad ones are left."""
        if self.page is None:
            return
        answers = dict(self.state.answers)
        valid = self.page.valid_answers()
        for field_id, value in self.page.step_answers().items():
            if value is None:
                answers.pop(field_id, None)
            elif valid[field_id] is not None:
                answers[field_id] = value
        self.state = replace(self.state, answers=answers)

    def _save(self) -> bool:
        try:
            assessment_service.save_draft(self.session, self.row.id, self.state)
        except Exception as exc:
            report_error(self, exc)
            return False
        return True

    def _enter(self) -> None:
        if self.next_button.isVisible() and self.next_button.isEnabled():
            self.go_next()
        elif self.sign_button.isVisible() and self.sign_button.isEnabled():
            self.ask_to_sign()

    def go_next(self) -> None:
        if self.page is None:
            return
        try:
            state = self.wizard.resolve_next(self.state, self.page.step_answers(),
                                             today=self.today())
        except DomainError as exc:
            self.page.show_errors(_errors(exc))
            return
        self.state = state
        self._save()
        self._show_current()

    def go_back(self) -> None:
        if self.is_signed or not self.state.history:
            return
        self._absorb_page()
        self.state = self.wizard.resolve_prev(self.state)
        self._save()
        self._show_current()

    def reject(self) -> None:
        """Escape, the window's close button and "Save and close": keep the draft."""
        if not self.is_signed:
            self._absorb_page()
            self._save()
        super().reject()

    # sign-off and printing --------------------------------------------------------------------

    def ask_to_sign(self) -> QMessageBox | None:
        if self.is_signed or self.outcome is None:
            return None
        return ask_to_confirm(
            self, self.tr("Sign the assessment?"),
            self.tr("Once signed, the assessment cannot be changed. A later assessment can "
                    "supersede it. Sign now?"),
            self.tr("&Sign"), self._sign_answered, name="signConfirmation",
            action_is_default=True)

    def _sign_answered(self, confirmed: bool) -> None:
        if confirmed:
            self.sign()

    def sign(self) -> None:
        try:
            assessment_service.sign(self.session, self.row.id, today=self.today())
        except Exception as exc:
            report_error(self, exc)
            return
        signed = next(r for r in assessment_service.history(self.session, self.row.case_id)
                      if r.id == self.row.id)
        self.row = signed
        self.page = None
        self._show_signed()

    def print_pdf(self) -> PdfExport | None:
        if not self.is_signed:
            return None
        self.export = PdfExport(self, self.session, self.row.id, self.signed_html(),
                                "bedomning.pdf")  # a neutral name: dialogs remember it
        self.export.start()
        return self.export

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.page is not None and not self.page.isAncestorOf(self.focusWidget()):
            self.page.focus_first()
