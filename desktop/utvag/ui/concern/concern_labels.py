"""Translated labels for concern reports: reporters, assessment outcomes and who took part in a
conversation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def reporter_label(code: str | None) -> str:
    return {
        "police": translate("concern", "Police"),
        "school": translate("concern", "School"),
        "health_care": translate("concern", "Health care"),
        "private_person": translate("concern", "Private person"),
        "other": translate("concern", "Other"),
    }.get(code or "", translate("concern", "Not recorded"))


def protection_label(code: str | None) -> str:
    return {
        "immediate_protection_needed": translate("concern", "Immediate protection needed"),
        "no_immediate_protection_needed": translate("concern",
                                                    "No immediate protection needed"),
    }.get(code or "", "—")


def preliminary_label(code: str | None) -> str:
    return {
        "investigation_opened": translate("concern", "Investigation opened"),
        "no_investigation": translate("concern", "No investigation opened"),
    }.get(code or "", "—")


def participant_label(code: str) -> str:
    return {
        "child": translate("concern", "The child"),
        "guardian": translate("concern", "Guardian"),
        "reporter": translate("concern", "The reporter"),
        "police": translate("concern", "Police"),
        "school": translate("concern", "School"),
        "other": translate("concern", "Other"),
    }.get(code, code)


def protection_level_label(code: str) -> str:
    return {
        "none": translate("concern", "None"),
        "sekretessmarkering": translate("concern", "Sekretessmarkering"),
        "skyddad_folkbokforing": translate("concern", "Skyddad folkbokföring"),
        "fingerade_personuppgifter": translate("concern", "Fingerade personuppgifter"),
    }.get(code, code)
