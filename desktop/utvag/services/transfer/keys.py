"""The unit's transfer identity and the key cards of other units that it trusts.

The identity (signing key and HPKE key pair) lives only inside the encrypted database. It is made
the first time it is needed — showing or exporting the unit's card, or exporting a case — so vaults
created before transfers existed get one the same way as new ones.

A card is trusted in one of two ways: a person confirmed its fingerprint out of band
(``trust_card``, stored in the vault), or an administrator provisioned it in the policy's
``trusted_cards_dir``.
Policy cards are trusted while the policy provides them (removing a card from the directory revokes
it); the first time one is used for an export or an import the vault keeps a copy (``how =
'policy'``) as a record of exactly which key was used.

A key listed in ``revoked_key`` is never trusted, whichever way its card came: revoked by a signed
revocation, or removed by a person (``untrust_card``, see ``transfer.key_changes``). A rotation
file (the unit's new card signed by its old key) is trusted like a card, after its new fingerprint
is confirmed, and only when the old key is trusted here.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from utvag import files
from utvag.domain.units import CITY_OFFICE
from utvag.errors import IntegrityError, RefusedError, UsageError, ValidationError
from utvag.services.policy import UNITS, Policy
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.transfer import CardRole, PackageError, PublicCard, UnitIdentity
from utvag.transfer.key_statements import (
    MAX_STATEMENT_SIZE,
    ROTATION_FORMAT,
    read_rotation,
    statement_format,
)
from utvag.transfer.limits import MAX_CARD_SIZE
from utvag.transfer.names import is_valid_unit_name
from utvag.vault import repo_transfer, repo_unit_keys
from utvag.vault.audit import now_utc
from utvag.vault.repo_transfer import TrustedCardRow
from utvag.vault.repo_unit_keys import REVOKED, RevokedKeyRow

CONFIRMED = "fingerprint"
POLICY = "policy"
MAX_POLICY_CARDS = 256


@dataclass(frozen=True)
class TrustedCard(JsonResult):
    """A card this vault trusts, and why."""

    card: PublicCard
    how: str  # CONFIRMED or POLICY
    trusted_at: str | None = None  # when confirmed (or first used, for a policy card)
    source: str | None = None  # the policy file a policy card was read from
    rotated_from: str | None = None  # the old fingerprint, when trusted from a rotation

    def to_json(self) -> dict[str, Any]:
        return {"unit": self.card.unit, "role": self.card.role.value,
                "holder": self.card.holder, "label": self.card.label,
                "fingerprint": self.card.fingerprint,
                "key_id": self.card.key_id.hex(), "how": self.how,
                "trusted_at": self.trusted_at, "source": self.source}


@dataclass(frozen=True)
class CheckedCard:
    """A card whose fingerprint was confirmed; *previous* is the old card of a rotation file."""

    card: PublicCard
    previous: PublicCard | None = None


def is_city_office_card(card: PublicCard) -> bool:
    """The city office's card: the only place statistics contributions go."""
    return card.role is CardRole.CITY_OFFICE and card.unit == CITY_OFFICE


def refusal_text(row: RevokedKeyRow) -> str:
    """Why a key is refused, for messages: names the unit, the fingerprint and the date."""
    if row.kind == REVOKED:
        return (f"the key of {row.unit} ({row.fingerprint}) was revoked on "
                f"{row.effective_at[:10]} ({row.reason})")
    return (f"the key of {row.unit} ({row.fingerprint}) is no longer trusted here (removed on "
            f"{row.effective_at[:10]})")


# -- the own identity --------------------------------------------------------------------------


def own_identity(session: Session, *, create: bool = False) -> UnitIdentity | None:
    """The unit's identity; made (and audited) when absent and *create* is set — with the role
    of a unit, the vault's role unless ``init`` chose another (:func:`create_role_identity`)."""
    vault = session.vault
    row = repo_transfer.current_key(vault.conn)
    if row is not None:
        return load_identity(session, *row)
    if not create:
        return None
    role = CardRole.CITY_OFFICE if vault.unit == CITY_OFFICE else CardRole.UNIT
    return _store_new_identity(session, UnitIdentity.generate(vault.unit, role=role))


def _store_new_identity(session: Session, identity: UnitIdentity) -> UnitIdentity:
    vault = session.vault
    private = identity.to_private_bytes()
    try:
        with vault.transaction() as conn:
            repo_transfer.insert_key(conn, key_id=identity.key_id, unit=identity.unit,
                                     private_key=private,
                                     card=identity.card.to_json().decode("utf-8"), now=now_utc())
            vault.audit("transfer.key_created", detail={"fingerprint": identity.fingerprint,
                                                        "role": identity.role.value})
    finally:
        private[:] = bytes(len(private))
    return identity


def check_role(role: str, holder: str | None, unit: str | None = None
               ) -> tuple[CardRole, str | None]:
    """The role a vault is created with, and its holder: a caseworker's or manager's vault names
    the person who holds it; a unit's or the city office's names nobody (checked before unlock).
    Given the vault's ``unit``, the city-office role belongs to Stadsledningskontoret's vault
    alone, and that vault holds no caseworker's or manager's keys (it has no cases and no staff
    of a unit): a mismatch would make a vault that counts as one thing and signs as another."""
    try:
        chosen = CardRole(role)
    except ValueError:
        raise UsageError(f"Unknown role {role!r}; choose one of "
                         f"{', '.join(r.value for r in CardRole)}.") from None
    if unit is not None and unit != CITY_OFFICE and chosen is CardRole.CITY_OFFICE:
        raise UsageError(f"The role city-office is for the {CITY_OFFICE} vault alone; {unit}'s "
                         "vault is a unit's, a caseworker's or a manager's.")
    if unit == CITY_OFFICE and chosen.names_holder:
        raise UsageError(f"The {CITY_OFFICE} vault merges the city's statistics and holds no "
                         "caseworker's or manager's keys; choose the role city-office.")
    name = unicodedata.normalize("NFC", holder.strip()) if holder is not None else None
    if chosen.names_holder:
        if not name or not is_valid_unit_name(name):
            raise UsageError(f"A {chosen.value}'s vault names its holder: give the person's "
                             "name (at most 100 characters).")
        return chosen, name
    if name:
        raise UsageError(f"A vault with the role {chosen.value} names no holder.")
    return chosen, None


def create_role_identity(session: Session, role: str, holder: str | None) -> UnitIdentity:
    """Make the vault's own identity with the role chosen at ``init``; refused once it has one
    (the role of a key never changes, not even by a rotation)."""
    chosen, name = check_role(role, holder, session.vault.unit)
    existing = own_identity(session)
    if existing is not None:
        if existing.role is chosen and existing.holder == name:
            return existing
        raise RefusedError("This vault already has its transfer key, and a key's role never "
                           "changes; create a new vault for another role.")
    return _store_new_identity(session, UnitIdentity.generate(session.vault.unit, role=chosen,
                                                              holder=name))


def own_role(session: Session) -> tuple[CardRole, str | None]:
    """The vault's role and holder: its key's, or a unit's while it has no key yet."""
    identity = own_identity(session)
    if identity is None:
        return CardRole.UNIT, None
    return identity.role, identity.holder


def load_identity(session: Session, key_id: bytes, blob: bytes) -> UnitIdentity:
    """One of the unit's stored identities (current or retired), checked against its row."""
    buffer = bytearray(blob)
    try:
        identity = UnitIdentity.from_private_bytes(buffer)
    except PackageError as exc:
        raise IntegrityError("The unit's stored transfer key is damaged.") from exc
    finally:
        buffer[:] = bytes(len(buffer))
    if identity.key_id != key_id or identity.unit != session.vault.unit:
        raise IntegrityError("The unit's stored transfer key does not belong to this vault.")
    return identity


def next_sequence(session: Session) -> int:
    """The next outgoing sequence number, inside the caller's transaction.

    Never below the current time in seconds: numbers only have to increase (receivers see gaps
    anyway, packages to other units), and a vault restored from an older backup then still
    continues above every number it used before, so receivers do not refuse its next packages
    as older ones. The creation time the header shows anyway is all the number reveals.
    """
    return repo_transfer.next_sequence(session.vault.conn, int(time.time()))


# -- trusted cards -----------------------------------------------------------------------------


def read_key_file(path: Path, limit: int = MAX_CARD_SIZE) -> bytes:
    """The bytes of a card, rotation or revocation file (a little more than *limit* at most)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise UsageError(f"Cannot read the key card {path}.") from exc


def read_card_file(path: Path) -> PublicCard:
    """Read a key card file; a damaged one is an integrity error (exit 4)."""
    data = read_key_file(path)
    try:
        return PublicCard.from_json(data)
    except PackageError as exc:
        raise IntegrityError(str(exc)) from None


def policy_cards(policy: Policy) -> tuple[list[TrustedCard], list[str]]:
    """Cards in the policy's ``trusted_cards_dir`` (``*.json``), and the files that were refused."""
    if not policy.trusted_cards_dir:
        return [], []
    directory = Path(policy.trusted_cards_dir)
    if not directory.is_dir():
        return [], [f"{directory} is not a directory"]
    cards: list[TrustedCard] = []
    problems: list[str] = []
    paths = sorted(p for p in directory.iterdir() if p.suffix.lower() == ".json")
    for path in paths[:MAX_POLICY_CARDS]:
        try:
            if not path.is_file():
                continue
            cards.append(TrustedCard(read_card_file(path), POLICY, source=str(path)))
        except (IntegrityError, UsageError):
            problems.append(f"{path.name}: not a valid key card")
    if len(paths) > MAX_POLICY_CARDS:
        problems.append(f"only the first {MAX_POLICY_CARDS} cards were read")
    return cards, problems


def _stored_card(row: TrustedCardRow) -> PublicCard:
    try:
        card = PublicCard.from_json(row.card.encode("utf-8"))
    except PackageError as exc:
        raise IntegrityError("A trusted key card stored in the vault is damaged.") from exc
    if card.key_id != row.key_id:
        raise IntegrityError("A trusted key card stored in the vault is damaged.")
    return card


def trusted_cards(session: Session) -> list[TrustedCard]:
    """Every card trusted now: confirmed ones from the vault, then the policy's; never a revoked
    or untrusted key."""
    conn = session.vault.conn
    own = repo_transfer.current_key(conn)
    own_id = own[0] if own else None
    found: dict[bytes, TrustedCard] = {}
    refused = {row.key_id for row in repo_unit_keys.revoked_keys(conn)}
    stored = repo_transfer.trusted_cards(conn)
    for row in stored:
        if row.how == CONFIRMED:
            found[row.key_id] = TrustedCard(_stored_card(row), CONFIRMED, row.trusted_at)
    first_use = {row.key_id: row.trusted_at for row in stored if row.how == POLICY}
    for entry in policy_cards(session.policy)[0]:
        key_id = entry.card.key_id
        if key_id not in found and key_id != own_id:
            found[key_id] = TrustedCard(entry.card, POLICY, first_use.get(key_id), entry.source)
    return [card for key_id, card in found.items() if key_id != own_id and key_id not in refused]


def card_for_unit(session: Session, unit: str, role: CardRole = CardRole.UNIT,
                  holder: str | None = None) -> TrustedCard | None:
    """The card to send to *unit* (by default the unit's own card; a person's card with *role*
    and *holder*): its newest trusted card (a rotated key replaces the old, and keeps the role
    and the holder).

    None when the vault never trusted one; a refusal naming the reason when every card it had
    for the unit was revoked or untrusted."""
    candidates = [t for t in trusted_cards(session) if t.card.unit == unit
                  and t.card.role is role and t.card.holder == holder]
    if not candidates:
        blocked = [r for r in repo_unit_keys.revoked_keys(session.vault.conn) if r.unit == unit]
        if blocked:
            latest = max(blocked, key=lambda r: r.recorded_at)
            rule = "recipient_revoked" if latest.kind == REVOKED else "recipient_untrusted"
            raise ValidationError(
                f"Nothing can be sent to {unit}: {refusal_text(latest)}. Trust the unit's new "
                "card after confirming its fingerprint by phone.",
                field="transfer", rule=rule)
        return None
    # Newest card first; between cards made in the same second, the one confirmed last (the new
    # card of a rotation is trusted after the old one).
    return max(candidates, key=lambda t: (t.card.created, t.how == CONFIRMED,
                                          t.trusted_at or ""))


def record_use(session: Session, trusted: TrustedCard) -> None:
    """Keep a copy of a policy card the first time it is used (inside the caller's transaction)."""
    conn = session.vault.conn
    if trusted.how != POLICY or repo_transfer.get_trusted(conn, trusted.card.key_id) is not None:
        return
    repo_transfer.insert_trusted(conn, TrustedCardRow(
        trusted.card.key_id, trusted.card.unit, trusted.card.fingerprint,
        trusted.card.to_json().decode("utf-8"), POLICY, now_utc(), session.actor))


# -- the use cases -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RefusedKey(JsonResult):
    """A key this vault refuses: revoked by its unit (``kind`` ``revoked``) or no longer
    trusted here (``untrusted``), since ``since``."""

    unit: str
    fingerprint: str
    key_id: str
    kind: str
    reason: str | None
    since: str


@dataclass(frozen=True)
class UnitKeys(JsonResult):
    """The unit's own card (``key_id`` in hex, ``created`` an ISO time), the cards it trusts,
    the keys it refuses and the policy card files that were refused."""

    unit: str
    role: str
    holder: str | None
    label: str
    fingerprint: str
    key_id: str
    kem: str
    created: str
    trusted: tuple[TrustedCard, ...]
    refused: tuple[RefusedKey, ...]
    policy_problems: tuple[str, ...]


def show_keys(session: Session) -> UnitKeys:
    """The unit's card (made when absent) and the cards it trusts."""
    identity = own_identity(session, create=True)
    assert identity is not None
    card = identity.card
    _, problems = policy_cards(session.policy)
    return UnitKeys(
        unit=card.unit, role=card.role.value, holder=card.holder, label=card.label,
        fingerprint=card.fingerprint, key_id=card.key_id.hex(), kem=card.kem.label,
        created=card.created.isoformat(), trusted=tuple(trusted_cards(session)),
        refused=tuple(RefusedKey(r.unit, r.fingerprint, r.key_id.hex(), r.kind, r.reason,
                                 r.effective_at)
                      for r in repo_unit_keys.revoked_keys(session.vault.conn)),
        policy_problems=tuple(problems))


def check_new_file(path: Path) -> Path:
    """An output path that does not exist yet, in a directory that does (checked before unlock)."""
    target = Path(path)
    if target.exists() or target.is_symlink():
        raise UsageError(f"{target} already exists; choose another file name.")
    if not target.parent.is_dir():
        raise UsageError(f"The directory {target.parent} does not exist.")
    return target


def export_public_card(session: Session, out: Path) -> PublicCard:
    """Write the unit's public card to *out* (a new file)."""
    target = check_new_file(out)
    identity = own_identity(session, create=True)
    assert identity is not None
    data = identity.card.to_json()
    try:  # owner-only like every file Utväg writes; the card is public, but who sends it is not
        files.write_new(target, data)
    except OSError as exc:
        raise UsageError(f"Cannot write {target}.") from exc
    vault = session.vault
    with vault.transaction():
        vault.audit("transfer.card_exported", detail={"fingerprint": identity.fingerprint})
    return identity.card


def check_card(card_path: Path, fingerprint: str) -> CheckedCard:
    """Read a card, or a rotation file (the new card signed by the old key), and confirm the
    fingerprint a person read out — the new one, for a rotation. Nothing is trusted by this.

    A damaged card or rotation, a bad signature or a fingerprint that does not match is an
    integrity error (exit 4)."""
    data = read_key_file(card_path, MAX_STATEMENT_SIZE)
    try:
        if statement_format(data) == ROTATION_FORMAT:
            rotation = read_rotation(data)
            checked = CheckedCard(rotation.new, rotation.old)
        else:
            checked = CheckedCard(PublicCard.from_json(data))
    except PackageError as exc:
        raise IntegrityError(str(exc)) from None
    card = checked.card
    if not card.matches_fingerprint(fingerprint):
        if checked.previous is not None:
            raise IntegrityError(
                f"The fingerprint does not match the new key card of {card.unit} in this "
                f"rotation (old {checked.previous.fingerprint}, new {card.fingerprint} as the "
                "file says); confirm the new fingerprint by phone, do not trust it otherwise.")
        raise IntegrityError(
            f"The fingerprint does not match the key card for {card.unit}; do not trust it")
    if card.unit not in UNITS and not is_city_office_card(card):
        raise RefusedError(f"The key card names the unit {card.unit!r}, which is not one of "
                           f"{', '.join(UNITS)}.")
    return checked


def _check_rotation(session: Session, old: PublicCard) -> None:
    """A rotation is accepted only from a key this vault trusts now."""
    row = repo_unit_keys.get_revoked(session.vault.conn, old.key_id)
    if row is not None:
        raise RefusedError(f"The rotation is signed by a key that is refused: {refusal_text(row)}."
                           " Trust the unit's new card only after confirming it by phone, "
                           "as a new card that unit exports.")
    if all(t.card.key_id != old.key_id for t in trusted_cards(session)):
        raise RefusedError(f"The rotation is signed by a key this vault has not trusted "
                           f"({old.unit}, {old.fingerprint}); ask {old.unit} for its card and "
                           "confirm its fingerprint by phone instead.")


def trust_card(session: Session, card_path: Path, fingerprint: str) -> TrustedCard:
    """Trust a card whose fingerprint was confirmed out of band (by phone), or the new card of a
    rotation signed by a key this vault trusts."""
    checked = check_card(card_path, fingerprint)
    card = checked.card
    vault = session.vault
    own = repo_transfer.current_key(vault.conn)
    own_unit_card = card.unit == vault.unit and card.role is CardRole.UNIT
    if (own is not None and own[0] == card.key_id) or (
            own_unit_card and own_role(session)[0] is CardRole.UNIT):
        raise RefusedError("This is a card of this vault's own unit; it is not trusted as "
                           "another unit's.")
    refused = repo_unit_keys.get_revoked(vault.conn, card.key_id)
    if refused is not None and refused.kind == REVOKED:
        raise RefusedError(f"This card cannot be trusted: {refusal_text(refused)}.")
    if checked.previous is not None:
        _check_rotation(session, checked.previous)
    now = now_utc()
    with vault.transaction() as conn:
        repo_unit_keys.forget_untrusted(conn, card.key_id)
        existing = repo_transfer.get_trusted(conn, card.key_id)
        if existing is None:
            repo_transfer.insert_trusted(conn, TrustedCardRow(
                card.key_id, card.unit, card.fingerprint, card.to_json().decode("utf-8"),
                CONFIRMED, now, vault.actor))
        elif existing.how != CONFIRMED or refused is not None:
            repo_transfer.set_trust(conn, card.key_id, CONFIRMED, now, vault.actor)
        else:
            now = existing.trusted_at
        detail = {"unit": card.unit, "fingerprint": card.fingerprint, "role": card.role.value}
        if checked.previous is not None:
            detail["rotated_from"] = checked.previous.fingerprint
        vault.audit("transfer.card_trusted", detail=detail)
    return TrustedCard(card, CONFIRMED, now, rotated_from=detail.get("rotated_from"))
