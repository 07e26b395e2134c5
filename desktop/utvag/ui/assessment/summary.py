"""The summary of an assessment: the outcome with its reasons, then every answer that counts.

One HTML text serves the screen (a read-only browser) and the printout, so what is signed and
what is printed are the same words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.criteria import Criterion
from utvag.domain.protection import Relocation
from utvag.forms import Field, FieldType, FormDefinition, visibility
from utvag.ui.labels import unit_label

translate = QCoreApplication.translate

YES_MARK = "✓"
NO_MARK = "✗"



def criterion_label(criterion: Criterion) -> str:
    return {
        Criterion.BELONGS: translate(
            "Assessment", "Belongs to a criminal network, a violent-extremist milieu or an "
            "honour context"),
        Criterion.WANTS_TO_LEAVE: translate("Assessment", "Wants to leave it"),
        Criterion.NEEDS_PROTECTION: translate(
            "Assessment", "Needs society's support and/or protection"),
        Criterion.CONSENT: translate(
            "Assessment", "Consents to lifting confidentiality between authorities"),
    }[criterion]


def relocation_label(value: Relocation) -> str:
    return {
        Relocation.AWAY: translate("Assessment", "Away from Gothenburg"),
        Relocation.WITHIN: translate("Assessment", "Within Gothenburg"),
        Relocation.NONE: translate("Assessment", "No relocation"),
        Relocation.TO_ASSESS: translate("Assessment", "Not assessed yet"),
    }[value]


def yes_no(value: bool) -> str:
    return translate("Assessment", "Yes") if value else translate("Assessment", "No")


def local_time(iso: str | None) -> str:
    """A stored UTC timestamp as local date and time, to the minute."""
    if not iso:
        return "—"
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16].replace("T", " ")


def answer_text(field: Field, value: Any, language: str) -> str:
    """An answer as the caseworker chose it (choice labels, yes/no) in ``language``."""
    labels = {c.value: c.label.get(language) for c in field.choices}
    if field.type is FieldType.BOOL and isinstance(value, bool):
        return yes_no(value)
    if field.type is FieldType.CHOICE:
        return labels.get(value, str(value))
    if field.type is FieldType.MULTI_CHOICE and isinstance(value, list):
        return ", ".join(labels.get(v, str(v)) for v in value)
    return str(value)


def verdict_text(is_defector: bool, special_defector: bool, route_to: str) -> str:
    """The outcome in a few words, e.g. "Defector, handled by Hisingen"."""
    unit = unit_label(route_to)
    if not is_defector:
        text = translate("Assessment", "Not a defector; the case stays with %1")
        return text.replace("%1", unit)
    if special_defector:
        return translate("Assessment", "Special defector, handled by %1").replace("%1", unit)
    return translate("Assessment", "Defector, handled by %1").replace("%1", unit)


@dataclass(frozen=True)
class Signature:
    by: str
    at: str
    superseded: bool = False


def _h3(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def outcome_html(outcome: AssessmentOutcome, language: str) -> str:
    """The outcome block: the decision, the four criteria, reasons and warnings."""
    rows = [
        (translate("Assessment", "Defector"), yes_no(outcome.is_defector)),
        (translate("Assessment", "Special defector"), yes_no(outcome.special_defector)),
        (translate("Assessment", "Handled by"), unit_label(outcome.route_to.value)),
        (translate("Assessment", "Relocation"), relocation_label(outcome.relocation)),
    ]
    verdict = verdict_text(outcome.is_defector, outcome.special_defector, outcome.route_to.value)
    background = "#e6f2e8" if outcome.is_defector else "#fbeaea"
    parts = [f"<table width='100%' cellspacing='0' cellpadding='8' style='background:{background}'>"
             f"<tr><td><span style='font-size:large'><b>{escape(verdict)}</b></span></td></tr>"
             "</table><p></p><table cellspacing='0' cellpadding='3'>"]
    parts += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows]
    parts.append("</table>")
    parts.append(_h3(translate("Assessment", "Criteria")))
    parts.append("<table cellspacing='0' cellpadding='2'>")
    for criterion in Criterion:
        met = outcome.criteria.met(criterion)
        mark = YES_MARK if met else NO_MARK
        colour = "#1b6e2a" if met else "#a4000f"
        word = translate("Assessment", "met") if met else translate("Assessment", "not met")
        parts.append(f"<tr><td style='color:{colour}; font-size:large'><b>{mark}</b></td>"
                     f"<td>{escape(criterion_label(criterion))} ({escape(word)})</td></tr>")
    parts.append("</table>")
    parts.append(_h3(translate("Assessment", "Reasons")))
    parts.append(_list([m.en if language == "en" else m.sv for m in outcome.reasons]))
    parts.append(_h3(translate("Assessment", "Warnings")))
    if outcome.warnings:
        parts.append(_list([m.en if language == "en" else m.sv for m in outcome.warnings]))
    else:
        parts.append("<p>" + escape(translate("Assessment", "None.")) + "</p>")
    return "".join(parts)


def answers_html(definition: FormDefinition, answers: Mapping[str, Any], language: str) -> str:
    """Every answer that counts, step by step (answers to questions now hidden are left out)."""
    shown = visibility(definition, answers)
    parts: list[str] = []
    for step in shown.steps:
        given = [(f, shown.answers[f.id]) for f in step.fields if f.id in shown.answers]
        if not given:
            continue
        parts.append(f"<h4>{escape(step.title.get(language))}</h4>"
                     "<table cellspacing='0' cellpadding='2' width='100%'>")
        for field, value in given:
            parts.append(f"<tr><td width='45%' style='color:#4a5563'>"
                         f"{escape(field.label.get(language))}</td>"
                         f"<td>{escape(answer_text(field, value, language))}</td></tr>")
        parts.append("</table>")
    return "".join(parts)


def summary_html(definition: FormDefinition, answers: Mapping[str, Any],
                 outcome: AssessmentOutcome | None, language: str, *,
                 signature: Signature | None = None, heading: str = "",
                 problem: str = "") -> str:
    """The whole summary; ``problem`` replaces the outcome when the answers do not give one."""
    parts = [f"<h2>{escape(definition.title.get(language))}</h2>"]
    if heading:
        parts.append(f"<p>{escape(heading)}</p>")
    if signature is None:
        state = translate("Assessment",
                          "Draft — not signed. Check the outcome and its reasons, then sign.")
    else:
        state = translate("Assessment", "Signed by %1 on %2.").replace(
            "%1", signature.by).replace("%2", local_time(signature.at))
        if signature.superseded:
            state += " " + translate("Assessment", "Superseded by a later assessment.")
    parts.append(f"<p><i>{escape(state)}</i></p>")
    parts.append(_h3(translate("Assessment", "Outcome")))
    if outcome is not None:
        parts.append(outcome_html(outcome, language))
    else:
        parts.append(f"<p style='color:#a4000f'><b>{escape(problem)}</b></p>")
    parts.append(_h3(translate("Assessment", "Answers")))
    parts.append(answers_html(definition, answers, language))
    source = translate("Assessment", "Form: %1, version %2. Guideline: %3").replace(
        "%1", definition.form_id).replace("%2", str(definition.version)).replace(
        "%3", definition.guideline)
    parts.append(f"<p style='color:#4a5563'><small>{escape(source)}</small></p>")
    return "".join(parts)


def signed_summary_html(definition: FormDefinition, answers: Mapping[str, Any],
                        outcome: Mapping[str, Any] | None, signature: Signature,
                        language: str) -> str:
    """The summary of a signed assessment as stored (its outcome as it was signed)."""
    decoded = AssessmentOutcome.from_dict(outcome) if outcome is not None else None
    return summary_html(definition, answers, decoded, language, signature=signature)
