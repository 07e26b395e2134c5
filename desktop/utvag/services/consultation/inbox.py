"""SAV receives a district's consultation and answers it with a signed package.

SAV is the city's judge of special-defector status and a resource for the other boards
(guideline, "Ansvarsfördelning"). Opening verifies the package as an import does and keeps the
consultation as received (``consultation_received``); no case is made at SAV. The answer is a
decision — special defector or not, with its justification — or advice in words, sealed to the
district's key and signed by SAV's; the district records it on its case.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from utvag.domain.display_text import is_clean_text
from utvag.domain.units import Unit
from utvag.errors import NotFoundError, RefusedError, UsageError, ValidationError
from utvag.services import case_flow
from utvag.services.consultation.files import Opened, open_package, readable, receive, refusals
from utvag.services.consultation.payload import (
    ANSWER_CHARACTERS,
    ANSWERS,
    MAX_TEXT,
    AnswerDocument,
    IncomingConsultation,
    answer_document,
    parse_consultation,
)
from utvag.services.inputs import parse_day
from utvag.services.results import JsonResult, Warnings
from utvag.services.session import Session
from utvag.services.transfer.files import parse_package_id
from utvag.services.transfer.keys import (
    TrustedCard,
    card_for_unit,
    check_new_file,
    trusted_cards,
)
from utvag.services.transfer.outgoing import mark_sealed, seal_sent, write_package
from utvag.transfer import EntrySource, PackageKind
from utvag.transfer.names import ANSWER_DOCUMENT, CONSULTATION_DOCUMENT
from utvag.vault import repo_consultations
from utvag.vault.audit import now_utc
from utvag.vault.repo_consultations import Answer

SAV = Unit.SAV.value


@dataclass(frozen=True)
class ReceivedConsultation(JsonResult):
    """A consultation as SAV sees it: who asks, what, and what the package carried."""

    package_id: str
    from_unit: str
    sender_fingerprint: str
    question: str = field(repr=False)
    content: str  # "case_summary" or "deidentified"
    sent_at: str
    facts: dict[str, Any] = field(repr=False)
    summary: dict[str, Any] | None = field(repr=False)
    answered: dict[str, Any] | None = field(default=None, repr=False)
    receipt: str | None = None  # the receipt file for the district, once kept here
    warnings: Warnings = field(default=())


def _view(package_id: bytes, sender: str, fingerprint: str, incoming: IncomingConsultation,
          answered: dict[str, Any] | None = None) -> ReceivedConsultation:
    return ReceivedConsultation(package_id.hex(), sender, fingerprint, incoming.question,
                                incoming.content, incoming.sent_at.isoformat(), incoming.facts,
                                incoming.summary, answered)


def _require_sav(session: Session) -> None:
    if session.vault.unit != SAV:
        raise ValidationError(
            f"Consultations are answered by SAV; this vault belongs to {session.vault.unit}.",
            field="consultation", rule="sav_answers_consultations")


def preview_consultation(session: Session, path: Path, *, now: datetime | None = None
                         ) -> ReceivedConsultation:
    """Verify and read a consultation without keeping it (one audit row records the look)."""
    readable(path)
    _require_sav(session)
    vault = session.vault
    with refusals(session, "consultation.open_refused"):
        opened = open_package(session, path, PackageKind.CONSULTATION, CONSULTATION_DOCUMENT,
                              now or datetime.now(UTC))
        incoming = parse_consultation(opened.document)
    package = opened.package
    with vault.transaction():
        vault.audit("consultation.preview", detail={"package_id": package.package_id.hex(),
                                                    "from": package.sender.unit})
    return _view(package.package_id, package.sender.unit, package.sender.fingerprint, incoming)


def receive_consultation(session: Session, path: Path, *, receipt_out: Path | None = None,
                         now: datetime | None = None) -> ReceivedConsultation:
    """Verify a consultation and keep it as received, to be answered, and write the signed
    receipt for the district (default: next to the package). A replayed, tampered, misaddressed
    or wrong-kind package is an ``IntegrityError`` (exit 4) and nothing is kept."""
    vault = session.vault

    def record(opened: Opened, stamp: str) -> tuple[ReceivedConsultation, None]:
        incoming = parse_consultation(opened.document)
        package = opened.package
        repo_consultations.insert_received(
            vault.conn, package_id=package.package_id, sender_unit=package.sender.unit,
            sender_key_id=package.sender.key_id, digest=package.digest,
            question=incoming.question, content=incoming.content,
            document=opened.document.decode("utf-8"), received_at=stamp,
            received_by=vault.actor)
        vault.audit("consultation.receive", detail={
            "package_id": package.package_id.hex(), "from": package.sender.unit,
            "question": incoming.question, "content": incoming.content})
        return _view(package.package_id, package.sender.unit, package.sender.fingerprint,
                     incoming), None

    view, written, warnings = receive(
        session, path, PackageKind.CONSULTATION, CONSULTATION_DOCUMENT,
        refused="consultation.open_refused", record=record, receipt_out=receipt_out, now=now,
        check=lambda: _require_sav(session))
    return replace(view, receipt=written, warnings=warnings)


def received(session: Session, package_id: str) -> ReceivedConsultation:
    """A consultation kept here, with its answer once given (the read is audited)."""
    wanted = parse_package_id(package_id)
    vault = session.vault
    row = repo_consultations.received(vault.conn, wanted)
    if row is None:
        raise NotFoundError(f"No consultation {wanted.hex()} was received here.")
    incoming = parse_consultation(str(row["document"]).encode("utf-8"))
    with vault.transaction():
        vault.audit("consultation.read", detail={"package_id": wanted.hex()})
    card = next((t.card for t in trusted_cards(session) if t.card.key_id == row["sender_key_id"]),
                None)
    return _view(wanted, str(row["sender_unit"]), card.fingerprint if card else "", incoming,
                 _answer_of(row))


def _answer_of(row: dict[str, Any]) -> dict[str, Any] | None:
    if row["answer_package_id"] is None:
        return None
    return {"package_id": bytes(row["answer_package_id"]).hex(), "answer": row["answer_kind"],
            "special_defector": row["special_defector"], "text": row["answer_text"],
            "answered_at": row["answered_at"], "answered_by": row["answered_by"]}


@dataclass(frozen=True)
class GivenAnswer(JsonResult):
    """SAV's answer to a received consultation (``answer`` ``decision`` or ``advice``)."""

    package_id: str
    answer: str
    special_defector: bool | None
    text: str = field(repr=False)
    answered_at: str
    answered_by: str


@dataclass(frozen=True)
class InboxEntry(JsonResult):
    """A consultation received here: who asked, what, and SAV's answer once given."""

    package_id: str
    from_unit: str
    question: str = field(repr=False)
    content: str
    received_at: str
    answer: GivenAnswer | None
    awaiting_answer: bool


def received_list(session: Session) -> list[InboxEntry]:
    """Every consultation received here, oldest first: who asked, what, and the answer."""
    found = []
    for row in repo_consultations.received_all(session.vault.conn):
        answer = _answer_of(row)
        found.append(InboxEntry(bytes(row["package_id"]).hex(), row["sender_unit"],
                                row["question"], row["content"], row["received_at"],
                                None if answer is None else GivenAnswer(**answer),
                                row["answer_package_id"] is None))
    return found


@dataclass(frozen=True)
class AnswerSent(JsonResult):
    package_id: str  # the answer's
    consultation_id: str
    to_unit: str
    answer: str
    special_defector: bool | None
    path: str
    warnings: Warnings = field(default=())


def check_answer_arguments(answer: str, special_defector: bool | None, text: str | None,
                           out_path: Path) -> tuple[Path, str]:
    """What can be checked without the vault (the CLI runs this before unlocking)."""
    if answer not in ANSWERS:
        raise UsageError(f"The answer is one of {', '.join(ANSWERS)}.")
    if (answer == "decision") != (special_defector is not None):
        raise UsageError("A decision says whether the person is a special defector "
                         "(--special or --not-special); advice says neither.")
    clean = (text or "").strip()
    if not clean or len(clean) > MAX_TEXT:
        if answer == "decision":
            raise UsageError(f"The justification needs text (at most {MAX_TEXT} characters).")
        raise UsageError(f"The advice needs text (at most {MAX_TEXT} characters).")
    if not is_clean_text(clean):
        raise UsageError(ANSWER_CHARACTERS)
    return check_new_file(out_path), clean


def _district_card(session: Session, row: dict[str, Any]) -> TrustedCard:
    cards = trusted_cards(session)
    card = next((t for t in cards if t.card.key_id == row["sender_key_id"]), None)
    card = card or card_for_unit(session, str(row["sender_unit"]))
    if card is None:
        raise ValidationError(f"This vault no longer trusts a key card of {row['sender_unit']}.",
                              field="consultation", rule="recipient_untrusted")
    return card


def answer_consultation(session: Session, package_id: str, out_path: Path, *, answer: str,
                        text: str, special_defector: bool | None = None,
                        answered_on: str | None = None, now: datetime | None = None
                        ) -> AnswerSent:
    """Seal SAV's answer to the consultation *package_id* into *out_path* (a new file)."""
    target, clean = check_answer_arguments(answer, special_defector, text, out_path)
    wanted = parse_package_id(package_id)
    today = case_flow.now_local_day()
    day = parse_day(answered_on, "answered_on") if answered_on else today
    assert day is not None
    if day > today:
        raise ValidationError("answered_on must not be in the future.", field="answered_on",
                              rule="date_in_future")
    _require_sav(session)
    vault = session.vault

    def seal_and_record(temp: Path, file_id: int) -> tuple[bytes, str]:
        with vault.transaction() as conn:
            row = repo_consultations.received(conn, wanted)
            if row is None:
                raise NotFoundError(f"No consultation {wanted.hex()} was received here.")
            if row["answer_package_id"] is not None:
                raise RefusedError(f"Consultation {wanted.hex()} was already answered (package "
                                   f"{bytes(row['answer_package_id']).hex()}).")
            recipient = _district_card(session, row)
            moment = now or datetime.now(UTC)
            document = answer_document(AnswerDocument(
                wanted, bytes(row["digest"]), answer, special_defector, clean, day,
                moment.replace(microsecond=0), vault.actor))
            sealed = seal_sent(session, temp, recipient,
                               [EntrySource.from_bytes(ANSWER_DOCUMENT, document)],
                               kind=PackageKind.CONSULTATION_ANSWER, case_id=None, now=moment)
            repo_consultations.record_received_answer(conn, wanted, Answer(
                sealed.package_id, answer, special_defector, clean, now_utc(), vault.actor))
            vault.audit("consultation.answer_send", detail={
                "package_id": sealed.package_id.hex(), "consultation": wanted.hex(),
                "to": recipient.card.unit, "answer": answer})
            mark_sealed(conn, file_id, sealed.package_id)
        return sealed.package_id, recipient.card.unit

    (answer_id, to_unit), written = write_package(
        session, PackageKind.CONSULTATION_ANSWER.value, target, seal_and_record)
    return AnswerSent(answer_id.hex(), wanted.hex(), to_unit, answer, special_defector,
                      written.path, written.warnings)
