"""What the signed assessments say about the defector process going on, and since when.

Two things are read from the signed assessments of a case, newest first:

* whether the assessment in force ends the defector process — the person does not meet every
  criterion («Samtliga ovanstående kriterier ska vara uppfyllda för att individen ska kunna vara
  en avhoppare», "Ärendeprocess › Kriterier för att bedömas som avhoppare"), or the board and the
  Police judged that continuing the investigation is not appropriate («… göras en bedömning om
  det är lämpligt att fortsätta avhoppäretredningen», "Ärendeprocess › Övriga aspekter") — so that
  the case is to be closed with that reason (:func:`utvag.domain.rules.process_ending`);
* whether a suspicion of serious crime still waits for that judgement.

Each is dated by the signing of the first of the newest signed assessments that all say it, so
re-signing an assessment that says the same does not restart a clock. ``services/due.py`` reads
both for its clocks; the case view and ``utvag case show`` say the ending plainly.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from utvag.domain.case_records import Case, CaseStatus, CaseType
from utvag.domain.case_status import ClosureReason
from utvag.domain.rules import process_ending
from utvag.forms.facts import NO_FACTS, AssessmentFacts
from utvag.services import assessment_facts
from utvag.services.case_ref import case_of
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.vault import repo_assessments
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


def _since(steps: list[Signed], says: Callable[[Signed], bool]) -> date | None:
    """The local day the first of the newest signed assessments that all say it was signed."""
    first = None
    for step in reversed(steps):
        if not says(step):
            break
        first = step.signed_at or first
    if first is None:
        return None
    return datetime.fromisoformat(first).astimezone().date()


def _ending_with(reason: ClosureReason) -> Callable[[Signed], bool]:
    return lambda step: step.ending is reason


@dataclass(frozen=True)
class Clocks:
    """Per case, since when the serious-crime judgement is pending and the process ended."""

    judgement_pending: dict[int, date]
    ended: dict[int, ProcessEnding]


def clocks(conn: Connection, current: dict[int, Signed]) -> Clocks:
    """The two clocks of the cases whose assessment in force starts one (few: the others are not
    read again)."""
    wanted = [case_id for case_id, step in current.items()
              if step.ending is not None or step.facts.checkpoints.serious_crime.judgement_pending]
    history = _history(conn, wanted) if wanted else {}
    pending: dict[int, date] = {}
    ended: dict[int, ProcessEnding] = {}
    for case_id, steps in history.items():
        day = _since(steps, lambda s: s.facts.checkpoints.serious_crime.judgement_pending)
        if day is not None:
            pending[case_id] = day
        reason = current[case_id].ending
        if reason is not None:
            since = _since(steps, _ending_with(reason))
            if since is not None:
                ended[case_id] = ProcessEnding(reason.value, since)
    return Clocks(pending, ended)


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
