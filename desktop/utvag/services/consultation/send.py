"""A district consults SAV about a case that stays with it (guideline, "Ansvarsfördelning": SAV
shall «avgöra om en avhoppare ska bedömas som särskild avhoppare» and be «en kompetensresurs till
övrig socialtjänst»), and imports SAV's answer.

What leaves is decided here, not by the caller (``consultation_preview`` says which before
anything is sent): the case summary when the consent on the signed assessment covers another
social-services board, was not withdrawn and the identity is not protected; otherwise only the
de-identified facts (``consultation.payload.FACT_FIELDS``), and then no question in words. The
case is not closed: it records the consultation (awaiting SAV's answer, a due item once the
policy's ``consultation_answer_days`` have passed) and, later, the answer. A decision on
special-defector status goes through the decision service (``decisions.record_special``), so the
routing and the status follow it; advice is recorded as advice.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import utvag.services.transfer.sendable as sendable
from utvag.domain.case_records import Case
from utvag.domain.display_text import is_clean_text
from utvag.domain.identity import is_protected
from utvag.domain.units import Unit
from utvag.errors import RefusedError, UsageError, ValidationError
from utvag.services import assessment_facts, case_flow, decisions, vault_roles
from utvag.services.case_ref import case_changed, case_of
from utvag.services.consultation.files import Opened, receive
from utvag.services.consultation.payload import (
    FACT_FIELDS,
    MAX_TEXT,
    QUESTION_CHARACTERS,
    QUESTIONS,
    case_summary,
    consultation_document,
    deidentified_facts,
    parse_answer,
)
from utvag.services.results import JsonResult, ServiceWarning, Warnings
from utvag.services.session import Session
from utvag.services.transfer.export import consent_covers, consent_status
from utvag.services.transfer.keys import (
    TrustedCard,
    card_for_unit,
    check_new_file,
)
from utvag.services.transfer.outgoing import mark_sealed, seal_sent, write_package
from utvag.transfer import EntrySource, PackageError, PackageKind
from utvag.transfer.names import ANSWER_DOCUMENT, CONSULTATION_DOCUMENT
from utvag.vault import (
    repo_assessments,
    repo_case_flow,
    repo_cases,
    repo_consultations,
    repo_journal,
    repo_transfer,
)
from utvag.vault.audit import now_utc
from utvag.vault.database import Connection
from utvag.vault.repo_consultations import Answer, SentConsultation

SAV = Unit.SAV.value
SUMMARY = "case_summary"
DEIDENTIFIED = "deidentified"
SUMMARY_FIELDS = ("question_text", "case", "person", "application", "assessment")

# Warnings of an imported answer; the app shows them translated (values as %1, %2).
NOT_ROUTED = "SAV's decision is recorded with the consultation but does not route the case: %1"
ONLY_RECORDED = "Case %1 is %2: SAV's decision is recorded with the consultation only."


def _refuse(message: str, rule: str) -> ValidationError:
    return ValidationError(message, field="consultation", rule=rule)


@dataclass(frozen=True)
class ConsultationPreview(JsonResult):
    """What a consultation of this case would carry, shown before it is sent."""

    case_id: int
    case_number: str
    content: str  # SUMMARY or DEIDENTIFIED
    why: str  # "consent", "no_consent", "consent_withdrawn" or "protected_identity"
    fields: tuple[str, ...]
    sav_trusted: bool
    has_assessment: bool


def check_arguments(question: str, out_path: Path, question_text: str | None
                    ) -> tuple[Path, str | None]:
    """What can be checked without the vault (the CLI runs this before unlocking)."""
    if question not in QUESTIONS:
        raise UsageError(f"The question is one of {', '.join(QUESTIONS)}.")
    text = None
    if question_text is not None:
        text = question_text.strip()
        if not text or len(text) > MAX_TEXT:
            raise UsageError(f"The question needs text (at most {MAX_TEXT} characters).")
        if not is_clean_text(text):
            raise UsageError(QUESTION_CHARACTERS)
    return check_new_file(out_path), text


def _open_case(conn: Connection, case_id: int) -> Case:
    return case_of(conn, case_id, open_only=False)


def _content(session: Session, case: Case) -> tuple[str, str]:
    current = repo_assessments.current_signed(session.vault.conn, case.id)
    consent = (consent_status(assessment_facts.facts(current).consent) if current is not None
               else None)
    if is_protected(case.person.protected_identity):
        return DEIDENTIFIED, "protected_identity"
    if consent_covers(session, case, consent):
        return SUMMARY, "consent"
    if consent is not None and consent["given"]:
        return DEIDENTIFIED, "consent_withdrawn" if consent["withdrawn"] or \
            consent["covers_recipient"] else "no_consent"
    return DEIDENTIFIED, "no_consent"


def _fields(content: str) -> tuple[str, ...]:
    facts = tuple(f"facts.{name}" for name in FACT_FIELDS)
    return facts + tuple(f"summary.{n}" for n in SUMMARY_FIELDS) if content == SUMMARY else facts


def consultation_preview(session: Session, case_id: int) -> ConsultationPreview:
    """Read-only: which content a consultation of *case_id* would carry, and why."""
    conn = session.vault.conn
    case = _open_case(conn, case_id)
    content, why = _content(session, case)
    trusted = bool([t for t in _trusted_sav(session)])
    return ConsultationPreview(case.id, case.case_number, content, why, _fields(content),
                               trusted, repo_assessments.current_signed(conn, case.id) is not None)


def _trusted_sav(session: Session) -> list[TrustedCard]:
    try:
        found = card_for_unit(session, SAV)
    except ValidationError:
        return []
    return [] if found is None else [found]


def _check_send(session: Session, case: Case, question_text: str | None
                ) -> tuple[str, str, TrustedCard]:
    if not vault_roles.may(session, vault_roles.Duty.CONSULT_SAV):
        raise _refuse("SAV answers consultations; a case at SAV is decided there.",
                      "sav_does_not_consult")
    if case.status not in case_flow.OPEN_STATUSES:
        raise RefusedError(f"Case {case.case_number} is {case.status.value} and read-only.")
    recipient = card_for_unit(session, SAV)
    if recipient is None:
        raise _refuse(f"This vault trusts no key card for {SAV}: exchange key cards, confirm the "
                      "fingerprint by phone and trust the card first.", "recipient_untrusted")
    content, why = _content(session, case)
    if content == DEIDENTIFIED and question_text is not None:
        raise _refuse("Without a consent covering SAV the consultation carries de-identified "
                      "facts only; a question in words may identify the person, so it cannot "
                      "be sent. Leave the question text out.", "free_text_needs_consent")
    return content, why, recipient


@dataclass(frozen=True)
class SendResult(JsonResult):
    consultation_id: int
    case_id: int
    case_number: str
    package_id: str
    content: str
    fields: tuple[str, ...]
    path: str
    answer_due_days: int
    warnings: Warnings = field(default=())


_CONTENT_SV = {SUMMARY: "ärendesammanfattning (samtycke)",
               DEIDENTIFIED: "avidentifierade uppgifter"}
_QUESTION_SV = {"special_defector": "är personen en särskild avhoppare?", "advice": "råd"}


def send_consultation(session: Session, case_id: int, out_path: Path, *, question: str,
                      question_text: str | None = None, answer_days: int | None = None,
                      now: datetime | None = None) -> SendResult:
    """Seal a consultation of *case_id* to SAV into *out_path* (a new file); the case records
    it and stays open. *answer_days* defaults to the policy's ``consultation_answer_days``."""
    target, text = check_arguments(question, out_path, question_text)
    if answer_days is not None and not 1 <= answer_days <= 365:
        raise UsageError("The days to wait for SAV's answer are 1 to 365.")
    days = answer_days or session.policy.consultation_answer_days
    vault = session.vault

    def seal_and_record(temp: Path, file_id: int) -> tuple[int, Case, str, bytes]:
        with vault.transaction() as conn:
            case = _open_case(conn, case_id)
            content, _why, recipient = _check_send(session, case, text)
            moment = now or datetime.now(UTC)
            current = repo_assessments.current_signed(conn, case.id)
            facts = deidentified_facts(case, current, moment.date())
            summary = None
            if content == SUMMARY:
                summary = case_summary(case, current, repo_case_flow.latest(
                    conn, "case_application", case.id), text)
            document = consultation_document(from_unit=vault.unit, sent_at=moment,
                                             question=question, content=content, facts=facts,
                                             summary=summary)
            sendable.check_consultation(document)  # what SAV would refuse, before sealing
            sealed = seal_sent(session, temp, recipient,
                               [EntrySource.from_bytes(CONSULTATION_DOCUMENT, document)],
                               kind=PackageKind.CONSULTATION, case_id=case.id, now=moment)
            stamp = now_utc()
            record_id = repo_consultations.insert_sent(conn, SentConsultation(
                case.id, sealed.package_id, recipient.card.unit, question, content,
                _fields(content), stamp, vault.actor, days))
            if content == SUMMARY:
                repo_transfer.insert_disclosure(
                    conn, case_id=case.id, categories=["person", "case", "assessments"],
                    recipient=recipient.card.unit, recipient_key_id=recipient.card.key_id,
                    disclosed_at=stamp, disclosed_by=vault.actor, legal_basis="consent",
                    legal_ground="Samtycke, omfattar annan socialtjänst (konsultation med SAV)",
                    reason="Konsultation med SAV", package_id=sealed.package_id,
                    legal_ref="consent", recipient_authority="other_social_services")
            note = (f"Konsultation skickad till SAV ({_QUESTION_SV[question]}); innehåll: "
                    f"{_CONTENT_SV[content]}. Paket-id {sealed.package_id.hex()}. Svar "
                    f"inväntas inom {days} dagar.")
            repo_journal.insert_note_record(conn, case_id=case.id, author=vault.actor,
                                            created_at=stamp, text=note, signed_at=stamp,
                                            signed_by=vault.actor, corrects_note_id=None)
            case_changed(session, case.id, stamp, "consultation.send", {
                "package_id": sealed.package_id.hex(), "to": recipient.card.unit,
                "question": question, "content": content, "sequence": sealed.sequence})
            mark_sealed(conn, file_id, sealed.package_id)
        return record_id, case, content, sealed.package_id

    try:
        (record_id, case, content, package_id), written = write_package(
            session, PackageKind.CONSULTATION.value, target, seal_and_record)
    except ValidationError as exc:
        with vault.transaction():
            vault.audit("consultation.send_refused", case_id, {"rule": exc.rule})
        raise
    return SendResult(record_id, case.id, case.case_number, package_id.hex(), content,
                      _fields(content), written.path, days, written.warnings)


# -- SAV's answer comes back ------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerResult(JsonResult):
    consultation_id: int
    case_id: int
    case_number: str
    answer: str  # "decision" or "advice"
    special_defector: bool | None
    text: str = field(repr=False)
    answered_by: str
    answered_on: str
    decision_record_id: int | None
    status: str
    warnings: Warnings = field(default=())
    receipt: str | None = None  # the receipt file for SAV


def import_answer(session: Session, path: Path, *, receipt_out: Path | None = None,
                  now: datetime | None = None) -> AnswerResult:
    """Verify SAV's answer, match it to the consultation it answers and record it on the case.

    Anything wrong with the package — tampered, addressed to another unit, from an untrusted or
    revoked key, replayed, of another kind, or answering no consultation sent from here — is an
    ``IntegrityError`` (exit 4) and changes nothing but one audit row."""
    vault = session.vault

    def record(opened: Opened, _stamp: str) -> tuple[AnswerResult, int]:
        conn = vault.conn
        answer = parse_answer(opened.document)
        sent = repo_consultations.sent_by_package(conn, answer.consultation_id)
        sent_package = repo_transfer.get_sent(conn, answer.consultation_id)
        if sent is None or sent_package is None:
            raise PackageError(f"This answer is for a consultation that {vault.unit} did not "
                               "send")
        sender_unit = opened.package.sender.unit
        if sender_unit != sent["sav_unit"]:
            raise PackageError(f"This answer comes from {sender_unit}, but the consultation "
                               f"was sent to {sent['sav_unit']}")
        if sent_package.digest != answer.consultation_digest:
            raise PackageError("This answer does not match the consultation that was sent")
        if sent["answer_package_id"] is not None:
            raise PackageError("This consultation has already been answered (package "
                               f"{bytes(sent['answer_package_id']).hex()})")
        return _record_answer(session, conn, sent, opened.package.package_id, answer,
                              sender_unit), int(sent["case_id"])

    result, written, warnings = receive(
        session, path, PackageKind.CONSULTATION_ANSWER, ANSWER_DOCUMENT,
        refused="consultation.answer_refused", record=record, receipt_out=receipt_out, now=now)
    return replace(result, receipt=written, warnings=result.warnings + warnings)


def _record_answer(session: Session, conn: Connection, sent: dict[str, Any], package_id: bytes,
                   answer: Any, sender_unit: str) -> AnswerResult:
    vault = session.vault
    case = _open_case(conn, int(sent["case_id"]))
    stamp = now_utc()
    decision_id: int | None = None
    warnings: list[ServiceWarning] = []
    status = case.status.value
    if answer.answer == "decision":
        if case.status in case_flow.OPEN_STATUSES:
            try:
                done = decisions.record_special(
                    session, conn, case, "confirmed" if answer.special_defector else
                    "not_special", answer.answered_on, answer.text)
                decision_id, status = done.record_id, done.status
                warnings += [ServiceWarning(w.code, w.en) for w in done.warnings]
            except ValidationError as exc:
                warnings.append(ServiceWarning("decision_not_routed",
                                               NOT_ROUTED.replace("%1", exc.message)))
        else:
            warnings.append(ServiceWarning("decision_only_recorded", ONLY_RECORDED.replace(
                "%1", case.case_number).replace("%2", case.status.value)))
    repo_consultations.record_answer(conn, int(sent["id"]), Answer(
        package_id, answer.answer, answer.special_defector, answer.text,
        answer.answered_at.isoformat(), answer.answered_by), received_at=stamp,
        received_by=vault.actor, decision_id=decision_id)
    if answer.answer == "decision":
        verdict = "särskild avhoppare" if answer.special_defector else "inte särskild avhoppare"
        note = (f"SAV:s beslut på konsultationen (paket-id {bytes(sent['package_id']).hex()}): "
                f"{verdict}, beslutat {answer.answered_on.isoformat()} av "
                f"{answer.answered_by}. Motivering: {answer.text}")
    else:
        note = (f"SAV:s råd på konsultationen (paket-id {bytes(sent['package_id']).hex()}), "
                f"{answer.answered_on.isoformat()}, {answer.answered_by}: {answer.text}")
    if case.status in case_flow.OPEN_STATUSES:
        repo_journal.insert_note_record(conn, case_id=case.id, author=vault.actor,
                                        created_at=stamp, text=note, signed_at=stamp,
                                        signed_by=vault.actor, corrects_note_id=None)
        repo_cases.touch_case(conn, case.id, stamp)
    vault.audit("consultation.answer", case.id, {
        "package_id": package_id.hex(), "from": sender_unit, "answer": answer.answer,
        "decision_record_id": decision_id})
    return AnswerResult(int(sent["id"]), case.id, case.case_number, answer.answer,
                        answer.special_defector, answer.text, answer.answered_by,
                        answer.answered_on.isoformat(), decision_id, status, tuple(warnings))


@dataclass(frozen=True)
class SentConsultationRecord(JsonResult):
    """A consultation this vault sent to SAV and, once imported, SAV's answer (``answer_kind``
    ``decision`` or ``advice``); package ids in hex."""

    id: int
    case_id: int
    sav_unit: str
    question: str = field(repr=False)
    content: str
    fields: tuple[str, ...]
    sent_at: str
    sent_by: str
    answer_due_days: int
    answer_kind: str | None
    special_defector: bool | None
    answer_text: str | None = field(repr=False)
    answered_at: str | None
    answered_by: str | None
    answer_received_at: str | None
    answer_received_by: str | None
    decision_id: int | None
    case_number: str
    package_id: str
    answer_package_id: str | None
    awaiting_answer: bool

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> SentConsultationRecord:
        return cls(**{**_public(row), "fields": tuple(row["fields"])})


def for_case(session: Session, case_id: int) -> list[SentConsultationRecord]:
    """The case's consultations with SAV and their answers, oldest first."""
    conn = session.vault.conn
    _open_case(conn, case_id)
    return [SentConsultationRecord.from_row(r)
            for r in repo_consultations.for_case(conn, case_id)]


def _public(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k not in ("package_id", "answer_package_id")}
    out["package_id"] = bytes(row["package_id"]).hex()
    out["answer_package_id"] = (None if row["answer_package_id"] is None
                                else bytes(row["answer_package_id"]).hex())
    out["awaiting_answer"] = row["answer_package_id"] is None
    return out


def sent_list(session: Session) -> list[SentConsultationRecord]:
    """Every consultation this vault sent, oldest first."""
    return [SentConsultationRecord.from_row(r)
            for r in repo_consultations.sent_all(session.vault.conn)]
