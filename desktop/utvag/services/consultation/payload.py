"""What consultation packages carry, as versioned JSON: ``consultation.json`` (kind 3, a district
asks SAV) and ``answer.json`` (kind 4, SAV answers).

A consultation always carries the **de-identified facts** (``FACT_FIELDS``): codes, yes/no
answers and an age band, taken from the case and its signed assessment in force; never
the name, the identity number, the birth date, the address, the case number, a caseworker's name,
a date, a reference or any free text. Only when the person's consent covers another
social-services board (and the identity is not protected) does it also carry the **case summary**
(``summary``): the person, the case, the application and the signed assessment with its texts,
and the caseworker's question in words.

Parsing is strict, because even a trusted sender's document is input: unknown or missing members,
wrong types, values outside the closed lists or over-long texts are refused with
:class:`PackageError` naming the document, never its content.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from utvag.domain.case_records import Case
from utvag.domain.display_text import is_clean_text, is_one_line
from utvag.forms.facts import AssessmentFacts
from utvag.services import assessment_facts
from utvag.services.statistics import AGE_BANDS, GENDERS, age_band, gender_group
from utvag.services.transfer.fields import FieldError
from utvag.transfer import PackageError
from utvag.transfer import encoding as enc
from utvag.vault.repo_assessments import AssessmentRow

CONSULTATION_FORMAT = "utvag-consultation"
ANSWER_FORMAT = "utvag-consultation-answer"
VERSION = 1
QUESTIONS = ("special_defector", "advice")
CONTENTS = ("case_summary", "deidentified")
ANSWERS = ("decision", "advice")
MAX_TEXT = 4000
MAX_NAME = 200
# What a caseworker typed that would show other than as stored (``display_text``).
QUESTION_CHARACTERS = ("The question holds a control or text-direction character: remove it "
                       "(line breaks and tabs are kept).")
ANSWER_CHARACTERS = ("The answer holds a control or text-direction character: remove it (line "
                     "breaks and tabs are kept).")
_UNITS = ("Centrum", "Hisingen", "Nordost", "Sydvast", "SAV")
_BOOL = "bool"

# Every member of ``facts``, with its closed list of values (or ``bool``); the age as the
# statistics' band (the guideline's and the law's limits 15, 18 and 21 stay visible).
# Nothing else may appear there: no text, no date, no reference.
FACT_FIELDS: dict[str, tuple[str, ...] | str] = {
    "case_type": ("defector", "high_risk", "relative"),
    "age_band": AGE_BANDS,
    "gender": GENDERS,
    "belonging": ("Centrum", "Hisingen", "Nordost", "Sydvast"),
    "milieu_kind": ("criminal_network", "violent_extremism", "honour_context"),
    "milieu_network_category": ("self_defined", "externally_defined", "unnamed",
                                "project_based"),
    "milieu_extremist": ("right_wing", "left_wing", "violent_islamist"),
    "milieu_honour_perpetrator": _BOOL,
    "milieu_judged_by": ("police", "security_service"),
    "belongs": _BOOL,
    "wants_to_leave": _BOOL,
    "motivation_insight": _BOOL,
    "motivation_long_term": _BOOL,
    "womens_roles_considered": _BOOL,
    "needs_protection": _BOOL,
    "consent": _BOOL,
    "threat_level": ("low", "high"),
    "threat_nature": ("concrete", "latent"),
    "protection_need": ("low", "high"),
    "special_circumstances": _BOOL,
    "relocation": ("away", "within", "none", "to_assess"),
    "serious_crime_suspected": _BOOL,
    "custody_setting": ("none", "prison", "closed_youth_care"),
    "witness_in_ongoing_case": _BOOL,
    "is_defector": _BOOL,
    "route_to": _UNITS,
}


def _assessment_facts(said: AssessmentFacts) -> dict[str, Any]:
    """The members of ``facts`` the signed assessment gives (the criteria come from its
    outcome); ``None`` where it does not say."""
    milieu, protection, checkpoints = said.milieu, said.protection, said.checkpoints
    threat = said.threat.assessment
    return {
        "belonging": said.belonging, "milieu_kind": milieu.kind,
        "milieu_network_category": milieu.network_category,
        "milieu_extremist": milieu.extremist,
        "milieu_honour_perpetrator": milieu.honour_perpetrator,
        "milieu_judged_by": milieu.judged_by, "motivation_insight": said.motivation.insight,
        "motivation_long_term": said.motivation.long_term,
        "womens_roles_considered": said.motivation.womens_roles_considered,
        "threat_level": said.threat.level, "threat_nature": threat.nature if threat else None,
        "protection_need": protection.need,
        "special_circumstances": protection.special_circumstances.claimed,
        "relocation": protection.relocation,
        "serious_crime_suspected": checkpoints.serious_crime_suspected,
        "custody_setting": checkpoints.custody_setting,
        "witness_in_ongoing_case": checkpoints.witness_in_ongoing_case}


_CRITERIA = ("belongs", "wants_to_leave", "needs_protection", "consent")
_CONSULTATION_KEYS = {"format", "version", "from_unit", "sent_at", "question", "content",
                      "facts", "summary"}
_SUMMARY_KEYS = {"question_text", "case", "person", "application", "assessment"}
_ANSWER_KEYS = {"format", "version", "consultation", "answer", "special_defector", "text",
                "answered_on", "answered_at", "answered_by"}
_WHAT = "consultation data in the package"
_WHAT_ANSWER = "consultation answer in the package"


def deidentified_facts(case: Case, current: AssessmentRow | None, today: date
                       ) -> dict[str, Any]:
    """The facts that identify nobody: codes and yes/no from the case and its signed assessment
    in force; ``None`` where the case does not say."""
    outcome: Mapping[str, Any] = (current.outcome or {}) if current is not None else {}
    criteria = outcome.get("criteria") if isinstance(outcome.get("criteria"), dict) else {}
    facts: dict[str, Any] = {name: None for name in FACT_FIELDS}
    facts["case_type"] = case.type.value
    facts["age_band"] = age_band(case.person.birth_date, today.isoformat())
    facts["gender"] = gender_group(case.person.gender)
    facts["belonging"] = case.person.district
    for name, value in _assessment_facts(assessment_facts.facts(current)).items():
        if value is not None:
            facts[name] = value.value if isinstance(value, StrEnum) else value
    for name in _CRITERIA:
        value = criteria.get(name) if isinstance(criteria, dict) else None
        facts[name] = value if isinstance(value, bool) else None
    facts["is_defector"] = outcome.get("is_defector")
    facts["route_to"] = outcome.get("route_to")
    # Anything outside the closed lists (an unexpected stored value) is left out, not sent.
    return {name: value if _fact_ok(name, value) else None for name, value in facts.items()}


def _fact_ok(name: str, value: Any) -> bool:
    allowed = FACT_FIELDS[name]
    if value is None:
        return True
    if allowed == _BOOL:
        return isinstance(value, bool)
    return isinstance(value, str) and value in allowed


def case_summary(case: Case, current: AssessmentRow | None, application: dict[str, Any] | None,
                 question_text: str | None) -> dict[str, Any]:
    """What a consultation carries under the consent, besides the facts."""
    person = case.person
    return {
        "question_text": question_text,
        "case": {"case_number": case.case_number, "type": case.type.value,
                 "status": case.status.value, "opened_at": case.opened_at,
                 "caseworker": case.caseworker},
        "person": {"name": person.name, "personal_number": person.personal_number,
                   "birth_date": person.birth_date, "gender": person.gender,
                   "district": person.district},
        "application": None if application is None else {
            k: application.get(k) for k in ("received_on", "applicant_kind", "applicant")},
        "assessment": None if current is None else {
            "form_id": current.form_id, "form_version": current.form_version,
            "answers": current.answers, "outcome": current.outcome,
            "signed_at": current.signed_at, "signed_by": current.signed_by},
    }


def consultation_document(*, from_unit: str, sent_at: datetime, question: str, content: str,
                          facts: dict[str, Any], summary: dict[str, Any] | None) -> bytes:
    return enc.canonical_json({
        "format": CONSULTATION_FORMAT, "version": VERSION, "from_unit": from_unit,
        "sent_at": enc.format_time(sent_at), "question": question, "content": content,
        "facts": facts, "summary": summary})


@dataclass(frozen=True)
class IncomingConsultation:
    from_unit: str
    sent_at: datetime
    question: str = field(repr=False)
    content: str
    facts: dict[str, Any] = field(repr=False)
    summary: dict[str, Any] | None = field(repr=False)


def _choice(doc: Mapping[str, Any], key: str, values: tuple[str, ...], what: str) -> str:
    value = enc.get_str(doc, key, what)
    if value not in values:
        enc.fail(what)
    return value


def _text(value: Any, what: str, limit: int = MAX_TEXT, *, optional: bool = False,
          field: str | None = None) -> str | None:
    """Text of one or more lines without other control or text-direction characters (the
    question, the answer); the refusal names *field* for a sender checking its own document."""
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        enc.fail(what)
    if not is_clean_text(value):
        if field is None:
            enc.fail(what)
        raise FieldError(f"The {what} is damaged or not in the expected form", field)
    return value


# The summary's members SAV's view shows on a line of their own (the assessment's answers and
# outcome are the form's, checked as a case's are).
_SUMMARY_LINES = {"case": ("case_number", "type", "status", "opened_at", "caseworker"),
                  "person": ("name", "personal_number", "birth_date", "gender", "district"),
                  "application": ("received_on", "applicant_kind", "applicant"),
                  "assessment": ("form_id", "signed_at", "signed_by")}


def _one_line(value: Any, what: str, field: str | None = None) -> Any:
    """A name or number the receiver shows: text without control or text-direction characters
    (absent allowed). The refusal names *field* for a sender checking its own document."""
    if value is not None and (not isinstance(value, str) or not is_one_line(value)):
        if field is None:
            enc.fail(what)
        raise FieldError(f"The {what} is damaged or not in the expected form", field)
    return value


def parse_consultation(data: bytes) -> IncomingConsultation:
    doc = enc.parse_versioned(data, _WHAT, _CONSULTATION_KEYS, CONSULTATION_FORMAT, VERSION)
    facts = enc.get_obj(doc, "facts", _WHAT)
    enc.require_keys(facts, set(FACT_FIELDS), _WHAT)
    if not all(_fact_ok(name, facts[name]) for name in FACT_FIELDS):
        enc.fail(_WHAT)
    content = _choice(doc, "content", CONTENTS, _WHAT)
    summary = doc["summary"]
    if content == "deidentified" and summary is not None:
        raise PackageError("A de-identified consultation must not carry the case summary")
    if content == "case_summary":
        summary = enc.get_obj(doc, "summary", _WHAT)
        enc.require_keys(summary, _SUMMARY_KEYS, _WHAT)
        _text(summary["question_text"], _WHAT, optional=True, field="question_text")
        for key, shown in _SUMMARY_LINES.items():
            if summary[key] is None and key in ("application", "assessment"):
                continue
            # SAV's view shows these on a line each: one line, as in a case
            part = enc.get_obj(summary, key, _WHAT)
            for name in shown:
                _one_line(part.get(name), _WHAT, f"{key}.{name}")
    return IncomingConsultation(
        from_unit=_choice(doc, "from_unit", _UNITS, _WHAT),
        sent_at=enc.get_time(doc, "sent_at", _WHAT),
        question=_choice(doc, "question", QUESTIONS, _WHAT), content=content,
        facts=dict(facts), summary=summary)


# -- the answer --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerDocument:
    consultation_id: bytes
    consultation_digest: bytes
    answer: str  # "decision" or "advice"
    special_defector: bool | None
    text: str = field(repr=False)
    answered_on: date
    answered_at: datetime
    answered_by: str


def answer_document(answer: AnswerDocument) -> bytes:
    return enc.canonical_json({
        "format": ANSWER_FORMAT, "version": VERSION,
        "consultation": {"package_id": answer.consultation_id.hex(),
                         "digest": answer.consultation_digest.hex()},
        "answer": answer.answer, "special_defector": answer.special_defector,
        "text": answer.text, "answered_on": answer.answered_on.isoformat(),
        "answered_at": enc.format_time(answer.answered_at), "answered_by": answer.answered_by})


def parse_answer(data: bytes) -> AnswerDocument:
    doc = enc.parse_versioned(data, _WHAT_ANSWER, _ANSWER_KEYS, ANSWER_FORMAT, VERSION)
    ref = enc.get_obj(doc, "consultation", _WHAT_ANSWER)
    enc.require_keys(ref, {"package_id", "digest"}, _WHAT_ANSWER)
    kind = _choice(doc, "answer", ANSWERS, _WHAT_ANSWER)
    special = doc["special_defector"]
    if (kind == "decision") != isinstance(special, bool) or (
            kind == "advice" and special is not None):
        enc.fail(_WHAT_ANSWER)
    try:
        answered_on = date.fromisoformat(enc.get_str(doc, "answered_on", _WHAT_ANSWER))
    except ValueError:
        enc.fail(_WHAT_ANSWER)
    text = _text(doc["text"], _WHAT_ANSWER, field="text")
    by = _one_line(_text(doc["answered_by"], _WHAT_ANSWER, MAX_NAME), _WHAT_ANSWER)
    assert text is not None and by is not None
    return AnswerDocument(
        consultation_id=enc.get_hex(ref, "package_id", 16, _WHAT_ANSWER),
        consultation_digest=enc.get_hex(ref, "digest", 32, _WHAT_ANSWER),
        answer=kind, special_defector=special, text=text, answered_on=answered_on,
        answered_at=enc.get_time(doc, "answered_at", _WHAT_ANSWER), answered_by=by)
