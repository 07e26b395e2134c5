"""Translated labels for domain values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from utvag.domain.case_records import CaseStatus, CaseType, ProtectedIdentity


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def case_type_label(value: CaseType) -> str:
    return {
        CaseType.DEFECTOR: _tr("Defector"),
        CaseType.RELATIVE: _tr("Relative"),
        CaseType.HIGH_RISK: _tr("High-risk"),
    }[value]


def case_status_label(value: CaseStatus) -> str:
    return {
        CaseStatus.INVESTIGATION: _tr("Investigation"),
        CaseStatus.DECIDED: _tr("Decided"),
        CaseStatus.INTERVENTIONS: _tr("Interventions"),
        CaseStatus.CLOSED: _tr("Closed"),
        CaseStatus.TRANSFERRED: _tr("Transferred"),
    }[value]


def protected_identity_label(value: ProtectedIdentity) -> str:
    return {
        ProtectedIdentity.NONE: _tr("None"),
        ProtectedIdentity.SEKRETESSMARKERING: _tr("Confidentiality marking"),
        ProtectedIdentity.SKYDDAD_FOLKBOKFORING: _tr("Protected population registration"),
        ProtectedIdentity.FINGERADE_PERSONUPPGIFTER: _tr("Fictitious identity"),
    }[value]


def unit_label(value: str) -> str:
    return {
        "Centrum": _tr("Centrum"),
        "Hisingen": _tr("Hisingen"),
        "Nordost": _tr("Nordost"),
        "Sydvast": _tr("Sydväst"),
        "SAV": _tr("SAV (central defector unit)"),
    }.get(value, value)
