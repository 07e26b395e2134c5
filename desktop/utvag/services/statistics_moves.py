"""Cases that moved between vaults during the year, as the statistics see them.

A transfer to another board (guideline, «Överflyttning av ett avhoppärende»: the investigation is
closed at the initiating board and the receiving board opens one on the application already
received) and a handover to a colleague in the same unit both leave the case in two vaults: the
sender's read-only copy and the receiver's open case. Each vault counts its own copy in its own
report. City-wide the person is one case, so a contribution says which of the cases it counts
left it and which arrived in it, by a *move reference*: an HMAC-SHA256 keyed with the id of the
case package that carried the case, over the year. Both ends know the package id (a random
128-bit value that says nothing about the person and is not in the contribution); the city
office sees only the references, which it can match but not turn back into a package, a case
number or a person, and which differ from year to year. The merge then leaves out the
receiver's copy of a case whose sender also contributed (``statistics.add``): the case counts
once, with the vault that had it first in the year.

A received case carries the cells it was counted in (its row and, per breakdown, its column:
``opened`` if it was opened in the year, and the four breakdowns of the cases active in the
year) so that exactly those can be taken out; closing, transfers onward and interventions are
the receiver's own and stay.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from utvag.domain.units import UNIT_IDS
from utvag.transfer.errors import PackageError

# The tables that count a case (not an event): the receiver's copy leaves these in a merge.
CASE_TABLES = ("opened", "outcome", "milieu", "age_band", "gender")
_REF = re.compile(r"[0-9a-f]{64}")
MAX_MOVES = 100_000


def move_ref(package_id: bytes, year: int) -> str:
    """The year's pseudonymous reference of the case carried by package *package_id*."""
    return hmac.new(package_id, f"utvag-statistics-move:{year:04d}".encode(),
                    hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Received:
    """A case counted here that arrived in a case package: its reference and its cells."""

    ref: str
    unit: str
    cells: tuple[tuple[str, str], ...]  # (table id, column), one per table it is counted in


@dataclass(frozen=True)
class Moves:
    """The references of the counted cases that left this vault, and those that arrived."""

    sent: frozenset[str] = field(default_factory=frozenset)
    received: tuple[Received, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"sent": sorted(self.sent),
                "received": [{"ref": r.ref, "unit": r.unit, "cells": dict(r.cells)}
                             for r in sorted(self.received, key=lambda r: r.ref)]}


def _damaged(detail: str) -> PackageError:
    return PackageError(f"The statistics in the contribution are damaged: {detail}")


def moves_from_json(raw: Any, columns: Mapping[str, tuple[str, ...]]) -> Moves:
    """The moves member of a version 2 contribution; anything else than what
    :meth:`Moves.to_json` writes is refused (:class:`PackageError`)."""
    if not isinstance(raw, dict) or set(raw) != {"sent", "received"}:
        raise _damaged("moves")
    sent, received = raw["sent"], raw["received"]
    if (not isinstance(sent, list) or not isinstance(received, list)
            or len(sent) + len(received) > MAX_MOVES):
        raise _damaged("moves")
    if any(not isinstance(r, str) or not _REF.fullmatch(r) for r in sent) \
            or len(set(sent)) != len(sent):
        raise _damaged("moves (sent)")
    found: list[Received] = []
    for item in received:
        if (not isinstance(item, dict) or set(item) != {"ref", "unit", "cells"}
                or not isinstance(item["ref"], str) or not _REF.fullmatch(item["ref"])
                or item["unit"] not in UNIT_IDS or not isinstance(item["cells"], dict)):
            raise _damaged("moves (received)")
        cells = item["cells"]
        if (not set(CASE_TABLES[1:]) <= set(cells) <= set(CASE_TABLES)
                or any(cells[t] not in columns[t] for t in cells)):
            raise _damaged("moves (received)")
        found.append(Received(item["ref"], item["unit"],
                              tuple((t, str(cells[t])) for t in CASE_TABLES if t in cells)))
    if len({r.ref for r in found}) != len(found):
        raise _damaged("moves (received)")
    return Moves(frozenset(sent), tuple(found))


__all__ = ["CASE_TABLES", "Moves", "Received", "move_ref", "moves_from_json"]
