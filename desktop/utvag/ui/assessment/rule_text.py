"""Field errors for the user: a translated sentence for each rule the forms engine names.

The engine's own messages are English and name the field id; the wizard shows the rule's sentence
in the current language instead (the rule's code is for the CLI and the logs, not the screen).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from utvag.domain.errors import DomainError
from utvag.forms import Field, FieldType
from utvag.ui.service_text import service_text

translate = QCoreApplication.translate



def _sentences(field: Field | None) -> dict[str, str]:
    kind = field.type if field is not None else None
    limit = str(field.max_length) if field is not None else ""
    low = f"{field.minimum:g}" if field is not None and field.minimum is not None else ""
    high = f"{field.maximum:g}" if field is not None and field.maximum is not None else ""
    if kind is FieldType.MULTI_CHOICE:
        required = translate("Assessment", "Choose at least one option.")
    else:
        required = translate("Assessment", "An answer is required.")
    if kind is FieldType.DATE:
        wrong_type = translate("Assessment",
                               "Write the date as YYYY-MM-DD, for example 2024-03-31.")
    elif kind is FieldType.NUMBER:
        wrong_type = translate("Assessment", "Write a number.")
    else:
        wrong_type = translate("Assessment", "The answer has the wrong form.")
    future = translate("Assessment", "The date must not be in the future.")
    return {
        "required": required,
        "type": wrong_type,
        "choice": translate("Assessment", "Choose one of the options given."),
        "date": translate("Assessment", "This is not a real calendar date."),
        "date_in_future": future,
        "future_date": future,
        "date_order": translate("Assessment", "The dates are in the wrong order."),
        "max_length": translate(
            "Assessment", "The text is too long (at most %1 characters).").replace("%1", limit),
        "integer": translate("Assessment", "Write a whole number."),
        "minimum": translate("Assessment", "The number must be at least %1.").replace("%1", low),
        "maximum": translate("Assessment", "The number must be at most %1.").replace("%1", high),
        "consent_withdrawn": translate(
            "Assessment", "The consent has been withdrawn: the assessment cannot rest on "
            "information exchanged under it. Record a new consent or close the case."),
        "high_threat_high_protection_need": translate(
            "Assessment", "A high threat always means a high protection need."),
        "high_threat_needs_protection": translate(
            "Assessment", "With a high threat the person needs society's protection: answer yes."),
        "high_threat_relocation_away": translate(
            "Assessment", "A high threat always means relocation away from Gothenburg."),
        "not_applicable": translate(
            "Assessment", "This answer does not apply given the other answers."),
    }


def rule_sentence(error: DomainError, field: Field | None) -> str:
    """The sentence for ``error`` (engine text as the fallback for a rule we do not know)."""
    return _sentences(field).get(error.rule or "") or service_text(error.message)


def error_text(error: DomainError, field: Field | None) -> str:
    """The sentence for the user, e.g. "An answer is required."; a rule without a sentence of
    its own falls back to the engine's message in the current language."""
    sentence = _sentences(field).get(error.rule or "")
    return sentence if sentence is not None else service_text(error.message)
