"""Quick unlock through the OS keyring: a convenience, never the only copy, refused when the
backend is not secure or the organisation's policy forbids it."""

from __future__ import annotations

import base64

import keyring.backends.fail
import pytest

from utvag.errors import EXIT_REFUSED, AuthenticationError, RefusedError
from utvag.services import cases
from utvag.services import session as session_service
from utvag.services.policy import LINUX_POLICY_FILE
from utvag.vault.keyring_slot import SERVICE


def test_quick_unlock_opens_the_vault_without_the_passphrase(make_vault, memory_keyring):
    handle = make_vault("vault", cases=2)
    with handle.open() as session:
        session_service.enable_quick_unlock(session)
        assert "keyring" in session_service.status(session).key_slots
        data_key = session.vault.data_key()
    with handle.open(use_keyring=True) as session:
        assert {c.id for c in cases.list_cases(session)} == set(handle.case_ids)
    # The keyring holds a random slot secret, never the data key itself.
    (stored,) = memory_keyring.quick_unlock.values()
    assert base64.b64decode(stored) != data_key
    assert data_key.hex() not in stored


def test_the_unlock_method_is_audited(make_vault, memory_keyring):
    from utvag.services import audit_log

    handle = make_vault("vault")
    with handle.open() as session:
        session_service.enable_quick_unlock(session)
    with handle.open(use_keyring=True) as session:
        unlocks = [e for e in audit_log.entries(session) if e.action == "vault.unlock"]
        assert unlocks[-1].detail == {"method": "keyring"}


def test_losing_the_keyring_entry_costs_only_a_passphrase_prompt(make_vault, memory_keyring):
    handle = make_vault("vault", cases=1)
    with handle.open() as session:
        session_service.enable_quick_unlock(session)
    memory_keyring.secrets.clear()
    with pytest.raises(AuthenticationError, match="use the passphrase"):
        handle.open(use_keyring=True)
    with handle.open() as session:
        assert [c.id for c in cases.list_cases(session)] == handle.case_ids


def test_a_keyring_secret_for_another_vault_does_not_open_this_one(make_vault, memory_keyring):
    handle = make_vault("vault")
    other = make_vault("other")
    with handle.open() as session:
        session_service.enable_quick_unlock(session)
        vault_id = session.vault.vault_id
    with other.open() as session:
        session_service.enable_quick_unlock(session)
        other_id = session.vault.vault_id
    memory_keyring.secrets[(SERVICE, vault_id)] = memory_keyring.secrets[(SERVICE, other_id)]
    with pytest.raises(AuthenticationError, match="does not open this vault"):
        handle.open(use_keyring=True)


def test_disabling_removes_the_secret_and_the_slot(make_vault, memory_keyring):
    handle = make_vault("vault")
    with handle.open() as session:
        session_service.enable_quick_unlock(session)
        session_service.disable_quick_unlock(session)
        assert "keyring" not in session_service.status(session).key_slots
    assert memory_keyring.quick_unlock == {}
    with pytest.raises(AuthenticationError, match="not set up"):
        handle.open(use_keyring=True)


def test_quick_unlock_survives_a_rekey_with_a_new_secret(make_vault, memory_keyring, weak_kdf):
    handle = make_vault("vault", cases=1)
    with handle.open() as session:
        session_service.enable_quick_unlock(session)
    old_secret = dict(memory_keyring.quick_unlock)
    with handle.open() as session:
        session_service.rekey(session, handle.passphrase, kdf=weak_kdf, allow_weak_kdf=True)
    assert memory_keyring.quick_unlock != old_secret
    with handle.open(use_keyring=True) as session:
        assert [c.id for c in cases.list_cases(session)] == handle.case_ids


def test_a_backend_that_cannot_keep_secrets_is_refused(make_vault, installed_keyring):
    handle = make_vault("vault")
    installed_keyring(keyring.backends.fail.Keyring())
    with handle.open() as session:
        with pytest.raises(RefusedError, match="No secure system keyring") as refused:
            session_service.enable_quick_unlock(session)
        assert refused.value.exit_code == EXIT_REFUSED
        assert "keyring" not in session_service.status(session).key_slots
    before = handle.keys.read_bytes()
    with pytest.raises(AuthenticationError, match="not set up"):
        handle.open(use_keyring=True)
    assert handle.keys.read_bytes() == before


def test_a_vault_set_up_elsewhere_is_refused_on_an_insecure_backend(make_vault, memory_keyring,
                                                                    installed_keyring):
    handle = make_vault("vault")
    with handle.open() as session:
        session_service.enable_quick_unlock(session)
    installed_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(RefusedError, match="No secure system keyring"):
        handle.open(use_keyring=True)
    handle.open().close()  # the passphrase still works


def test_policy_forbids_quick_unlock(make_vault, memory_keyring, policy_file, file_hashes):
    handle = make_vault("vault")
    with handle.open() as session:
        session_service.enable_quick_unlock(session)
    forbidding = policy_file(keyring_allowed="false")
    before = file_hashes(handle.directory)
    with pytest.raises(RefusedError, match="not allowed by policy") as refused:
        session_service.unlock(handle.directory, use_keyring=True, policy=forbidding)
    assert refused.value.exit_code == EXIT_REFUSED
    assert file_hashes(handle.directory) == before
    with (session_service.unlock(handle.directory, passphrase=handle.passphrase,
                                 policy=forbidding) as session,
          pytest.raises(RefusedError, match="not allowed by policy")):
        session_service.enable_quick_unlock(session)


@pytest.mark.skipif(LINUX_POLICY_FILE.exists(), reason="a real policy file governs this host")
def test_quick_unlock_through_the_command_line(make_vault, memory_keyring, secret_file,
                                               run_cli):
    handle = make_vault("vault", cases=1)
    base = ["--vault", handle.directory]
    result = run_cli(*base, "--passphrase-file", secret_file(handle.passphrase), "keyring",
                     "enable")
    assert result.code == 0 and "enabled" in result.out
    result = run_cli(*base, "--keyring", "status", "--json")
    assert result.code == 0 and '"keyring"' in result.out
    memory_keyring.secrets.clear()
    result = run_cli(*base, "--keyring", "status", "--json")
    assert result.code == 3 and "use the passphrase" in result.err


@pytest.mark.skipif(LINUX_POLICY_FILE.exists(), reason="a real policy file governs this host")
def test_the_command_line_refuses_an_insecure_backend(make_vault, installed_keyring,
                                                      secret_file, run_cli):
    handle = make_vault("vault")
    installed_keyring(keyring.backends.fail.Keyring())
    result = run_cli("--vault", handle.directory, "--passphrase-file",
                     secret_file(handle.passphrase), "keyring", "enable")
    assert result.code == EXIT_REFUSED
    assert "No secure system keyring" in result.err


def test_a_rekey_completes_when_the_keyring_has_gone(make_vault, memory_keyring,
                                                     installed_keyring, weak_kdf):
    """Quick unlock is a convenience: a keyring that has become unavailable must not block a
    rekey halfway. The rekey finishes without quick unlock; the passphrase still works."""
    handle = make_vault("vault", cases=1)
    with handle.open() as session:
        session_service.enable_quick_unlock(session)
    installed_keyring(keyring.backends.fail.Keyring())
    with handle.open() as session:
        new_recovery = session_service.rekey(session, handle.passphrase, kdf=weak_kdf,
                                             allow_weak_kdf=True)
        status = session_service.status(session)
        assert status.rekey_pending is False
        assert list(status.key_slots) == ["passphrase", "recovery"]
    with handle.open(recovery_key=new_recovery) as session:
        assert [c.id for c in cases.list_cases(session)] == handle.case_ids
