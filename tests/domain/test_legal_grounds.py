"""The table of legal grounds (resources/legal/grounds.json) and the checks a disclosure makes:
the table is data and is checked field by field; consent must be given, not withdrawn and cover
the recipient; a ground limited by age refuses an older person."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from utvag.domain.consent import ConsentRecord
from utvag.domain.errors import DomainError
from utvag.domain.evidence import Authority
from utvag.domain.legal_grounds import (
    Channel,
    DataCategory,
    check_age,
    check_consent,
    check_ground,
    ground_text,
    parse_categories,
    parse_channel,
    parse_grounds,
    parse_harm_test,
    parse_recipient,
    parse_text,
)

TABLE = Path(__file__).resolve().parents[2] / "resources" / "legal" / "grounds.json"


@pytest.fixture
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TABLE.read_text(encoding="utf-8"))
    return data


def test_the_shipped_table_holds_the_grounds_the_boards_use(raw: dict[str, Any]) -> None:
    table = parse_grounds(raw)
    assert table.keys == ("consent", "duty_to_report", "duty_to_provide_on_request",
                          "person_under_21", "crime_against_child", "serious_crime",
                          "crime_imminent", "other")
    # the duty to report cites the Social Services Act in force since 1 July 2025
    reference = table.get("duty_to_report").reference
    assert "socialtjänstlagen (2025:400)" in reference
    assert not reference.startswith("14 kap.")  # the old act is named only as where it was
    # the crime-related grounds of OSL chapter 10 (seed 001) need a recorded harm test
    assert [g.key for g in table.grounds if g.requires_harm_test] == [
        "person_under_21", "crime_against_child", "serious_crime", "crime_imminent"]
    assert "10 kap. 21 §" in table.get("crime_against_child").reference
    assert "10 kap. 23 §" in table.get("serious_crime").reference
    assert table.get("crime_imminent").requires_text
    assert not any("10 kap. 27 §" in g.reference for g in table.grounds)  # not for social services
    assert "6 kap. 5 § offentlighets- och sekretesslagen" in table.get(
        "duty_to_provide_on_request").reference
    assert table.get("person_under_21").max_age == 21
    assert table.get("consent").requires_consent and table.get("other").requires_text


def test_a_renumbered_reference_is_a_change_of_data_only(raw: dict[str, Any]) -> None:
    changed = copy.deepcopy(raw)
    changed["grounds"][1]["reference"] = "10 kap. 1 § socialtjänstlagen (2025:400)"
    ground = parse_grounds(changed).get("duty_to_report")
    assert ground_text(ground, None) == "10 kap. 1 § socialtjänstlagen (2025:400)"
    assert ground_text(ground, "Barnet berättade") == (
        "10 kap. 1 § socialtjänstlagen (2025:400) — Barnet berättade")


@pytest.mark.parametrize(("change", "named"), [
    (lambda g: g[2].pop("reference"), "grounds.entry 3.reference"),
    (lambda g: g[0].update(label_sv="  "), "grounds.entry 1.label_sv"),
    (lambda g: g[3].update(max_age=0), "grounds.entry 4.max_age"),
    (lambda g: g[3].update(max_age=True), "grounds.entry 4.max_age"),
    (lambda g: g[1].update(key="Duty To Report"), "grounds.entry 2.key"),
    (lambda g: g[1].update(requires_text="no"), "grounds.entry 2.requires_text"),
    (lambda g: g[4].update(extra=1), "grounds.entry 5.extra"),
    (lambda g: g[3].update(requires_harm_test="yes"), "grounds.entry 4.requires_harm_test"),
])
def test_a_broken_table_is_refused_naming_entry_and_field(
        raw: dict[str, Any], change: Any, named: str) -> None:
    change(raw["grounds"])
    with pytest.raises(DomainError) as caught:
        parse_grounds(raw)
    assert caught.value.field == named
    assert caught.value.rule == "format"


def test_the_table_must_keep_consent_and_other_and_unique_keys(raw: dict[str, Any]) -> None:
    without_consent = copy.deepcopy(raw)
    without_consent["grounds"] = without_consent["grounds"][1:]
    with pytest.raises(DomainError, match="consent"):
        parse_grounds(without_consent)
    doubled = copy.deepcopy(raw)
    doubled["grounds"].append(copy.deepcopy(doubled["grounds"][1]))
    with pytest.raises(DomainError, match="duty_to_report"):
        parse_grounds(doubled)
    with pytest.raises(DomainError):
        parse_grounds({"schema": "utvag-legal-grounds/2", "grounds": raw["grounds"]})


def test_an_unknown_legal_reference_is_refused_naming_legal_ref(raw: dict[str, Any]) -> None:
    table = parse_grounds(raw)
    for key in ("sol_14_1", "", None, 3):
        with pytest.raises(DomainError) as caught:
            table.get(key)
        assert caught.value.field == "legal_ref"
        assert "duty_to_report" in str(caught.value)  # the message lists what is known


def test_what_a_disclosure_names_is_checked_field_by_field(raw: dict[str, Any]) -> None:
    table = parse_grounds(raw)
    assert parse_channel("police_request_answer") is Channel.POLICE_REQUEST_ANSWER
    assert parse_channel("transfer_package", allow_transfer=True) is Channel.TRANSFER_PACKAGE
    assert parse_categories(["person", "case", "person"]) == (DataCategory.PERSON,
                                                              DataCategory.CASE)
    assert parse_recipient("  Polisen region Väst ", "police") == ("Polisen region Väst",
                                                                  "police")
    refused = [
        (lambda: parse_channel("fax"), "channel"),
        (lambda: parse_channel("transfer_package"), "channel"),
        (lambda: parse_categories([]), "categories"),
        (lambda: parse_categories(["dna"]), "categories"),
        (lambda: parse_recipient("   ", "police"), "recipient"),
        (lambda: parse_recipient("x" * 201, "police"), "recipient"),
        (lambda: parse_recipient("Polisen", "the_press"), "recipient_authority"),
        (lambda: parse_recipient("Polisen", ""), "recipient_authority"),
        (lambda: parse_text(table.get("other"), "  "), "legal_text"),
        (lambda: parse_text(table.get("other"), "x" * 4001), "legal_text"),
    ]
    for call, field in refused:
        with pytest.raises(DomainError) as caught:
            call()
        assert caught.value.field == field, field
    assert parse_text(table.get("duty_to_report"), "  ") is None


def test_a_ground_for_persons_under_21_refuses_an_older_person(raw: dict[str, Any]) -> None:
    under_21 = parse_grounds(raw).get("person_under_21")
    check_age(under_21, date(2006, 1, 2), date(2027, 1, 1))  # 20 the day before the birthday
    with pytest.raises(DomainError) as caught:
        check_age(under_21, date(2006, 1, 1), date(2027, 1, 1))  # 21 that very day
    assert caught.value.field == "legal_ref" and caught.value.rule == "age_limit"
    check_age(under_21, None, date(2027, 1, 1))  # unknown birth date: the caseworker judges
    check_age(parse_grounds(raw).get("duty_to_report"), date(1950, 1, 1), date(2027, 1, 1))


def consent(**changes: Any) -> ConsentRecord:
    values: dict[str, Any] = {"authorities": frozenset({Authority.POLICE}),
                              "given_on": date(2026, 10, 2)}
    values.update(changes)
    return ConsentRecord(**values)


def rule_of(call: Any) -> str | None:
    with pytest.raises(DomainError) as caught:
        call()
    assert caught.value.field == "legal_ref"
    return caught.value.rule


def test_consent_must_exist_on_the_day_cover_the_recipient_and_not_be_withdrawn() -> None:
    day = date(2026, 11, 1)
    check_consent(consent(), "police", day)
    assert rule_of(lambda: check_consent(None, "police", day)) == "consent_missing"
    assert rule_of(lambda: check_consent(consent(given_on=date(2026, 11, 2)), "police",
                                         day)) == "consent_missing"
    assert rule_of(lambda: check_consent(consent(), "health_care", day)) == (
        "consent_not_covering")
    assert rule_of(lambda: check_consent(consent(), "other", day)) == "consent_not_covering"
    withdrawn = consent(withdrawn_on=date(2026, 10, 20), withdrawn_by="individen")
    assert rule_of(lambda: check_consent(withdrawn, "police", day)) == "consent_withdrawn"
    check_consent(withdrawn, "police", date(2026, 10, 19))  # before the withdrawal it held
    # A withdrawal recorded elsewhere on the case counts; one of unknown date always counts.
    assert rule_of(lambda: check_consent(consent(), "police", day,
                                         [date(2026, 10, 30)])) == "consent_withdrawn"
    assert rule_of(lambda: check_consent(consent(), "police", day, [None])) == (
        "consent_withdrawn")
    check_consent(consent(), "police", day, [date(2026, 11, 5)])


def test_the_harm_test_is_required_only_where_the_ground_says_so(raw: dict[str, Any]) -> None:
    table = parse_grounds(raw)
    for key in ("person_under_21", "crime_against_child", "serious_crime", "crime_imminent"):
        for missing in (None, "", "  \n "):
            with pytest.raises(DomainError) as caught:
                parse_harm_test(table.get(key), missing)
            assert caught.value.field == "harm_test" and caught.value.rule == "required"
        assert parse_harm_test(table.get(key), " Vägt. ") == "Vägt."
    assert parse_harm_test(table.get("consent"), None) is None
    assert parse_harm_test(table.get("duty_to_report"), "Vägt.") == "Vägt."
    for bad, rule in (("x" * 4001, "max_length"), (3, "type")):
        with pytest.raises(DomainError) as caught:
            parse_harm_test(table.get("serious_crime"), bad)
        assert caught.value.rule == rule


def test_a_table_written_before_the_harm_test_still_reads(raw: dict[str, Any]) -> None:
    old = copy.deepcopy(raw)
    for entry in old["grounds"]:
        entry.pop("requires_harm_test", None)
    assert not any(g.requires_harm_test for g in parse_grounds(old).grounds)


def test_a_ground_checks_its_recipient_harm_test_and_age_in_one_place(
        raw: dict[str, Any]) -> None:
    """OSL 10:18 a (seed 001): information to the Police about a person under 21, with the harm
    test written down; no other recipient, no older person, no missing harm test."""
    table = parse_grounds(raw)
    under_21 = table.get("person_under_21")
    born, on = date(2005, 6, 1), date(2026, 1, 15)
    assert check_ground(under_21, "police", " Vägt. ", born, on) == "Vägt."
    for authority, harm, birth, rule in (
            ("other_social_services", "Vägt.", born, "recipient_not_allowed"),
            ("health_care", "Vägt.", born, "recipient_not_allowed"),
            ("police", None, born, "required"),
            ("police", "Vägt.", date(1999, 1, 1), "age_limit")):
        with pytest.raises(DomainError) as caught:
            check_ground(under_21, authority, harm, birth, on)
        assert caught.value.rule == rule
    assert table.get("other").allows("other_social_services")
    assert check_ground(table.get("consent"), "other_social_services", None, None, on) is None
    bad = copy.deepcopy(raw)
    bad["grounds"][3]["recipients"] = ["press"]
    with pytest.raises(DomainError) as caught:
        parse_grounds(bad)
    assert caught.value.field == "grounds.entry 4.recipients"
