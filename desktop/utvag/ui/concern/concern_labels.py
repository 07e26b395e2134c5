"""Translated labels for concern reports: reporters, assessment outcomes and who took part in a
conversation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from utvag.ui.code_labels import CodeLabels

translate = QCoreApplication.translate


reporter_label = CodeLabels(lambda: {
    "police": translate("concern", "Police"),
    "school": translate("concern", "School"),
    "health_care": translate("concern", "Health care"),
    "private_person": translate("concern", "Private person"),
    "other": translate("concern", "Other"),
}, missing=lambda: translate("concern", "Not recorded"))


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


participant_label = CodeLabels(lambda: {
    "child": translate("concern", "The child"),
    "guardian": translate("concern", "Guardian"),
    "reporter": translate("concern", "The reporter"),
    "police": translate("concern", "Police"),
    "school": translate("concern", "School"),
    "other": translate("concern", "Other"),
})

