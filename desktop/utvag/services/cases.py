"""Case use cases: create, list and search, show, journal notes and attachments.

Every read of a case and every change writes an audit row in the same transaction.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from utvag.domain.case_records import (
    Attachment,
    Case,
    CaseSummary,
    CaseType,
    JournalNote,
    Person,
    ProtectedIdentity,
)
from utvag.domain.display_text import is_one_line
from utvag.domain.errors import DomainError
from utvag.domain.identity import is_protected, mask_person, masked_name
from utvag.domain.personal_number import IdentityKind, parse_personal_number
from utvag.domain.units import DISTRICT_IDS
from utvag.errors import NotFoundError, RefusedError
from utvag.services import case_flow, due, process_end, vault_roles
from utvag.services.case_details import AssessmentResult, CaseDetails
from utvag.services.case_ref import case_changed, case_of
from utvag.services.inputs import from_domain
from utvag.services.inputs import invalid as _invalid
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.transfer.names import sanitize_attachment_name
from utvag.vault import (
    repo_assessments,
    repo_attachments,
    repo_case_flow,
    repo_cases,
    repo_high_risk,
    repo_journal,
)
from utvag.vault.audit import now_utc
from utvag.vault.database import Connection

DISTRICTS = DISTRICT_IDS
MAX_NAME = 200
MAX_ADDRESS = 300
MAX_NOTE = 200_000


def checked_name(name: object) -> str:
    """A person's name as a case may hold it: 1 to ``MAX_NAME`` characters, one line without
    control or text-direction characters (what a receiving vault accepts)."""
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
        raise _invalid("person.name", f"is required (1 to {MAX_NAME} characters)", "required")
    if not is_one_line(name):
        raise _invalid("person.name", "must be one line without control or text-direction "
                       "characters", "characters")
    return name


def _person_fields(person: object) -> dict[str, Any]:
    if not isinstance(person, dict):
        raise _invalid("person", "must be an object with at least a name")
    known = {"name", "personal_number", "birth_date", "gender", "district", "protected_identity",
             "address"}
    unknown = sorted(set(person) - known)
    if unknown:
        raise _invalid(f"person.{unknown[0]}", "is not a known field", "unknown_field")
    name = checked_name(person.get("name"))
    number, kind, birth = None, IdentityKind.NO_SWEDISH_NUMBER.value, person.get("birth_date")
    if person.get("personal_number") not in (None, ""):
        raw = person["personal_number"]
        if not isinstance(raw, str):
            raise _invalid("person.personal_number", "must be text")
        try:
            parsed = parse_personal_number(raw, field_name="person.personal_number")
        except DomainError as exc:
            raise from_domain(exc) from None
        number, kind = parsed.number, parsed.kind.value
        birth = parsed.birth_date.isoformat()
    elif birth is None:
        raise _invalid("person.birth_date",
                       "is required when there is no Swedish identity number", "required")
    if birth is not None:
        try:
            if not isinstance(birth, str) or date.fromisoformat(birth) > date.today():
                raise ValueError
        except ValueError:
            raise _invalid("person.birth_date", "must be a past date as YYYY-MM-DD") from None
    district = person.get("district")
    if district is not None and (not isinstance(district, str) or district not in DISTRICTS):
        raise _invalid("person.district", f"must be one of {', '.join(DISTRICTS)}")
    protected = person.get("protected_identity", "none")
    if not isinstance(protected, str) or protected not in {p.value for p in ProtectedIdentity}:
        raise _invalid("person.protected_identity",
                       "must be one of " + ", ".join(p.value for p in ProtectedIdentity))
    gender = person.get("gender")
    if gender is not None and (not isinstance(gender, str) or len(gender) > 40
                               or not is_one_line(gender)):
        raise _invalid("person.gender", "must be short text")
    address = person.get("address")
    if address is not None and (not isinstance(address, str) or len(address) > MAX_ADDRESS):
        raise _invalid("person.address", f"must be text of at most {MAX_ADDRESS} characters")
    return {"name": name.strip(), "personal_number": number, "number_kind": kind,
            "birth_date": birth, "gender": gender, "protected_identity": protected,
            "district": district, "address": (address or "").strip() or None}


@dataclass(frozen=True)
class NewCase:
    """Validated input for a new case (from ``validate_new_case``)."""

    type: str
    person: dict[str, Any] = field(repr=False)


def validate_new_case(data: object) -> NewCase:
    """Check the documented JSON shape without touching the vault: a refusal stores nothing,
    and the CLI can refuse bad input before it asks for the passphrase."""
    if not isinstance(data, dict):
        raise _invalid("input", "must be a JSON object")
    unknown = sorted(set(data) - {"type", "person"})
    if unknown:
        raise _invalid(unknown[0], "is not a known field", "unknown_field")
    case_type = data.get("type")
    if not isinstance(case_type, str) or case_type not in {t.value for t in CaseType}:
        raise _invalid("type", "must be one of " + ", ".join(t.value for t in CaseType),
                       "required")
    return NewCase(str(case_type), _person_fields(data.get("person")))


_PROTECTION = [p.value for p in ProtectedIdentity]


@dataclass(frozen=True)
class EarlierCase(JsonResult):
    """A case already in the vault for the same person (*återaktualisering*): its number,
    type, status, unit, when it was opened and closed (``closed_on``, the day), and why it
    was closed; never its content."""

    id: int
    case_number: str
    type: str
    status: str
    owning_unit: str
    opened_at: str
    closed_at: str | None
    close_reason: str | None
    closed_on: str | None


@dataclass(frozen=True)
class CreatedCase(JsonResult):
    """A new case, and whether its person was new, linked by the identity number to the person
    of earlier cases, or kept apart from them (a homonym); ``earlier_cases`` lists those cases
    (number, type, status, opened and closed, never content)."""

    case_id: int
    person: str
    earlier_cases: tuple[EarlierCase, ...] = ()


def case_types(session: Session) -> tuple[CaseType, ...]:
    """The types of case this vault may open (what the New case dialog offers)."""
    return case_flow.case_types_handled(session.vault.unit)


def earlier_cases(session: Session, personal_number: str | None) -> list[EarlierCase]:
    """The cases of the people with this identity number (*återaktualisering*): what the app
    shows before creating a case and the CLI prints after."""
    if not personal_number:
        return []
    try:
        number = parse_personal_number(personal_number).number
    except DomainError:
        return []
    conn = session.vault.conn
    people = [p.id for p in repo_cases.persons_with_number(conn, number)]
    return [EarlierCase(**row, closed_on=row["closed_at"][:10] if row["closed_at"] else None)
            for row in repo_case_flow.cases_of_people(conn, people)]


def create_case(session: Session, data: object, *, separate_reason: str | None = None
                ) -> CreatedCase:
    """Create a case from the documented JSON shape. A person whose identity number is already
    in the vault is linked, so every case of one person is found and kept together; only a real
    homonym is kept apart, with ``separate_reason``. A relatives' case is refused where the
    guideline does not place it (SAV)."""
    spec = data if isinstance(data, NewCase) else validate_new_case(data)
    case_type, person = spec.type, spec.person
    if separate_reason is not None and (not separate_reason.strip()
                                        or len(separate_reason) > MAX_NAME * 5):
        raise _invalid("reason", "keeping a person apart needs a reason", "required")
    vault = session.vault
    vault_roles.require_cases(session)
    if case_type == CaseType.RELATIVE.value:
        case_flow.check_relatives_case(vault.unit)
    now = now_utc()
    with vault.transaction() as conn:
        existing = (repo_cases.persons_with_number(conn, person["personal_number"])
                    if person["personal_number"] else [])
        earlier = tuple(earlier_cases(session, person["personal_number"]))
        if separate_reason is not None and not existing:
            raise _invalid("separate_person", "no person with this identity number is in the "
                           "vault; there is nobody to keep apart", "not_applicable")
        if existing and separate_reason is None:
            linked = min(existing, key=lambda p: p.id)
            person_id, how = linked.id, "linked"
            wanted = person["protected_identity"]
            if _PROTECTION.index(wanted) > _PROTECTION.index(linked.protected_identity):
                repo_cases.raise_protection(conn, person_id, wanted, now)
        else:
            person_id = repo_cases.insert_person(conn, now=now, **person)
            how = "new"
            if separate_reason is not None:
                repo_case_flow.separate_person(conn, person_id, separate_reason.strip(),
                                               by=vault.actor, now=now)
                how = "separate"
        number = repo_cases.next_case_number(conn, vault.unit, datetime.now(UTC).year)
        case_id = repo_cases.insert_case(conn, case_number=number, type=str(case_type),
                                         person_id=person_id, owning_unit=vault.unit,
                                         caseworker=vault.actor, now=now)
        vault.audit("case.create", case_id, {"type": case_type, "person": how,
                                             "earlier_cases": len(earlier)})
    return CreatedCase(case_id, how, earlier)


def new_case(session: Session, data: object, *, separate_reason: str | None = None) -> int:
    """Create a case (see :func:`create_case`); return its id."""
    return create_case(session, data, separate_reason=separate_reason).case_id


_NUMBER_LIKE = re.compile(r"(?<![0-9])(?:[0-9]{8}|[0-9]{6})[-+]?[0-9]{4}(?![0-9])")


def _search_text(query: str) -> str:
    """Write identity numbers the way they are stored (``YYYYMMDD-NNNC``), so that the forms
    people type (ten digits, with or without a separator) find the person too."""

    def normalised(match: re.Match[str]) -> str:
        try:
            return parse_personal_number(match.group(0)).number
        except DomainError:
            return match.group(0)

    return _NUMBER_LIKE.sub(normalised, query)


def list_cases(session: Session, *, query: str | None = None, limit: int = 100,
               offset: int = 0, case_type: str | None = None,
               status: str | None = None) -> list[CaseSummary]:
    vault = session.vault
    if query:
        query = _search_text(query)
    rows = repo_cases.list_cases(vault.conn, query=query, limit=limit, offset=offset,
                                 case_type=case_type, status=status)
    return rows


def listed(session: Session, case_id: int, *, query: str | None = None,
           case_type: str | None = None, status: str | None = None,
           overdue_at: datetime | None = None) -> bool | None:
    """Whether the case list with these filters holds the case, on whichever page: one query
    with the list's own terms (:func:`list_cases`, or with ``overdue_at`` the "Overdue" list of
    :func:`utvag.services.due.overdue_cases`, None while its due items are worked out). Reads
    no case data, so it is not audited."""
    if overdue_at is not None:
        return due.overdue_listed(session, case_id, overdue_at, case_type=case_type,
                                  status=status, text=query)
    if query:
        query = _search_text(query)
    return repo_cases.listed(session.vault.conn, case_id, query=query, case_type=case_type,
                             status=status)


def get_case(session: Session, case_id: int) -> Case:
    """Read a case for display; the read is audited."""
    vault = session.vault
    with vault.transaction() as conn:
        case = case_of(conn, case_id, open_only=False)
        vault.audit("case.read", case_id)
        bind = is_protected(case.person.protected_identity) or bool(
            repo_high_risk.high_risk_ids(conn, [case_id]))
    if bind:
        # Reads of these cases must not be erasable by cutting the log short (a killed process
        # and a deleted -wal file): their audit row is bound outside the database at once.
        vault.bind_head()
    return case


def correct_person_name(session: Session, case_id: int, name: object) -> int:
    """Correct the name of the case's person (a name typed before the one-line rule, or received
    so, cannot be sent on). Refused for a case no longer open here; the audit row names the
    case, never the name."""
    checked = checked_name(name).strip()
    vault = session.vault
    with vault.transaction() as conn:
        case = case_of(conn, case_id, open_only=True)
        now = now_utc()
        repo_cases.set_person_name(conn, case.person.id, checked, now)
        case_changed(session, case_id, now, "person.correct_name", {"person_id": case.person.id})
    return case_id


def summary_json(row: CaseSummary) -> dict[str, Any]:
    """A case-list row as JSON, the name masked for a protected identity."""
    return {**asdict(row), "name": masked_name(row.name, row.protected_identity),
            "identity_masked": is_protected(row.protected_identity)}


def show_case(session: Session, case_id: int, *, reveal_identity: bool = False
              ) -> CaseDetails:
    """The case with its person, notes and attachments. A protected identity is masked unless
    ``reveal_identity``, and revealing it is logged as ``identity.reveal``."""
    case = get_case(session, case_id)
    conn = session.vault.conn
    notes = repo_journal.notes_for_case(conn, case_id)
    attachments = repo_attachments.attachments_for_case(conn, case_id)
    masked = is_protected(case.person.protected_identity)
    if masked and reveal_identity:
        reveal_identity_of(session, case_id, "show")
        masked = False
    elif masked:
        shown = mask_person(asdict(case.person))
        del shown["identity_masked"]
        case = replace(case, person=Person(**shown))
    from utvag.services import consent  # consent → followup → cases

    return CaseDetails(
        case, masked, notes=tuple(notes), attachments=tuple(attachments),
        assessment=_assessment_result(conn, case), consent=consent.consent_state(conn, case),
        warnings=tuple(case_flow.relatives_warnings(conn, case)),
        process_ending=process_end.ending_of(conn, case))


def _assessment_result(conn: Connection, case: Case) -> AssessmentResult | None:
    """The result of the latest signed assessment (criteria, route, special, relocation), and
    where the case goes now (SAV's later decision counts)."""
    current = repo_assessments.current_signed(conn, case.id)
    if current is None or current.outcome is None:
        return None
    outcome = current.outcome
    routing = case_flow.routing_of(conn, case)
    return AssessmentResult(
        current.id, current.signed_at, outcome.get("is_defector"), outcome.get("criteria"),
        outcome.get("route_to"), outcome.get("special_defector"), outcome.get("relocation"),
        routing.unit.value if routing is not None else None)


def add_note(session: Session, case_id: int, text: str, *, sign: bool = False,
             corrects_note_id: int | None = None) -> int:
    if not text.strip() or len(text) > MAX_NOTE:
        raise _invalid("text", f"a note needs text (at most {MAX_NOTE} characters)", "required")
    vault = session.vault
    with vault.transaction() as conn:
        case_of(conn, case_id, open_only=True)
        if corrects_note_id is not None:
            original = repo_journal.get_note(conn, corrects_note_id)
            if original is None or original.case_id != case_id:
                raise NotFoundError(f"There is no note {corrects_note_id} on this case.")
        now = now_utc()
        note_id = repo_journal.insert_note(conn, case_id=case_id, author=vault.actor, text=text,
                                           now=now, corrects_note_id=corrects_note_id, sign=sign)
        case_changed(session, case_id, now, "note.create",
                     {"note_id": note_id, "signed": sign, "corrects": corrects_note_id})
    return note_id


def _note(conn: Connection, case_id: int, note_id: int) -> JournalNote:
    note = repo_journal.get_note(conn, note_id)
    if note is None or note.case_id != case_id:
        raise NotFoundError(f"There is no note {note_id} on this case.")
    return note


def edit_draft_note(session: Session, case_id: int, note_id: int, text: str) -> None:
    vault = session.vault
    with vault.transaction() as conn:
        if _note(conn, case_id, note_id).is_signed:
            raise RefusedError("A signed note cannot be changed; write a correction instead.")
        repo_journal.update_draft(conn, note_id, text)
        vault.audit("note.edit", case_id, {"note_id": note_id})


def sign_note(session: Session, case_id: int, note_id: int) -> None:
    vault = session.vault
    with vault.transaction() as conn:
        if _note(conn, case_id, note_id).is_signed:
            raise RefusedError("The note is already signed.")
        repo_journal.sign_note(conn, note_id, vault.actor, now_utc())
        vault.audit("note.sign", case_id, {"note_id": note_id})


def attach(session: Session, case_id: int, source: IO[bytes], name: str,
           media_type: str | None = None) -> int:
    clean = Path(name).name.strip()
    if not clean or len(clean) > 255:
        raise _invalid("name", "an attachment needs a file name")
    # a file sent to the caseworker may be named to look like another kind ("rapport" U+202E
    # "fdp.exe" reads as rapportexe.pdf): it is kept under the name a package may carry
    clean = sanitize_attachment_name(clean)
    media = media_type or mimetypes.guess_type(clean)[0] or "application/octet-stream"
    vault = session.vault
    with vault.transaction() as conn:
        case_of(conn, case_id, open_only=True)
        now = now_utc()
        att = repo_attachments.insert_attachment(conn, case_id=case_id, name=clean,
                                                 media_type=media, source=source,
                                                 added_by=vault.actor, now=now)
        case_changed(session, case_id, now, "attachment.add",
                     {"attachment_id": att.id, "size": att.size})
    return att.id


def read_attachment(session: Session, case_id: int, attachment_id: int) -> bytes:
    """The attachment's bytes, in memory only (viewing never writes a temp file)."""
    vault = session.vault
    with vault.transaction() as conn:
        att = repo_attachments.get_attachment(conn, attachment_id)
        if att is None or att.case_id != case_id:
            raise NotFoundError(f"There is no attachment {attachment_id} on this case.")
        vault.audit("attachment.read", case_id, {"attachment_id": attachment_id})
        return b"".join(repo_attachments.iter_chunks(conn, attachment_id))


def notes(session: Session, case_id: int) -> list[JournalNote]:
    """The case's journal, for a view that has already audited the case read."""
    return repo_journal.notes_for_case(session.vault.conn, case_id)


def attachments(session: Session, case_id: int) -> list[Attachment]:
    return repo_attachments.attachments_for_case(session.vault.conn, case_id)


def reveal_identity(session: Session, case_id: int) -> None:
    """Record that the user chose to see a protected person's identity."""
    reveal_identity_of(session, case_id, "view")


def reveal_identity_of(session: Session, case_id: int, purpose: str,
                       **detail: int | str) -> None:
    """Log that a protected identity was revealed, and for what (``view``, ``show``,
    ``transfer``…); ``detail`` adds codes and ids (a reason's code, the record revealed)."""
    vault = session.vault
    with vault.transaction():
        vault.audit("identity.reveal", case_id, {"purpose": purpose, **detail})
    vault.bind_head()
