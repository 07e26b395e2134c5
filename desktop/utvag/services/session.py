"""Opening, creating and managing a vault: the use cases behind ``init``, unlock and lock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from utvag.errors import RefusedError, RolledBackError
from utvag.services.policy import Policy, load_policy
from utvag.services.results import JsonResult
from utvag.vault import audit, head_copy, keyring_slot, migrations, repo_cases
from utvag.vault import backup as vault_backup
from utvag.vault import rekey as vault_rekey
from utvag.vault.check import set_meta
from utvag.vault.database import integrity_check
from utvag.vault.kdf import KdfParams
from utvag.vault.keyslots import passphrase_kek, unlock_any
from utvag.vault.readers import ReadStopped as ReadStopped  # what a stopped read raises
from utvag.vault.vault import Vault, passphrase_slot

MIN_PASSPHRASE_LENGTH = 12


@dataclass
class Session:
    """An unlocked vault and the policy it runs under."""

    vault: Vault
    policy: Policy = field(default_factory=Policy)

    @property
    def actor(self) -> str:
        return self.vault.actor

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def reading(self, stop: threading.Event | None = None) -> AbstractContextManager[None]:
        """Read off the GUI thread on a read-only connection of the thread's own, so that the
        GUI thread's reads never wait for it; ``stop`` set stops it part-way (``ReadStopped``).
        Writes inside still go through the vault's one main connection."""
        return self.vault.reading(stop)

    def close(self) -> None:
        self.vault.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def rollback_error(session: Session) -> RolledBackError | None:
    """What to tell the user when this unlock found the vault rolled back (the finding is
    already in the audit log, and the next unlock opens the vault as it is), else None."""
    found = session.vault.rolled_back
    if found is None:
        return None
    kept_seq, found_seq = found
    return RolledBackError(
        f"The vault has been rolled back: its audit log ends at row {found_seq}, but row "
        f"{kept_seq} was recorded outside the vault folder (system keyring). An earlier copy of "
        "the vault, or of its database without the -wal file, was put back, and audited reads "
        "may have been erased. This is recorded in the audit log; tell your security contact. "
        "The next unlock opens the vault as it is.")


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise RefusedError(
            f"The passphrase is too short: use at least {MIN_PASSPHRASE_LENGTH} characters "
            "(a few unrelated words work well)."
        )
    if len(set(passphrase)) < 5:
        raise RefusedError("The passphrase repeats too few characters to be safe.")


def create(directory: Path, unit: str, passphrase: str, *, kdf: KdfParams | None = None,
           allow_weak_kdf: bool = False, policy: Policy | None = None,
           show_recovery: Callable[[str], None] | None = None) -> tuple[Session, str]:
    """Create a vault; ``show_recovery`` shows the recovery key before the vault is committed."""
    policy = policy or load_policy()
    policy.check_unit(unit)
    check_passphrase_strength(passphrase)
    vault, recovery = Vault.create(directory, unit=unit, passphrase=passphrase, kdf=kdf,
                                   allow_weak_kdf=allow_weak_kdf,
                                   memory_security=policy.memory_security,
                                   show_recovery=show_recovery)
    return Session(vault, policy), recovery


def prepare_unlock() -> None:
    """Start, in the background, the one-time set-up that the first unlock would otherwise wait
    for (choosing the system keyring that keeps the audit head's copy). Safe to call again."""
    threading.Thread(target=head_copy.prepare, name="prepare-unlock", daemon=True).start()


def unlock(directory: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
           use_keyring: bool = False, policy: Policy | None = None) -> Session:
    policy = policy or load_policy()
    if use_keyring:
        policy.require_keyring_allowed()
    vault = Vault.unlock(directory, passphrase=passphrase, recovery_key=recovery_key,
                         use_keyring=use_keyring, memory_security=policy.memory_security)
    return Session(vault, policy)


@dataclass(frozen=True)
class VaultStatus(JsonResult):
    """What ``utvag status`` says about the open vault (no case data)."""

    unit: str
    vault_id: str
    schema_version: int
    cases: int
    key_slots: tuple[str, ...]
    rekey_pending: bool
    audit_head_consistent: bool
    legacy_page_format: bool
    memory_security: bool


def status(session: Session) -> VaultStatus:
    vault = session.vault
    conn = vault.conn
    return VaultStatus(
        unit=vault.unit,
        vault_id=vault.vault_id,
        schema_version=migrations.current_version(conn),
        cases=repo_cases.count_cases(conn),
        key_slots=tuple(sorted({s.kind for s in vault.slots.slots})),
        rekey_pending=vault.slots.pending_rekey is not None,
        audit_head_consistent=vault.head_consistent,
        legacy_page_format=vault.legacy_page_format,
        memory_security=vault.memory_security)


def change_passphrase(session: Session, current: str, new: str, *,
                      kdf: KdfParams | None = None, allow_weak_kdf: bool = False) -> None:
    """Rewrap the data key under a new passphrase; the database is not re-encrypted."""
    vault = session.vault
    if vault.slots.pending_rekey is not None:
        raise RefusedError("A rekey is unfinished; run 'utvag rekey' before changing passphrase.")
    unlock_any(vault.slots, "passphrase", lambda s: passphrase_kek(current, s.salt, s.kdf))
    check_passphrase_strength(new)
    slot = passphrase_slot(new, vault.data_key(), vault.vault_id, kdf, allow_weak_kdf)
    with vault.transaction():
        vault.audit("vault.passphrase_changed")
    vault.write_slots(vault.slots.with_slot(slot, replace_kind=True))


def rekey(session: Session, passphrase: str, *, kdf: KdfParams | None = None,
          allow_weak_kdf: bool = False,
          show_recovery: Callable[[str], None] | None = None) -> str:
    return vault_rekey.rekey(session.vault, passphrase, kdf=kdf, allow_weak_kdf=allow_weak_kdf,
                             keyring_allowed=session.policy.keyring_allowed,
                             show_recovery=show_recovery)


PAGE_FORMAT_NOTICE = "page_format_notice_shown"


def page_format_notice_due(session: Session) -> bool:
    """True once per vault made by an earlier release (older, slower page format): the app
    says then that a rekey moves it to the current format. Records that it was said."""
    vault = session.vault
    if not vault.legacy_page_format or vault.meta(PAGE_FORMAT_NOTICE) is not None:
        return False
    with vault.transaction() as conn:
        set_meta(conn, {PAGE_FORMAT_NOTICE: audit.now_utc()})
        vault.audit("vault.page_format_notice")
    return True


def enable_quick_unlock(session: Session) -> None:
    session.policy.require_keyring_allowed()
    vault = session.vault
    if vault.slots.pending_rekey is not None:
        # The slots must all yield the same key; finishing the rekey sets quick unlock up anew.
        raise RefusedError("A rekey is unfinished; run 'utvag rekey' before setting up quick "
                           "unlock.")
    slots = keyring_slot.enable(vault.slots, vault.data_key())
    with vault.transaction():
        vault.audit("vault.keyring_enabled")
    vault.write_slots(slots)


def disable_quick_unlock(session: Session) -> None:
    vault = session.vault
    with vault.transaction():
        vault.audit("vault.keyring_disabled")
    vault.write_slots(keyring_slot.disable(vault.slots))


def backup(session: Session, out: Path) -> int:
    return vault_backup.backup(session.vault, out)


def restore(source: Path, target: Path, *, passphrase: str | None = None,
            recovery_key: str | None = None, policy: Policy | None = None) -> Session:
    policy = policy or load_policy()
    vault = vault_backup.restore(source, target, passphrase=passphrase,
                                 recovery_key=recovery_key,
                                 memory_security=policy.memory_security)
    return Session(vault, policy)


def check_integrity(session: Session) -> list[str]:
    return integrity_check(session.vault.conn)


def set_passphrase_after_recovery(session: Session, new: str, *,
                                  kdf: KdfParams | None = None,
                                  allow_weak_kdf: bool = False) -> None:
    """Replace the passphrase after a recovery-key unlock (the old one is forgotten)."""
    vault = session.vault
    if vault.slots.pending_rekey is not None:
        raise RefusedError("A rekey is unfinished; run 'utvag rekey' first.")
    check_passphrase_strength(new)
    slot = passphrase_slot(new, vault.data_key(), vault.vault_id, kdf, allow_weak_kdf)
    with vault.transaction():
        vault.audit("vault.passphrase_reset")
    vault.write_slots(vault.slots.with_slot(slot, replace_kind=True))
