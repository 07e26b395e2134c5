"""The defector case: the aggregate that the rules in ``rules.case_flow`` move through its life."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from utvag.domain._checks import require_text
from utvag.domain.case_status import CaseStatus, ClosureReason, StatusChange
from utvag.domain.checkpoints import Checkpoints
from utvag.domain.consent import ConsentRecord
from utvag.domain.errors import DomainError
from utvag.domain.interventions import Intervention
from utvag.domain.milieu import Milieu
from utvag.domain.personal_number import PersonIdentity
from utvag.domain.relatives import Relative
from utvag.domain.routing import RoutingOutcome
from utvag.domain.threat import ThreatAssessment
from utvag.domain.units import Unit


@dataclass(frozen=True)
class DefectorCase:
    """One defector case at one board. ``history`` starts with the opened investigation.

    ``belonging`` is the district the person belongs to; ``handling_unit`` the board or SAV that
    handles this case. ``transferred_from`` is set when the investigation was opened on an
    application transferred from another board.
    """

    case_id: str
    identity: PersonIdentity
    belonging: Unit
    handling_unit: Unit
    history: tuple[StatusChange, ...]
    milieu: Milieu | None = None
    consents: tuple[ConsentRecord, ...] = ()
    threat_assessments: tuple[ThreatAssessment, ...] = ()
    routing: RoutingOutcome | None = None
    interventions: tuple[Intervention, ...] = ()
    relatives: tuple[Relative, ...] = ()
    checkpoints: Checkpoints = field(default_factory=Checkpoints)
    transferred_from: Unit | None = None

    def __post_init__(self) -> None:
        require_text(self.case_id, "case.case_id", max_length=100)
        if not self.belonging.is_district:
            raise DomainError(
                "The person's belonging must be one of the four districts.",
                field="case.belonging",
                rule="district",
            )
        if not self.history or self.history[0].status is not CaseStatus.INVESTIGATION:
            raise DomainError(
                "A case starts with an opened investigation.",
                field="case.history",
                rule="opened_at_first_contact",
            )

    @property
    def status(self) -> CaseStatus:
        return self.history[-1].status

    @property
    def opened_on(self) -> date:
        return self.history[0].on

    @property
    def is_closed(self) -> bool:
        """Closed, or transferred (closed here because another board took over)."""
        return self.status in (CaseStatus.CLOSED, CaseStatus.TRANSFERRED)

    @property
    def closure_reason(self) -> ClosureReason | None:
        return self.history[-1].reason if self.is_closed else None
