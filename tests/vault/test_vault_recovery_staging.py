"""A new recovery key is shown before it is committed, never after.

If showing it fails (a closed terminal, a crash), no vault or rekey exists whose recovery key
nobody saw: ``init`` leaves no vault, ``rekey`` keeps the old slots and resumes when run again.
"""

from __future__ import annotations

import pytest

from utvag.errors import AuthenticationError
from utvag.services import session as session_service

PASSPHRASE = "correct horse battery staple"


class ShowFailed(Exception):
    pass


def _fail(_recovery: str) -> None:
    raise ShowFailed


def test_init_shows_the_key_before_the_vault_exists(tmp_path, policy, weak_kdf):
    directory = tmp_path / "vault"
    shown: list[str] = []

    def show(recovery: str) -> None:
        assert not (directory / "vault.keys").exists()  # not committed yet
        shown.append(recovery)

    opened, recovery = session_service.create(directory, "Centrum", PASSPHRASE, kdf=weak_kdf,
                                              allow_weak_kdf=True, policy=policy,
                                              show_recovery=show)
    opened.close()
    assert shown == [recovery]
    session_service.unlock(directory, recovery_key=recovery, policy=policy).close()


def test_init_whose_key_cannot_be_shown_leaves_no_vault(tmp_path, policy, weak_kdf):
    directory = tmp_path / "vault"
    with pytest.raises(ShowFailed):
        session_service.create(directory, "Centrum", PASSPHRASE, kdf=weak_kdf,
                               allow_weak_kdf=True, policy=policy, show_recovery=_fail)
    assert not (directory / "vault.keys").exists() and not (directory / "vault.db").exists()
    opened, _recovery = session_service.create(directory, "Centrum", PASSPHRASE, kdf=weak_kdf,
                                               allow_weak_kdf=True, policy=policy)
    opened.close()


def test_a_rekey_whose_key_cannot_be_shown_keeps_the_old_recovery_key(make_vault, weak_kdf):
    handle = make_vault("vault", cases=1)
    with handle.open() as session, pytest.raises(ShowFailed):
        session_service.rekey(session, handle.passphrase, kdf=weak_kdf, allow_weak_kdf=True,
                              show_recovery=_fail)
    handle.open(recovery_key=handle.recovery_key).close()  # still the valid one
    shown: list[str] = []
    with handle.open() as session:
        new = session_service.rekey(session, handle.passphrase, kdf=weak_kdf,
                                    allow_weak_kdf=True, show_recovery=shown.append)
    assert shown == [new]
    handle.open(recovery_key=new).close()
    with pytest.raises(AuthenticationError):
        handle.open(recovery_key=handle.recovery_key)
