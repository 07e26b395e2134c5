"""A record's ``repr`` never shows case data.

A ``repr`` reaches exception text, tracebacks in crash reports and logs, so a dataclass field that
can hold a person's name, identity number, birth date, address or contact, free text (notes,
descriptions, reasons, questions, answers) or an attachment's file name is declared with
``field(repr=False)``. What identifies a record without revealing it (ids, case numbers, codes,
dates, units, users) stays in the ``repr``: that is what makes a traceback useful.

The walk imports every module outside ``ui/``, so a new record is checked the day it is written.
A field whose name says it may hold case data must be hidden, unless the allow-list below says why
it cannot; a field typed as a code (an enum), a flag or a count holds no text and is not checked.
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
import pkgutil
import types
import typing
from collections.abc import Iterator
from typing import Any

import utvag

# Names of fields that hold case data wherever they appear.
CASE_DATA = frozenset({
    # the person and the people around them
    "name", "person", "person_name", "personal_number", "number", "birth_date", "adult_on",
    "address", "contact", "contact_path", "applicant", "recipient", "staff", "participants",
    "witnesses", "withdrawn_by", "institution", "place",
    # free text
    "text", "note", "notes", "description", "reason", "comment", "evidence", "justification",
    "best_interests", "question", "what", "resolution", "follow_up", "risk_factors",
    "harm_test", "legal_ground", "appeal_notice", "content", "summary",
    # answers, outcomes and documents that carry the above
    "answers", "answered", "outcome", "facts", "detail", "decision", "audit_excerpt",
    "application", "attachments", "document",
    # a package entry's name, which for an attachment is its file name
    "entry",
    # references that lead to the person's records elsewhere
    "reference", "police_report_number",
    # rendered messages, which may quote the above
    "sv", "en",
})
# ... and fields whose name ends so.
CASE_DATA_ENDINGS = ("_note", "_notes", "_reason", "_text", "_name", "_comment", "_description")

# Fields with such a name that cannot hold case data, each with why.
ALLOWED: dict[str, tuple[str, ...]] = {
    "a closing reason's code (ClosureReason), never free text": (
        "utvag.domain.case_records.Case.close_reason",
        "utvag.domain.deadlines.CaseFollowUp.close_reason",
        "utvag.services.cases.EarlierCase.close_reason",
    ),
    "a log-review reason's code": (
        "utvag.services.log_review.ReviewEntry.reason",
    ),
    "why a unit's transfer key was revoked or rotated: key management, not a case": (
        "utvag.services.transfer.key_changes.KeyChange.reason",
        "utvag.services.transfer.key_changes.ImportedRevocation.reason",
        "utvag.services.transfer.keys.RefusedKey.reason",
        "utvag.transfer.key_statements.Revocation.reason",
        "utvag.vault.repo_unit_keys.RevokedKeyRow.reason",
    ),
    "the name of a form evaluator in code": (
        "utvag.forms.evaluators.registry.Evaluator.name",
    ),
    "whether the person was new or linked to an earlier person (a code)": (
        "utvag.services.cases.CreatedCase.person",
        "utvag.services.transfer.import_sink.CreatedCase.person",
        "utvag.services.transfer.importer.ImportResult.person",
    ),
    "which content a consultation carries: 'summary' or 'deidentified' (a code)": (
        "utvag.services.consultation.inbox.ReceivedConsultation.content",
        "utvag.services.consultation.inbox.InboxEntry.content",
        "utvag.services.consultation.payload.IncomingConsultation.content",
        "utvag.services.consultation.send.ConsultationPreview.content",
        "utvag.services.consultation.send.SendResult.content",
        "utvag.services.consultation.send.SentConsultationRecord.content",
        "utvag.vault.repo_consultations.SentConsultation.content",
    ),
    "a code chosen from a fixed list, stored as text": (
        "utvag.services.decisions.DecisionRecord.outcome",
        "utvag.services.followup_records.PoliceFollowUpRecord.outcome",
        "utvag.services.needs.NeedFollowUpRecord.outcome",
        "utvag.services.log_review_exchange.Exchanged.outcome",
        "utvag.services.log_review_exchange.ReceivedLogReview.outcome",
        "utvag.vault.repo_log_review.SignOffRow.outcome",
        "utvag.vault.repo_manager.ReceivedReview.outcome",
        "utvag.services.high_risk_records.IncidentRecord.place",
        "utvag.services.high_risk_records.RiskAssessmentRecord.decision",
        "utvag.services.high_risk_records.MeetingWarning.decision",
        "utvag.services.decisions.SpecialDecisionRecord.decision",
    ),
    "the legal ground's texts from the board's own list, not the case": (
        "utvag.domain.legal_grounds.LegalGround.note",
        "utvag.domain.legal_grounds.LegalGround.reference",
    ),
    "a function of the form engine": (
        "utvag.forms.evaluators.registry.Evaluator.facts",
    ),
    "the form definition's own texts, the same for every case": (
        "utvag.forms.definition.LocalizedText.sv",
        "utvag.forms.definition.LocalizedText.en",
        "utvag.forms.definition.HelpText.sv",
        "utvag.forms.definition.HelpText.en",
    ),
    "records that keep their own case data out of their repr": (
        "utvag.domain.case_records.Case.person",
        "utvag.forms.facts.AssessmentFacts.outcome",
        "utvag.services.case_details.CaseDetails.notes",
        "utvag.services.case_details.CaseDetails.attachments",
        "utvag.services.transfer.payload.IncomingCase.notes",
        "utvag.services.transfer.payload.IncomingCase.attachments",
        "utvag.services.transfer.payload.CaseContents.attachments",
    ),
}
ALLOWED_FIELDS = {name for names in ALLOWED.values() for name in names}

# Classes whose whole repr is their own, reviewed to show no case data (nor key material).
OWN_REPR = {
    "utvag.transfer.identity.UnitIdentity": "the unit, the card's role and the fingerprint",
    "utvag.transfer.suites.HpkeKeyPair": "the KEM only",
}

NOT_TEXT = (bool, int, float, enum.Enum)


def _modules(path: list[str], prefix: str) -> Iterator[str]:
    """Every module below *path*, the UI's left out (not even imported: it would load Qt)."""
    for info in pkgutil.iter_modules(path, prefix):
        if info.name in ("utvag.ui", "utvag.__main__"):
            continue
        yield info.name
        if info.ispkg:
            yield from _modules(list(importlib.import_module(info.name).__path__),
                                f"{info.name}.")


def _records() -> Iterator[type]:
    for name in _modules(list(utvag.__path__), "utvag."):
        module = importlib.import_module(name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__ \
                    and dataclasses.is_dataclass(value):
                yield value


RECORDS = sorted(_records(), key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def _holds_case_data(name: str) -> bool:
    return name in CASE_DATA or name.endswith(CASE_DATA_ENDINGS)


def _only_codes(annotation: Any) -> bool:
    """Whether the type holds only codes, flags and counts (None allowed), never text."""
    if annotation is type(None):
        return True
    if isinstance(annotation, type):
        return issubclass(annotation, NOT_TEXT)
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType, tuple, frozenset):
        return bool(args) and all(_only_codes(a) for a in args if a is not Ellipsis)
    return False


def _types(cls: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(cls)
    except NameError:  # a name imported only for type checking: judged by the field's name
        return {}


def _shown_case_fields(cls: type) -> list[str]:
    types = _types(cls)
    shown = []
    for item in dataclasses.fields(cls):
        qualified = f"{cls.__module__}.{cls.__qualname__}.{item.name}"
        if item.repr and _holds_case_data(item.name) and qualified not in ALLOWED_FIELDS \
                and not _only_codes(types.get(item.name)):
            shown.append(qualified)
    return shown


def test_the_walk_finds_the_records() -> None:
    names = {f"{cls.__module__}.{cls.__qualname__}" for cls in RECORDS}
    assert len(RECORDS) > 200
    assert {"utvag.domain.needs.Need", "utvag.domain.young_people.Guardian",
            "utvag.services.transfer.payload.IncomingCase", "utvag.vault.repo_audit.AuditEntry",
            "utvag.services.followup_records.ThreatRecord", "utvag.cli.case_arg.CaseArg",
            } <= names
    assert not any(name.startswith("utvag.ui.") for name in names)


def test_no_record_shows_a_field_that_can_hold_case_data() -> None:
    shown = [name for cls in RECORDS if dataclasses.fields(cls) for name in
             _shown_case_fields(cls)]
    assert shown == [], "declare these with field(repr=False), or allow them with a reason"


def test_the_allow_list_names_fields_that_exist_and_are_shown() -> None:
    known = {f"{cls.__module__}.{cls.__qualname__}.{item.name}": item.repr
             for cls in RECORDS for item in dataclasses.fields(cls)}
    stale = sorted(name for name in ALLOWED_FIELDS if name not in known)
    assert stale == []
    hidden = sorted(name for name in ALLOWED_FIELDS if not known[name])
    assert hidden == [], "hidden fields need no allowance"


def test_a_record_without_a_generated_repr_has_a_reviewed_one() -> None:
    own = {f"{cls.__module__}.{cls.__qualname__}" for cls in RECORDS
           if not cls.__dataclass_params__.repr}  # type: ignore[attr-defined]
    assert own == set(OWN_REPR)


def test_a_hidden_field_keeps_its_value_and_the_repr_its_identifiers() -> None:
    from datetime import date

    from utvag.domain.needs import Need, NeedArea
    from utvag.domain.young_people import Guardian

    need = Need(NeedArea.SAFETY_HOUSING, date(2026, 9, 30), "Skyddat boende i Borås", 7)
    assert need.description == "Skyddat boende i Borås"
    assert "Borås" not in repr(need)
    assert "record_id=7" in repr(need) and "2026, 9, 30" in repr(need)
    guardian = Guardian("Fiktiv Mamma", "070-123 45 67", False, "Del av hotbilden")
    assert not {"Fiktiv", "070", "hotbilden"} & set(repr(guardian).replace("'", " ").split())
    assert "may_contact=False" in repr(guardian)
