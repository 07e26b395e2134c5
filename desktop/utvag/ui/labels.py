"""Translated labels for domain values."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from utvag.domain.case_records import CaseStatus, CaseType, ProtectedIdentity
from utvag.ui.code_labels import kept_per_language
from utvag.ui.unit_labels import unit_label as unit_label

translate = QCoreApplication.translate


# The case list asks for a type and a status for every cell it paints.
@kept_per_language
def case_type_label(value: CaseType) -> str:
    return {
        CaseType.DEFECTOR: translate("labels", "Defector"),
        CaseType.RELATIVE: translate("labels", "Relative"),
        CaseType.HIGH_RISK: translate("labels", "High-risk"),
    }[value]


@kept_per_language
def case_status_label(value: CaseStatus) -> str:
    return {
        CaseStatus.INVESTIGATION: translate("labels", "Investigation"),
        # A case is "decided" when its signed assessment of the criteria routes it to this board
        # (case_flow.status_after_routing): nothing the board decides is implied, so the
        # status is named for what happened.
        CaseStatus.DECIDED: translate("labels", "Criteria assessed"),
        CaseStatus.INTERVENTIONS: translate("labels", "Interventions"),
        CaseStatus.AWAITING_TRANSFER: translate("labels", "Awaiting transfer"),
        CaseStatus.CLOSED: translate("labels", "Closed"),
        CaseStatus.TRANSFERRED: translate("labels", "Transferred"),
    }[value]


@kept_per_language
def protected_identity_label(value: ProtectedIdentity) -> str:
    return {
        ProtectedIdentity.NONE: translate("labels", "None"),
        ProtectedIdentity.SEKRETESSMARKERING: translate("labels", "Confidentiality marking"),
        ProtectedIdentity.SKYDDAD_FOLKBOKFORING: translate(
            "labels", "Protected population registration"
        ),
        ProtectedIdentity.FINGERADE_PERSONUPPGIFTER: translate("labels", "Fictitious identity"),
    }[value]


def local_time(stored: str, *, seconds: bool = False) -> str:
    """A stored UTC timestamp as the user's wall-clock time (the vault keeps UTC)."""
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return stored
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def local_date(stored: str) -> str:
    return local_time(stored)[:10]
