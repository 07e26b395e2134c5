"""The person's needs travel with a transferred case: the receiving board sees each need and its
follow-ups (the interventions stay with the board that decided them). A package without needs
still opens, and a malformed ``needs`` member is refused naming the field."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from transfer_service_helpers import AS_OF, PERSON, SPECIAL_DEFECTOR, Unit

from utvag.forms import load_answers
from utvag.services import assessment, cases, followup, needs, transfer
from utvag.services.transfer.payload import build_case, parse_case
from utvag.transfer import PackageError


def case_with_needs(unit: Unit) -> int:
    session = unit.session
    case_id = cases.new_case(session, {"type": "defector", "person": PERSON})
    housing = followup.add_intervention(session, case_id, {
        "type": "protected_housing", "urgency": "urgent", "decided_on": "2026-10-01"})
    safety = needs.add_need(session, case_id, {
        "area": "safety_housing", "identified_on": "2026-09-30",
        "description": "Skyddat boende utanför Göteborg", "interventions": [housing]})
    needs.add_need(session, case_id, {"area": "employment_school",
                                      "identified_on": "2026-09-30"})
    needs.record_followup(session, safety, {"intervention_id": housing, "held_on": "2026-10-20",
                                            "outcome": "partly", "note": "Tillfälligt boende"})
    assessment.assess_document(session, case_id, load_answers(SPECIAL_DEFECTOR), sign=True,
                               today=AS_OF)
    return case_id


def test_needs_and_their_follow_ups_arrive_with_the_case(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = case_with_needs(hisingen)
    out = tmp_path / "to-sav.utvp"
    transfer.export_case(hisingen.session, case_id, "SAV", out)
    at_sav = transfer.import_package(sav.session, out).case_id
    received = needs.needs(sav.session, at_sav)
    assert [(n.area, n.identified_on, n.description, n.latest_outcome)
            for n in received] == [
        ("safety_housing", "2026-09-30", "Skyddat boende utanför Göteborg", "partly"),
        ("employment_school", "2026-09-30", None, None)]
    assert [(f.held_on, f.outcome, f.note, f.intervention_id)
            for f in received[0].followups] == [
        ("2026-10-20", "partly", "Tillfälligt boende", None)]
    assert all(n.interventions == () for n in received)  # the decisions stayed behind
    # the receiving board links its own interventions and follows up from there
    mentor = followup.add_intervention(sav.session, at_sav, {
        "type": "mentor", "urgency": "urgent", "decided_on": date.today().isoformat()})
    needs.link_intervention(sav.session, received[1].id, mentor)
    assert needs.needs(sav.session, at_sav)[1].interventions[0].next_followup_on


def test_a_package_without_needs_opens_and_bad_needs_are_refused(units: tuple[Unit, Unit]
                                                                 ) -> None:
    hisingen, _ = units
    case_id = case_with_needs(hisingen)
    case = cases.get_case(hisingen.session, case_id)
    document = json.loads(build_case(hisingen.conn, case, from_unit="Hisingen",
                                     exported_at="2026-11-02T10:00:00+00:00").document)
    assert len(document["needs"]) == 2
    old = {k: v for k, v in document.items() if k != "needs"}  # as written before needs
    assert parse_case(json.dumps(old).encode()).needs == ()
    assert len(parse_case(json.dumps(document).encode()).needs) == 2
    for change, field in [
        (lambda d: d["needs"][0].update(area="weather"), "needs.area"),
        (lambda d: d["needs"][0].update(identified_on="2026-13-01"), "needs.identified_on"),
        (lambda d: d["needs"][0].update(description="x" * 1001), "needs.description"),
        (lambda d: d["needs"][0].pop("followups"), "needs"),
        (lambda d: d["needs"][0]["followups"][0].update(outcome="perfect"),
         "needs.followups.outcome"),
        (lambda d: d["needs"][0]["followups"][0].update(extra=1), "needs.followups"),
        (lambda d: d.update(needs={"area": "relations"}), "needs"),
    ]:
        bad = json.loads(json.dumps(document))
        change(bad)
        with pytest.raises(PackageError) as caught:
            parse_case(json.dumps(bad).encode())
        assert f"({field})" in str(caught.value), field
        assert "Skyddat boende" not in str(caught.value)
