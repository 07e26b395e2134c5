"""The disclosure register: every time information leaves the board — a transfer package, an
answer to a Police request, a concern report, a printout handed over — what left (data
categories), to whom, when, by whom and on which legal ground.

The legal grounds are data (``resources/legal/grounds.json``, checked by
:mod:`utvag.domain.legal_grounds`). A disclosure on consent is checked against the consent on the
case's signed assessment in force: it must name the recipient's authority and must not have been
withdrawn (a later draft assessment or the case's closing reason can record the withdrawal). A
person with a protected identity needs the caller's explicit acknowledgement first. A refused
disclosure writes nothing at all; a recorded one and every read of the register write an audit
row naming ids and keys only.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from utvag.domain.case_records import Case, ProtectedIdentity
from utvag.domain.case_status import ClosureReason
from utvag.domain.consent import ConsentRecord
from utvag.domain.errors import DomainError
from utvag.domain.evidence import Authority
from utvag.domain.legal_grounds import (
    DataCategory,
    LegalGround,
    LegalGrounds,
    check_consent,
    check_ground,
    check_recipient,
    ground_text,
    parse_categories,
    parse_channel,
    parse_grounds,
    parse_harm_test,
    parse_recipient,
    parse_text,
)
from utvag.errors import UsageError, ValidationError
from utvag.resources import resource_path
from utvag.services import assessment_facts
from utvag.services.case_ref import case_of
from utvag.services.inputs import parse_instant
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.services.transfer.keys import check_new_file
from utvag.vault import repo_assessments, repo_case_flow, repo_cases, repo_transfer
from utvag.vault.audit import now_utc
from utvag.vault.database import Connection
from utvag.vault.repo_transfer import DisclosureRow

FORMATS = ("json", "csv")
# A transfer package goes to another social-services board (SAV included).
TRANSFER_AUTHORITY = Authority.OTHER_SOCIAL_SERVICES.value
# A disclosure is recorded when or after it happened; a clock a little ahead is tolerated.
_CLOCK_SLACK = timedelta(minutes=5)


def _refused(exc: DomainError, *, name_rule: bool = False) -> ValidationError:
    field = exc.field or "input"
    text = str(exc) + (f" (rule: {exc.rule})" if name_rule and exc.rule else "")
    return ValidationError(text if text.startswith(field) else f"{field}: {text}", field=field,
                           rule=exc.rule)


def load_grounds(path: Path | None = None) -> LegalGrounds:
    """The legal grounds (``resources/legal/grounds.json`` unless ``path`` is given), validated.

    An unreadable file is a usage error (exit 2); a file that breaks the format is refused
    naming the entry and field (exit 6).
    """
    target = Path(path) if path is not None else resource_path("legal", "grounds.json")
    try:
        raw = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"Cannot read the legal grounds in {target}.") from exc
    try:
        return parse_grounds(raw)
    except DomainError as exc:
        raise ValidationError(f"{target}: {exc}", field=exc.field, rule="format") from None


def ground_table(path: Path | None = None) -> list[dict[str, Any]]:
    """The legal grounds as the register shows them (Swedish and English labels)."""
    return [g.to_dict() for g in load_grounds(path).grounds]


@dataclass(frozen=True)
class DisclosureEntry(JsonResult):
    """One row of the register. ``label_sv``/``label_en`` come from today's table (None when a
    key has since been removed); ``legal_ground`` is the provision as cited on the day."""

    id: int
    case_id: int
    case_number: str
    channel: str
    categories: tuple[str, ...]
    recipient: str = field(repr=False)
    recipient_authority: str | None
    disclosed_at: str
    disclosed_by: str
    legal_ref: str | None
    label_sv: str | None
    label_en: str | None
    legal_basis: str
    legal_ground: str = field(repr=False)
    consent_assessment_id: int | None
    identity_revealed: bool
    package_id: str | None
    reason: str | None = field(repr=False)
    harm_test: str | None = field(default=None, repr=False)


def _entry(row: DisclosureRow, case_number: str, table: LegalGrounds) -> DisclosureEntry:
    ground = table.find(row.legal_ref)
    return DisclosureEntry(
        row.id, row.case_id, case_number, row.channel, row.categories, row.recipient,
        row.recipient_authority, row.disclosed_at, row.disclosed_by, row.legal_ref,
        ground.label_sv if ground else None, ground.label_en if ground else None,
        row.legal_basis, row.legal_ground, row.consent_assessment_id, row.identity_revealed,
        row.package_id.hex() if row.package_id else None, row.reason, row.harm_test)


def _case(conn: Connection, case_id: int) -> Case:
    return case_of(conn, case_id, open_only=False)


def _when(value: datetime | str | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    if isinstance(value, datetime):
        found = value if value.tzinfo else value.astimezone()
    else:
        parsed = parse_instant(value, "disclosed_at")
        assert parsed is not None
        found = parsed
    if found.astimezone(UTC) > datetime.now(UTC) + _CLOCK_SLACK:
        raise ValidationError("disclosed_at: a disclosure cannot be recorded before it happens.",
                              field="disclosed_at", rule="date_in_future")
    return found.astimezone(UTC)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def birth_date(case: Case) -> date | None:
    """The person's birth date as the age limits read it (None when unknown)."""
    return _day(case.person.birth_date)


def consent_on_case(conn: Connection, case: Case) -> tuple[ConsentRecord | None, int | None,
                                                           list[date | None]]:
    """The consent on the signed assessment in force (and its id), and every withdrawal recorded
    elsewhere on the case: as an event on the case (``utvag consent withdraw``), in a draft
    assessment, or as the reason the case was closed."""
    current = repo_assessments.current_signed(conn, case.id)
    consent = assessment_facts.facts(current).consent.record
    withdrawals: list[date | None] = []
    for row in repo_assessments.for_case(conn, case.id):
        if row.state == "draft" or (current is not None and row.id == current.id):
            said = assessment_facts.facts(row).consent
            if said.withdrawn:
                withdrawals.append(said.withdrawn_on)
    if case.close_reason == ClosureReason.CONSENT_WITHDRAWN.value:
        withdrawals.append(_day(case.closed_at))
    withdrawals += [_day(row["withdrawn_on"])
                    for row in repo_case_flow.for_case(conn, "consent_withdrawal", case.id)]
    return consent, current.id if current is not None else None, withdrawals


def check_consent_for(conn: Connection, case: Case, authority: str, on: date) -> int:
    """Refuse (``ValidationError`` naming ``legal_ref``, exit 6) unless a consent on the case
    covers ``authority`` on day ``on``; return the id of the assessment holding it."""
    consent, assessment_id, withdrawals = consent_on_case(conn, case)
    try:
        check_consent(consent, authority, on, withdrawals)
    except DomainError as exc:  # the refusal names the rule (consent_withdrawn, …)
        raise _refused(exc, name_rule=True) from None
    assert assessment_id is not None
    return assessment_id


def transfer_grounds(path: Path | None = None) -> list[LegalGround]:
    """The grounds a transfer package can record: those that allow another social-services
    board as recipient and need no harm test (a transfer records none)."""
    return [g for g in load_grounds(path).grounds
            if g.allows(TRANSFER_AUTHORITY) and not g.requires_harm_test]


def transfer_ground(legal_ref: str | None, *, consent_covers: bool, legal_ground: str | None,
                    birth_date: date | None, on: date,
                    grounds_path: Path | None = None) -> tuple[LegalGround, bool]:
    """The legal ground a transfer package records, and whether it rests on the consent.

    Without ``legal_ref``: the consent when no ground is given in words, else ``other``. A given
    key must be in the table and pass the checks a disclosure on it gets
    (:func:`~utvag.domain.legal_grounds.check_ground`: the recipient — another social-services
    board —, the harm test, which a transfer does not record, and the person's age on ``on``);
    a ground that requires consent needs the consent on the case to cover the receiving board,
    one that requires words needs ``legal_ground``.
    """
    table = load_grounds(grounds_path)
    if legal_ref is None:
        on_consent = legal_ground is None
        return table.get("consent" if on_consent else "other"), on_consent
    try:
        ground = table.get(legal_ref)
        check_ground(ground, TRANSFER_AUTHORITY, None, birth_date, on)
    except DomainError as exc:
        raise _refused(exc) from None
    if ground.requires_consent and not consent_covers:
        raise ValidationError("legal_ref: no consent covering another social-services board is "
                              "recorded on the case's assessment (or it was withdrawn).",
                              field="legal_ref", rule="consent_not_covering")
    if ground.requires_text and legal_ground is None:
        raise ValidationError(f"legal_ground: the ground {ground.key!r} must be stated in words.",
                              field="legal_ground", rule="required")
    return ground, ground.requires_consent


@dataclass(frozen=True)
class _Checked:
    channel: str
    recipient: str = field(repr=False)
    authority: str
    categories: tuple[DataCategory, ...]
    ground: LegalGround
    text: str | None = field(repr=False)
    when: datetime
    harm_test: str | None = field(default=None, repr=False)


def check_arguments(channel: str, recipient: str, recipient_authority: str,
                    categories: Iterable[str], legal_ref: str, legal_text: str | None,
                    disclosed_at: datetime | str | None = None,
                    grounds_path: Path | None = None, harm_test: str | None = None
                    ) -> _Checked:
    """Everything that can be checked without the case (the CLI runs it before unlocking)."""
    table = load_grounds(grounds_path)
    try:
        kind = parse_channel(channel)
        who, authority = parse_recipient(recipient, recipient_authority)
        cats = parse_categories(categories)
        ground = table.get(legal_ref)
        check_recipient(ground, authority)
        text = parse_text(ground, legal_text)
        harm = parse_harm_test(ground, harm_test)
    except DomainError as exc:
        raise _refused(exc) from None
    return _Checked(kind.value, who, authority, cats, ground, text, _when(disclosed_at), harm)


def record_disclosure(session: Session, case_id: int, channel: str, recipient: str,
                      recipient_authority: str, categories: Sequence[str], legal_ref: str,
                      legal_text: str | None = None, acknowledge_protected: bool = False, *,
                      identity_revealed: bool = False,
                      disclosed_at: datetime | str | None = None,
                      grounds_path: Path | None = None,
                      harm_test: str | None = None) -> DisclosureEntry:
    """Record that information about case ``case_id`` left the board; return the new row.

    Refused (exit 6, nothing written): a field that is empty or not in its list (the message
    names it: ``channel``, ``recipient``, ``recipient_authority``, ``categories``,
    ``legal_ref``, ``legal_text``, ``disclosed_at``, ``harm_test`` — required by a ground that
    needs a harm test); a consent that is missing, withdrawn or
    does not cover the recipient's authority; a person with a protected identity unless
    ``acknowledge_protected``; a ground limited by age the person had passed.
    ``identity_revealed`` says the protected person's identity data was part of what left.
    """
    checked = check_arguments(channel, recipient, recipient_authority, categories, legal_ref,
                              legal_text, disclosed_at, grounds_path, harm_test)
    ground = checked.ground
    vault = session.vault
    with vault.transaction() as conn:
        case = _case(conn, case_id)
        protected = case.person.protected_identity is not ProtectedIdentity.NONE
        if protected and not acknowledge_protected:
            raise ValidationError(
                "acknowledge_protected: the person in this case has a protected identity; "
                "confirm that the disclosure has been weighed against the protection before "
                "recording it.", field="acknowledge_protected", rule="protected_identity")
        if identity_revealed and DataCategory.PERSON not in checked.categories:
            raise ValidationError("identity_revealed: identity data left, so the categories "
                                  "must include 'person'.", field="identity_revealed",
                                  rule="category_required")
        on = checked.when.astimezone().date()
        try:  # the same checks as a transfer on this ground, now with the case's person
            check_ground(ground, checked.authority, checked.harm_test,
                         birth_date(case), on)
        except DomainError as exc:
            raise _refused(exc) from None
        consent_id = (check_consent_for(conn, case, checked.authority, on)
                      if ground.requires_consent else None)
        revealed = protected and identity_revealed
        row_id = repo_transfer.insert_disclosure(
            conn, case_id=case.id, categories=[c.value for c in checked.categories],
            recipient=checked.recipient, recipient_key_id=None,
            disclosed_at=checked.when.isoformat(timespec="microseconds"),
            disclosed_by=vault.actor,
            legal_basis="consent" if ground.requires_consent else "other",
            legal_ground=ground_text(ground, checked.text), reason=None, package_id=None,
            channel=checked.channel, legal_ref=ground.key,
            recipient_authority=checked.authority, consent_assessment_id=consent_id,
            identity_revealed=revealed, harm_test=checked.harm_test)
        vault.audit("disclosure.add", case.id, {
            "disclosure_id": row_id, "channel": checked.channel, "legal_ref": ground.key,
            "recipient_authority": checked.authority, "consent_assessment_id": consent_id,
            "identity_revealed": revealed, "harm_test": checked.harm_test is not None})
        repo_cases.touch_case(conn, case.id, now_utc())
    return next(e for e in _entries(session, case.id, grounds_path) if e.id == row_id)


def _entries(session: Session, case_id: int | None, grounds_path: Path | None
             ) -> list[DisclosureEntry]:
    conn = session.vault.conn
    table = load_grounds(grounds_path)
    rows = (repo_transfer.disclosures_for_case(conn, case_id) if case_id is not None
            else repo_transfer.all_disclosures(conn))
    numbers = repo_cases.case_numbers(conn)
    return [_entry(r, str(numbers.get(r.case_id, "")), table) for r in rows]


def list_disclosures(session: Session, case_id: int, *,
                     grounds_path: Path | None = None) -> list[DisclosureEntry]:
    """The case's disclosures, oldest first (an audited read)."""
    vault = session.vault
    with vault.transaction() as conn:
        _case(conn, case_id)
        found = _entries(session, case_id, grounds_path)
        vault.audit("disclosure.list", case_id, {"count": len(found)})
    return found


def list_unit_disclosures(session: Session, *,
                          grounds_path: Path | None = None) -> list[DisclosureEntry]:
    """Every disclosure of the unit, oldest first (an audited read)."""
    vault = session.vault
    with vault.transaction():
        found = _entries(session, None, grounds_path)
        vault.audit("disclosure.list", None, {"count": len(found)})
    return found


CSV_COLUMNS = ("id", "case_number", "disclosed_at", "disclosed_by", "channel", "categories",
               "recipient", "recipient_authority", "legal_ref", "label_sv", "label_en",
               "legal_ground", "harm_test", "consent_assessment_id", "identity_revealed",
               "package_id")


def _cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, tuple):
        value = ";".join(value)
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render(entries: Sequence[DisclosureEntry], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        data = entry.__dict__
        writer.writerow([_cell(data[c]) for c in CSV_COLUMNS])
    return out.getvalue()


def export_register(session: Session, case_id: int | None, fmt: str = "json", *,
                    grounds_path: Path | None = None) -> str:
    """The register of one case (or, with ``case_id`` None, of the whole unit) as JSON or CSV
    text; audited as ``disclosure.export``. The text is not encrypted: where it goes is up to
    the caller."""
    if fmt not in FORMATS:
        raise UsageError(f"Unknown format {fmt!r}; choose json or csv.")
    vault = session.vault
    with vault.transaction() as conn:
        if case_id is not None:
            _case(conn, case_id)
        found = _entries(session, case_id, grounds_path)
        vault.audit("disclosure.export", case_id, {"format": fmt, "count": len(found)})
    return render(found, fmt)


def write_register(session: Session, case_id: int | None, fmt: str, out: Path) -> int:
    """Write the register (see :func:`export_register`) to *out*, a new file readable by its
    owner only; return the number of bytes. The file is not encrypted."""
    target = check_new_file(out)
    data = export_register(session, case_id, fmt).encode("utf-8")
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise UsageError(f"Cannot write {target}.") from exc
    return len(data)
