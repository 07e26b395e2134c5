"""Cases that moved between vaults during the year, as the statistics see them.

A transfer to another board (guideline, «Överflyttning av ett avhoppärende»: the investigation is
closed at the initiating board and the receiving board opens one on the application already
received) and a handover to a colleague in the same unit both leave the case in two vaults: the
sender's read-only copy and the receiver's open case. Each vault counts its own copy in its own
report. City-wide the person is one case.

The guideline asks for «avidentifierade aggregerade data», so nothing per case leaves a vault.
The receiving vault adds to its contribution, per *sending unit* (the unit on the sender's card,
recorded when the package was imported), the counts of the cases that unit sent it in the year,
in the tables that count cases (:data:`CASE_TABLES`) and in the categories it counted
them in — the same tables, rows and columns as its own counts, only whole numbers. The sending
vault reports nothing extra: it had the case in the year it sent it, so it counted it.

At the merge (``statistics.add``) the city office takes a receiver's "received from X" counts
out of its tables only where a contribution of unit X (other than the receiver's own) is part of
the merge: then the case counts once, with the vault that had it first in the year; without X's
contribution the receiver's copy is the only one and stays. Closing, transfers onward and
interventions are the receiver's own and stay.

Both ends date the move by the moment the sender sent the case (:func:`sent_at`): the sender
closed its copy then, and the receiver keeps that time from the signed package (schema 17), so
a package sealed in the last days of one year and imported in the next is a move of the old
year at both ends. The receiving vault counts the case from then on: in ``opened`` and
``transfers_received`` of the sending quarter, as active from then, and among the cases received
in that year. In the new year the sender no longer had the case, so the receiver's copy counts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from utvag.transfer.names import DECISION_DOCUMENT, HANDOVER_DOCUMENT

if TYPE_CHECKING:
    from utvag.services.statistics import CountTable

# The tables that count a case (not an event): the receiver's copy leaves these in a merge.
CASE_TABLES = ("opened", "outcome", "milieu", "age_band", "gender")


@dataclass(frozen=True)
class ReceivedFrom:
    """The counts of the cases one sending unit sent this vault in the year, in the tables that
    count cases (:data:`CASE_TABLES`, in that order)."""

    unit: str
    tables: tuple[CountTable, ...]

    def to_json(self) -> dict[str, Any]:
        return {t.id: {"columns": list(t.columns),
                       "rows": {u: list(c) for u, c in zip(t.rows, t.cells, strict=True)}}
                for t in self.tables}


def counted_elsewhere(units: Sequence[str], index: int, sender: str) -> bool:
    """Whether a part other than the one at *index* of the merged parts (whose units are
    *units*) comes from *sender*: only then did the sender's copy count the case."""
    return any(unit == sender for n, unit in enumerate(units) if n != index)


# Where a case package's signed documents say when the sender sent it.
_SECOND = timedelta(seconds=1)
_SENT_AT = ((DECISION_DOCUMENT, "decided_at"), (HANDOVER_DOCUMENT, "handed_at"))


def sent_at(documents: Mapping[str, str], created: datetime) -> str:
    """When the sender sent a case package, from its verified documents (*documents*, by entry
    name): the transfer decision's time (a resent package repeats the first one's) or the
    handover's, which is when the sender closed its copy; else the package's creation time
    *created*. A time after the package was made (its creation time is in whole seconds) is
    not believed."""
    for name, key in _SENT_AT:
        text = documents.get(name)
        try:
            value = json.loads(text).get(key) if text is not None else None
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        except (ValueError, AttributeError):
            moment = None
        if moment is not None and moment.tzinfo is not None and moment < created + _SECOND:
            return _stamp(moment)
    return _stamp(created)


def _stamp(moment: datetime) -> str:
    """As the vault writes its times (``vault.audit.now_utc``), so that they compare as text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


__all__ = ["CASE_TABLES", "ReceivedFrom", "counted_elsewhere", "sent_at"]
