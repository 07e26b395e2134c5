"""The High risk tab on a real vault: flag and clear, incidents against staff and the Police
report draft, rotation with its history, conflicts of interest and the warnings on opening."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from conftest import UiVault
from utvag.services import audit_log, cases, high_risk
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.case.case_view import CaseView
from utvag.ui.staff_safety.staff_safety_tab import StaffSafetyTab

SECRET = "Klienten hotade med kniv vid porten"
NAME = "Hotad Klientsson"


@pytest.fixture
def session(vault: UiVault) -> Iterator[Session]:
    opened = vault.open()
    yield opened
    opened.close()


@pytest.fixture
def case_id(session: Session) -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": NAME, "birth_date": "1990-04-03"}})


def tab_for(qtbot: Any, session: Session, case_id: int,
            printed: list[str] | None = None) -> StaffSafetyTab:
    def printer(_parent: Any, text: str) -> None:
        assert printed is not None
        printed.append(text)

    tab = StaffSafetyTab(session, case_id, printer=printer)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    return tab


def ok(dialog: Any) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def test_flag_and_clear_with_a_reason(qtbot: Any, session: Session, case_id: int) -> None:
    tab = tab_for(qtbot, session, case_id)
    assert "not flagged" in tab.flag_state.text() and not tab.warnings.isVisible()
    tab.flag_button.click()  # no grounds chosen
    assert "grounds" in tab.status.text() and high_risk.flag_history(session, case_id) == []
    tab.grounds["stalking"].setChecked(True)
    tab.grounds["property_damage"].setChecked(True)
    tab.network.setChecked(True)
    tab.flag_button.click()
    [flag] = high_risk.flag_history(session, case_id)
    assert list(flag.grounds) == ["stalking", "property_damage"] and flag.network_linked
    assert "Stalking, Property damage" in tab.flag_state.text()
    assert tab.warnings.isVisible() and "High-risk case" in tab.warnings.text()
    assert tab.clear_button.isVisible() and not tab.flag_button.isVisible()

    tab.clear_button.click()  # no reason given
    assert "reason" in tab.status.text()
    assert high_risk.flag_history(session, case_id)[0].cleared_at is None
    tab.clear_reason.setText("Hotet bedöms upphört")
    tab.clear_button.click()
    [flag] = high_risk.flag_history(session, case_id)
    assert flag.cleared_at is not None and flag.clear_reason == "Hotet bedöms upphört"
    assert "not flagged" in tab.flag_state.text() and tab.flag_history.count() == 1
    assert "cleared" in tab.flag_history.item(0).text()


def test_an_incident_is_recorded_and_a_future_one_refused(
        qtbot: Any, session: Session, case_id: int) -> None:
    photo = cases.attach(session, case_id, io.BytesIO(b"bild"), "skadad-bil.jpg")
    printed: list[str] = []
    tab = tab_for(qtbot, session, case_id, printed)
    dialog = tab.open_incident_dialog()
    later = datetime.now() + timedelta(days=1)
    dialog.occurred_at.setDateTime(QDateTime(QDate(later.year, later.month, later.day),
                                             QTime(later.hour, later.minute)))
    dialog.kind.setCurrentIndex(dialog.kind.findData("serious_threat"))
    dialog.staff.setText("HL")
    dialog.description.setPlainText(SECRET)
    ok(dialog)
    assert dialog.isVisible() and "occurred_at" in dialog.error.text()
    assert SECRET not in dialog.error.text()
    assert high_risk.incidents(session, case_id) == []

    earlier = datetime.now() - timedelta(hours=2)
    dialog.occurred_at.setDateTime(QDateTime(QDate(earlier.year, earlier.month, earlier.day),
                                             QTime(earlier.hour, earlier.minute)))
    dialog.reported.setChecked(True)
    dialog.report_number.setText("5000-K1-26")
    dialog.support["occupational_health"].setChecked(True)
    assert dialog.attachments.count() == 1
    dialog.attachments.item(0).setCheckState(Qt.CheckState.Checked)
    ok(dialog)
    assert not dialog.isVisible()
    [incident] = high_risk.incidents(session, case_id)
    assert (incident.kind, incident.staff) == ("serious_threat", "HL")
    assert incident.police_report_number == "5000-K1-26"
    assert list(incident.support_offered) == ["occupational_health"]
    assert list(incident.attachment_ids) == [photo]
    assert tab.incidents.count() == 1 and "Occupational health" in tab.incidents.item(0).text()

    assert printed == []  # only on explicit action
    tab.incidents.setCurrentRow(0)
    tab.print_police_draft()
    [draft] = printed
    assert "5000-K1-26" in draft and SECRET in draft and NAME not in draft
    actions = [e.action for e in audit_log.entries(session, case_id)]
    assert "incident.police_draft" in actions


def test_rotation_keeps_the_history(qtbot: Any, session: Session, case_id: int) -> None:
    tab = tab_for(qtbot, session, case_id)
    first = cases.get_case(session, case_id).caseworker
    tab.to_caseworker.setText("bertil")
    tab.reassign_button.click()  # no reason
    assert "reason" in tab.status.text() and high_risk.assignment_history(session, case_id) == []
    tab.reassign_reason.setText("Rotation efter hot")
    tab.reassign_button.click()
    tab.to_caseworker.setText("cecilia")
    tab.reassign_reason.setText("Ny rotation")
    tab.reassign_button.click()
    history = high_risk.assignment_history(session, case_id)
    assert [(h.from_caseworker, h.to_caseworker) for h in history] == [
        (first, "bertil"), ("bertil", "cecilia")]
    assert cases.get_case(session, case_id).caseworker == "cecilia"
    assert tab.assignments.count() == 2 and "bertil → cecilia" in tab.assignments.item(1).text()


def test_a_conflict_of_interest_warns_whoever_opens_the_case(
        qtbot: Any, session: Session, case_id: int) -> None:
    tab = tab_for(qtbot, session, case_id)
    tab.conflict_kind.setCurrentIndex(tab.conflict_kind.findData("client_reported_caseworker"))
    tab.conflict_button.click()
    assert tab.conflicts.count() == 1

    view = CaseView(session, case_id)
    qtbot.addWidget(view)
    view.show()
    assert view.overview.warnings.isVisible()
    assert "The client reported the caseworker" in view.overview.warnings.text()
    assert "It concerns you." in view.overview.warnings.text()

    tab.resolve_button.click()  # nothing selected
    assert "Choose a conflict" in tab.status.text()
    tab.conflicts.setCurrentRow(0)
    tab.resolve_button.click()  # no resolution
    assert "must not be empty" in tab.status.text()
    tab.resolution.setText("Ärendet har fått ny handläggare")
    tab.resolve_button.click()
    assert "resolved" in tab.conflicts.item(0).text()
    again = CaseView(session, case_id)
    qtbot.addWidget(again)
    again.show()
    assert not again.overview.warnings.isVisible()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_conflict_fields_have_room_for_their_text(
        qtbot: Any, session: Session, case_id: int, language: str) -> None:
    """Beside the kind and the button the description was squeezed to "B…" in the app's window
    (the tab's column is about 900 pixels wide there)."""
    assert i18n.set_language(language)
    try:
        tab = tab_for(qtbot, session, case_id)
        tab.resize(900, 640)
        qtbot.waitUntil(lambda: tab.conflict_description.width() > 0)
        description = tab.conflict_description
        hint = description.fontMetrics().horizontalAdvance(description.placeholderText())
        assert description.width() > hint + 20, (description.width(), hint)
        kind = tab.conflict_kind
        longest = max(kind.fontMetrics().horizontalAdvance(kind.itemText(i))
                      for i in range(kind.count()))
        assert kind.width() > longest + 20, (kind.width(), longest)
    finally:
        i18n.set_language("en")
