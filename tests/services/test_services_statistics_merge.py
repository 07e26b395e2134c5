"""City-wide statistics from real vaults: two units contribute their year, sealed to the city
office's card; the city office's vault adds the contributions up and only then suppresses small
counts. Duplicates, foreign and tampered contributions are refused and nothing is published."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from utvag.domain.units import CITY_OFFICE
from utvag.errors import IntegrityError, RefusedError
from utvag.services import audit_log, cases, followup, statistics, transfer
from utvag.services import statistics_contribution as contribution
from utvag.services import statistics_merge as merge
from utvag.services.session import Session
from utvag.transfer import MemorySink, PackageKind, open_package

YEAR = datetime.now(UTC).year
CANARY_NAME = "Kanariefågel Testsson"
CANARY_NUMBER = "19900101-0017"
CITY = CITY_OFFICE


@dataclass
class Vault:
    name: str
    session: Session

    def card(self, tmp: Path) -> Path:
        path = tmp / f"{self.name}-{id(self)}.json"
        if not path.exists():
            transfer.export_public_card(self.session, path)
        return path

    @property
    def fingerprint(self) -> str:
        return str(transfer.show_keys(self.session).fingerprint)


def trust(truster: Vault, trusted: Vault, tmp: Path) -> None:
    transfer.trust_card(truster.session, trusted.card(tmp), trusted.fingerprint)


@pytest.fixture
def vaults(make_vault: Callable[..., Any], tmp_path: Path) -> Iterator[dict[str, Vault]]:
    made: dict[str, Vault] = {}
    for key, unit in (("Hisingen", "Hisingen"), ("Nordost", "Nordost"), ("city", CITY),
                      ("Centrum", "Centrum")):
        made[key] = Vault(unit, make_vault(key.lower(), unit=unit).open())
    city = made["city"]
    for unit in ("Hisingen", "Nordost"):
        trust(made[unit], city, tmp_path)
        trust(city, made[unit], tmp_path)
    trust(made["Centrum"], city, tmp_path)  # Centrum's own card is not trusted by the city
    try:
        yield made
    finally:
        for v in made.values():
            if v.session.vault.is_open:
                v.session.close()


def add_people(session: Session, **groups: int) -> list[int]:
    """Defector cases by gender: ``female=3, male=10``…"""
    ids = []
    for gender, number in groups.items():
        for n in range(number):
            person = {"name": f"{CANARY_NAME} {gender} {n}", "birth_date": "1990-01-01"}
            if gender != "unknown":  # no gender recorded
                person["gender"] = gender
            ids.append(cases.new_case(session, {"type": "defector", "person": person}))
    return ids


def contribute(v: Vault, out: Path, to: str | Path = CITY) -> Path:
    contribution.contribute(v.session, YEAR, to, out)
    return out


def test_sums_are_exact_and_suppression_comes_after_adding_up(
        vaults: dict[str, Vault], tmp_path: Path) -> None:
    h, n, city = vaults["Hisingen"], vaults["Nordost"], vaults["city"]
    for v in (h, n):
        ids = add_people(v.session, female=3, male=10, other=3, unknown=3)
    for v, counselling in ((h, 1), (n, 2)):  # counselling: 1 + 2, mentor: 8 + 8
        ids = [c.id for c in cases.list_cases(v.session)]
        for index, case_id in enumerate(ids[:8 + counselling]):
            followup.add_intervention(v.session, case_id, {
                "type": "counselling" if index < counselling else "mentor",
                "urgency": "urgent", "decided_on": f"{YEAR}-02-01"})
    # each unit's own report hides its 3 women, as before
    own = statistics.report(h.session, YEAR).table("gender").published
    assert own.cells[0][0] is None and own.column_totals[0] is None
    files = [contribute(h, tmp_path / "h.utvp"), contribute(n, tmp_path / "n.utvp")]

    result = merge.merge(city.session, files)

    assert result.year == YEAR
    assert result.report.contributors == ("Hisingen", "Nordost")
    gender = result.report.table("gender")
    assert gender.rows == ("Hisingen", "Nordost")
    p = gender.published
    # small in every unit (3), large combined (6): the combined count is shown, the units' not
    assert p.cells[0][0] is None and p.cells[1][0] is None
    assert p.column_totals == (6, 20, 6, 6)
    assert p.cells[0][1] == 10 and p.row_totals == (19, 19) and p.total == 38
    # 1 + 2 counselling: hidden, and here the zeros around it keep it from being worked out
    interventions = result.report.table("interventions").published
    column = statistics.INTERVENTIONS.index("counselling")
    assert interventions.column_totals[column] is None
    assert interventions.column_totals[statistics.INTERVENTIONS.index("mentor")] == 16
    # the exact sums behind it
    total = statistics.add([c.counts for c in result.contributions])
    assert total.table("interventions").cell("Nordost", "counselling") == 2
    assert sum(sum(r) for r in total.table("gender").cells) == 38
    actions = [e.action for e in audit_log.entries(city.session)]
    assert actions[-1] == "statistics.merge"
    h_actions = [e.action for e in audit_log.entries(h.session)]
    assert "statistics.contribution" in h_actions


def test_a_cell_small_even_combined_is_hidden_with_its_complement(
        vaults: dict[str, Vault], tmp_path: Path) -> None:
    h, n, city = vaults["Hisingen"], vaults["Nordost"], vaults["city"]
    add_people(h.session, female=3, male=10, other=1, unknown=3)
    add_people(n.session, female=3, male=10, other=2, unknown=3)
    files = [contribute(h, tmp_path / "h.utvp"), contribute(n, tmp_path / "n.utvp")]
    p = merge.merge(city.session, files).report.table("gender").published
    other = statistics.GENDERS.index("other")
    assert p.column_totals[other] is None  # 1 + 2 = 3, below the threshold of 5
    assert (2, other) in p.primary
    # 38 - 20 - 6 - 6 would give the 3 away, so one more total is hidden
    assert p.complementary
    shown_totals = [v for v in (*p.column_totals, p.total) if v is not None]
    assert len(shown_totals) <= 3
    assert p.column_totals[statistics.GENDERS.index("male")] == 20


def _decrypt(city: Vault, path: Path) -> bytes:
    identity = transfer.own_identity(city.session)
    assert identity is not None
    sink = MemorySink()
    with open(path, "rb") as handle:
        open_package(handle, identity=identity,
                     trusted=[t.card for t in transfer.trusted_cards(city.session)], sink=sink,
                     expected_kind=PackageKind.STATISTICS_CONTRIBUTION)
    return sink.entries["statistics.json"]


def test_a_contribution_holds_counts_and_nothing_about_a_person_or_case(
        vaults: dict[str, Vault], tmp_path: Path) -> None:
    h, city = vaults["Hisingen"], vaults["city"]
    ids = add_people(h.session, female=2, male=1)
    numbers = [cases.get_case(h.session, i).case_number for i in ids]
    data = _decrypt(city, contribute(h, tmp_path / "h.utvp"))
    text = data.decode("utf-8")
    for canary in (CANARY_NAME, "Kanarie", CANARY_NUMBER, "19900101", "1990-01-01", *numbers):
        assert canary not in text
    allowed = {contribution.FORMAT, "Hisingen", *statistics.ORDER,
               *(c for cols in statistics.COLUMNS.values() for c in cols)}

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                assert key in allowed | {"format", "version", "year", "unit", "tables",
                                         "columns", "rows", "received_from"}, key
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            assert value in allowed, value
        else:
            assert isinstance(value, int)

    doc = json.loads(text)
    walk(doc)
    assert doc["received_from"] == {}  # no case arrived here
    # unsuppressed inside the encryption: the 2 women and 1 man are there as they are
    assert doc["tables"]["gender"]["rows"]["Hisingen"] == [2, 1, 0, 0]


def _audit(session: Session) -> list[str]:
    return [e.action for e in audit_log.entries(session)]


def test_duplicates_foreign_and_tampered_contributions_are_refused(
        vaults: dict[str, Vault], tmp_path: Path, make_vault: Callable[..., Any]) -> None:
    h, n, city, centrum = (vaults[k] for k in ("Hisingen", "Nordost", "city", "Centrum"))
    for v in (h, n, centrum):
        add_people(v.session, male=6)
    first = contribute(h, tmp_path / "h1.utvp")
    second = contribute(h, tmp_path / "h2.utvp")
    nordost = contribute(n, tmp_path / "n.utvp")
    copy = tmp_path / "h1-copy.utvp"
    copy.write_bytes(first.read_bytes())
    untrusted = contribute(centrum, tmp_path / "c.utvp")
    tampered = tmp_path / "tampered.utvp"
    raw = bytearray(nordost.read_bytes())
    raw[len(raw) // 2] ^= 1
    tampered.write_bytes(bytes(raw))
    other_city = Vault(CITY, make_vault("other-city", unit=CITY).open())
    try:
        trust(h, other_city, tmp_path)
        foreign = tmp_path / "foreign.utvp"
        contribution.contribute(h.session, YEAR, other_city.card(tmp_path), foreign)
    finally:
        other_city.session.close()
    cases_before = city.session.vault.conn.execute("SELECT count(*) FROM case_record").fetchone()
    expected = [
        ([first, copy], RefusedError, "are the same contribution"),
        ([first, nordost, second], RefusedError, "Hisingen contributed to"),
        ([nordost, untrusted], IntegrityError, "sender's key is not trusted"),
        ([nordost, tampered], IntegrityError, "changed after it was signed"),
        ([foreign, nordost], IntegrityError, f"not for {CITY_OFFICE}"),
    ]
    for paths, error, words in expected:
        with pytest.raises(error, match=words) as caught:
            merge.merge(city.session, paths)
        assert "Nothing was merged" in str(caught.value) or "nothing was merged" in str(
            caught.value)
        assert _audit(city.session)[-1] == "statistics.merge_refused"
    assert "statistics.merge" not in _audit(city.session)
    assert city.session.vault.conn.execute(
        "SELECT count(*) FROM case_record").fetchone() == cases_before
    # the good ones still merge afterwards
    assert merge.merge(city.session, [first, nordost]).report.table("gender").published.total == 12


def test_a_contribution_goes_only_to_a_trusted_card(vaults: dict[str, Vault],
                                                     tmp_path: Path,
                                                     make_vault: Callable[..., Any]) -> None:
    h = vaults["Hisingen"]
    stranger = Vault(CITY, make_vault("stranger", unit=CITY).open())
    try:
        card = stranger.card(tmp_path)
    finally:
        stranger.session.close()
    before = _audit(h.session)
    with pytest.raises(RefusedError, match="is not trusted here"):
        contribution.contribute(h.session, YEAR, card, tmp_path / "x.utvp")
    assert not (tmp_path / "x.utvp").exists()
    assert _audit(h.session) == before


def test_only_the_city_office_merges_and_it_makes_no_contribution(
        vaults: dict[str, Vault], tmp_path: Path) -> None:
    h, n, city = vaults["Hisingen"], vaults["Nordost"], vaults["city"]
    path = contribute(h, tmp_path / "h.utvp")
    with pytest.raises(RefusedError, match="Only the city office's vault"):
        merge.merge(n.session, [path])
    with pytest.raises(RefusedError, match="it makes none"):
        contribution.contribute(city.session, YEAR, "Hisingen", tmp_path / "c.utvp")
    identity = transfer.own_identity(city.session)
    assert identity is not None and identity.card.role.value == "city-office"
    with pytest.raises(RefusedError, match="holds no cases"):
        cases.new_case(city.session, {"type": "defector", "person": {
            "name": "X Y", "birth_date": "1990-01-01"}})
    # a unit's card is never taken for the city office's
    trust(h, n, tmp_path)
    with pytest.raises(RefusedError, match="not a city office's card"):
        contribution.contribute(h.session, YEAR, "Nordost", tmp_path / "x.utvp")


def test_a_case_import_refuses_a_contribution(vaults: dict[str, Vault], tmp_path: Path) -> None:
    h, city = vaults["Hisingen"], vaults["city"]
    path = contribute(h, tmp_path / "h.utvp")
    with pytest.raises(IntegrityError, match="statistics contribution, not a case package"):
        transfer.import_package(city.session, path)
    assert io.BytesIO(path.read_bytes()).read(8) == b"UTVGPKG\x00"


def test_every_changed_byte_is_refused(vaults: dict[str, Vault], tmp_path: Path) -> None:
    """Header fields (kind, keys, package id, sequence, times, length), the wrapped key, the
    ciphertext and the signature: a change anywhere stops the merge, and nothing is merged."""
    h, city = vaults["Hisingen"], vaults["city"]
    add_people(h.session, male=6)
    good = contribute(h, tmp_path / "h.utvp")
    data = good.read_bytes()
    offsets = [8, 12, 13, 14, 25, 60, 90, 104, 112, 120, 130, 200, 1400, len(data) // 2,
               len(data) - 70, len(data) - 1]
    for offset in offsets:
        changed = bytearray(data)
        changed[offset] ^= 0x01
        path = tmp_path / f"changed-{offset}.utvp"
        path.write_bytes(bytes(changed))
        with pytest.raises(IntegrityError, match=f"changed-{offset}.utvp"):
            merge.merge(city.session, [path])
    for cut in (data[:-1], data + b"\0", data[:134]):
        path = tmp_path / f"cut-{len(cut)}.utvp"
        path.write_bytes(cut)
        with pytest.raises(IntegrityError):
            merge.merge(city.session, [path])
    assert "statistics.merge" not in _audit(city.session)
    assert merge.merge(city.session, [good]).report.table("gender").published.total == 6
