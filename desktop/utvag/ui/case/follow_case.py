"""A case's page reading itself again when something is recorded on the case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from utvag.services.session import Session
from utvag.ui.vault_events import VaultChange, subscribe


def follow_case(owner: QObject, session: Session, case_id: int,
                refresh: Callable[[], object]) -> None:
    """Call ``refresh`` after every change to the records of ``case_id``
    (``ui/vault_events.py``) while the vault is open, until ``owner`` is destroyed."""

    def changed(change: VaultChange) -> None:
        if change.of_case(case_id) and session.is_open:
            refresh()

    subscribe(owner, changed)
