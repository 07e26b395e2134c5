"""The Retention view lists records that no case holds (here an incident recorded at the unit)
by their kind and id, in Swedish and in English, with their own rule, and destroys them after
the same confirmation as cases, on a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_support import destructive_button, wait_read

from conftest import create_vault
from utvag.services import cases, followup, retention, unit_incidents
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.retention_view import RetentionView

LATER = date.today() + timedelta(days=6 * 366)  # past the five years of today's entries


@pytest.fixture
def session(tmp_path: Path, ui_policy: Policy, request: pytest.FixtureRequest
            ) -> Iterator[Session]:
    def fill(opened: Session) -> None:
        unit_incidents.add_unit_incident(opened, {
            "occurred_at": "2026-01-05T10:00Z", "place": "reception", "kind": "violence",
            "staff": "Receptionist EF", "description": "Slog i disken"})
        if "two_cases" in request.node.name:
            for name in ("Alva Exempelsson", "Bo Påhittad"):
                case_id = cases.new_case(opened, {"type": "defector", "person": {
                    "name": name, "birth_date": "1990-01-02"}})
                followup.close_case(opened, case_id, "completed")

    opened = create_vault(tmp_path / "vault", ui_policy, fill=fill).open()
    yield opened
    opened.close()


def row(view: RetentionView) -> list[str]:
    return [view.model.index(0, column).data() for column in (0, 4, 5)]


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["Incident at the unit 1", "To be destroyed",
            "An incident against staff recorded at the unit without a case is destroyed"]),
    ("sv", ["Incident på enheten 1", "Ska gallras",
            "En incident mot personal som registrerats på enheten utan ärende gallras"]),
])
def test_a_unit_incident_is_listed_by_kind_in_either_language(
        qtbot: Any, qtmodeltester: Any, session: Session, language: str,
        expected: list[str]) -> None:
    assert i18n.set_language(language)
    try:
        view = RetentionView(session, today=lambda: LATER)
        qtbot.addWidget(view)
        wait_read(qtbot, view)
        qtmodeltester.check(view.model)
        assert view.model.rowCount() == 1
        label, state, rule = row(view)
        assert [label, state] == expected[:2] and rule.startswith(expected[2])
    finally:
        i18n.set_language("en")


def test_it_is_destroyed_after_confirmation_and_named_in_the_record(
        qtbot: Any, session: Session) -> None:
    view = RetentionView(session, today=lambda: LATER)
    qtbot.addWidget(view)
    wait_read(qtbot, view)
    box = view.ask_to_destroy()
    assert isinstance(box, QMessageBox) and "Incident at the unit 1" in box.text()
    destructive_button(box).click()
    wait_read(qtbot, view)
    assert view.model.rowCount() == 0
    assert [view.log_model.index(0, c).data() for c in (0, 2)] == [
        "Incident at the unit 1", retention.rule_texts()["gallring-enhetsincident-5-ar"]["en"]]
    assert unit_incidents.unit_incidents(session, 2026) == []


@pytest.mark.parametrize(("language", "summary", "confirmation", "button"), [
    ("en", "2 cases and 1 other record due for destruction (0 overdue), 0 cases kept.",
     "2 cases and 1 other record and everything recorded on them will be destroyed for good",
     "Destroy 2 cases and 1 other record"),
    ("sv", "2 ärenden och 1 annan post ska gallras (0 försenade), 0 ärenden bevaras.",
     "2 ärenden och 1 annan post och allt som antecknats i dem förstörs för gott",
     "Gallra 2 ärenden och 1 annan post"),
])
def test_two_cases_and_a_record_are_counted_apart(
        qtbot: Any, session: Session, language: str, summary: str, confirmation: str,
        button: str) -> None:
    """Two cases and an incident at the unit are not "3 cases" (the vault has two cases)."""
    assert i18n.set_language(language)
    try:
        view = RetentionView(session, today=lambda: LATER)
        qtbot.addWidget(view)
        wait_read(qtbot, view)
        assert view.model.rowCount() == 3
        assert view.summary.text() == summary
        box = view.ask_to_destroy()
        assert box is not None and box.text().startswith(confirmation)
        destroy = destructive_button(box)
        assert destroy.text() == button
        box.button(QMessageBox.StandardButton.Cancel).click()
        assert view.model.rowCount() == 3  # nothing destroyed
    finally:
        i18n.set_language("en")


def test_records_without_cases_alone_are_counted_as_such(
        qtbot: Any, session: Session) -> None:
    view = RetentionView(session, today=lambda: LATER)
    qtbot.addWidget(view)
    wait_read(qtbot, view)
    assert view.summary.text() == ("1 record without a case due for destruction (0 overdue), "
                                   "0 cases kept.")
