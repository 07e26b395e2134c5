"""The guideline's case-flow refusals as the app shows them: translated, naming the rule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from utvag.errors import ValidationError

translate = QCoreApplication.translate


def _texts() -> dict[str, str]:
    return {
        "long_term_after_decision": translate(
            "caseflow", "A long-term intervention is decided only after the criteria are "
            "assessed and the case is decided at this board. During the investigation, and "
            "while the case awaits its transfer, only urgent and time-limited interventions."),
        "relatives_at_district_board": translate(
            "caseflow", "Relatives' cases are handled by the district boards, not by SAV."),
        "consent_withdrawn": translate(
            "caseflow", "The consent has been withdrawn; nothing may be disclosed or "
            "transferred on it."),
        "status_transition": translate(
            "caseflow", "The case cannot move to that status from the one it has."),
        "criteria_before_decision": translate(
            "caseflow", "The criteria must be assessed (a signed assessment) before a decision."),
        "transfer_required": translate(
            "caseflow", "The assessment routes this case to another board; transfer it instead."),
        "no_transfer_needed": translate(
            "caseflow", "The case is already at the board the assessment routes it to."),
        "sav_decides_special_defector": translate(
            "caseflow", "Only SAV decides whether a defector is a special defector."),
        "case_closed": translate("caseflow", "The case is closed."),
    }


def rule_refusal_text(rule: str) -> str | None:
    """The translated refusal for a case-flow rule named in a message, or None."""
    text = _texts().get(rule)
    if text is None:
        return None
    return translate("caseflow", "{text} (rule: {rule})").format(text=text, rule=rule)


def case_flow_refusal_text(error: BaseException) -> str | None:
    """The translated refusal for a broken case-flow rule, with the rule's name, or None."""
    rule = getattr(error, "rule", None)
    if not isinstance(error, ValidationError) or rule is None:
        return None
    text = _texts().get(rule)
    if text is None:
        return None
    return translate("caseflow", "{text} (rule: {rule})").format(text=text, rule=rule)
