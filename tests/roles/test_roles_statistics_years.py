"""A move between two units is counted in one year at both ends: the year the sender sent the
package. A case exported on 30 December and imported on 2 January is one move of the old year
in the city office's merge and none of the new one, and the case is counted once in each year
in which a unit had it. Real vaults, real transfer and contribution packages; the clocks of the
two vaults are set by dating what they recorded (the sender's closing and the package's
decision, the receiver's import), as if the two had run on those days."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from roles_helpers import Person, exchange, make_person
from transfer_service_helpers import special_defector_case

from utvag.domain.units import CITY_OFFICE
from utvag.services import cases, handover, statistics, transfer
from utvag.services import statistics_contribution as contribution
from utvag.services import statistics_merge as merge
from utvag.services.statistics import Counts
from utvag.vault import migrations

OPENED = "2026-03-02T09:00:00.000000+00:00"
REASON = "Hot mot handläggaren; rotation enligt rutinen"


@dataclass(frozen=True)
class Move:
    sent: str  # when the sender sealed the package and closed its copy
    imported: str  # when the receiver imported it
    quarter: str  # the quarter of the move at both ends


ACROSS_NEW_YEAR = Move("2026-12-30T15:00:00.000000+00:00", "2027-01-02T09:00:00.000000+00:00",
                       "Q4")
IN_ONE_YEAR = Move("2026-06-10T15:00:00.000000+00:00", "2026-06-12T09:00:00.000000+00:00", "Q2")


@pytest.fixture
def units(make_vault: Callable[..., Any], people: dict[str, Person], tmp_path: Path
          ) -> Iterator[tuple[Person, Person, Person]]:
    """Hisingen's unit vault, SAV's, and the city office's, with their cards exchanged."""
    city = make_person(make_vault, "city", CITY_OFFICE, "unit", None)
    hisingen = make_person(make_vault, "hisingen", "Hisingen", "unit", None)
    sav = people["sav"]
    try:
        for a, b in ((hisingen, sav), (hisingen, city), (sav, city)):
            exchange(a, b, tmp_path)
        yield hisingen, sav, city
    finally:
        city.session.close()
        hisingen.session.close()


def _plain_cases(person: Person, number: int) -> None:
    for n in range(number):
        cases.new_case(person.session, {"type": "defector", "person": {
            "name": f"Testperson {person.name} {n}", "birth_date": "1990-01-01",
            "gender": "male"}})


def _date(person: Person, sql: str, *args: Any) -> None:
    with person.session.vault.transaction() as conn:
        conn.execute(sql, args)


def _move(hisingen: Person, sav: Person, move: Move, tmp_path: Path) -> None:
    """Five open cases at each unit opened in March 2026, and Hisingen's special defector moved
    to SAV as *move* says."""
    case_id = special_defector_case(hisingen)
    _plain_cases(hisingen, 5)
    _plain_cases(sav, 5)
    package = tmp_path / "to-sav.utvp"
    transfer.export_case(hisingen.session, case_id, "SAV", package)
    received = transfer.import_package(sav.session, package)
    # the import keeps the time the sender closed its copy
    closed_at = hisingen.conn.execute("SELECT closed_at FROM case_record WHERE id = ?",
                                      (case_id,)).fetchone()[0]
    assert sav.conn.execute("SELECT sent_at FROM received_package WHERE case_id = ?",
                            (received.case_id,)).fetchone()[0] == closed_at

    _date(hisingen, "UPDATE case_record SET opened_at = ?", OPENED)
    _date(hisingen, "UPDATE case_record SET closed_at = ? WHERE id = ?", move.sent, case_id)
    _date(sav, "UPDATE case_record SET opened_at = ? WHERE id != ?", OPENED, received.case_id)
    _date(sav, "UPDATE case_record SET opened_at = ? WHERE id = ?", move.imported,
          received.case_id)
    _date(sav, "UPDATE received_package SET received_at = ?, sent_at = ?,"
               " decision = json_set(decision, '$.decided_at', ?)",
          move.imported, move.sent, move.sent)


def _contribute(person: Person, year: int, tmp_path: Path) -> Path:
    out = tmp_path / "contributions" / f"{person.name}-{year}.utvp"
    out.parent.mkdir(parents=True, exist_ok=True)
    contribution.contribute(person.session, year, CITY_OFFICE, out)
    return out


def _merged(city: Person, units: list[Person], year: int, tmp_path: Path) -> Counts:
    result = merge.merge(city.session, [_contribute(u, year, tmp_path) for u in units])
    return statistics.add([c.counts for c in result.contributions])


def _total(counts: Counts, table: str) -> int:
    return sum(map(sum, counts.table(table).cells))


def _special(counts: Counts, unit: str) -> int:
    return counts.table("outcome").cell(unit, "special_defector_sav")


@pytest.mark.parametrize("move", [ACROSS_NEW_YEAR, IN_ONE_YEAR], ids=["new-year", "one-year"])
def test_a_move_is_counted_once_in_the_year_the_sender_sent_it(
        units: tuple[Person, Person, Person], move: Move, tmp_path: Path) -> None:
    hisingen, sav, city = units
    _move(hisingen, sav, move, tmp_path)

    old = _merged(city, [hisingen, sav], 2026, tmp_path)
    # both ends of the move are in the year and quarter the sender sent it
    assert old.table("transfers").rows == ("Hisingen",)
    assert old.table("transfers").cell("Hisingen", move.quarter) == 1
    assert old.table("transfers_received").rows == ("SAV",)
    assert old.table("transfers_received").cell("SAV", move.quarter) == 1
    assert _total(old, "transfers") == _total(old, "transfers_received") == 1
    # the case is counted once, with the district that had it first in the year
    assert _total(old, "opened") == 11 and _total(old, "gender") == 11
    assert _total(old, "outcome") == _total(old, "age_band") == 11
    assert (_special(old, "Hisingen"), _special(old, "SAV")) == (1, 0)

    new = _merged(city, [hisingen, sav], 2027, tmp_path)
    # no move in the new year, at either end, and nothing opened
    assert _total(new, "transfers") == _total(new, "transfers_received") == 0
    assert _total(new, "opened") == 0
    # SAV had the case in the new year and Hisingen did not: it counts once, at SAV
    assert _total(new, "gender") == _total(new, "outcome") == 11
    assert (_special(new, "Hisingen"), _special(new, "SAV")) == (0, 1)

    # each unit's own report dates the move the same way
    at_sav = statistics.count(sav.session, 2026)
    assert at_sav.table("transfers_received").cell("SAV", move.quarter) == 1
    assert _total(statistics.count(sav.session, 2027), "transfers_received") == 0


def _as_schema_16(person: Person, raw_connect: Callable[[Path, bytes], Any]) -> Person:
    """*person*'s vault as Utväg of schema 16 left it (no sending times kept), opened again by
    this version, which upgrades it."""
    handle = person.extra["handle"]
    key = person.session.vault.data_key()
    person.session.close()
    conn = raw_connect(handle.db, key)
    conn.execute("ALTER TABLE case_application DROP COLUMN attachment_id")  # schema 19 first
    conn.execute("ALTER TABLE case_application DROP COLUMN applied_for")
    conn.execute("DROP TRIGGER kept_text_leaves_with_case")  # then schema 18
    conn.execute("DROP TABLE kept_text")
    conn.execute("ALTER TABLE received_package DROP COLUMN sent_at")
    conn.execute("PRAGMA user_version = 16")
    conn.close()
    reopened = Person(person.name, person.directory, handle.open(), person.extra)
    assert migrations.current_version(reopened.conn) == migrations.LATEST == 19
    return reopened


def test_a_vault_upgraded_from_16_dates_a_received_transfer_by_its_kept_decision(
        units: tuple[Person, Person, Person], raw_connect: Callable[[Path, bytes], Any],
        tmp_path: Path) -> None:
    hisingen, sav, city = units
    _move(hisingen, sav, ACROSS_NEW_YEAR, tmp_path)
    sav = _as_schema_16(sav, raw_connect)
    try:
        assert sav.conn.execute("SELECT sent_at FROM received_package").fetchall() == [
            (ACROSS_NEW_YEAR.sent,)]
        old = _merged(city, [hisingen, sav], 2026, tmp_path)
        assert old.table("transfers_received").cell("SAV", "Q4") == 1
        assert _total(old, "gender") == 11 and _special(old, "Hisingen") == 1
        new = _merged(city, [hisingen, sav], 2027, tmp_path)
        assert _total(new, "transfers_received") == 0
        assert _total(new, "gender") == 11 and _special(new, "SAV") == 1
    finally:
        sav.session.close()


def test_a_handover_received_before_the_upgrade_is_dated_by_its_import(
        people: dict[str, Person], units: tuple[Person, Person, Person],
        raw_connect: Callable[[Path, bytes], Any], tmp_path: Path) -> None:
    """A handover's time was not kept before schema 17 (only a transfer's decision was), so a
    vault upgraded from 16 counts such a case from its import, as before: handed over on 30
    December and imported on 2 January, it leaves the receiver's row of the new year's merge
    when another contribution of the unit is merged (docs/statistics.md)."""
    anna, bo, city = people["anna"], people["bo"], units[2]
    for a, b in ((anna, bo), (anna, city), (bo, city)):
        exchange(a, b, tmp_path)
    case_id = special_defector_case(anna)
    package = tmp_path / "handover.utvp"
    handover.hand_over(anna.session, case_id, "Bo Ek", package, reason=REASON)
    received = transfer.import_package(bo.session, package)
    closed_at = anna.conn.execute("SELECT closed_at FROM case_record WHERE id = ?",
                                  (case_id,)).fetchone()[0]
    assert bo.conn.execute("SELECT sent_at FROM received_package").fetchall() == [(closed_at,)]
    _date(anna, "UPDATE case_record SET opened_at = ?, closed_at = ?", OPENED,
          ACROSS_NEW_YEAR.sent)
    _date(bo, "UPDATE case_record SET opened_at = ? WHERE id = ?", ACROSS_NEW_YEAR.imported,
          received.case_id)
    _date(bo, "UPDATE received_package SET received_at = ?, sent_at = ?",
          ACROSS_NEW_YEAR.imported, ACROSS_NEW_YEAR.sent)

    # received by this version: counted once in each year, with whoever had it
    assert _total(_merged(city, [anna, bo], 2026, tmp_path / "a"), "gender") == 1
    new = _merged(city, [anna, bo], 2027, tmp_path / "b")
    assert _total(new, "gender") == 1 and _total(new, "opened") == 0

    # received before the upgrade: the import time is all the vault knows
    bo = _as_schema_16(bo, raw_connect)
    try:
        assert bo.conn.execute("SELECT sent_at FROM received_package").fetchall() == [(None,)]
        assert _total(_merged(city, [anna, bo], 2026, tmp_path / "c"), "gender") == 1
        new = _merged(city, [anna, bo], 2027, tmp_path / "d")
        assert _total(new, "gender") == 0  # the undercount that remains for such a case
        assert _total(statistics.count(bo.session, 2027), "gender") == 1  # Bo's own report
    finally:
        bo.session.close()


def test_a_resent_package_is_dated_by_the_sending_of_the_first(
        units: tuple[Person, Person, Person], tmp_path: Path) -> None:
    """The sender closed its copy when it sent the first package; a package resent days later
    (the first was lost) still dates the move then, at the receiver too."""
    hisingen, sav, _city = units
    case_id = special_defector_case(hisingen)
    lost = transfer.export_case(hisingen.session, case_id, "SAV", tmp_path / "lost.utvp")
    later = datetime.now(UTC) + timedelta(days=3)
    transfer.resend_package(hisingen.session, lost.package_id, tmp_path / "again.utvp",
                            now=later)
    received = transfer.import_package(sav.session, tmp_path / "again.utvp", now=later)
    closed_at = hisingen.conn.execute("SELECT closed_at FROM case_record WHERE id = ?",
                                      (case_id,)).fetchone()[0]
    assert sav.conn.execute("SELECT sent_at FROM received_package WHERE case_id = ?",
                            (received.case_id,)).fetchone() == (closed_at,)
