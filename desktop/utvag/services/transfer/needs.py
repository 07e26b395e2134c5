"""The person's needs in a case package: the optional ``needs`` member of ``case.json``.

A transfer moves the investigation to another board, which opens its own investigation on the
application already received (guideline, "Överflyttning"). The needs the first board found go
with it, each with its follow-ups (day, outcome, note). Interventions are the sending board's
decisions and stay behind, so the links do not travel and the follow-ups arrive without one.
A package without ``needs`` (written before needs existed) still opens; a malformed member is
refused naming the field, never its content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from utvag.domain.errors import DomainError
from utvag.domain.needs import MAX_NEED_TEXT, Need, NeedArea, NeedFollowUp, NeedOutcome
from utvag.services.transfer.fields import bad as _bad
from utvag.services.transfer.fields import exact_object as _obj
from utvag.services.transfer.fields import text
from utvag.vault import repo_needs
from utvag.vault.database import Connection

_NEED_KEYS = {"area", "identified_on", "description", "followups"}
_FOLLOWUP_KEYS = {"held_on", "outcome", "note"}
MAX_NEEDS = 1000


@dataclass(frozen=True)
class IncomingNeed:
    need: Need
    followups: tuple[NeedFollowUp, ...]


def build(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    """The case's needs and follow-ups as ``case.json`` carries them (oldest first)."""
    followups = repo_needs.for_cases(conn, "need_followup", [case_id])
    return [{"area": n["area"], "identified_on": n["identified_on"],
             "description": n["description"],
             "followups": [{"held_on": f["held_on"], "outcome": f["outcome"], "note": f["note"]}
                           for f in followups if f["need_id"] == n["id"]]}
            for n in repo_needs.for_cases(conn, "case_need", [case_id])]


def _day(value: Any, field: str) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise _bad(field)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _bad(field) from None


def parse(raw: Any) -> tuple[IncomingNeed, ...]:
    """Check the ``needs`` member; ``None`` (absent) is no needs."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or len(raw) > MAX_NEEDS:
        raise _bad("needs")
    result = []
    for item in raw:
        entry = _obj(item, _NEED_KEYS, "needs")
        if entry["area"] not in {a.value for a in NeedArea}:
            raise _bad("needs.area")
        if not isinstance(entry["followups"], list) or len(entry["followups"]) > MAX_NEEDS:
            raise _bad("needs.followups")
        try:
            need = Need(NeedArea(entry["area"]), _day(entry["identified_on"],
                                                      "needs.identified_on"),
                        text(entry["description"], "needs.description", limit=MAX_NEED_TEXT,
                             optional=True))
            followups = []
            for raw_followup in entry["followups"]:
                f = _obj(raw_followup, _FOLLOWUP_KEYS, "needs.followups")
                if f["outcome"] not in {o.value for o in NeedOutcome}:
                    raise _bad("needs.followups.outcome")
                followups.append(NeedFollowUp(0, _day(f["held_on"], "needs.followups.held_on"),
                                              NeedOutcome(f["outcome"]), None,
                                              text(f["note"], "needs.followups.note",
                                                   limit=MAX_NEED_TEXT, optional=True)))
        except DomainError:
            raise _bad("needs") from None
        result.append(IncomingNeed(need, tuple(followups)))
    return tuple(result)


def store(conn: Connection, case_id: int, incoming: tuple[IncomingNeed, ...], *, by: str,
          now: str) -> None:
    """Write the received needs and their follow-ups on the new case."""
    for item in incoming:
        need_id = repo_needs.insert_need(
            conn, case_id, area=item.need.area.value, description=item.need.description,
            identified_on=item.need.identified_on.isoformat(), by=by, now=now)
        for f in item.followups:
            repo_needs.insert_followup(conn, case_id, need_id, intervention_id=None,
                                       held_on=f.held_on.isoformat(), outcome=f.outcome.value,
                                       note=f.note, by=by, now=now)
