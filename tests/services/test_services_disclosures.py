"""The disclosure register on a real vault: consent gating against the signed assessment, the
legal grounds as data, protected identities, and the register's export."""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest

from utvag.errors import NotFoundError, UsageError, ValidationError
from utvag.forms import load_answers
from utvag.services import assessment, cases, disclosures
from utvag.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = ROOT / "docs" / "examples" / "answers-special-defector.json"
GROUNDS = ROOT / "resources" / "legal" / "grounds.json"
ADULT = {"name": "Vuxen Avhoppare", "personal_number": "19900101-0017", "district": "Nordost"}
YOUNG = {"name": "Ung Avhoppare", "birth_date": "2008-03-01", "district": "Hisingen"}
PROTECTED = {**ADULT, "name": "Skyddad Person", "protected_identity": "skyddad_folkbokforing"}
WHEN = "2026-11-10T10:00:00+01:00"



def answers_file(tmp_path: Path, **changes: Any) -> Path:
    raw = json.loads(ANSWERS.read_text(encoding="utf-8"))
    raw["answers"].update(changes)
    path = tmp_path / f"answers-{abs(hash(json.dumps(changes, sort_keys=True)))}.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def assessed_case(session: Session, tmp_path: Path, person: dict[str, Any] = ADULT,
                  **answers: Any) -> int:
    case_id = cases.new_case(session, {"type": "defector", "person": person})
    assessment.assess_document(session, case_id, load_answers(answers_file(tmp_path, **answers)),
                               sign=True, today=datetime(2026, 11, 1).date())
    return case_id


def add(session: Session, case_id: int, **changes: Any) -> disclosures.DisclosureEntry:
    values: dict[str, Any] = {
        "channel": "police_request_answer", "recipient": "Polisen region Väst, grova brott",
        "recipient_authority": "police", "categories": ["person", "case"],
        "legal_ref": "consent", "disclosed_at": WHEN}
    values.update(changes)
    return disclosures.record_disclosure(session, case_id, **values)


def refused(session: Session, table_dump: Callable[[Any], Any], call: Callable[[], Any]
            ) -> ValidationError:
    """Run a disclosure that must be refused; the vault (audit included) must not change."""
    before = table_dump(session.vault.conn)
    with pytest.raises(ValidationError) as caught:
        call()
    assert table_dump(session.vault.conn) == before
    assert caught.value.exit_code == 6
    return caught.value


def test_a_disclosure_on_a_covering_consent_is_recorded_with_its_ground(
        session: Session, tmp_path: Path) -> None:
    case_id = assessed_case(session, tmp_path)
    entry = add(session, case_id)
    assert entry.legal_ref == "consent" and entry.legal_basis == "consent"
    assert entry.recipient_authority == "police" and entry.consent_assessment_id is not None
    assert entry.categories == ("person", "case") and entry.label_sv == "Samtycke"
    assert "offentlighets- och sekretesslagen" in entry.legal_ground
    assert entry.disclosed_by == session.vault.actor
    assert [e.id for e in disclosures.list_disclosures(session, case_id)] == [entry.id]
    actions = [r[0] for r in session.vault.conn.execute(
        "SELECT action FROM audit WHERE case_id = ? ORDER BY seq", (case_id,))]
    assert actions[-2:] == ["disclosure.add", "disclosure.list"]


def test_consent_that_does_not_cover_the_recipient_is_refused_and_nothing_is_recorded(
        session: Session, tmp_path: Path, table_dump: Callable[[Any], Any]) -> None:
    case_id = assessed_case(session, tmp_path)  # covers police, prison_probation, social services
    error = refused(session, table_dump, lambda: add(session, case_id,
                                                     recipient="Vårdcentralen Angered",
                                                     recipient_authority="health_care"))
    assert error.field == "legal_ref" and error.rule == "consent_not_covering"
    assert "health_care" in str(error)
    error = refused(session, table_dump, lambda: add(session, case_id, recipient="En granne",
                                                     recipient_authority="other"))
    assert error.rule == "consent_not_covering"
    assert disclosures.list_disclosures(session, case_id) == []


def test_a_withdrawn_consent_blocks_every_later_disclosure_on_it(
        session: Session, tmp_path: Path, table_dump: Callable[[Any], Any]) -> None:
    case_id = assessed_case(session, tmp_path)
    # The withdrawal is recorded in a new draft assessment of the same case (a withdrawn
    # consent cannot be signed: the case is reassessed or closed).
    row, state = assessment.start_or_resume(session, case_id)
    withdrawn = {**json.loads(ANSWERS.read_text(encoding="utf-8"))["answers"],
                 "consent_withdrawn": True, "consent_withdrawn_on": "2026-11-05",
                 "consent_withdrawn_by": "Individen, muntligt"}
    assessment.save_draft(session, row.id, replace(state, answers=withdrawn))
    error = refused(session, table_dump, lambda: add(session, case_id))
    assert error.field == "legal_ref" and error.rule == "consent_withdrawn"
    # Before the withdrawal the consent held; another ground still works afterwards.
    add(session, case_id, disclosed_at="2026-11-04T09:00:00+01:00")
    add(session, case_id, legal_ref="duty_to_provide_on_request",
        legal_text="Begäran från Polisen, dnr 5000-K123-26")
    assert [e.legal_ref for e in disclosures.list_disclosures(session, case_id)] == [
        "consent", "duty_to_provide_on_request"]


def test_no_signed_consent_means_consent_is_no_ground(
        session: Session, tmp_path: Path, table_dump: Callable[[Any], Any]) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": ADULT})
    error = refused(session, table_dump, lambda: add(session, case_id))
    assert error.rule == "consent_missing"


def test_bad_fields_are_refused_naming_the_field(
        session: Session, tmp_path: Path, table_dump: Callable[[Any], Any]) -> None:
    case_id = assessed_case(session, tmp_path)
    future = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    for changes, field in [
        ({"legal_ref": "sol_14_1"}, "legal_ref"),
        ({"legal_ref": "other"}, "legal_text"),
        ({"legal_ref": "other", "legal_text": "   "}, "legal_text"),
        ({"recipient": " "}, "recipient"),
        ({"recipient_authority": "press"}, "recipient_authority"),
        ({"categories": []}, "categories"),
        ({"categories": ["everything"]}, "categories"),
        ({"channel": "transfer_package"}, "channel"),
        ({"channel": "carrier_pigeon"}, "channel"),
        ({"disclosed_at": future}, "disclosed_at"),
        ({"disclosed_at": "yesterday"}, "disclosed_at"),
    ]:
        call = functools.partial(add, session, case_id, **cast(dict[str, Any], changes))
        error = refused(session, table_dump, call)
        assert error.field == field, changes
        assert field in str(error)
    with pytest.raises(NotFoundError):
        add(session, 9999)


def test_the_ground_for_persons_under_21_follows_the_birth_date(
        session: Session, tmp_path: Path, table_dump: Callable[[Any], Any]) -> None:
    young = cases.new_case(session, {"type": "defector", "person": YOUNG})
    adult = cases.new_case(session, {"type": "defector", "person": ADULT})
    entry = add(session, young, legal_ref="person_under_21", channel="other",
                harm_test=HARM_TEST)
    assert entry.legal_basis == "other" and "10 kap. 18 a §" in entry.legal_ground
    error = refused(session, table_dump, lambda: add(session, adult, legal_ref="person_under_21",
                                                     harm_test=HARM_TEST))
    assert error.field == "legal_ref" and error.rule == "age_limit"
    other_board = refused(session, table_dump, lambda: add(
        session, young, legal_ref="person_under_21", harm_test=HARM_TEST,
        recipient="Socialnämnden i en annan kommun", recipient_authority="other_social_services"))
    assert other_board.field == "legal_ref" and other_board.rule == "recipient_not_allowed"
    assert "allows only police" in str(other_board)


HARM_TEST = ("Risken för nya grova brott väger tyngre än det men uppgiften kan ge personen; "
             "bara det polisen behöver lämnas.")


@pytest.mark.parametrize("ground", ["person_under_21", "crime_against_child", "serious_crime",
                                    "crime_imminent"])
def test_a_crime_related_ground_cannot_be_recorded_without_its_harm_test(
        session: Session, ground: str, table_dump: Callable[[Any], Any]) -> None:
    young = cases.new_case(session, {"type": "defector", "person": YOUNG})
    words: dict[str, Any] = (
        {"legal_text": "10 kap. 19 § OSL"} if ground == "crime_imminent" else {})
    for missing in (None, "   "):
        def without(m: str | None = missing) -> disclosures.DisclosureEntry:
            return add(session, young, legal_ref=ground, harm_test=m, **words)

        error = refused(session, table_dump, without)
        assert error.field == "harm_test" and error.rule == "required"
        assert "harm test" in str(error)
    entry = add(session, young, legal_ref=ground, harm_test="  " + HARM_TEST + " ", **words)
    assert entry.harm_test == HARM_TEST
    assert disclosures.list_disclosures(session, young)[-1].harm_test == HARM_TEST
    detail = json.loads(session.vault.conn.execute(
        "SELECT detail FROM audit WHERE action = 'disclosure.add' ORDER BY seq DESC").fetchone()[0])
    assert detail["harm_test"] is True and HARM_TEST not in json.dumps(detail)


def test_a_harm_test_is_optional_but_kept_on_the_other_grounds(
        session: Session, tmp_path: Path) -> None:
    case_id = assessed_case(session, tmp_path)
    assert add(session, case_id).harm_test is None
    kept = add(session, case_id, harm_test="Vägt mot skyddet.")
    assert kept.harm_test == "Vägt mot skyddet."
    rows = list(csv.DictReader(io.StringIO(disclosures.export_register(session, case_id, "csv"))))
    assert [r["harm_test"] for r in rows] == ["", "Vägt mot skyddet."]


def test_a_protected_identity_needs_an_acknowledgement_before_any_disclosure(
        session: Session, tmp_path: Path, table_dump: Callable[[Any], Any]) -> None:
    case_id = assessed_case(session, tmp_path, PROTECTED)
    error = refused(session, table_dump, lambda: add(session, case_id))
    assert error.field == "acknowledge_protected"
    entry = add(session, case_id, acknowledge_protected=True)
    assert entry.identity_revealed is False
    revealed = add(session, case_id, acknowledge_protected=True, identity_revealed=True)
    assert revealed.identity_revealed is True
    error = refused(session, table_dump, lambda: add(
        session, case_id, acknowledge_protected=True, identity_revealed=True,
        categories=["journal_notes"]))
    assert error.field == "identity_revealed"


def test_the_register_exports_as_json_and_spreadsheet_safe_csv(
        session: Session, tmp_path: Path) -> None:
    case_id = assessed_case(session, tmp_path)
    other = assessed_case(session, tmp_path)
    add(session, case_id, recipient="=HYPERLINK(\"http://x\")")
    add(session, other, legal_ref="duty_to_report", channel="concern_report",
        recipient="Socialtjänsten Angered", recipient_authority="other_social_services")
    one = json.loads(disclosures.export_register(session, case_id, "json"))
    assert [e["case_id"] for e in one] == [case_id]
    rows = list(csv.DictReader(io.StringIO(disclosures.export_register(session, None, "csv"))))
    assert [r["legal_ref"] for r in rows] == ["consent", "duty_to_report"]
    assert rows[0]["recipient"].startswith("'=")  # not run as a formula
    assert rows[1]["label_sv"].startswith("Anmälningsskyldighet")
    assert "Vuxen Avhoppare" not in disclosures.export_register(session, None, "csv")
    with pytest.raises(UsageError):
        disclosures.export_register(session, case_id, "xlsx")
    exports = session.vault.conn.execute(
        "SELECT COUNT(*) FROM audit WHERE action = 'disclosure.export'").fetchone()[0]
    assert exports == 3


def test_a_broken_grounds_table_is_refused_naming_the_field(
        session: Session, tmp_path: Path, table_dump: Callable[[Any], Any]) -> None:
    case_id = assessed_case(session, tmp_path)
    raw = json.loads(GROUNDS.read_text(encoding="utf-8"))
    del raw["grounds"][1]["reference"]
    broken = tmp_path / "grounds.json"
    broken.write_text(json.dumps(raw), encoding="utf-8")
    error = refused(session, table_dump, lambda: add(session, case_id, grounds_path=broken))
    assert error.field == "grounds.entry 2.reference"
    with pytest.raises(UsageError):
        disclosures.load_grounds(tmp_path / "missing.json")
    assert [g["key"] for g in disclosures.ground_table()][:2] == ["consent", "duty_to_report"]
