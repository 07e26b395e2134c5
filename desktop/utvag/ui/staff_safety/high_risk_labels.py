"""Translated labels for the high-risk codes: grounds (also the kinds of incident), the place
of an incident at the unit, support offered to staff, and kinds of conflict of interest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from utvag.domain.high_risk import ConflictKind, Ground, IncidentPlace, Support
from utvag.ui.code_labels import CodeLabels

translate = QCoreApplication.translate


ground_label = CodeLabels(lambda: {
    Ground.SERIOUS_THREAT: translate("high_risk", "Serious threat"),
    Ground.SUBTLE_THREAT: translate("high_risk", "Subtle threat"),
    Ground.HARASSMENT: translate("high_risk", "Harassment"),
    Ground.VIOLENCE: translate("high_risk", "Violence"),
    Ground.STALKING: translate("high_risk", "Stalking"),
    Ground.THREAT_AGAINST_STAFF_FAMILY: translate("high_risk",
                                                  "Threat against staff's family"),
    Ground.PROPERTY_DAMAGE: translate("high_risk", "Property damage"),
})


# Where an incident at the unit happened; ``case`` is an incident recorded in a case.
place_label = CodeLabels(lambda: {
    IncidentPlace.RECEPTION: translate("high_risk", "Reception"),
    IncidentPlace.MEETING_ROOM: translate("high_risk", "Meeting room"),
    IncidentPlace.OFFICE: translate("high_risk", "Office"),
    IncidentPlace.PHONE_OR_DIGITAL: translate("high_risk", "Phone or digital"),
    IncidentPlace.OUTSIDE_WORK: translate("high_risk", "Outside the workplace"),
    IncidentPlace.OTHER: translate("high_risk", "Other place"),
    "case": translate("high_risk", "In a case"),
})


support_label = CodeLabels(lambda: {
    Support.OCCUPATIONAL_HEALTH: translate("high_risk", "Occupational health service"),
    Support.PROCESS_SUPERVISION: translate("high_risk", "Process supervision"),
    Support.OTHER: translate("high_risk", "Other support"),
})


conflict_label = CodeLabels(lambda: {
    ConflictKind.CASEWORKER_REPORTED_CLIENT: translate(
        "high_risk", "The caseworker reported the client to the Police"),
    ConflictKind.CLIENT_REPORTED_CASEWORKER: translate(
        "high_risk", "The client reported the caseworker"),
    ConflictKind.OTHER: translate("high_risk", "Other conflict of interest"),
})
