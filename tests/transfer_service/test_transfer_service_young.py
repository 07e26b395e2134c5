"""A young person's guardians and positions on the consent move with the case to SAV."""

from __future__ import annotations

from pathlib import Path

import pytest
from transfer_service_helpers import Unit, special_defector_case

from utvag.domain.personal_number import luhn_check_digit
from utvag.errors import ValidationError
from utvag.services import audit_log, cases, transfer, young_people


def test_guardians_and_positions_arrive_with_the_case(units: tuple[Unit, Unit],
                                                      tmp_path: Path) -> None:
    hisingen, sav = units
    digits = "100305238"  # born 2010-03-05
    person = {"name": "Fiktiv Ung", "personal_number": f"20{digits[:6]}-"
              f"{digits[6:]}{luhn_check_digit(digits)}", "protected_identity": "none",
              "district": "Nordost"}
    case_id = special_defector_case(hisingen, person=person)
    mother = young_people.add_guardian(hisingen.session, case_id, {
        "name": "Fiktiv Mamma", "contact": "070-1"})
    father = young_people.add_guardian(hisingen.session, case_id, {
        "name": "Fiktiv Pappa", "may_contact": False, "no_contact_reason": "Del av hotbilden"})
    young_people.record_positions(hisingen.session, case_id, "2026-10-02", ("agrees", None),
                                  {mother: ("agrees", None),
                                   father: ("not_asked", "Får inte kontaktas")})
    out = tmp_path / "out" / "case.utvp"
    out.parent.mkdir()
    transfer.export_case(hisingen.session, case_id, "SAV", out)

    imported = transfer.import_package(sav.session, out)
    new_id = imported.case_id
    rows = young_people.guardians(sav.session, new_id)
    assert [(r.name, r.may_contact, r.no_contact_reason) for r in rows] == [
        ("Fiktiv Mamma", True, None), ("Fiktiv Pappa", False, "Del av hotbilden")]
    state = young_people.positions_state(sav.session, new_id)
    assert state.missing == ()
    assert [(r.party, r.position) for r in state.latest] == [
        ("young_person", "agrees"), ("guardian", "agrees"), ("guardian", "not_asked")]
    assert cases.get_case(sav.session, new_id).person.personal_number == person[
        "personal_number"]


def test_a_guardian_with_a_protected_identity_needs_the_reveal_to_leave(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    digits = "100305238"
    person = {"name": "Fiktiv Ung", "personal_number": f"20{digits[:6]}-"
              f"{digits[6:]}{luhn_check_digit(digits)}", "protected_identity": "none",
              "district": "Nordost"}
    case_id = special_defector_case(hisingen, person=person)
    young_people.add_guardian(hisingen.session, case_id, {
        "name": "Skyddad Mamma", "protected_identity": "sekretessmarkering"})
    out = tmp_path / "out" / "case.utvp"
    out.parent.mkdir()
    with pytest.raises(ValidationError, match="guardian has a protected identity"):
        transfer.export_case(hisingen.session, case_id, "SAV", out)
    assert not out.exists()
    transfer.export_case(hisingen.session, case_id, "SAV", out, reveal_identity=True)
    actions = [e.action for e in audit_log.entries(hisingen.session, case_id)]
    assert "identity.reveal" in actions
    imported = transfer.import_package(sav.session, out)
    [row] = young_people.guardians(sav.session, imported.case_id)
    assert row.identity_masked  # masked again at the receiver
