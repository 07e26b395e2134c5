"""A vault's role: chosen at init, carried by its key card, shown by ``keys show``; trust,
rotation and revocation work for caseworkers' and managers' cards as for units'."""

from __future__ import annotations

from pathlib import Path

import pytest
from roles_helpers import Person, exchange, trust

from utvag.errors import RefusedError, UsageError
from utvag.services import transfer
from utvag.services.transfer import keys as transfer_keys
from utvag.services.vault_setup import VAULT_ROLES
from utvag.transfer import CardRole


def test_the_roles_init_offers_are_the_card_roles() -> None:
    assert tuple(r.value for r in CardRole) == VAULT_ROLES


def test_each_vault_shows_its_role_and_holder(people: dict[str, Person]) -> None:
    anna = transfer.show_keys(people["anna"].session)
    maria = transfer.show_keys(people["maria"].session)
    sav = transfer.show_keys(people["sav"].session)
    assert (anna.unit, anna.role, anna.holder) == ("Hisingen", "caseworker", "Anna Berg")
    assert (maria.role, maria.holder) == ("manager", "Maria Lind")
    assert (sav.role, sav.holder, sav.label) == ("unit", None, "SAV")
    assert transfer.own_role(people["bo"].session) == (CardRole.CASEWORKER, "Bo Ek")


def test_a_role_needs_its_holder_and_never_changes(people: dict[str, Person]) -> None:
    with pytest.raises(UsageError, match="names its holder"):
        transfer.check_role("caseworker", " ")
    with pytest.raises(UsageError, match="names no holder"):
        transfer.check_role("unit", "Anna")
    with pytest.raises(UsageError, match="Unknown role"):
        transfer.check_role("boss", None)
    before = transfer.show_keys(people["anna"].session)
    with pytest.raises(RefusedError, match="role never"):
        transfer.create_role_identity(people["anna"].session, "manager", "Anna Berg")
    assert transfer.show_keys(people["anna"].session) == before


def test_colleagues_and_the_manager_trust_each_other_in_the_same_unit(
        people: dict[str, Person], tmp_path: Path) -> None:
    anna, bo, maria = people["anna"], people["bo"], people["maria"]
    exchange(anna, bo, tmp_path)
    trust(maria, anna, tmp_path)
    trust(anna, maria, tmp_path)
    cards = {t.card.holder: t.card for t in transfer.trusted_cards(anna.session)}
    assert cards["Bo Ek"].role is CardRole.CASEWORKER
    assert cards["Maria Lind"].role is CardRole.MANAGER
    listed = transfer.show_keys(maria.session).trusted
    assert [(t.card.role.value, t.card.holder, t.card.label) for t in listed] == [
        ("caseworker", "Anna Berg", "Anna Berg (Hisingen)")]


def test_a_unit_vault_still_refuses_its_own_units_card(make_vault: object,
                                                       people: dict[str, Person],
                                                       tmp_path: Path) -> None:
    from roles_helpers import make_person

    other = make_person(make_vault, "hisingen-unit", "Hisingen", "unit", None)  # type: ignore[arg-type]
    try:
        card = tmp_path / "hisingen-unit.json"
        transfer.export_public_card(other.session, card)
        fingerprint = transfer.show_keys(other.session).fingerprint
        second = make_person(make_vault, "hisingen-2", "Hisingen", "unit", None)  # type: ignore[arg-type]
        try:
            with pytest.raises(RefusedError, match="own unit"):
                transfer.trust_card(second.session, card, fingerprint)
            assert transfer.trusted_cards(second.session) == []
        finally:
            second.session.close()
        # A caseworker of the unit may trust the unit's card.
        transfer.trust_card(people["anna"].session, card, fingerprint)
    finally:
        other.session.close()


def test_rotation_and_revocation_keep_the_role_and_are_trusted_by_colleagues(
        people: dict[str, Person], tmp_path: Path) -> None:
    anna, bo = people["anna"], people["bo"]
    exchange(anna, bo, tmp_path)
    old = transfer.show_keys(anna.session).fingerprint
    change = transfer.rotate_key(anna.session, tmp_path / "anna-rotation.json")
    shown = transfer.show_keys(anna.session)
    assert (shown.role, shown.holder) == ("caseworker", "Anna Berg")
    assert shown.fingerprint == change.new_fingerprint != old
    transfer.trust_card(bo.session, tmp_path / "anna-rotation.json", change.new_fingerprint)
    newest = transfer_keys.card_for_unit(bo.session, "Hisingen", CardRole.CASEWORKER, "Anna Berg")
    assert newest is not None and newest.card.fingerprint == change.new_fingerprint

    revoked = transfer.revoke_key(anna.session, tmp_path / "anna-revocation.json")
    assert transfer.own_role(anna.session) == (CardRole.CASEWORKER, "Anna Berg")
    imported = transfer.import_revocation(bo.session, tmp_path / "anna-revocation.json")
    assert imported.was_trusted
    refused = {r.fingerprint for r in transfer.show_keys(bo.session).refused}
    assert revoked.old_fingerprint in refused
    with pytest.raises(Exception, match="revoked"):
        transfer_keys.card_for_unit(bo.session, "Hisingen", CardRole.CASEWORKER, "Anna Berg")
    transfer.untrust_card(anna.session, transfer.show_keys(bo.session).fingerprint)
    assert transfer.trusted_cards(anna.session) == []
