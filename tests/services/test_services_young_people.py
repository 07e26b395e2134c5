"""Young people on a real vault: guardians, their positions on the consent, the assessment of a
minor as of the day it is made, and guardians in the transfer payload."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from utvag.domain.personal_number import luhn_check_digit
from utvag.errors import NotFoundError, RefusedError, UtvagError, ValidationError
from utvag.forms import AnswersDocument
from utvag.services import assessment, audit_log, cases, young_people
from utvag.services.session import Session
from utvag.services.transfer import payload as transfer_payload
from utvag.transfer import PackageError
from utvag.vault import repo_cases

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
BORN = "2008-10-20"  # 18 on 2026-10-20
DAY_BEFORE, BIRTHDAY = date(2026, 10, 19), date(2026, 10, 20)



def new_case(session: Session, *, born: str = BORN, protected: str = "none",
             number: str | None = None) -> int:
    person: dict[str, Any] = {"name": "Ung Testperson", "protected_identity": protected}
    if number:
        person["personal_number"] = number
    else:
        person["birth_date"] = born
    return cases.new_case(session, {"type": "defector", "person": person})


def young_document(**changes: Any) -> AnswersDocument:
    data = json.loads((EXAMPLES / "answers-young-defector.json").read_text(encoding="utf-8"))
    answers = {k: v for k, v in data["answers"].items() if v is not None}
    for key, value in changes.items():
        if value is None:
            answers.pop(key, None)
        else:
            answers[key] = value
    return AnswersDocument(data["form"], data["version"], answers)


def count(session: Session, table: str) -> int:
    return int(session.vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- guardians -------------------------------------------------------------------------------


def test_a_guardian_who_may_not_be_contacted_is_listed_as_such_with_the_reason(
        session: Session) -> None:
    case_id = new_case(session)
    mother = young_people.add_guardian(session, case_id, {
        "name": "Mamma Testsson", "contact": "070-111 11 11"}, today=DAY_BEFORE)
    father = young_people.add_guardian(session, case_id, {
        "name": "Pappa Testsson", "may_contact": False,
        "no_contact_reason": "Del av hotbilden enligt Polisen"}, today=DAY_BEFORE)
    rows = young_people.guardians(session, case_id)
    assert [(r.id, r.may_contact) for r in rows] == [(mother, True), (father, False)]
    assert rows[1].no_contact_reason == "Del av hotbilden enligt Polisen"
    assert rows[0].contact == "070-111 11 11" and not rows[0].identity_masked
    actions = [e.action for e in audit_log.entries(session, case_id)]
    assert actions.count("guardian.add") == 2
    assert all("Testsson" not in json.dumps(e.detail) for e in audit_log.entries(session))

    young_people.set_contact(session, mother, False, "Hotar den unge")
    assert young_people.guardians(session, case_id)[0].may_contact is False


def test_bad_guardian_input_is_refused_and_nothing_is_stored(session: Session) -> None:
    case_id = new_case(session)
    for bad in ({"name": "X", "may_contact": False}, {"name": " "}, {"name": "X", "age": 40},
                {"name": "X", "may_contact": "no"}, {"name": "X", "protected_identity": "?"}):
        with pytest.raises(ValidationError):
            young_people.add_guardian(session, case_id, bad, today=DAY_BEFORE)
    guardian = young_people.add_guardian(session, case_id, {"name": "X"}, today=DAY_BEFORE)
    with pytest.raises(ValidationError):
        young_people.set_contact(session, guardian, False, "  ")
    assert count(session, "guardian") == 1
    assert young_people.guardians(session, case_id)[0].may_contact is True


def test_guardians_are_recorded_the_day_before_the_18th_birthday_but_not_on_it(
        session: Session) -> None:
    case_id = new_case(session)
    young_people.add_guardian(session, case_id, {"name": "Förälder"}, today=DAY_BEFORE)
    with pytest.raises(RefusedError, match="18 or older"):
        young_people.add_guardian(session, case_id, {"name": "Förälder"}, today=BIRTHDAY)
    assert count(session, "guardian") == 1


def test_a_coordination_number_gives_the_age_with_the_day_less_60(session: Session) -> None:
    digits = "0810" + "80"  # born 2008-10-20, coordination day 20 + 60
    number = f"20{digits}-238{luhn_check_digit(digits + '238')}"
    case_id = new_case(session, number=number)
    young_people.add_guardian(session, case_id, {"name": "Förälder"}, today=DAY_BEFORE)
    with pytest.raises(RefusedError):
        young_people.add_guardian(session, case_id, {"name": "Förälder"}, today=BIRTHDAY)


def test_a_protected_child_masks_the_guardians_until_revealed_and_the_reveal_is_logged(
        session: Session) -> None:
    case_id = new_case(session, protected="skyddad_folkbokforing")
    young_people.add_guardian(session, case_id, {"name": "Mamma Hemlig",
                                                 "contact": "Gatan 1"}, today=DAY_BEFORE)
    row = young_people.guardians(session, case_id)[0]
    assert row.identity_masked and "Hemlig" not in row.name and "Gatan" not in (row.contact or "")
    assert row.may_contact is True  # never masked: it must be seen before any contact
    with pytest.raises(ValidationError, match="reason"):
        young_people.guardians(session, case_id, reveal_identity=True)
    assert "identity.reveal" not in [e.action for e in audit_log.entries(session, case_id)]
    shown = young_people.guardians(session, case_id, reveal_identity=True,
                                   reason="investigation")[0]
    assert shown.name == "Mamma Hemlig"
    assert "identity.reveal" in [e.action for e in audit_log.entries(session, case_id)]

    other = new_case(session)
    young_people.add_guardian(session, other, {"name": "Skyddad Förälder",
                                               "protected_identity": "sekretessmarkering"},
                              today=DAY_BEFORE)
    assert young_people.guardians(session, other)[0].identity_masked


# -- positions on the consent ----------------------------------------------------------------


def test_positions_are_recorded_for_a_minor_and_refused_on_the_18th_birthday(
        session: Session) -> None:
    case_id = new_case(session)
    mother = young_people.add_guardian(session, case_id, {"name": "Mamma"}, today=DAY_BEFORE)
    father = young_people.add_guardian(session, case_id, {
        "name": "Pappa", "may_contact": False, "no_contact_reason": "Del av hotbilden"},
        today=DAY_BEFORE)
    before = young_people.positions_state(session, case_id, today=DAY_BEFORE)
    assert list(before.missing) == ["young_person", f"guardian:{mother}", f"guardian:{father}"]

    ids = young_people.record_positions(
        session, case_id, "2026-10-19", ("agrees", None),
        {mother: ("opposes", None), father: ("not_asked", "Får inte kontaktas")},
        today=DAY_BEFORE)
    assert len(ids) == 3
    state = young_people.positions_state(session, case_id, today=DAY_BEFORE)
    assert state.missing == () and state.minor_today is True
    assert state.adult_on == "2026-10-20"
    assert [r.position for r in state.latest] == ["agrees", "opposes", "not_asked"]

    with pytest.raises(ValidationError, match="not under 18"):
        young_people.record_positions(session, case_id, "2026-10-20", ("agrees", None), {},
                                      today=BIRTHDAY)
    assert count(session, "consent_position") == 3


def test_a_guardian_who_may_not_be_contacted_cannot_have_stated_a_position(
        session: Session) -> None:
    case_id = new_case(session)
    father = young_people.add_guardian(session, case_id, {
        "name": "Pappa", "may_contact": False, "no_contact_reason": "Del av hotbilden"},
        today=DAY_BEFORE)
    for positions in ({father: ("agrees", None)}, {father + 99: ("agrees", None)},
                      {father: ("maybe", None)}, {father: ("not_asked", None)}):
        with pytest.raises(UtvagError):
            young_people.record_positions(session, case_id, "2026-10-01", ("agrees", None),
                                          positions, today=DAY_BEFORE)
    with pytest.raises(ValidationError):
        young_people.record_positions(session, case_id, "2026-10-25", ("agrees", None), {},
                                      today=DAY_BEFORE)
    assert count(session, "consent_position") == 0


# -- the assessment of a minor ---------------------------------------------------------------


def test_the_minor_steps_are_required_the_day_before_the_18th_birthday(
        session: Session) -> None:
    case_id = new_case(session)
    with pytest.raises(ValidationError, match="minor_no_conversation_reason"):
        assessment.assess_document(session, case_id,
                                   young_document(minor_no_conversation_reason=None),
                                   today=DAY_BEFORE)
    with pytest.raises(ValidationError, match="minor_best_interests"):
        assessment.assess_document(session, case_id, young_document(minor_best_interests=None),
                                   today=DAY_BEFORE)
    assert count(session, "assessment") == 0
    _id, outcome = assessment.assess_document(session, case_id, young_document(),
                                              sign=True, today=DAY_BEFORE)
    assert outcome.is_defector
    row, _ = assessment.current(session, case_id) or (None, None)
    assert row is not None and row.answers["person_minor"] is True
    assert row.answers["minor_lvu_considered"] is True


def test_on_the_18th_birthday_the_minor_answers_do_not_apply_and_are_left_out(
        session: Session) -> None:
    case_id = new_case(session)
    _id, outcome = assessment.assess_document(
        session, case_id, young_document(person_minor=True), sign=True, today=BIRTHDAY)
    codes = {w.code for w in outcome.warnings}
    assert {"fact_from_case", "hidden_answer_ignored"} <= codes
    row, _ = assessment.current(session, case_id) or (None, None)
    assert row is not None and row.answers["person_minor"] is False
    assert not any(k.startswith("minor_") for k in row.answers)


def test_a_draft_begun_at_17_is_signed_as_an_adult_after_the_birthday(
        session: Session) -> None:
    case_id = new_case(session)
    row, state = assessment.start_or_resume(session, case_id)
    today = date.today()
    assert state.answers.get("person_minor") is (today < BIRTHDAY)
    answers = {k: v for k, v in young_document().answers.items()}
    assessment.save_draft(session, row.id, type(state)(state.form_id, state.version, answers,
                                                       None, ()))
    outcome = assessment.sign(session, row.id, today=BIRTHDAY)
    assert outcome.is_defector
    signed, _ = assessment.current(session, case_id) or (None, None)
    assert signed is not None and signed.answers["person_minor"] is False
    assert "minor_best_interests" not in signed.answers


# -- transfer payload ------------------------------------------------------------------------


def test_guardians_and_positions_travel_in_the_case_package(session: Session) -> None:
    case_id = new_case(session)
    mother = young_people.add_guardian(session, case_id, {"name": "Mamma", "contact": "070"},
                                       today=DAY_BEFORE)
    young_people.record_positions(session, case_id, "2026-10-19", ("agrees", None),
                                  {mother: ("agrees", None)}, today=DAY_BEFORE)
    conn = session.vault.conn
    case = repo_cases.get_case(conn, case_id)
    assert case is not None
    contents = transfer_payload.build_case(conn, case, from_unit="Centrum",
                                           exported_at="2026-10-19T10:00:00+00:00")
    incoming = transfer_payload.parse_case(contents.document)
    assert [g.guardian.name for g in incoming.young.guardians] == ["Mamma"]
    assert [(p.party.value, p.guardian_ref) for p in incoming.young.positions] == [
        ("young_person", None), ("guardian", str(mother))]

    doc = json.loads(contents.document)
    doc["consent_positions"][1]["guardian_ref"] = mother + 1000
    with pytest.raises(PackageError, match="consent_positions"):
        transfer_payload.parse_case(json.dumps(doc).encode())
    doc = json.loads(contents.document)
    doc["guardians"][0]["may_contact"] = False  # without a reason
    with pytest.raises(PackageError, match="guardians"):
        transfer_payload.parse_case(json.dumps(doc).encode())
    doc = json.loads(contents.document)
    del doc["guardians"], doc["consent_positions"]
    assert transfer_payload.parse_case(json.dumps(doc).encode()).young.guardians == ()


def test_the_demo_vault_shows_a_minor_with_guardians(session: Session) -> None:
    from utvag.services import demo

    ids = demo.fill(session)
    case_id = ids[demo.YOUNG_INDEX]
    rows = young_people.guardians(session, case_id)
    assert [r.may_contact for r in rows] == [True, False]
    state = young_people.positions_state(session, case_id)
    assert state.minor_today is True and state.missing == ()
    others = [young_people.positions_state(session, i).minor_today for i in ids
              if i != case_id]
    assert not any(others)  # the other demo people are adults


def test_guardians_and_positions_are_destroyed_with_the_case(session: Session) -> None:
    from utvag.services import followup, retention

    case_id = new_case(session)
    mother = young_people.add_guardian(session, case_id, {"name": "Kanarie Mamma"},
                                       today=DAY_BEFORE)
    young_people.record_positions(session, case_id, "2026-10-01", ("agrees", None),
                                  {mother: ("agrees", None)}, today=DAY_BEFORE)
    followup.close_case(session, case_id, "completed")
    [facts] = [f for f in retention.facts(session.vault.conn) if f.case_id == case_id]
    late = date(facts.last_entry.year + 7, 1, 1)
    [done] = retention.apply(session, late, expected=1)
    assert done.destroy
    assert count(session, "guardian") == 0 and count(session, "consent_position") == 0
    assert audit_log.verify(session).ok


def test_a_29_february_birth_is_a_minor_on_28_february_and_an_adult_on_1_march(
        session: Session) -> None:
    case_id = new_case(session, born="2012-02-29")
    young_people.record_positions(session, case_id, "2030-02-28", ("agrees", None), {},
                                  today=date(2030, 2, 28))
    with pytest.raises(ValidationError, match="not under 18"):
        young_people.record_positions(session, case_id, "2030-03-01", ("agrees", None), {},
                                      today=date(2030, 3, 1))
    _id, outcome = assessment.assess_document(session, case_id, young_document(),
                                              today=date(2030, 2, 28))
    assert "hidden_answer_ignored" not in {w.code for w in outcome.warnings}
    _id, outcome = assessment.assess_document(session, case_id, young_document(),
                                              today=date(2030, 3, 1))
    assert "hidden_answer_ignored" in {w.code for w in outcome.warnings}


def test_one_guardian_is_revealed_for_a_reason_that_the_log_keeps(session: Session) -> None:
    case_id = new_case(session)
    hidden = young_people.add_guardian(session, case_id, {
        "name": "Skyddad Förälder", "contact": "Hemlig väg 1",
        "protected_identity": "fingerade_personuppgifter"}, today=DAY_BEFORE)
    open_one = young_people.add_guardian(session, case_id, {"name": "Öppen Förälder"},
                                         today=DAY_BEFORE)

    def reveals() -> list[dict[str, Any]]:
        return [e.detail for e in audit_log.entries(session, case_id)
                if e.action == "identity.reveal"]

    for reason in (None, "", "curiosity"):
        with pytest.raises(ValidationError, match="reason"):
            young_people.reveal_guardian(session, hidden, reason)
    with pytest.raises(NotFoundError):
        young_people.reveal_guardian(session, 999, "contact")
    assert reveals() == []

    shown = young_people.reveal_guardian(session, hidden, "contact")
    assert (shown.name, shown.contact, shown.identity_masked) == (
        "Skyddad Förälder", "Hemlig väg 1", False)
    assert reveals() == [{"purpose": "guardians", "reason": "contact", "record_id": hidden}]
    # a guardian who was not masked reveals nothing, so nothing is logged
    assert young_people.reveal_guardian(session, open_one, "contact").name == \
        "Öppen Förälder"
    assert len(reveals()) == 1
    # the list stays masked
    listed = {g.id: g for g in young_people.guardians(session, case_id)}
    assert listed[hidden].identity_masked and "Skyddad" not in listed[hidden].name
