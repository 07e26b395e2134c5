"""The rules of needs and their follow-up: coded areas and outcomes, the follow-up date computed
from the recorded dates (three months, or the intervention's end), the latest outcome."""

from __future__ import annotations

from datetime import date

import pytest

from utvag.domain.deadlines import need_followup_due
from utvag.domain.errors import DomainError
from utvag.domain.interventions import Intervention, InterventionUrgency
from utvag.domain.needs import (
    Need,
    NeedArea,
    NeedFollowUp,
    NeedOutcome,
    check_followup_dates,
    latest_outcome,
)


def decided(on: date, ends: date | None = None) -> Intervention:
    urgency = InterventionUrgency.TIME_LIMITED if ends else InterventionUrgency.LONG_TERM
    return Intervention("mentor", urgency, on, None, ends)


def test_the_six_areas_of_the_investigation_are_coded() -> None:
    assert [a.value for a in NeedArea] == ["safety_housing", "livelihood", "employment_school",
                                          "health_addiction", "relations", "criminality"]
    assert [o.value for o in NeedOutcome] == ["met", "partly", "not_met"]


def test_the_follow_up_date_comes_from_the_decision_the_last_follow_up_and_the_end() -> None:
    assert need_followup_due(decided(date(2025, 1, 31)), None) == date(2025, 4, 30)
    assert need_followup_due(decided(date(2025, 1, 31)), date(2025, 4, 10)) == date(2025, 7, 10)
    ending = decided(date(2025, 1, 31), date(2025, 3, 1))
    assert need_followup_due(ending, None) == date(2025, 3, 1)  # the end comes first
    assert need_followup_due(ending, date(2025, 2, 20)) == date(2025, 3, 1)
    assert need_followup_due(ending, date(2025, 3, 1)) is None  # followed up at its end
    long_end = decided(date(2025, 1, 31), date(2026, 1, 1))
    assert need_followup_due(long_end, None) == date(2025, 4, 30)


def test_the_latest_follow_up_gives_the_outcome() -> None:
    day = date(2025, 5, 1)
    held = (NeedFollowUp(1, day, NeedOutcome.NOT_MET), NeedFollowUp(1, date(2025, 8, 1),
                                                                    NeedOutcome.MET),
            NeedFollowUp(1, date(2025, 8, 1), NeedOutcome.PARTLY))
    assert latest_outcome(()) is None
    assert latest_outcome(held) is NeedOutcome.PARTLY  # same day: the later record
    assert latest_outcome(held, before=date(2025, 8, 1)) is NeedOutcome.NOT_MET
    assert latest_outcome(held, before=day) is None


def test_a_follow_up_is_not_before_the_need_or_the_decision() -> None:
    need = Need(NeedArea.RELATIONS, date(2025, 3, 1))
    check_followup_dates(need, date(2025, 2, 1), NeedFollowUp(1, date(2025, 3, 1),
                                                               NeedOutcome.MET))
    for held, decision in ((date(2025, 2, 28), None), (date(2025, 3, 5), date(2025, 3, 6))):
        with pytest.raises(DomainError) as caught:
            check_followup_dates(need, decision, NeedFollowUp(1, held, NeedOutcome.MET))
        assert caught.value.rule == "date_order"
    with pytest.raises(DomainError):
        Need("housing", date(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(DomainError):
        Need(NeedArea.RELATIONS, date(2025, 1, 1), "x" * 1001)
    with pytest.raises(DomainError):
        NeedFollowUp(1, date(2025, 1, 1), "met")  # type: ignore[arg-type]
