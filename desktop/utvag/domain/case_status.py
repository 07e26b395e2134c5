"""The status of a defector case and its history.

``CaseStatus`` is the one the case records use: investigation → decided → interventions → closed,
or transferred (the case is closed at this board because handling moves to another one). A case
whose signed assessment routes it to another board waits in ``awaiting_transfer`` until its
package is sent: it is not decided here, and no long-term intervention is decided here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from utvag.domain.case_records import CaseStatus as CaseStatus
from utvag.domain.units import Unit


class ClosureReason(StrEnum):
    HANDLING_TRANSFERRED = "handling_transferred"
    HANDED_OVER = "handed_over"
    COMPLETED = "completed"
    NOT_DEFECTOR = "not_defector"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    DISCONTINUED_AFTER_POLICE_CONSULTATION = "discontinued_after_police_consultation"
    DECLINED_BY_INDIVIDUAL = "declined_by_individual"
    OTHER = "other"

    @property
    def text_sv(self) -> str:
        return _REASON_SV[self]

    @property
    def text_en(self) -> str:
        return _REASON_EN[self]


_REASON_SV = {
    ClosureReason.HANDLING_TRANSFERRED: "Handläggningen överflyttas till annan socialnämnd.",
    ClosureReason.HANDED_OVER: "Ärendet har lämnats över till en kollega i enheten (rotation).",
    ClosureReason.COMPLETED: "Avhopparärendet är fullföljt.",
    ClosureReason.NOT_DEFECTOR: "Individen uppfyller inte kriterierna för avhoppare.",
    ClosureReason.CONSENT_WITHDRAWN: "Samtycket har återkallats.",
    ClosureReason.DISCONTINUED_AFTER_POLICE_CONSULTATION: (
        "Efter samråd med Polismyndigheten är det inte lämpligt att fortsätta utredningen."
    ),
    ClosureReason.DECLINED_BY_INDIVIDUAL: "Individen har avböjt fortsatt stöd.",
    ClosureReason.OTHER: "Annat skäl.",
}
_REASON_EN = {
    ClosureReason.HANDLING_TRANSFERRED: "Handling is transferred to another board.",
    ClosureReason.HANDED_OVER: "The case was handed to a colleague in the unit (rotation).",
    ClosureReason.COMPLETED: "The defector case is completed.",
    ClosureReason.NOT_DEFECTOR: "The person does not meet the defector criteria.",
    ClosureReason.CONSENT_WITHDRAWN: "The consent has been withdrawn.",
    ClosureReason.DISCONTINUED_AFTER_POLICE_CONSULTATION: (
        "After consulting the Police, continuing the investigation is not appropriate."
    ),
    ClosureReason.DECLINED_BY_INDIVIDUAL: "The person has declined further support.",
    ClosureReason.OTHER: "Other reason.",
}


@dataclass(frozen=True)
class StatusChange:
    """One step in a case's status history. Closing carries a reason; a transfer also names the
    receiving unit."""

    status: CaseStatus
    on: date
    reason: ClosureReason | None = None
    receiving_unit: Unit | None = None
