"""A defector case opened during a prison sentence (Kriminalvården) or closed youth care (SiS):
the institution, the expected release, and the planning of the transition to release."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from utvag.domain._checks import require_date, require_order, require_text
from utvag.domain.errors import DomainError


class CustodyKind(StrEnum):
    PRISON = "prison"  # a prison sentence, Kriminalvården
    CLOSED_YOUTH_CARE = "closed_youth_care"  # closed youth care at a SiS home

    @property
    def authority(self) -> str:
        """Who the transition is planned with."""
        return "Kriminalvården" if self is CustodyKind.PRISON else "SiS"


@dataclass(frozen=True)
class CustodyPeriod:
    """A stay in prison or closed youth care during the case.

    ``expected_release_on`` is the release the authority expects (it can move: the record keeps
    the latest); ``planning_held_on`` the day the transition was planned with Kriminalvården or
    SiS; ``released_on`` the day the person was released.
    """

    kind: CustodyKind
    institution: str = field(repr=False)
    expected_release_on: date
    starts_on: date | None = None
    planning_held_on: date | None = None
    released_on: date | None = None
    record_id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.kind, CustodyKind):
            raise DomainError("custody.kind must be prison or closed_youth_care.",
                              field="custody.kind", rule="choice")
        require_text(self.institution, "custody.institution", max_length=200)
        require_date(self.expected_release_on, "custody.expected_release_on")
        require_order(self.starts_on, self.expected_release_on, "custody.expected_release_on",
                      "the start of the stay")
        require_order(self.starts_on, self.released_on, "custody.released_on",
                      "the start of the stay")
        require_order(self.starts_on, self.planning_held_on, "custody.planning_held_on",
                      "the start of the stay")
        require_order(self.planning_held_on, self.released_on, "custody.released_on",
                      "the transition planning")

    @property
    def released(self) -> bool:
        return self.released_on is not None
