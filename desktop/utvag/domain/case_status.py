"""The status of a defector case and its history.

``CaseStatus`` is the one the case records use: investigation → decided → interventions → closed,
or transferred (the case is closed at this board because handling moves to another one). A case
whose signed assessment routes it to another board waits in ``awaiting_transfer`` until its
package is sent: it is not decided here, and no long-term intervention is decided here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from utvag.domain.case_records import CaseStatus as CaseStatus
from utvag.domain.labelled import LabelledEnum
from utvag.domain.units import Unit


class ClosureReason(LabelledEnum):
    """Why a case was closed; the labels are the sentences a closure shows and sends."""

    HANDLING_TRANSFERRED = (
        "handling_transferred",
        "Handläggningen överflyttas till annan socialnämnd.",
        "Handling is transferred to another board.",
    )
    HANDED_OVER = (
        "handed_over",
        "Ärendet har lämnats över till en kollega i enheten (rotation).",
        "The case was handed to a colleague in the unit (rotation).",
    )
    COMPLETED = "completed", "Avhopparärendet är fullföljt.", "The defector case is completed."
    NOT_DEFECTOR = (
        "not_defector",
        "Individen uppfyller inte kriterierna för avhoppare.",
        "The person does not meet the defector criteria.",
    )
    CONSENT_WITHDRAWN = (
        "consent_withdrawn",
        "Samtycket har återkallats.",
        "The consent has been withdrawn.",
    )
    DISCONTINUED_AFTER_POLICE_CONSULTATION = (
        "discontinued_after_police_consultation",
        "Efter samråd med Polismyndigheten är det inte lämpligt att fortsätta utredningen.",
        "After consulting the Police, continuing the investigation is not appropriate.",
    )
    DECLINED_BY_INDIVIDUAL = (
        "declined_by_individual",
        "Individen har avböjt fortsatt stöd.",
        "The person has declined further support.",
    )
    OTHER = "other", "Annat skäl.", "Other reason."


@dataclass(frozen=True)
class StatusChange:
    """One step in a case's status history. Closing carries a reason; a transfer also names the
    receiving unit."""

    status: CaseStatus
    on: date
    reason: ClosureReason | None = None
    receiving_unit: Unit | None = None
