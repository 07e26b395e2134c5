"""The young person's guardians and the positions on the consent in a case package.

``case.json`` carries them as the optional members ``guardians`` and ``consent_positions``
(packages without them still open; see ``docs/transfer-format.md``). A guardian is person data
and travels unmasked to the receiving board, like the person. Parsing is strict: unknown or
missing members, wrong types, over-long texts or a position naming no guardian of the package
are refused with :class:`PackageError`, never repeating the content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from utvag.domain.case_records import ProtectedIdentity
from utvag.domain.display_text import is_clean_text, is_one_line
from utvag.domain.errors import DomainError
from utvag.domain.young_people import ConsentParty, ConsentPosition, Guardian, PartyPosition
from utvag.services.transfer.fields import bad as _bad
from utvag.vault import repo_young
from utvag.vault.database import Connection

_GUARDIAN_KEYS = {"ref", "name", "contact", "may_contact", "no_contact_reason",
                  "protected_identity"}
_POSITION_KEYS = {"party", "guardian_ref", "position", "stated_on", "note"}
MAX_GUARDIANS = 20
MAX_POSITIONS = 1000


@dataclass(frozen=True)
class IncomingGuardian:
    ref: int
    guardian: Guardian
    protected_identity: str


@dataclass(frozen=True)
class IncomingYoung:
    guardians: tuple[IncomingGuardian, ...] = ()
    positions: tuple[PartyPosition, ...] = ()


def build(conn: Connection, case_id: int) -> dict[str, Any]:
    """The members to add to ``case.json`` (none when the case has no guardians or positions)."""
    guardians = repo_young.guardians_of(conn, case_id)
    positions = repo_young.positions_of(conn, case_id)
    members: dict[str, Any] = {}
    if guardians:
        members["guardians"] = [
            {"ref": g["id"], "name": g["name"], "contact": g["contact"],
             "may_contact": bool(g["may_contact"]), "no_contact_reason": g["no_contact_reason"],
             "protected_identity": g["protected_identity"]} for g in guardians]
    if positions:
        members["consent_positions"] = [
            {"party": p["party"], "guardian_ref": p["guardian_id"], "position": p["position"],
             "stated_on": p["stated_on"], "note": p["note"]} for p in positions]
    return members


def _items(raw: Any, keys: set[str], field: str, limit: int) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or len(raw) > limit:
        raise _bad(field)
    if not all(isinstance(i, dict) and set(i) == keys for i in raw):
        raise _bad(field)
    return raw


def parse(guardians: Any, positions: Any) -> IncomingYoung:
    """Check the two optional members (None when absent)."""
    found: list[IncomingGuardian] = []
    refs: set[int] = set()
    for item in _items(guardians if guardians is not None else [], _GUARDIAN_KEYS,
                       "guardians", MAX_GUARDIANS):
        ref = item["ref"]
        if not isinstance(ref, int) or isinstance(ref, bool) or ref < 0 or ref in refs:
            raise _bad("guardians.ref")
        if item["protected_identity"] not in {p.value for p in ProtectedIdentity}:
            raise _bad("guardians.protected_identity")
        try:
            if not isinstance(item["may_contact"], bool) or not all(
                    isinstance(item[k], str | None) for k in ("name", "contact",
                                                              "no_contact_reason")):
                raise _bad("guardians")
            guardian = Guardian(item["name"], item["contact"], item["may_contact"],
                                item["no_contact_reason"])
        except DomainError:
            raise _bad("guardians") from None
        if not is_one_line(guardian.name):
            raise _bad("guardians.name", ref)  # the guardian's record id
        if guardian.contact is not None and not is_one_line(guardian.contact):
            raise _bad("guardians.contact", ref)  # shown on the guardian's row
        if guardian.no_contact_reason is not None and not is_clean_text(
                guardian.no_contact_reason):
            raise _bad("guardians.no_contact_reason", ref)
        refs.add(ref)
        found.append(IncomingGuardian(ref, guardian, item["protected_identity"]))
    parsed: list[PartyPosition] = []
    for item in _items(positions if positions is not None else [], _POSITION_KEYS,
                       "consent_positions", MAX_POSITIONS):
        ref = item["guardian_ref"]
        if ref is not None and ref not in refs:
            raise _bad("consent_positions.guardian_ref")
        try:
            if not isinstance(item["note"], str | None) or not isinstance(item["stated_on"], str):
                raise _bad("consent_positions")
            parsed.append(PartyPosition(
                ConsentParty(item["party"]), ConsentPosition(item["position"]),
                date.fromisoformat(item["stated_on"]),
                None if ref is None else str(ref), item["note"]))
        except (DomainError, ValueError, TypeError):  # DomainError is a ValueError
            raise _bad("consent_positions") from None
    return IncomingYoung(tuple(found), tuple(parsed))


def store(conn: Connection, case_id: int, incoming: IncomingYoung, *, by: str,
          now: str) -> None:
    """Write the guardians and positions of an imported case (inside the import's
    transaction)."""
    ids: dict[str, int] = {}
    for item in incoming.guardians:
        g = item.guardian
        ids[str(item.ref)] = repo_young.insert_guardian(conn, case_id, {
            "name": g.name, "contact": g.contact, "may_contact": int(g.may_contact),
            "no_contact_reason": g.no_contact_reason,
            "protected_identity": item.protected_identity}, by=by, now=now)
    for p in incoming.positions:
        repo_young.insert_position(conn, case_id, {
            "party": p.party.value, "position": p.position.value,
            "guardian_id": ids[p.guardian_ref] if p.guardian_ref is not None else None,
            "stated_on": p.stated_on.isoformat(), "note": p.note}, by=by, now=now)
