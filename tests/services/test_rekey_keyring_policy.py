"""A rekey carries quick unlock over only while the policy allows it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from utvag.errors import AuthenticationError, RefusedError
from utvag.services import session as session_service


def test_rekey_drops_quick_unlock_the_policy_now_forbids(
        make_vault: Callable[..., Any], memory_keyring: Any,
        policy_file: Callable[..., Any], weak_kdf: Any) -> None:
    vault = make_vault(cases=2)
    with vault.open() as opened:
        session_service.enable_quick_unlock(opened)
    assert memory_keyring.quick_unlock, "quick unlock stored a secret"
    forbidding = policy_file(keyring_allowed="false")
    with session_service.unlock(vault.directory, passphrase=vault.passphrase,
                                policy=forbidding) as opened:
        session_service.rekey(opened, vault.passphrase, kdf=weak_kdf, allow_weak_kdf=True)
        assert "keyring" not in session_service.status(opened).key_slots
    assert not memory_keyring.quick_unlock, "the keyring secret is removed too"
    allowing = policy_file(keyring_allowed="true")
    with pytest.raises(AuthenticationError):
        session_service.unlock(vault.directory, use_keyring=True, policy=allowing)
    with pytest.raises(RefusedError):
        session_service.unlock(vault.directory, use_keyring=True, policy=forbidding)


def test_rekey_keeps_quick_unlock_when_allowed(make_vault: Callable[..., Any],
                                               memory_keyring: Any, weak_kdf: Any) -> None:
    vault = make_vault(cases=1)
    with vault.open() as opened:
        session_service.enable_quick_unlock(opened)
        session_service.rekey(opened, vault.passphrase, kdf=weak_kdf, allow_weak_kdf=True)
    with session_service.unlock(vault.directory, use_keyring=True, policy=vault.policy) as s:
        assert session_service.status(s).cases == 1
