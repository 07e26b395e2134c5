"""What the signed assessments say about the defector process going on, and since when.

Two things are read from the signed assessments of a case, newest first:

* whether the assessment in force ends the defector process — the person does not meet every
  criterion («Samtliga ovanstående kriterier ska vara uppfyllda för att individen ska kunna vara
  en avhoppare», "Ärendeprocess › Kriterier för att bedömas som avhoppare"), or the board and the
  Police judged that continuing the investigation is not appropriate («… göras en bedömning om
  det är lämpligt att fortsätta avhoppäretredningen», "Ärendeprocess › Övriga aspekter") — so that
  the case is to be closed with that reason (:func:`utvag.domain.rules.process_ending`);
* whether a suspicion of serious crime still waits for that judgement;
* whether a district's assessment leaves SAV's judgement on a special defector to be asked for
  (:func:`utvag.domain.rules.sav_judgement_needed`) and SAV was neither asked (a consultation
  with that question) nor has its decision recorded since.

Each is dated by the signing of the first of the newest signed assessments that all say it, so
re-signing an assessment that says the same does not restart a clock. ``services/due.py`` reads
them for its clocks; the case view and ``utvag case show`` say the ending plainly, and the case
view says that SAV is to be asked.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from utvag.domain.case_records import Case, CaseStatus, CaseType
from utvag.domain.case_status import ClosureReason
from utvag.domain.rules import process_ending, sav_judgement_needed
from utvag.domain.units import Unit
from utvag.forms.facts import NO_FACTS, AssessmentFacts
from utvag.services import assessment_facts
from utvag.services.case_ref import case_of
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.vault import repo_assessments, repo_case_flow
from utvag.vault.database import Connection

# The statuses in which a case is held at this board and may be closed here with the reason.
_HELD_HERE = (CaseStatus.INVESTIGATION, CaseStatus.DECIDED, CaseStatus.INTERVENTIONS)


@dataclass(frozen=True)
class Signed:
    """One signed assessment: its facts, whether its outcome found a defector (None when the
    outcome does not say) and when it was signed."""

    facts: AssessmentFacts = field(repr=False)
    is_defector: bool | None
    signed_at: str | None

    @property
    def ending(self) -> ClosureReason | None:
        if self.is_defector is None:
            return None
        return process_ending(self.is_defector, self.facts.checkpoints.serious_crime)


@dataclass(frozen=True)
class ProcessEnding(JsonResult):
    """The signed assessment in force ends the defector process: the case is to be closed with
    ``reason`` (a closing reason's code); ``since`` is the local day the first assessment saying
    so was signed."""

    reason: str = field(repr=False)
    since: date = date.min

    def to_json(self) -> dict[str, str]:
        return {"reason": self.reason, "since": self.since.isoformat()}


def _signed(form_id: str, version: int, answers: str, outcome: str | None,
            signed_at: str | None) -> Signed:
    try:
        data = json.loads(answers)
    except ValueError:
        return Signed(NO_FACTS, None, signed_at)
    facts = assessment_facts.answers_facts(form_id, version, data)
    try:
        said = json.loads(outcome) if outcome else None
    except ValueError:
        said = None
    found = said.get("is_defector") if isinstance(said, dict) else None
    return Signed(facts, found if isinstance(found, bool) else None, signed_at)


def in_force(conn: Connection, case_ids: Sequence[int]) -> dict[int, Signed]:
    """The signed assessment in force of each case that has one."""
    return {case_id: _signed(form_id, version, answers, outcome, signed_at)
            for case_id, form_id, version, answers, outcome, signed_at
            in repo_assessments.signed_answers(conn, case_ids)}


def _history(conn: Connection, case_ids: Sequence[int]) -> dict[int, list[Signed]]:
    found: dict[int, list[Signed]] = defaultdict(list)
    for case_id, form_id, version, answers, outcome, signed_at in \
            repo_assessments.signed_history(conn, case_ids):
        found[case_id].append(_signed(form_id, version, answers, outcome, signed_at))
    return found


def _first(steps: list[Signed], says: Callable[[Signed], bool]) -> datetime | None:
    """When the first of the newest signed assessments that all say it was signed."""
    first = None
    for step in reversed(steps):
        if not says(step):
            break
        first = step.signed_at or first
    return None if first is None else datetime.fromisoformat(first)


def _since(steps: list[Signed], says: Callable[[Signed], bool]) -> date | None:
    """The local day of :func:`_first`."""
    first = _first(steps, says)
    return None if first is None else first.astimezone().date()


def _asks_sav(handling: str | None) -> Callable[[Signed], bool]:
    """Whether a signed assessment leaves SAV's judgement on a special defector to be asked
    for by the board ``handling`` the case (:func:`utvag.domain.rules.sav_judgement_needed`)."""
    try:
        unit = Unit(handling) if handling is not None else None
    except ValueError:
        unit = None

    def asks(step: Signed) -> bool:
        protection = step.facts.protection
        special = protection.special_circumstances
        return unit is not None and step.is_defector is True and sav_judgement_needed(
            handling_unit=unit, is_defector=True, threat_level=step.facts.threat.level,
            protection_need=protection.need,
            special_circumstances=special.sav_decision if special.claimed else None)
    return asks


def _ending_with(reason: ClosureReason) -> Callable[[Signed], bool]:
    return lambda step: step.ending is reason


@dataclass(frozen=True)
class Clocks:
    """Per case, since when the serious-crime judgement is pending and the process ended."""

    judgement_pending: dict[int, date]
    ended: dict[int, ProcessEnding]
    sav_to_ask: dict[int, date]


def clocks(conn: Connection, current: dict[int, Signed],
           handling: Mapping[int, str] | None = None) -> Clocks:
    """The clocks of the cases whose assessment in force starts one (few: the others are not
    read again). ``handling``: the board holding each case, for SAV's judgement to be asked
    for (none without it)."""
    units = handling or {}
    asks = {case_id: _asks_sav(units.get(case_id)) for case_id in current}
    wanted = [case_id for case_id, step in current.items()
              if step.ending is not None or step.facts.checkpoints.serious_crime.judgement_pending
              or asks[case_id](step)]
    history = _history(conn, wanted) if wanted else {}
    pending: dict[int, date] = {}
    ended: dict[int, ProcessEnding] = {}
    raised = {case_id: first for case_id, steps in history.items()
              if (first := _first(steps, asks[case_id])) is not None}
    answered = repo_case_flow.sav_asked_or_decided(conn, list(raised)) if raised else {}
    sav_to_ask = {case_id: first.astimezone().date() for case_id, first in raised.items()
                  if case_id not in answered
                  or datetime.fromisoformat(answered[case_id]) < first}
    for case_id, steps in history.items():
        day = _since(steps, lambda s: s.facts.checkpoints.serious_crime.judgement_pending)
        if day is not None:
            pending[case_id] = day
        reason = current[case_id].ending
        if reason is not None:
            since = _since(steps, _ending_with(reason))
            if since is not None:
                ended[case_id] = ProcessEnding(reason.value, since)
    return Clocks(pending, ended, sav_to_ask)


def ending_of(conn: Connection, case: Case) -> ProcessEnding | None:
    """The ending the signed assessment in force gives a defector case still held at this
    board (in investigation, decided or with interventions); None otherwise."""
    if case.type is not CaseType.DEFECTOR or case.status not in _HELD_HERE:
        return None
    return clocks(conn, in_force(conn, [case.id])).ended.get(case.id)


def ending(session: Session, case_id: int) -> ProcessEnding | None:
    """:func:`ending_of` for the case (see there)."""
    conn = session.vault.conn
    return ending_of(conn, case_of(conn, case_id, open_only=False))


def sav_question_of(conn: Connection, case: Case) -> date | None:
    """The local day the signed assessment raising it was signed, where a defector case still
    held at this board leaves SAV's judgement on a special defector to be asked for and SAV was
    neither asked nor has decided since (the due item's clock); None otherwise."""
    if case.type is not CaseType.DEFECTOR or case.status not in _HELD_HERE:
        return None
    found = clocks(conn, in_force(conn, [case.id]), {case.id: case.owning_unit})
    return None if case.id in found.ended else found.sav_to_ask.get(case.id)


def sav_question(session: Session, case_id: int) -> date | None:
    """:func:`sav_question_of` for the case (see there)."""
    conn = session.vault.conn
    return sav_question_of(conn, case_of(conn, case_id, open_only=False))
