"""The case flow across boards: a special defector's case awaits its transfer to SAV, travels
with its application, SAV decides on special-defector status after import, and "not special"
sends the case back to the district; a withdrawn consent stops a transfer that rests on it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from transfer_service_helpers import PERSON, Unit, special_defector_case

from utvag.errors import ValidationError
from utvag.services import cases, consent, decisions, followup, transfer

HOME = {**PERSON, "district": "Hisingen"}


def _status(unit: Unit, case_id: int) -> str:
    return cases.get_case(unit.session, case_id).status.value


def test_sav_decides_after_import_and_not_special_sends_the_case_back_to_the_district(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen, person=HOME)
    today = date.today().isoformat()
    decisions.record_application(hisingen.session, case_id, today, "individual")
    assert _status(hisingen, case_id) == "awaiting_transfer"

    out = tmp_path / "to-sav.utvp"
    transfer.export_case(hisingen.session, case_id, "SAV", out)
    assert _status(hisingen, case_id) == "transferred"
    at_sav = transfer.import_package(sav.session, out).case_id
    assert _status(sav, at_sav) == "investigation"
    application = decisions.records(sav.session, at_sav).case_application
    assert [(a.applicant_kind, a.received_on) for a in application] == [
        ("individual", today)]
    assert application[0].source_case_number == cases.get_case(
        hisingen.session, case_id).case_number

    with pytest.raises(ValidationError, match="justification"):
        decisions.decide_special(sav.session, at_sav, "not_special", today, " ")
    result = decisions.decide_special(sav.session, at_sav, "not_special", today,
                                      "Hotet har bedömts som lågt efter ny information.")
    assert (result.status, result.route_to) == ("awaiting_transfer", "Hisingen")
    assert result.warnings  # the Police's high threat said otherwise
    with pytest.raises(ValidationError, match="long_term_after_decision"):
        followup.add_intervention(sav.session, at_sav, {
            "type": "mentor", "urgency": "long_term", "decided_on": today})
    routed = cases.show_case(sav.session, at_sav).assessment
    assert routed is not None and routed.routed_now_to == "Hisingen"

    back = tmp_path / "back.utvp"
    transfer.export_case(sav.session, at_sav, "Hisingen", back)  # no reason needed
    home = transfer.import_package(hisingen.session, back, link_person="link")
    assert home.person == "linked" and _status(hisingen, home.case_id) == "investigation"


def test_sav_confirms_a_special_defector_and_the_case_is_decided_there(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen, person=HOME)
    out = tmp_path / "to-sav.utvp"
    transfer.export_case(hisingen.session, case_id, "SAV", out)
    at_sav = transfer.import_package(sav.session, out).case_id
    today = date.today().isoformat()
    result = decisions.decide_special(sav.session, at_sav, "confirmed", today,
                                      "Hög hotbild och högt skyddsbehov enligt Polisen.")
    assert (result.status, result.route_to, list(result.warnings)) == (
        "decided", "SAV", [])
    followup.add_intervention(sav.session, at_sav, {
        "type": "mentor", "urgency": "long_term", "decided_on": today})
    assert _status(sav, at_sav) == "interventions"


def test_a_withdrawn_consent_stops_a_transfer_that_rests_on_it(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, _ = units
    case_id = special_defector_case(hisingen, person=HOME)
    consent.withdraw(hisingen.session, case_id, date.today().isoformat())
    out = tmp_path / "to-sav.utvp"
    with pytest.raises(ValidationError) as refused:
        transfer.export_case(hisingen.session, case_id, "SAV", out)
    assert refused.value.rule == "consent_or_legal_ground_required"
    assert not out.exists() and _status(hisingen, case_id) == "awaiting_transfer"


def test_sav_refuses_to_import_a_relatives_case(units: tuple[Unit, Unit],
                                                tmp_path: Path) -> None:
    hisingen, sav = units
    relative = cases.new_case(hisingen.session, {"type": "relative", "person": {
        "name": "Anhörig Exempel", "birth_date": "1970-02-02", "district": "Hisingen"}})
    out = tmp_path / "relative.utvp"
    transfer.export_case(hisingen.session, relative, "SAV", out,
                         reason="Skickad till fel mottagare i testet.",
                         legal_ground="Annan grund i testet.")
    with pytest.raises(ValidationError) as refused:
        transfer.import_package(sav.session, out)
    assert refused.value.rule == "relatives_at_district_board"
    assert cases.list_cases(sav.session) == []
