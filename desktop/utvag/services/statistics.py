"""De-identified yearly statistics for the city's report (guideline, "Uppföljning": «avser
avidentifierade aggregerade data i avhoppärenden såsom ålder, kön, tillhörighet till
nätverk/grupp/miljö, val av insatser etc.»).

Counts per unit and period, every cell below the policy threshold suppressed together with the
complementary cells that would let it be worked out (:mod:`utvag.domain.cell_suppression`; the
method is described in ``docs/statistics.md``). Nothing here names a person or a case.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from utvag.domain.case_status import ClosureReason
from utvag.domain.cell_suppression import SuppressedTable, suppress, suppress_linked
from utvag.domain.follow_up_records import InterventionType
from utvag.domain.needs import NeedArea, NeedOutcome
from utvag.domain.units import UNIT_IDS
from utvag.errors import UsageError
from utvag.files import open_private
from utvag.forms.facts import AssessmentFacts
from utvag.services import assessment_facts
from utvag.services.session import Session
from utvag.services.statistics_moves import CASE_TABLES, ReceivedFrom, counted_elsewhere
from utvag.vault import repo_needs, repo_statistics

UNITS = UNIT_IDS
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
OUTCOMES = ("not_assessed", "not_defector", "defector_own_district",
            "defector_other_district", "special_defector_sav")
MILIEUS = ("criminal_network", "violent_extremism", "honour_context", "not_assessed")
AGE_BANDS = ("under_15", "15_17", "18_20", "21_25", "26_35", "36_plus", "unknown")
GENDERS = ("female", "male", "other", "unknown")
INTERVENTIONS = tuple(t.value for t in InterventionType)
NEED_STATES = (*(o.value for o in NeedOutcome), "not_followed_up")
NEED_TABLES = tuple(f"needs_{a.value}" for a in NeedArea)
SUPPRESSED = "x"
_FEMALE = {"female", "f", "k", "kvinna", "woman", "flicka", "girl"}
_MALE = {"male", "m", "man", "pojke", "boy"}


@dataclass(frozen=True)
class StatTable:
    id: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    published: SuppressedTable

    def to_json(self) -> dict[str, Any]:
        p = self.published
        return {"id": self.id, "rows": list(self.rows), "columns": list(self.columns),
                "cells": [list(r) for r in p.cells], "row_totals": list(p.row_totals),
                "column_totals": list(p.column_totals), "total": p.total,
                "suppressed": len(p.primary) + len(p.complementary)}


@dataclass(frozen=True)
class Report:
    year: int
    threshold: int
    tables: tuple[StatTable, ...]
    contributors: tuple[str, ...] = ()  # a merged report: who contributed (empty: this vault)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"year": self.year, "threshold": self.threshold,
                                "method": "docs/statistics.md",
                                "tables": [t.to_json() for t in self.tables]}
        if self.contributors:
            data["contributors"] = list(self.contributors)
        return data

    def table(self, table_id: str) -> StatTable:
        return next(t for t in self.tables if t.id == table_id)


def age_band(birth: str | None, on: str) -> str:
    try:
        born, day = date.fromisoformat(str(birth)[:10]), date.fromisoformat(on[:10])
    except ValueError:
        return "unknown"
    age = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    for limit, band in ((15, "under_15"), (18, "15_17"), (21, "18_20"), (26, "21_25"),
                        (36, "26_35")):
        if age < limit:
            return band
    return "36_plus"


def gender_group(value: str | None) -> str:
    text = (value or "").strip().lower()
    if not text:
        return "unknown"
    return "female" if text in _FEMALE else "male" if text in _MALE else "other"


def _outcome(owning_unit: str, facts: AssessmentFacts | None, outcome: dict[str, Any] | None
             ) -> tuple[str, str]:
    if outcome is None or facts is None:
        return "not_assessed", "not_assessed"
    kind = facts.milieu.kind
    milieu = kind.value if kind is not None and kind.value in MILIEUS else "not_assessed"
    if not outcome.get("is_defector"):
        return "not_defector", milieu
    if outcome.get("special_defector"):
        return "special_defector_sav", milieu
    own = outcome.get("route_to") == owning_unit
    return ("defector_own_district" if own else "defector_other_district"), milieu


def _quarter(at: str) -> str:
    return QUARTERS[(int(at[5:7]) - 1) // 3]


def _count(rows: list[tuple[str, str]], columns: tuple[str, ...], units: tuple[str, ...] | None
           = None) -> tuple[tuple[str, ...], tuple[tuple[int, ...], ...]]:
    """Rows for the units that have anything to count (none when nothing is counted)."""
    if units is None:
        units = tuple(u for u in UNITS if any(r[0] == u for r in rows))
    return units, tuple(tuple(sum(1 for r in rows if r == (u, c)) for c in columns)
                        for u in units)


@dataclass(frozen=True)
class CountTable:
    """One table's exact counts, before any suppression: a row per unit, a column per category."""

    id: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]

    def cell(self, row: str, column: str) -> int:
        if row not in self.rows:
            return 0
        return self.cells[self.rows.index(row)][self.columns.index(column)]


@dataclass(frozen=True)
class Counts:
    """The year's exact counts. They never leave the vault unencrypted: a unit's own report
    publishes them suppressed, a contribution carries them sealed to the city office."""

    year: int
    tables: tuple[CountTable, ...]
    # per sending unit, the counts of the cases it sent here in the year (statistics_moves)
    received_from: tuple[ReceivedFrom, ...] = ()
    unit: str = ""  # the vault's (or the contribution's) unit

    def table(self, table_id: str) -> CountTable:
        return next(t for t in self.tables if t.id == table_id)

    def without(self, taken: Sequence[CountTable]) -> Counts:
        """These counts less the cells of *taken* (cases another vault counts); a cell never
        goes below zero."""
        less: dict[tuple[str, str, str], int] = {}
        for table in taken:
            for u, cells in zip(table.rows, table.cells, strict=True):
                for c, v in zip(table.columns, cells, strict=True):
                    less[(table.id, u, c)] = less.get((table.id, u, c), 0) + v
        tables = tuple(CountTable(t.id, t.rows, t.columns, tuple(
            tuple(max(0, v - less.get((t.id, u, c), 0)) for c, v in zip(t.columns, cells,
                                                                        strict=True))
            for u, cells in zip(t.rows, t.cells, strict=True))) for t in self.tables)
        return Counts(self.year, tables, self.received_from, self.unit)


COLUMNS: dict[str, tuple[str, ...]] = {
    "opened": QUARTERS, "closed": QUARTERS, "transfers": QUARTERS, "transfers_received": QUARTERS,
    "outcome": OUTCOMES, "milieu": MILIEUS, "age_band": AGE_BANDS, "gender": GENDERS,
    "interventions": INTERVENTIONS,
}
# Breakdowns of the same cases: they share row totals (and "not assessed" in two of them).
LINKED = ("outcome", "milieu", "age_band", "gender")
ORDER = ("opened", "closed", "outcome", "milieu", "age_band", "gender", "transfers",
         "transfers_received", "interventions")


def check_year(year: int) -> None:
    if not 1900 <= year <= 9999:
        raise UsageError("The year must be a four-digit year.")


def count(session: Session, year: int) -> Counts:
    """The year's exact counts for the cases in this vault (nothing suppressed, not audited)."""
    check_year(year)
    conn = session.vault.conn
    start, end = f"{year:04d}-01-01", f"{year + 1:04d}-01-01"
    cases = repo_statistics.case_rows(conn)
    arrivals = repo_statistics.received_from(conn)
    received: dict[str, dict[str, list[tuple[str, str]]]] = {}  # sender -> table -> pairs
    Pairs = list[tuple[str, str]]
    opened: Pairs = []
    closed: Pairs = []
    moved: Pairs = []
    arrived: Pairs = []
    outcome_rows: Pairs = []
    milieu_rows: Pairs = []
    ages: Pairs = []
    genders: Pairs = []
    for case_id, unit, status, opened_at, closed_at, birth, gender, answers, outcome, form_id, \
            version, close_reason in cases:
        # a received case counts here from when the sender sent it, as the sender's move does
        sender, since = arrivals.get(case_id, ("", opened_at))
        if start <= since < end:
            opened.append((unit, _quarter(since)))
            if sender and sender != unit:  # not a handover
                arrived.append((unit, _quarter(since)))  # the receiving end of a transfer
        # a handover to a colleague in the same unit neither closes the case nor moves it
        if (closed_at and start <= closed_at < end
                and close_reason != ClosureReason.HANDED_OVER.value):
            (moved if status == "transferred" else closed).append((unit, _quarter(closed_at)))
        if since >= end or (closed_at is not None and closed_at < start):
            continue  # not active during the year
        signed = (assessment_facts.answers_facts(form_id, version, json.loads(answers))
                  if answers else None)
        kind, milieu = _outcome(unit, signed,
                                json.loads(outcome) if outcome else None)
        outcome_rows.append((unit, kind))
        milieu_rows.append((unit, milieu))
        ages.append((unit, age_band(birth, opened_at)))
        genders.append((unit, gender_group(gender)))
        if sender and start <= since < end:  # the sender counted it this year as well
            counted = [("outcome", kind), ("milieu", milieu), ("age_band", ages[-1][1]),
                       ("gender", genders[-1][1]), ("opened", _quarter(since))]
            tally = received.setdefault(sender, {})
            for table_id, column in counted:
                tally.setdefault(table_id, []).append((unit, column))
    interventions = [(u, t if t in INTERVENTIONS else "other")
                     for u, t in repo_statistics.interventions_decided(conn, start, end)]
    rows = {"opened": opened, "closed": closed, "transfers": moved, "transfers_received": arrived,
            "interventions": interventions, "outcome": outcome_rows, "milieu": milieu_rows,
            "age_band": ages, "gender": genders}
    linked_units = _count(outcome_rows, OUTCOMES)[0]
    tables = []
    for table_id in ORDER:
        units, cells = _count(rows[table_id], COLUMNS[table_id],
                              linked_units if table_id in LINKED else None)
        tables.append(CountTable(table_id, units, COLUMNS[table_id], cells))
    return Counts(year, tuple(tables), tuple(
        ReceivedFrom(sender, tuple(_table(t, tally.get(t, [])) for t in CASE_TABLES))
        for sender, tally in sorted(received.items())), session.vault.unit)


def _table(table_id: str, rows: list[tuple[str, str]]) -> CountTable:
    units, cells = _count(rows, COLUMNS[table_id])
    return CountTable(table_id, units, COLUMNS[table_id], cells)


def add(parts: Sequence[Counts]) -> Counts:
    """The sum of several units' counts for one year: cell by cell, a row per unit that any of
    them counted (the linked breakdowns keep one set of rows). A case that one of them sent
    and another received in the year (a transfer or a handover) counts once, with the sender:
    a receiver's counts of the cases received from a unit leave its tables where another of
    the parts comes from that unit (``statistics_moves``)."""
    if not parts:
        raise UsageError("There is nothing to add up.")
    years = {p.year for p in parts}
    if len(years) != 1:
        raise UsageError("Counts of different years cannot be added up.")
    contributed = [p.unit for p in parts]
    parts = [p.without([t for r in p.received_from if counted_elsewhere(contributed, n, r.unit)
                        for t in r.tables]) for n, p in enumerate(parts)]

    def units_of(table_ids: Sequence[str]) -> tuple[str, ...]:
        found = {u for p in parts for t in table_ids for u in p.table(t).rows}
        return tuple(u for u in UNITS if u in found)

    linked_units = units_of(LINKED)
    tables = []
    for table_id in ORDER:
        units = linked_units if table_id in LINKED else units_of((table_id,))
        columns = COLUMNS[table_id]
        cells = tuple(tuple(sum(p.table(table_id).cell(u, c) for p in parts) for c in columns)
                      for u in units)
        tables.append(CountTable(table_id, units, columns, cells))
    return Counts(years.pop(), tuple(tables))


def publish(counts: Counts, threshold: int, contributors: tuple[str, ...] = ()) -> Report:
    """The counts as published: primary and complementary suppression below *threshold*."""
    def grid(table: CountTable) -> tuple[tuple[str, ...], list[list[int]]]:
        if table.rows:
            return table.rows, [list(r) for r in table.cells]
        return (UNITS[0],), [[0] * len(table.columns)]  # a table needs one row

    tables: list[StatTable] = []
    for table in counts.tables:
        if table.id not in LINKED:
            units, cells = grid(table)
            tables.append(StatTable(table.id, units, table.columns, suppress(cells, threshold)))
    linked = [counts.table(t) for t in LINKED]
    grids = [grid(t) for t in linked]
    # "not assessed" counts the same cases in the outcome and the milieu breakdowns
    published = suppress_linked([g for _u, g in grids], threshold,
                                shared_columns=[[(0, 0), (1, 3)]])
    tables += [StatTable(t.id, units, t.columns, p)
               for t, (units, _g), p in zip(linked, grids, published, strict=True)]
    return Report(counts.year, threshold, tuple(sorted(tables, key=lambda t: ORDER.index(t.id))),
                  contributors)


def report(session: Session, year: int) -> Report:
    """The year's tables, suppressed under ``Policy.statistics_threshold``; a unit's own report
    also counts the needs by area (not part of a contribution to the city office)."""
    check_year(year)
    threshold = session.policy.statistics_threshold
    data = publish(count(session, year), threshold)
    start, end = f"{year:04d}-01-01", f"{year + 1:04d}-01-01"
    needs = _need_tables(session.vault.conn, start, end, threshold)
    with session.vault.transaction():
        session.vault.audit("statistics.report", detail={"year": year})
    return Report(data.year, data.threshold, data.tables + tuple(needs), data.contributors)


def _need_tables(conn: Any, start: str, end: str, threshold: int) -> list[StatTable]:
    """Per area, the needs of the cases active during the year by the latest follow-up held
    before the year's end: met, partly, not met, or not followed up (guideline, "Uppföljning":
    «följa upp om individens behov tillgodoses med de beslutade insatserna»)."""
    rows = repo_needs.statistics_rows(conn, start, end)
    tables = []
    for area, table_id in zip((a.value for a in NeedArea), NEED_TABLES, strict=True):
        pairs = [(str(r["unit"]), str(r["outcome"] or "not_followed_up"))
                 for r in rows if r["area"] == area]
        units, cells = _count(pairs, NEED_STATES)
        if not units:  # a table needs one row: the first unit's, all zero
            units, cells = (UNITS[0],), ((0,) * len(NEED_STATES),)
        grid = [list(row) for row in cells]
        tables.append(StatTable(table_id, units, NEED_STATES, suppress(grid, threshold)))
    return tables


def to_csv(data: Report) -> str:
    """One line per published value: table, unit, category, count (``x`` when suppressed)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["year", "table", "unit", "category", "count"])

    def value(v: int | None) -> str:
        return SUPPRESSED if v is None else str(v)

    for table in data.tables:
        p = table.published
        for unit, cells, total in zip(table.rows, p.cells, p.row_totals, strict=True):
            for column, cell in zip(table.columns, cells, strict=True):
                writer.writerow([data.year, table.id, unit, column, value(cell)])
            writer.writerow([data.year, table.id, unit, "total", value(total)])
        for column, cell in zip(table.columns, p.column_totals, strict=True):
            writer.writerow([data.year, table.id, "total", column, value(cell)])
        writer.writerow([data.year, table.id, "total", "total", value(p.total)])
    return out.getvalue()


def export_csv(session: Session, data: Report, target: Path) -> None:
    """Write the CSV (not encrypted: de-identified and suppressed) and audit the export."""
    try:
        with open_private(target) as out:
            out.write(to_csv(data).encode("utf-8"))
    except OSError as exc:
        raise UsageError(f"Cannot write {target}.") from exc
    record_export(session, data.year, "csv")


def record_export(session: Session, year: int, kind: str) -> None:
    with session.vault.transaction():
        session.vault.audit("statistics.export", detail={"year": year, "format": kind})
