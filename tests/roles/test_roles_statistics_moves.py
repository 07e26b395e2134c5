"""City-wide statistics count each case once: a handover to a colleague is no move, and a case
transferred from a district to SAV during the year is one case in the city office's merged
figures, while each vault's own report still counts its own copy. Real vaults, real transfer,
handover and contribution packages."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from roles_helpers import Person, exchange, make_person
from transfer_service_helpers import special_defector_case

from utvag.domain.units import CITY_OFFICE
from utvag.errors import IntegrityError
from utvag.services import audit_log, cases, handover, statistics, transfer
from utvag.services import statistics_contribution as contribution
from utvag.services import statistics_merge as merge
from utvag.services.person_packages import seal_to_file
from utvag.services.statistics import Counts
from utvag.transfer import MemorySink, PackageKind, open_package
from utvag.transfer import encoding as enc
from utvag.transfer.names import STATISTICS_DOCUMENT

YEAR = datetime.now(UTC).year
REASON = "Hot mot handläggaren; rotation enligt rutinen"


@pytest.fixture
def city(make_vault: Callable[..., Any], people: dict[str, Person], tmp_path: Path
         ) -> Iterator[Person]:
    office = make_person(make_vault, "city", CITY_OFFICE, "unit", None)
    try:
        for name in ("anna", "bo", "sav"):
            exchange(people[name], office, tmp_path)
        yield office
    finally:
        office.session.close()


@pytest.fixture
def hisingen(make_vault: Callable[..., Any], people: dict[str, Person], city: Person,
             tmp_path: Path) -> Iterator[Person]:
    """Hisingen's unit vault, which transfers to SAV and contributes to the city office."""
    unit = make_person(make_vault, "hisingen", "Hisingen", "unit", None)
    try:
        exchange(unit, people["sav"], tmp_path)
        exchange(unit, city, tmp_path)
        yield unit
    finally:
        unit.session.close()


def _plain_cases(person: Person, number: int) -> None:
    for n in range(number):
        cases.new_case(person.session, {"type": "defector", "person": {
            "name": f"Testperson {person.name} {n}", "birth_date": "1990-01-01",
            "gender": "male"}})


def _contribute(person: Person, tmp_path: Path) -> Path:
    out = tmp_path / "contributions" / f"{person.name}.utvp"
    out.parent.mkdir(exist_ok=True)
    contribution.contribute(person.session, YEAR, CITY_OFFICE, out)
    return out


def _cases_counted(counts: Counts, table: str = "gender") -> int:
    return sum(map(sum, counts.table(table).cells))


def _merged(city: Person, files: list[Path]) -> tuple[merge.MergeResult, Counts]:
    result = merge.merge(city.session, files)
    return result, statistics.add([c.counts for c in result.contributions])


def test_a_handover_is_no_move_and_the_unit_counts_the_case_once(
        people: dict[str, Person], city: Person, tmp_path: Path) -> None:
    anna, bo = people["anna"], people["bo"]
    exchange(anna, bo, tmp_path)
    case_id = special_defector_case(anna)
    _plain_cases(anna, 5)
    package = tmp_path / "handover.utvp"
    handover.hand_over(anna.session, case_id, "Bo Ek", package, reason=REASON)
    transfer.import_package(bo.session, package)

    # Anna's own report: the handed-over case is neither closed nor transferred
    own = statistics.count(anna.session, YEAR)
    assert _cases_counted(own, "transfers") == 0 and _cases_counted(own, "closed") == 0
    assert _cases_counted(own, "opened") == 6 and _cases_counted(own) == 6
    # the report shows no transfer row for the unit at all (zeros are hidden like any small count)
    assert "Hisingen" not in statistics.report(anna.session, YEAR).table("transfers").rows
    # Bo's own report counts the case he now handles, and no transfer received either
    at_bo = statistics.count(bo.session, YEAR)
    assert _cases_counted(at_bo) == 1 and _cases_counted(at_bo, "transfers_received") == 0

    result, exact = _merged(city, [_contribute(anna, tmp_path), _contribute(bo, tmp_path)])
    assert result.report.contributors == ("Anna Berg (Hisingen)", "Bo Ek (Hisingen)")
    assert exact.table("opened").rows == ("Hisingen",)
    assert _cases_counted(exact, "opened") == 6  # not 7: one case, one unit
    assert _cases_counted(exact) == 6 and _cases_counted(exact, "outcome") == 6
    assert _cases_counted(exact, "transfers") == 0
    assert _cases_counted(exact, "transfers_received") == 0
    published = result.report.table("opened").published
    assert published.total in (None, 6)
    assert result.report.table("gender").published.total in (None, 6)


def test_a_case_transferred_from_a_district_to_sav_is_one_case_city_wide(
        people: dict[str, Person], hisingen: Person, city: Person, tmp_path: Path) -> None:
    sav = people["sav"]
    case_id = special_defector_case(hisingen)
    _plain_cases(hisingen, 5)
    _plain_cases(sav, 5)
    package = tmp_path / "to-sav.utvp"
    sent = transfer.export_case(hisingen.session, case_id, "SAV", package)
    received = transfer.import_package(sav.session, package)
    assert received.package_id == sent.package_id

    # each unit's own report still shows its own counts
    at_hisingen = statistics.count(hisingen.session, YEAR)
    assert at_hisingen.table("transfers").cell("Hisingen", statistics.QUARTERS[
        (datetime.now(UTC).month - 1) // 3]) == 1
    assert _cases_counted(at_hisingen) == 6
    at_sav = statistics.count(sav.session, YEAR)
    assert _cases_counted(at_sav, "opened") == 6 and _cases_counted(at_sav) == 6
    assert at_sav.table("outcome").cell("SAV", "special_defector_sav") == 1
    assert _cases_counted(at_sav, "transfers_received") == 1  # the move, at the receiving end
    assert _cases_counted(at_hisingen, "transfers_received") == 0

    files = [_contribute(hisingen, tmp_path), _contribute(sav, tmp_path)]
    # the contributions carry counts only: SAV's received-from-Hisingen counts, nothing at the
    # sending end, never the package id
    texts = [_decrypt(city, f).decode("utf-8") for f in files]
    assert sent.package_id not in texts[0] + texts[1]
    counted_at = [json.loads(t)["received_from"] for t in texts]
    assert counted_at[0] == {} and list(counted_at[1]) == ["Hisingen"]
    from_hisingen = counted_at[1]["Hisingen"]
    assert from_hisingen["outcome"]["rows"]["SAV"][
        statistics.OUTCOMES.index("special_defector_sav")] == 1
    assert {t: sum(map(sum, v["rows"].values())) for t, v in from_hisingen.items()} == {
        "opened": 1, "outcome": 1, "milieu": 1, "age_band": 1, "gender": 1}

    result, exact = _merged(city, files)
    assert exact.table("gender").rows == ("Hisingen", "SAV")
    assert _cases_counted(exact) == 11  # 6 + 6 copies, one person: 11 cases city-wide
    assert _cases_counted(exact, "outcome") == _cases_counted(exact, "milieu") == 11
    assert _cases_counted(exact, "opened") == 11
    # the move is counted once at each end: sent by Hisingen, received by SAV
    assert exact.table("transfers").rows == ("Hisingen",)
    assert _cases_counted(exact, "transfers") == 1
    assert exact.table("transfers_received").rows == ("SAV",)
    assert _cases_counted(exact, "transfers_received") == 1
    # counted once, with the district that had the case first in the year
    assert exact.table("outcome").cell("Hisingen", "special_defector_sav") == 1
    assert exact.table("outcome").cell("SAV", "special_defector_sav") == 0
    report = result.report
    assert report.table("opened").published.total in (None, 11)
    assert report.table("gender").published.column_totals[
        statistics.GENDERS.index("male")] in (None, 10)

    # without the sender's contribution, SAV's copy is the one that counts
    alone = merge.merge(city.session, [files[1]])
    assert _cases_counted(statistics.add([c.counts for c in alone.contributions])) == 6


def _decrypt(city: Person, path: Path) -> bytes:
    identity = transfer.own_identity(city.session)
    assert identity is not None
    sink = MemorySink()
    with open(path, "rb") as handle:
        open_package(handle, identity=identity,
                     trusted=[t.card for t in transfer.trusted_cards(city.session)], sink=sink,
                     expected_kind=PackageKind.STATISTICS_CONTRIBUTION)
    return sink.entries[STATISTICS_DOCUMENT]


def test_a_version_1_contribution_is_still_merged_as_it_counts(
        people: dict[str, Person], hisingen: Person, city: Person, tmp_path: Path) -> None:
    sav = people["sav"]
    _plain_cases(hisingen, 6)
    _plain_cases(sav, 5)
    counts = statistics.count(hisingen.session, YEAR)
    old = json.loads(contribution.to_document(counts, "Hisingen"))
    old["version"] = 1
    del old["received_from"], old["tables"]["transfers_received"]  # what the previous version sends
    out = tmp_path / "old.utvp"
    recipient = contribution.recipient_card(hisingen.session, CITY_OFFICE)
    seal_to_file(hisingen.session, recipient, PackageKind.STATISTICS_CONTRIBUTION,
                 STATISTICS_DOCUMENT, enc.canonical_json(old), out, lambda _sealed: None,
                 None, contribution.LIFETIME)

    result, exact = _merged(city, [out, _contribute(sav, tmp_path)])
    assert result.report.contributors == ("Hisingen", "SAV")
    assert exact.table("gender").rows == ("Hisingen", "SAV")
    assert exact.table("gender").cell("Hisingen", "male") == 6
    assert _cases_counted(exact) == 11
    assert result.report.table("gender").rows == ("Hisingen", "SAV")
    assert result.contributions[0].counts.received_from == ()  # nothing to take out
    assert exact.table("transfers_received").rows == ()  # version 1 did not count them


def _seal(sender: Person, doc: dict[str, Any], out: Path) -> Path:
    recipient = contribution.recipient_card(sender.session, CITY_OFFICE)
    seal_to_file(sender.session, recipient, PackageKind.STATISTICS_CONTRIBUTION,
                 STATISTICS_DOCUMENT, enc.canonical_json(doc), out, lambda _sealed: None,
                 None, contribution.LIFETIME)
    return out


def test_received_counts_that_are_not_among_the_counts_are_refused_and_nothing_is_merged(
        people: dict[str, Person], hisingen: Person, city: Person, tmp_path: Path) -> None:
    _plain_cases(hisingen, 2)
    good = json.loads(contribution.to_document(statistics.count(hisingen.session, YEAR),
                                               "Hisingen"))
    # as if both cases had arrived from Sydväst: valid, since they are among the counts
    every = {t: good["tables"][t] for t in ("opened", "outcome", "milieu", "age_band", "gender")}

    def changed(table: str, rows: dict[str, list[int]]) -> dict[str, Any]:
        return {"Sydvast": {**every, table: {**every[table], "rows": rows}}}

    row = every["gender"]["rows"]["Hisingen"]
    bad_docs = {
        "not-counted": changed("gender", {"SAV": row}),  # SAV has no row in these counts
        "too-many": changed("gender", {"Hisingen": [v * 2 for v in row]}),
        "not-linked": changed("gender", {}),  # the breakdowns no longer count the same cases
        "unknown-unit": {"Göteborg": every},
        "negative": changed("gender", {"Hisingen": [-v for v in row]}),
    }
    before = len(statistics_audit(city))
    for name, received in bad_docs.items():
        path = _seal(hisingen, {**good, "received_from": received}, tmp_path / f"{name}.utvp")
        with pytest.raises(IntegrityError, match=rf"{name}\.utvp: The statistics in the "
                                                 "contribution are damaged.*nothing was merged"):
            merge.merge(city.session, [path])
    actions = statistics_audit(city)[before:]
    assert actions == ["statistics.merge_refused"] * len(bad_docs)  # and no report
    # the same counts with their received counts intact merge
    fine = _seal(hisingen, {**good, "received_from": {"Sydvast": every}}, tmp_path / "fine.utvp")
    assert _cases_counted(statistics.add(
        [c.counts for c in merge.merge(city.session, [fine]).contributions])) == 2


def statistics_audit(person: Person) -> list[str]:
    return [str(e.action) for e in audit_log.entries(person.session)
            if str(e.action).startswith("statistics.")]


def _transfer_to_sav(hisingen: Person, sav: Person, number: int, tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    for n in range(number):
        case_id = special_defector_case(hisingen, person={
            "name": f"Testperson flytt {n}", "birth_date": "1990-01-01", "gender": "male",
            "protected_identity": "none", "district": "Hisingen"})
        package = tmp_path / f"to-sav-{n}.utvp"
        transfer.export_case(hisingen.session, case_id, "SAV", package)
        transfer.import_package(sav.session, package)


def _shape(value: Any) -> Any:
    """The document with every count made 0: what grows with the data, apart from numbers."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v) for v in value]
    return 0 if isinstance(value, int) else value


def test_the_receiver_sends_category_counts_never_a_row_per_received_case(
        people: dict[str, Person], hisingen: Person, city: Person, tmp_path: Path) -> None:
    sav = people["sav"]
    _plain_cases(sav, 2)
    _transfer_to_sav(hisingen, sav, 1, tmp_path / "one")
    one = json.loads(_decrypt(city, _contribute(sav, tmp_path / "one")))
    _transfer_to_sav(hisingen, sav, 2, tmp_path / "three")
    three = json.loads(_decrypt(city, _contribute(sav, tmp_path / "three")))

    # three received cases make the same document as one: only the counts differ
    assert _shape(three) == _shape(one)
    from_hisingen = three["received_from"]["Hisingen"]
    for table, counted in from_hisingen.items():
        assert set(counted) == {"columns", "rows"} and list(counted["rows"]) == ["SAV"]
        assert len(counted["rows"]["SAV"]) == len(statistics.COLUMNS[table])
    assert sum(from_hisingen["gender"]["rows"]["SAV"]) == 3
    assert from_hisingen["gender"]["rows"]["SAV"][statistics.GENDERS.index("male")] == 3
    assert three["tables"]["gender"]["rows"]["SAV"][statistics.GENDERS.index("male")] == 5


def test_received_counts_leave_the_merge_only_with_the_sending_units_contribution(
        make_vault: Callable[..., Any], people: dict[str, Person], hisingen: Person,
        city: Person, tmp_path: Path) -> None:
    sav, anna, bo = people["sav"], people["anna"], people["bo"]
    nordost = make_person(make_vault, "nordost", "Nordost", "unit", None)
    try:
        exchange(nordost, city, tmp_path)
        _plain_cases(nordost, 4)
        _plain_cases(sav, 5)
        _transfer_to_sav(hisingen, sav, 2, tmp_path)
        at_sav = _contribute(sav, tmp_path)

        # Hisingen did not contribute: SAV's received-from-Hisingen counts stay in the sum
        _result, exact = _merged(city, [at_sav, _contribute(nordost, tmp_path)])
        assert _cases_counted(exact) == 4 + 7 and _cases_counted(exact, "opened") == 11
        assert exact.table("outcome").cell("SAV", "special_defector_sav") == 2

        # with Hisingen's contribution they leave SAV's row and count with Hisingen
        _result, exact = _merged(city, [at_sav, _contribute(hisingen, tmp_path)])
        assert _cases_counted(exact) == 5 + 2
        assert exact.table("outcome").cell("SAV", "special_defector_sav") == 0
        assert exact.table("outcome").cell("Hisingen", "special_defector_sav") == 2
    finally:
        nordost.session.close()

    # a handover from a colleague: the receiver's own contribution is not the sender's
    exchange(anna, bo, tmp_path)
    case_id = special_defector_case(anna)
    package = tmp_path / "handover.utvp"
    handover.hand_over(anna.session, case_id, "Bo Ek", package, reason=REASON)
    transfer.import_package(bo.session, package)
    at_bo = _contribute(bo, tmp_path)
    assert list(json.loads(_decrypt(city, at_bo))["received_from"]) == ["Hisingen"]
    _result, alone = _merged(city, [at_bo])
    assert _cases_counted(alone) == 1 and _cases_counted(alone, "opened") == 1
