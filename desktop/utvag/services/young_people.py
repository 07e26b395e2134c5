"""Young people: the person's age on a day, guardians, and the positions on the consent.

Guardians are person data. A guardian with a protected identity, and every guardian of a young
person with a protected identity (a guardian's contact can lead to the child), is shown as the
protection marker in lists unless the identity is explicitly revealed for a coded reason, which
is logged as ``identity.reveal`` with the reason. Whether a guardian may be contacted is never
masked: it must be seen wherever contact is suggested. Each change writes an audit row naming
only the record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from utvag.domain.case_records import Case, ProtectedIdentity
from utvag.domain.display_text import is_clean_text, is_one_line
from utvag.domain.errors import DomainError
from utvag.domain.identity import MASK, RevealReason, is_protected
from utvag.domain.young_people import (
    ConsentParty,
    ConsentPosition,
    Guardian,
    PartyPosition,
    birth_date_of,
    contact_refusal,
    is_minor_on,
    majority_on,
)
from utvag.errors import NotFoundError, RefusedError, ValidationError
from utvag.services import assessment_facts, case_flow
from utvag.services.case_ref import case_changed, case_of
from utvag.services.cases import reveal_identity_of
from utvag.services.decisions import past_day
from utvag.services.inputs import from_domain
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.vault import repo_assessments, repo_young
from utvag.vault.audit import now_utc
from utvag.vault.database import Connection

_GUARDIAN_FIELDS = {"name", "contact", "may_contact", "no_contact_reason", "protected_identity"}


def _case(conn: Connection, case_id: int, *, open_only: bool) -> Case:
    return case_of(conn, case_id, open_only=open_only)


def birth_date(case: Case) -> date | None:
    """The person's date of birth, from the identity number (a coordination number's day less
    60) or the recorded birth date."""
    try:
        return birth_date_of(case.person.personal_number, case.person.birth_date)
    except DomainError:
        return None


def minor_on(case: Case, day: date) -> bool | None:
    """Whether the case's person is under 18 on ``day``; None when the birth date is unknown."""
    born = birth_date(case)
    return None if born is None else is_minor_on(born, day)


def _bool(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(f"{field}: must be true or false", field=field, rule="type")
    return value


def _guardian(data: object) -> tuple[Guardian, ProtectedIdentity]:
    if not isinstance(data, dict):
        raise ValidationError("input: must be a JSON object", field="input", rule="type")
    unknown = sorted(set(data) - _GUARDIAN_FIELDS)
    if unknown:
        raise ValidationError(f"{unknown[0]}: is not a known field", field=unknown[0],
                              rule="unknown_field")
    try:
        protection = ProtectedIdentity(data.get("protected_identity") or "none")
    except ValueError:
        raise ValidationError("protected_identity: must be one of " + ", ".join(
            p.value for p in ProtectedIdentity), field="protected_identity",
            rule="choice") from None
    may_contact = _bool(data.get("may_contact", True), "may_contact")
    try:
        guardian = Guardian(
            name=str(data.get("name") or "").strip(),
            contact=(str(data["contact"]).strip() or None) if data.get("contact") else None,
            may_contact=may_contact,
            no_contact_reason=(str(data["no_contact_reason"]).strip() or None)
            if data.get("no_contact_reason") and not may_contact else None)
    except DomainError as exc:
        raise from_domain(exc) from None
    return _clean_contact(_one_line(guardian)), protection


def _one_line(guardian: Guardian) -> Guardian:
    if not is_one_line(guardian.name):
        raise ValidationError("guardian.name: must be one line without control or "
                              "text-direction characters", field="guardian.name",
                              rule="characters")
    return guardian


def _clean_contact(guardian: Guardian) -> Guardian:
    """A contact (a telephone number, an address) on one line, and a reason not to contact
    them without control or text-direction characters (line breaks are kept): a package
    carrying either otherwise is refused where it arrives."""
    if guardian.contact is not None and not is_one_line(guardian.contact):
        raise ValidationError("guardian.contact: must be one line without control or "
                              "text-direction characters", field="guardian.contact",
                              rule="characters")
    if guardian.no_contact_reason is not None and not is_clean_text(guardian.no_contact_reason):
        raise ValidationError("guardian.no_contact_reason: must hold no control or "
                              "text-direction characters", field="guardian.no_contact_reason",
                              rule="characters")
    return guardian


def add_guardian(session: Session, case_id: int, data: object, *,
                 today: date | None = None) -> int:
    """Record a guardian of the case's young person. Refused when the person is 18 or older
    today (guardians are for a person under 18); an unknown age is allowed."""
    guardian, protection = _guardian(data)
    today = today or case_flow.now_local_day()
    vault = session.vault
    with vault.transaction() as conn:
        case = _case(conn, case_id, open_only=True)
        if minor_on(case, today) is False:
            raise RefusedError(f"The person of case {case.case_number} is 18 or older; "
                               "guardians are recorded for a person under 18.")
        now = now_utc()
        record_id = repo_young.insert_guardian(conn, case_id, {
            "name": guardian.name, "contact": guardian.contact,
            "may_contact": int(guardian.may_contact),
            "no_contact_reason": guardian.no_contact_reason,
            "protected_identity": protection.value}, by=vault.actor, now=now)
        case_changed(session, case_id, now, "guardian.add", {"record_id": record_id})
    return record_id


def _update(session: Session, guardian_id: int,
            changed: Callable[[dict[str, Any]], dict[str, Any]], action: str) -> int:
    """Set on the guardian of an open case the columns *changed* gives for its stored row;
    audited as *action* with the record, never the content."""
    vault = session.vault
    with vault.transaction() as conn:
        row = repo_young.guardian(conn, guardian_id)
        if row is None:
            raise NotFoundError(f"There is no guardian {guardian_id}.")
        _case(conn, int(row["case_id"]), open_only=True)
        try:
            values = changed(row)
        except DomainError as exc:
            raise from_domain(exc) from None
        now = now_utc()
        repo_young.update_guardian(conn, guardian_id, values, now=now)
        case_changed(session, int(row["case_id"]), now, action, {"record_id": guardian_id})
    return guardian_id


def set_contact(session: Session, guardian_id: int, may_contact: bool,
                reason: str | None = None) -> int:
    """Change whether a guardian may be contacted (a reason is required when not)."""
    def changed(row: dict[str, Any]) -> dict[str, Any]:
        guardian = Guardian(row["name"], None, _bool(may_contact, "may_contact"),
                            (reason or "").strip() or None if not may_contact else None)
        _clean_contact(guardian)  # the reason; the stored contact is corrected on its own
        return {"may_contact": int(guardian.may_contact),
                "no_contact_reason": guardian.no_contact_reason}
    return _update(session, guardian_id, changed, "guardian.update")


def correct_name(session: Session, guardian_id: int, name: object) -> int:
    """Correct a guardian's name (one typed before the one-line rule, or received so, cannot be
    sent on). The audit row names the guardian's record, never the name."""
    return correct_details(session, guardian_id, name=name)


def correct_contact(session: Session, guardian_id: int, contact: object) -> int:
    """Correct (or remove, when blank) a guardian's contact: one holding a line break or a
    control or direction character cannot be sent on. The audit row names the record only."""
    return correct_details(session, guardian_id, contact=contact)


_KEEP = object()


def correct_details(session: Session, guardian_id: int, *, name: object = _KEEP,
                    contact: object = _KEEP) -> int:
    """Correct the guardian's name, contact or both in one change: both are checked before
    either is written."""
    def changed(row: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if name is not _KEEP:
            values["name"] = _one_line(Guardian(str(name or "").strip(), None,
                                                bool(row["may_contact"]), "-")).name
        if contact is not _KEEP:
            text = str(contact or "").strip() or None
            values["contact"] = _clean_contact(Guardian(row["name"], text,
                                                        bool(row["may_contact"]), "-")).contact
        return values
    action = {(True, False): "guardian.correct_name",
              (False, True): "guardian.correct_contact"}.get(
        (name is not _KEEP, contact is not _KEEP), "guardian.correct")
    return _update(session, guardian_id, changed, action)


@dataclass(frozen=True)
class GuardianShown(JsonResult):
    """A guardian as it may be shown: ``name`` and ``contact`` masked (``identity_masked``)
    where the guardian's or the child's protected identity applies and nothing was revealed.
    Whether the guardian may be contacted is never masked."""

    id: int
    name: str = field(repr=False)
    contact: str | None = field(repr=False)
    may_contact: bool
    no_contact_reason: str | None = field(repr=False)
    protected_identity: str
    identity_masked: bool


def _shown(row: dict[str, Any], child: ProtectedIdentity, reveal: bool) -> dict[str, Any]:
    masked = (is_protected(row["protected_identity"]) or is_protected(child)) and not reveal
    return {
        "id": row["id"],
        "name": MASK if masked else row["name"],
        "contact": MASK if masked and row["contact"] else row["contact"],
        "may_contact": bool(row["may_contact"]),
        "no_contact_reason": row["no_contact_reason"],
        "protected_identity": row["protected_identity"],
        "identity_masked": masked,
    }


def reveal_reason(value: object) -> RevealReason:
    """The reason given for revealing a guardian's identity: required, one of the codes."""
    try:
        return RevealReason(str(value))
    except ValueError:
        raise ValidationError("reason: give why the identity is revealed, one of " + ", ".join(
            r.value for r in RevealReason), field="reason",
            rule="required" if value in (None, "") else "choice") from None


def guardians(session: Session, case_id: int, *, reveal_identity: bool = False,
              reason: object = None) -> list[GuardianShown]:
    """The case's guardians, masked where a protected identity applies unless revealed for a
    ``reason`` (a :class:`RevealReason`; the reveal and its reason are logged)."""
    conn = session.vault.conn
    case = _case(conn, case_id, open_only=False)
    rows = repo_young.guardians_of(conn, case_id)
    child = case.person.protected_identity
    protected = is_protected(child) or any(is_protected(r["protected_identity"]) for r in rows)
    if reveal_identity and protected:
        why = reveal_reason(reason)
        reveal_identity_of(session, case_id, "guardians", reason=why.value)
    return [GuardianShown(**_shown(r, child, reveal_identity)) for r in rows]


def reveal_guardian(session: Session, guardian_id: int, reason: object) -> GuardianShown:
    """One guardian's details, unmasked, for a ``reason`` (a :class:`RevealReason`): when they
    were masked, the reveal is logged as ``identity.reveal`` (purpose ``guardians``, the
    reason's code and the guardian's id) before anything is returned."""
    why = reveal_reason(reason)
    conn = session.vault.conn
    row = repo_young.guardian(conn, guardian_id)
    if row is None:
        raise NotFoundError(f"There is no guardian {guardian_id}.")
    case_id = int(row["case_id"])
    child = _case(conn, case_id, open_only=False).person.protected_identity
    if _shown(row, child, False)["identity_masked"]:
        reveal_identity_of(session, case_id, "guardians", reason=why.value,
                           record_id=guardian_id)
    return GuardianShown(**_shown(row, child, True))


def has_protected_guardian(session: Session, case_id: int) -> bool:
    """Whether a guardian of the case has a protected identity (a package then needs the
    identity revealed for it, as for a protected person)."""
    return repo_young.has_protected_guardian(session.vault.conn, case_id)


def _position(value: object, field: str) -> ConsentPosition:
    try:
        return ConsentPosition(str(value))
    except ValueError:
        raise ValidationError(f"{field}: must be one of " + ", ".join(
            p.value for p in ConsentPosition), field=field, rule="choice") from None


def record_positions(session: Session, case_id: int, stated_on: str,
                     young_person: tuple[str, str | None] | None,
                     guardian_positions: Mapping[int, tuple[str, str | None]], *,
                     today: date | None = None) -> list[int]:
    """Record the young person's and the guardians' positions on the consent, stated on
    ``stated_on``: only for a person under 18 that day; a guardian who may not be contacted can
    only be recorded as not asked. All or nothing, in one transaction."""
    day = past_day(stated_on, "stated_on", today)
    if young_person is None and not guardian_positions:
        raise ValidationError("positions: give the young person's or a guardian's position",
                              field="positions", rule="required")
    vault = session.vault
    with vault.transaction() as conn:
        case = _case(conn, case_id, open_only=True)
        born = birth_date(case)
        if born is not None and (day < born or not is_minor_on(born, day)):
            raise case_flow.refusal(DomainError(
                "The person was not under 18 on stated_on; positions of the young person and "
                "the guardians are recorded for a minor.", field="stated_on", rule="minor_only"))
        known = {int(r["id"]): r for r in repo_young.guardians_of(conn, case_id)}
        records: list[PartyPosition] = []
        try:
            if young_person is not None:
                records.append(PartyPosition(ConsentParty.YOUNG_PERSON,
                                             _position(young_person[0], "young_person"), day,
                                             note=young_person[1]))
            for guardian_id, (value, note) in sorted(guardian_positions.items()):
                row = known.get(guardian_id)
                if row is None:
                    raise NotFoundError(f"There is no guardian {guardian_id} on this case.")
                position = _position(value, f"guardian {guardian_id}")
                refusal = contact_refusal(
                    Guardian(row["name"], row["contact"], bool(row["may_contact"]),
                             row["no_contact_reason"]), position)
                if refusal is not None:
                    raise case_flow.refusal(refusal)
                records.append(PartyPosition(ConsentParty.GUARDIAN, position, day,
                                             str(guardian_id), note))
        except DomainError as exc:
            raise from_domain(exc) from None
        now = now_utc()
        ids = [repo_young.insert_position(conn, case_id, {
            "party": r.party.value, "position": r.position.value,
            "guardian_id": int(r.guardian_ref) if r.guardian_ref else None,
            "stated_on": day.isoformat(), "note": r.note}, by=vault.actor, now=now)
            for r in records]
        case_changed(session, case_id, now, "consent_position.record", {"record_ids": ids})
    return ids


@dataclass(frozen=True)
class PositionRecord(JsonResult):
    """A party's stated position on the consent: ``party`` is ``young_person`` or
    ``guardian`` (then ``guardian_id``), ``position`` a :class:`ConsentPosition` value."""

    id: int
    case_id: int
    party: str
    guardian_id: int | None
    position: str
    stated_on: str
    note: str | None = field(repr=False)
    created_at: str
    created_by: str


@dataclass(frozen=True)
class PositionsState(JsonResult):
    """The positions as the case stands. ``minor_today``, ``adult_on`` and
    ``minor_at_consent`` are None when the birth date (or the consent) is unknown; ``latest``
    is each party's latest position, ``missing`` the parties with none (``young_person``,
    ``guardian:<id>``), ``history`` every position, oldest first."""

    birth_date_known: bool
    minor_today: bool | None
    adult_on: str | None = field(repr=False)
    consent_given_on: str | None
    minor_at_consent: bool | None
    latest: tuple[PositionRecord, ...]
    missing: tuple[str, ...]
    history: tuple[PositionRecord, ...]


def positions_state(session: Session, case_id: int, *, today: date | None = None
                    ) -> PositionsState:
    """The positions as the case stands: whether the person is a minor today and was one on
    the consent date, the latest position of each party, the history, and which parties have
    no position recorded yet."""
    conn = session.vault.conn
    case = _case(conn, case_id, open_only=False)
    today = today or case_flow.now_local_day()
    born = birth_date(case)
    current = repo_assessments.current_signed(conn, case_id)
    consent = assessment_facts.facts(current).consent.record
    given_on = consent.given_on if consent is not None else None
    history = tuple(PositionRecord(**row) for row in repo_young.positions_of(conn, case_id))
    latest: dict[str, PositionRecord] = {}
    for row in history:
        key = "young_person" if row.party == "young_person" else f"guardian:{row.guardian_id}"
        latest[key] = row
    guardian_rows = repo_young.guardians_of(conn, case_id)
    parties = ["young_person", *(f"guardian:{g['id']}" for g in guardian_rows)]
    return PositionsState(
        birth_date_known=born is not None,
        minor_today=None if born is None else is_minor_on(born, today),
        adult_on=None if born is None else majority_on(born).isoformat(),
        consent_given_on=given_on.isoformat() if given_on else None,
        minor_at_consent=None if born is None or given_on is None
        else is_minor_on(born, given_on),
        latest=tuple(latest[p] for p in parties if p in latest),
        missing=tuple(p for p in parties if p not in latest),
        history=history)
