"""Incidents against staff as the lists show them, and the Police report draft of the selected
one: printed on explicit action only, after the system's print dialog, never written to a file
(``printing.print_text``: laid out and painted off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget, QWidget

from utvag.errors import UtvagError
from utvag.services.high_risk_records import IncidentRecord
from utvag.ui.labels import local_time
from utvag.ui.list_items import current_id
from utvag.ui.messages import known_error_text
from utvag.ui.printing import print_text as print_text
from utvag.ui.staff_safety.high_risk_labels import ground_label, place_label, support_label

translate = QCoreApplication.translate
Printer = Callable[[QWidget, str], object]  # ``print_text``, or a test's stand-in


def print_selected_draft(parent: QWidget, incidents: QListWidget, status: QLabel,
                         printer: Printer, draft: Callable[[int], str]) -> None:
    """The Police report draft (``draft`` of the incident's id) of the incident selected in
    ``incidents``, to ``printer``; no selection or a refusal is said in ``status``."""
    incident_id = current_id(incidents)
    if incident_id is None:
        status.setText(translate("incidents", "Choose an incident first."))
        return
    try:
        text = draft(incident_id)
    except UtvagError as exc:
        status.setText(known_error_text(exc))
        return
    printer(parent, text)


def incident_line(incident: IncidentRecord, *, at_unit: bool = False) -> str:
    """When, (at the unit: where,) what, who; the Police report and the support; the account."""
    parts = [local_time(incident.occurred_at)]
    if at_unit:
        parts.append(place_label(incident.place or ""))
    parts += [ground_label(incident.kind), incident.staff]
    if at_unit and incident.person:
        parts.append(incident.person)
    if incident.police_reported_on:
        parts.append(translate("incidents", "reported to the Police %1 (%2)").replace(
            "%1", incident.police_reported_on).replace(
            "%2", incident.police_report_number or "—"))
    if incident.support_offered:
        parts.append(", ".join(support_label(s) for s in incident.support_offered))
    return " · ".join(parts) + "\n" + incident.description
