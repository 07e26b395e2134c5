"""Translated labels for domain values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from utvag.domain.case_records import CaseStatus, CaseType, ProtectedIdentity

translate = QCoreApplication.translate


def case_type_label(value: CaseType) -> str:
    return {
        CaseType.DEFECTOR: translate("labels", "Defector"),
        CaseType.RELATIVE: translate("labels", "Relative"),
        CaseType.HIGH_RISK: translate("labels", "High-risk"),
    }[value]


def case_status_label(value: CaseStatus) -> str:
    return {
        CaseStatus.INVESTIGATION: translate("labels", "Investigation"),
        CaseStatus.DECIDED: translate("labels", "Decided"),
        CaseStatus.INTERVENTIONS: translate("labels", "Interventions"),
        CaseStatus.CLOSED: translate("labels", "Closed"),
        CaseStatus.TRANSFERRED: translate("labels", "Transferred"),
    }[value]


def protected_identity_label(value: ProtectedIdentity) -> str:
    return {
        ProtectedIdentity.NONE: translate("labels", "None"),
        ProtectedIdentity.SEKRETESSMARKERING: translate("labels", "Confidentiality marking"),
        ProtectedIdentity.SKYDDAD_FOLKBOKFORING: translate(
            "labels", "Protected population registration"
        ),
        ProtectedIdentity.FINGERADE_PERSONUPPGIFTER: translate("labels", "Fictitious identity"),
    }[value]


def unit_label(value: str) -> str:
    return {
        "Centrum": translate("labels", "Centrum"),
        "Hisingen": translate("labels", "Hisingen"),
        "Nordost": translate("labels", "Nordost"),
        "Sydvast": translate("labels", "Sydväst"),
        "SAV": translate("labels", "SAV (central defector unit)"),
    }.get(value, value)
