"""Creating, locking, and changing the passphrase of a vault; the key-slot file's defences."""

from __future__ import annotations

import json
import stat

import pytest

from utvag.errors import AuthenticationError, IntegrityError, RefusedError, UsageError
from utvag.services import audit_log, cases
from utvag.services import session as session_service
from utvag.vault.kdf import KdfParams
from utvag.vault.vault import Vault

NEW_PASSPHRASE = "ett helt nytt lösenord 2024"


def test_a_new_vault_holds_only_encrypted_files_and_two_unlock_methods(make_vault):
    handle = make_vault("vault")
    assert sorted(p.name for p in handle.directory.iterdir()) == [
        "vault.db", "vault.keys", "vault.lock"]
    assert handle.db.read_bytes()[:16] != b"SQLite format 3\0"
    assert stat.S_IMODE(handle.directory.stat().st_mode) == 0o700
    assert stat.S_IMODE(handle.keys.stat().st_mode) == 0o600
    with handle.open() as session:
        info = session_service.status(session)
        assert list(info.key_slots) == ["passphrase", "recovery"]
        assert info.unit == "Centrum" and info.cases == 0
    with handle.open(recovery_key=handle.recovery_key):
        pass


def test_creating_over_an_existing_vault_is_refused(make_vault, file_hashes, weak_kdf, policy):
    handle = make_vault("vault", cases=1)
    before = file_hashes(handle.directory)
    with pytest.raises(RefusedError, match="already a vault"):
        session_service.create(handle.directory, "Centrum", "another long passphrase",
                               kdf=weak_kdf, allow_weak_kdf=True, policy=policy)
    assert file_hashes(handle.directory) == before


@pytest.mark.parametrize("passphrase", ["short", "aaaaaaaaaaaaaaaa", "abababababababab"])
def test_weak_passphrases_are_refused(passphrase, tmp_path, weak_kdf, policy):
    with pytest.raises(RefusedError, match="passphrase"):
        session_service.create(tmp_path / "vault", "Centrum", passphrase, kdf=weak_kdf,
                               allow_weak_kdf=True, policy=policy)
    assert not (tmp_path / "vault").exists()


def test_weak_key_derivation_needs_an_explicit_opt_in(tmp_path, weak_kdf, policy):
    with pytest.raises(UsageError, match="refused"):
        session_service.create(tmp_path / "vault", "Centrum", "correct horse battery staple",
                               kdf=weak_kdf, policy=policy)
    assert not (tmp_path / "vault" / "vault.keys").exists()


def test_locking_drops_the_key_and_the_lock(make_vault):
    handle = make_vault("vault", cases=1)
    session = handle.open()
    session.close()
    assert not session.vault.is_open
    with pytest.raises(RefusedError, match="locked"):
        session.vault.data_key()
    with pytest.raises(RefusedError, match="locked"):
        cases.add_note(session, handle.case_ids[0], "efter låsning")
    session.close()  # closing twice is harmless
    with handle.open() as again:  # and the lock is free again
        assert again.vault.is_open


def test_changing_the_passphrase_keeps_every_record(make_vault, table_dump, weak_kdf,
                                                    file_hashes):
    handle = make_vault("vault", cases=3)
    with handle.open() as session:
        cases.add_note(session, handle.case_ids[0], "Viktig anteckning.", sign=True)
        records = table_dump(session.vault.conn)
        records.pop("audit")
        data_key = session.vault.data_key()
        with pytest.raises(AuthenticationError):
            session_service.change_passphrase(session, "not the current one", NEW_PASSPHRASE,
                                              kdf=weak_kdf, allow_weak_kdf=True)
        with pytest.raises(RefusedError, match="too short"):
            session_service.change_passphrase(session, handle.passphrase, "short",
                                              kdf=weak_kdf, allow_weak_kdf=True)
        session_service.change_passphrase(session, handle.passphrase, NEW_PASSPHRASE,
                                          kdf=weak_kdf, allow_weak_kdf=True)

    with pytest.raises(AuthenticationError, match="Wrong passphrase"):
        handle.open()
    with handle.open(passphrase=NEW_PASSPHRASE) as session:
        assert session.vault.data_key() == data_key  # rewrapped, not re-encrypted
        after = table_dump(session.vault.conn)
        after.pop("audit")
        assert after == records
        assert "vault.passphrase_changed" in [e.action for e in audit_log.entries(session)]
        assert audit_log.verify(session).ok
    with handle.open(recovery_key=handle.recovery_key):  # the recovery key is untouched
        pass
    slots = json.loads(handle.keys.read_text(encoding="utf-8"))["slots"]
    assert [s["kind"] for s in slots].count("passphrase") == 1


def test_a_kdf_downgrade_in_the_key_file_is_detected(make_vault, file_hashes):
    """The Argon2 parameters are bound into the slot: lowering them on disk breaks the slot."""
    handle = make_vault("vault")
    data = json.loads(handle.keys.read_text(encoding="utf-8"))
    for slot in data["slots"]:
        if slot["kind"] == "passphrase":
            slot["kdf"]["m_kib"] = 512
    handle.keys.write_text(json.dumps(data), encoding="utf-8")
    before = file_hashes(handle.directory)
    with pytest.raises(IntegrityError, match="key file has been changed"):
        handle.open()
    assert file_hashes(handle.directory) == before


def test_a_slot_moved_from_another_vault_does_not_unlock(make_vault):
    """Slots are bound to their vault id: a foreign slot pasted in is useless."""
    handle = make_vault("vault")
    other = make_vault("other", passphrase="the other vault's passphrase")
    mine = json.loads(handle.keys.read_text(encoding="utf-8"))
    theirs = json.loads(other.keys.read_text(encoding="utf-8"))
    mine["slots"] += [s for s in theirs["slots"] if s["kind"] == "passphrase"]
    handle.keys.write_text(json.dumps(mine), encoding="utf-8")
    with pytest.raises((AuthenticationError, IntegrityError)):
        handle.open(passphrase="the other vault's passphrase")
    with pytest.raises(IntegrityError, match="key file has been changed"):
        handle.open()  # the edit itself shows


def test_the_kdf_floor_is_enforced_for_strong_parameters(tmp_path, policy):
    opened, _ = session_service.create(tmp_path / "vault", "SAV", "correct horse battery staple",
                                       kdf=KdfParams(iterations=3, memory_kib=64 * 1024),
                                       policy=policy)
    with opened:
        (slot,) = opened.vault.slots.of_kind("passphrase")
        assert slot.kdf is not None and slot.kdf.meets_floor
        assert slot.kdf.lanes == 4


def test_unlock_needs_exactly_one_method(make_vault):
    handle = make_vault("vault")
    with pytest.raises(UsageError, match="exactly one"):
        Vault.unlock(handle.directory)
    with pytest.raises(UsageError, match="exactly one"):
        Vault.unlock(handle.directory, passphrase=handle.passphrase,
                     recovery_key=handle.recovery_key)


def _modes(directory):
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in directory.iterdir()}


def test_every_file_is_private_to_its_owner(tmp_path, policy, weak_kdf):
    """Even in a directory others can read, the vault's files are owner-only: while open (WAL,
    SHM), after a rekey, in a backup and after a restore."""
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    opened, _ = session_service.create(shared, "Centrum", "correct horse battery staple",
                                       kdf=weak_kdf, allow_weak_kdf=True, policy=policy)
    with opened:
        cases.new_case(opened, {"type": "defector",
                                "person": {"name": "A", "birth_date": "1990-01-01"}})
        assert "vault.db-wal" in _modes(shared)
        assert set(_modes(shared).values()) == {0o600}, _modes(shared)
        session_service.rekey(opened, "correct horse battery staple", kdf=weak_kdf,
                              allow_weak_kdf=True)
        assert set(_modes(shared).values()) == {0o600}, _modes(shared)
        session_service.backup(opened, tmp_path / "b.utvb")
    assert set(_modes(shared).values()) == {0o600}, _modes(shared)
    assert stat.S_IMODE((tmp_path / "b.utvb").stat().st_mode) == 0o600
    restored = tmp_path / "restored"
    session_service.restore(tmp_path / "b.utvb", restored,
                            passphrase="correct horse battery staple", policy=policy).close()
    assert stat.S_IMODE(restored.stat().st_mode) == 0o700
    assert set(_modes(restored).values()) == {0o600}, _modes(restored)


def test_the_recovery_key_can_be_typed_the_way_people_type(make_vault):
    """Lower case, spaces or no separators, and O/I/L for 0/1 are all accepted."""
    handle = make_vault("vault")
    key = handle.recovery_key
    for typed in (key.lower(), key.replace("-", " "), key.replace("-", ""),
                  f"  {key}\n", key.replace("0", "O").replace("1", "I")):
        handle.open(recovery_key=typed).close()
