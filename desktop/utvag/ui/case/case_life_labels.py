"""Translated labels for what is recorded in a case's life: urgency of interventions,
relations, Police follow-up phases and outcomes, funding decisions, closing reasons, and the
application and the board's decisions (what a decision is on, granted or refused, who applied,
SAV's word on a special defector)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from utvag.domain.case_status import ClosureReason
from utvag.domain.follow_up_records import FollowUpOutcome, FollowUpPhase
from utvag.domain.interventions import InterventionUrgency
from utvag.domain.relatives import Relation
from utvag.services import decisions
from utvag.ui.case.followup_labels import category_label
from utvag.ui.code_labels import CodeLabels

translate = QCoreApplication.translate


def intervention_kind_label(code: str) -> str:
    return translate("caselife", "Other") if code == "other" else category_label(code)


urgency_label = CodeLabels(lambda: {
    InterventionUrgency.URGENT: translate("caselife", "Urgent"),
    InterventionUrgency.TIME_LIMITED: translate("caselife", "Time-limited"),
    InterventionUrgency.LONG_TERM: translate("caselife", "Long-term"),
})


relation_label = CodeLabels(lambda: {
    Relation.PARENT: translate("caselife", "Parent"),
    Relation.CHILD: translate("caselife", "Child"),
    Relation.PARTNER: translate("caselife", "Partner"),
    Relation.SIBLING: translate("caselife", "Sibling"),
    Relation.OTHER_FAMILY: translate("caselife", "Other family"),
    Relation.OTHER_CLOSE: translate("caselife", "Other close person"),
})


phase_label = CodeLabels(lambda: {
    FollowUpPhase.DURING: translate("caselife", "During interventions"),
    FollowUpPhase.AFTER: translate("caselife", "After the case"),
})


outcome_label = CodeLabels(lambda: {
    FollowUpOutcome.UNCHANGED: translate("caselife", "Unchanged"),
    FollowUpOutcome.THREAT_RAISED: translate("caselife", "Threat raised"),
    FollowUpOutcome.THREAT_LOWERED: translate("caselife", "Threat lowered"),
    FollowUpOutcome.NEW_CRIMINALITY: translate("caselife", "New criminality"),
    FollowUpOutcome.NO_INFORMATION: translate("caselife", "No information"),
})


def funding_label(value: str | None) -> str:
    return {
        "pending": translate("caselife", "Awaiting the Police"),
        "granted": translate("caselife", "Granted"),
        "refused": translate("caselife", "Refused"),
    }.get(value or "", value or "—")


closure_label = CodeLabels(lambda: {
    ClosureReason.HANDLING_TRANSFERRED: translate(
        "caselife", "Handling is transferred to another board"),
    ClosureReason.HANDED_OVER: translate(
        "caselife", "Handed to a colleague in the unit (rotation)"),
    ClosureReason.COMPLETED: translate("caselife", "The defector case is completed"),
    ClosureReason.NOT_DEFECTOR: translate(
        "caselife", "The person does not meet the defector criteria"),
    ClosureReason.CONSENT_WITHDRAWN: translate("caselife", "The consent has been withdrawn"),
    ClosureReason.DISCONTINUED_AFTER_POLICE_CONSULTATION: translate(
        "caselife", "After consulting the Police, continuing is not appropriate"),
    ClosureReason.DECLINED_BY_INDIVIDUAL: translate(
        "caselife", "The person has declined further support"),
    ClosureReason.OTHER: translate("caselife", "Other reason"),
})


decision_subject_label = CodeLabels(lambda: {
    "application": translate("caselife", "The application"),
    "intervention": translate("caselife", "An intervention"),
    "closing": translate("caselife", "Closing the case"),
})


applicant_label = CodeLabels(lambda: {
    "individual": translate("caselife", "The individual"),
    "guardian": translate("caselife", "A guardian"),
    "authority": translate("caselife", "An authority"),
})


special_decision_label = CodeLabels(lambda: {
    "confirmed": translate("caselife", "A special defector: SAV handles the case"),
    "not_special": translate("caselife", "Not a special defector: back to the district"),
})


def decision_outcome_label(value: str | None) -> str:
    """A decision granted or refused, as the Police's decision on state funding is shown."""
    return funding_label(value)


def day(value: str | None) -> str:
    return (value or "")[:10] or "—"


def refusal_text(error: BaseException) -> str | None:
    """The services' refusals of what the case-life dialogs record, in the user's language, by
    the field and rule they name (None: not one of these; the service's own message is shown)."""
    field = str(getattr(error, "field", "") or "")
    rule = str(getattr(error, "rule", "") or "")
    if field.startswith("person.personal_number"):
        return translate("caselife", "The identity number is not valid: check the date and the "
                         "last four digits.")
    texts = {
        ("intervention.ends_on", "required"): translate(
            "caselife", "A time-limited intervention needs an end date."),
        ("intervention.ends_on", "date_order"): translate(
            "caselife", "An intervention cannot end before it starts."),
        ("person.name", "required"): translate("caselife", "A new person needs a name."),
        ("person.birth_date", "required"): translate(
            "caselife", "A person without a Swedish identity number needs a birth date."),
        ("person.birth_date", "invalid"): translate(
            "caselife", "The birth date must be a past date."),
        ("protection_assessed_at", "date_order"): translate(
            "caselife", "The assessment cannot be made before the report was received."),
        ("preliminary_assessed_at", "date_order"): translate(
            "caselife", "The assessment cannot be made before the report was received."),
        ("state_funding.decided_on", "date_order"): translate(
            "caselife", "The Police cannot decide before the application was made."),
        ("reason", "required"): translate("caselife", "Say why the case is handed over."),
        ("to_caseworker", "required"): translate("caselife", "Name the colleague."),
        ("to_caseworker", "unchanged"): translate(
            "caselife", "The colleague is already the case's caseworker."),
        ("decided_on", "date_in_future"):
            translate("caselife", "The decision date must not be in the future."),
        ("decided_on", "date_order"):
            translate("caselife", "A decision cannot be dated before the case was opened."),
        ("what", "required"): translate("caselife", "Say what was decided."),
        ("decided_by_role", "required"): translate("caselife", "Say who decided (the role)."),
        ("applied_for", "characters"): translate(
            "caselife", "What was applied for holds a control or text-direction character: "
            "remove it (line breaks and tabs are kept)."),
        ("applied_for", "length"): translate(
            "caselife", "Say what was applied for in at most %1 characters; add a longer "
            "written application as an attachment and choose it as the written application."
        ).replace("%1", str(decisions.MAX_TEXT)),
    }
    return texts.get((field, rule))
