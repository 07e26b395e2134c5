"""The de-identified facts of a consultation as SAV reads them: every code by its label in the
user's language — the assessment form's own question and answer texts where the fact is an
answer of the form, the app's labels for the rest. A code this version does not know is shown
as it came."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from utvag.domain.case_records import CaseType
from utvag.domain.criteria import Criterion
from utvag.ui import i18n
from utvag.ui.case.followup_labels import category_label
from utvag.ui.labels import case_type_label, unit_label

translate = QCoreApplication.translate


def _yes_no(value: bool) -> str:
    return translate("consultation", "Yes") if value else translate("consultation", "No")


def _own_labels() -> dict[str, str]:
    return {
        "case_type": translate("consultation", "Type of case"),
        "age_band": translate("consultation", "Age"),
        "gender": translate("consultation", "Gender"),
        "is_defector": translate("consultation", "A defector, by the signed assessment"),
        "route_to": translate("consultation", "The signed assessment routes the case to"),
    }


def _form_label(name: str, value: Any) -> tuple[str, str] | None:
    """The assessment form's question and the answer's text, or None if it is no form field."""
    from utvag.services import assessment

    definition = assessment.definition()
    if name not in definition.field_ids():
        return None
    field = definition.field(name)
    language = i18n.current_language()
    if isinstance(value, bool):
        return field.label.get(language), _yes_no(value)
    for choice in field.choices or ():
        if choice.value == value:
            return field.label.get(language), choice.label.get(language)
    return field.label.get(language), str(value)


def fact_label(name: str, value: Any) -> tuple[str, str]:
    """One fact as (what, value) in the user's language."""
    if name in {c.value for c in Criterion}:
        from utvag.ui.assessment.summary import criterion_label

        return criterion_label(Criterion(name)), _yes_no(bool(value))
    own = _own_labels()
    if name == "case_type" and value in {t.value for t in CaseType}:
        return own[name], case_type_label(CaseType(value))
    if name in ("age_band", "gender"):
        return own[name], category_label(str(value))
    if name == "is_defector":
        return own[name], _yes_no(bool(value))
    if name == "route_to":
        return own[name], unit_label(str(value))
    return _form_label(name, value) or (name, str(value))


def fact_rows(facts: dict[str, Any]) -> list[str]:
    """The facts the package carries (those the case says), one line each."""
    shown = (fact_label(name, value) for name, value in facts.items() if value is not None)
    return [f"{what} {text}" if what.endswith("?") else f"{what}: {text}" for what, text in shown]
