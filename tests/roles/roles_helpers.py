"""Helpers for the role tests: a vault made with a role, and card exchange between two."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from transfer_service_helpers import Unit

from utvag.services import transfer


class Person(Unit):
    """An open vault of one role (a caseworker's, a manager's or a unit's)."""


def make_person(make_vault: Callable[..., Any], name: str, unit: str, role: str,
                holder: str | None) -> Person:
    handle = make_vault(name, unit=unit)
    session = handle.open()
    if role != "unit":
        transfer.create_role_identity(session, role, holder)
    return Person(name, handle.directory, session, {"handle": handle})


def trust(receiver: Unit, sender: Unit, tmp: Path) -> None:
    """*receiver* trusts *sender*'s card after hearing its fingerprint."""
    card = tmp / f"{sender.name}-card-for-{receiver.name}.json"
    if not card.exists():
        transfer.export_public_card(sender.session, card)
    transfer.trust_card(receiver.session, card, transfer.show_keys(sender.session).fingerprint)


def exchange(a: Unit, b: Unit, tmp: Path) -> None:
    trust(a, b, tmp)
    trust(b, a, tmp)
