"""What each role's vault does (``services/vault_roles.py``, the table the app's menus follow too):
a unit manager's vault holds no cases and contributes no statistics, the city office's does
neither whatever its key says, SAV consults nobody; each refusal says why and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from roles_helpers import Person, make_person
from transfer_service_helpers import dump_without_audit

from utvag.domain.units import CITY_OFFICE, UNIT_IDS
from utvag.errors import RefusedError, ValidationError
from utvag.services import cases, incident_report, log_review_exchange, statistics_contribution
from utvag.services.vault_roles import DUTIES, Duty, duties, duties_of
from utvag.services.vault_setup import VAULT_ROLES

NEW_CASE = {"type": "defector", "person": {"name": "DEMO Ia Påhittad",
                                           "birth_date": "2001-02-03"}}


def test_every_role_has_a_row_and_only_vaults_with_cases_do_case_work() -> None:
    assert set(DUTIES) == set(VAULT_ROLES)
    for unit in UNIT_IDS:
        assert Duty.CASES in duties_of("unit", unit) and Duty.CASES in duties_of(
            "caseworker", unit)
        assert Duty.MANAGE not in duties_of("caseworker", unit)
        assert duties_of("manager", unit) & {Duty.CASES, Duty.CONTRIBUTE_STATISTICS} == set()
        assert (Duty.CONSULT_SAV in duties_of("unit", unit)) is (unit != "SAV")
        assert (Duty.DECIDE_SPECIAL_DEFECTOR in duties_of("unit", unit)) is (unit == "SAV")
        assert (Duty.SIGN_OWN_LOG_REVIEW in duties_of("caseworker", unit)) is False
    for role in VAULT_ROLES:  # the city office's vault is the city office's, whatever its key
        assert duties_of(role, CITY_OFFICE) == duties_of("city-office", CITY_OFFICE)
        assert Duty.CASES not in duties_of(role, CITY_OFFICE)


def test_the_vaults_of_the_unit_know_their_work(people: dict[str, Person]) -> None:
    assert Duty.MANAGE in duties(people["maria"].session)
    assert Duty.CASES in duties(people["anna"].session)
    assert Duty.CONSULT_SAV not in duties(people["sav"].session)


def test_a_managers_vault_refuses_a_case_and_a_contribution_and_keeps_nothing(
        people: dict[str, Person], table_dump: Callable[[Any], dict[str, Any]],
        tmp_path: Path) -> None:
    maria = people["maria"].session
    before = dump_without_audit(table_dump, maria.vault.conn)
    with pytest.raises(RefusedError, match="manager's vault holds no cases"):
        cases.new_case(maria, NEW_CASE)
    out = tmp_path / "bidrag.utvp"
    with pytest.raises(RefusedError, match="holds no cases has no statistics"):
        statistics_contribution.contribute(maria, datetime.now(UTC).year - 1, "Centrum", out)
    assert not out.exists()
    assert dump_without_audit(table_dump, maria.vault.conn) == before
    assert cases.list_cases(maria) == []
    # the caseworker's vault of the same unit takes the case
    assert cases.new_case(people["anna"].session, NEW_CASE)


def test_a_vault_without_cases_sends_no_log_review_and_no_incident_report(
        people: dict[str, Person], make_vault: Callable[..., Any],
        table_dump: Callable[[Any], dict[str, Any]], tmp_path: Path) -> None:
    """The manager's vault, and the city office's before it has a key (it would count as a
    unit's by its missing key), are refused by the role table, saying whose vault it is."""
    office = make_person(make_vault, "city", CITY_OFFICE, "unit", None)
    month = datetime.now(UTC).strftime("%Y-%m")
    try:
        for session, whose in ((people["maria"].session, "manager"),
                               (office.session, "city-office")):
            before = dump_without_audit(table_dump, session.vault.conn)
            out = tmp_path / f"{whose}.utvp"
            with pytest.raises(ValidationError, match=f"A {whose}'s vault has no log review"):
                log_review_exchange.export_log_review(session, month, out)
            with pytest.raises(ValidationError,
                               match=f"A {whose}'s vault records no incidents to report"):
                incident_report.send_incident_report(session, 1, out)
            assert not incident_report.has_manager(session)
            assert not out.exists()
            assert dump_without_audit(table_dump, session.vault.conn) == before
    finally:
        office.session.close()
