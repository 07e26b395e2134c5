"""On Windows the quick-unlock secret is stored per machine, never in the roaming profile."""

from __future__ import annotations

from utvag.vault.keyring_slot import keep_on_this_machine


class _Persistence:
    """Stands in for keyring's Windows descriptor: strings name CRED_PERSIST_* constants."""

    def __get__(self, obj: object, owner: type | None = None) -> str:
        return getattr(obj, "_persist", "enterprise")

    def __set__(self, obj: object, value: str) -> None:
        obj._persist = value  # type: ignore[attr-defined]


class WinVaultKeyring:
    __module__ = "keyring.backends.Windows"
    persist = _Persistence()


class OtherKeyring:
    persist = _Persistence()


class Chainer:
    def __init__(self, *backends: object) -> None:
        self.backends = list(backends)


def test_windows_credentials_are_kept_on_this_machine() -> None:
    direct = WinVaultKeyring()
    assert direct.persist == "enterprise"  # the roaming default
    keep_on_this_machine(direct)
    assert direct.persist == "local machine"


def test_windows_backend_inside_a_chain_is_found_and_others_untouched() -> None:
    windows, other = WinVaultKeyring(), OtherKeyring()
    keep_on_this_machine(Chainer(other, windows))
    assert windows.persist == "local machine"
    assert other.persist == "enterprise"
