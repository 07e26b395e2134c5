"""Incidents against staff at the unit, not in a case, on a real vault: recorded from the main
window's menu through the incident dialog without a case, listed with the year's count, and the
Police report draft printed on explicit action only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from conftest import UiVault
from utvag.services import audit_log, unit_incidents
from utvag.services.session import Session
from utvag.ui.staff_safety.incident_dialog import IncidentDialog
from utvag.ui.staff_safety.unit_incidents_view import UnitIncidentsView
from utvag.ui.window import MainWindow

SECRET = "Okänd man slog i receptionsdisken"


@pytest.fixture
def session(vault: UiVault) -> Iterator[Session]:
    opened = vault.open()
    yield opened
    opened.close()


def ok(dialog: IncidentDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def at(dialog: IncidentDialog, when: datetime) -> None:
    dialog.occurred_at.setDateTime(QDateTime(QDate(when.year, when.month, when.day),
                                             QTime(when.hour, when.minute)))


def test_record_list_and_print_an_incident_in_the_reception(qtbot: Any,
                                                            session: Session) -> None:
    printed: list[str] = []
    view = UnitIncidentsView(session, printer=lambda _p, text: printed.append(text))
    qtbot.addWidget(view)
    view.show()
    assert view.incidents.count() == 0 and "0 incidents" in view.summary.text()

    dialog = view.open_incident_dialog()
    assert dialog.windowTitle() == "Incident against staff at the unit"
    assert dialog.place.isVisibleTo(dialog) and not dialog.attachments.isVisibleTo(dialog)
    at(dialog, datetime.now() + timedelta(days=1))
    dialog.place.setCurrentIndex(dialog.place.findData("reception"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("violence"))
    dialog.staff.setText("Receptionist EF")
    dialog.person.setText("Okänd man, cirka 30 år")
    dialog.description.setPlainText(SECRET)
    ok(dialog)
    assert dialog.isVisible() and "occurred_at" in dialog.error.text()
    assert SECRET not in dialog.error.text()
    assert unit_incidents.unit_incidents(session, datetime.now().year) == []

    at(dialog, datetime.now() - timedelta(hours=2))
    dialog.support["occupational_health"].setChecked(True)
    ok(dialog)
    assert not dialog.isVisible()
    [stored] = unit_incidents.unit_incidents(session, datetime.now().year)
    assert (stored.id, stored.case_id, stored.place) == (dialog.record_id, None, "reception")
    assert stored.person == "Okänd man, cirka 30 år"
    assert view.incidents.count() == 1
    line = view.incidents.item(0).text()
    assert "Reception" in line and "Violence" in line and SECRET in line
    assert "1 incidents against staff" in view.summary.text()

    view.print_police_draft()
    assert printed == [] and "Choose an incident" in view.status.text()
    view.incidents.setCurrentRow(0)
    view.print_police_draft()
    [draft] = printed
    assert "Receptionen" in draft and SECRET in draft
    actions = [e.action for e in audit_log.entries(session) if e.case_id is None]
    assert {"unit_incident.add", "unit_incident.read", "unit_incident.police_draft",
            "staff_safety.summary"} <= set(actions)


def test_the_main_window_menu_opens_the_dialog_and_the_list(open_window: MainWindow,
                                                            qtbot: Any) -> None:
    session = open_window.session
    assert session is not None
    open_window.record_unit_incident_action.trigger()
    [dialog] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, IncidentDialog) and w.isVisible()]
    dialog.place.setCurrentIndex(dialog.place.findData("phone_or_digital"))
    dialog.staff.setText("HL")
    dialog.description.setPlainText(SECRET)
    at(dialog, datetime.now() - timedelta(hours=1))
    ok(dialog)
    assert not dialog.isVisible()
    [stored] = unit_incidents.unit_incidents(session, datetime.now().year)
    assert stored.place == "phone_or_digital"

    open_window.unit_incidents_action.trigger()
    [view] = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, UnitIncidentsView) and w.isVisible()]
    assert view.windowTitle() == "Incidents against staff at the unit"
    assert view.incidents.count() == 1
    open_window.lock()
    qtbot.waitUntil(lambda: not any(isinstance(w, UnitIncidentsView) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
    assert open_window.show_unit_incidents() is None  # locked: nothing to show
    assert open_window.record_unit_incident() is None
