"""What a walk through the incident dialog under a real display found: a refusal named the
field by its code ("Inte sparad: staff: fältet får inte vara tomt.")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from conftest import create_vault
from utvag.services import cases
from utvag.services.policy import Policy
from utvag.ui import i18n
from utvag.ui.staff_safety.incident_dialog import IncidentDialog


def test_a_refused_incident_names_the_field_by_its_label(qtbot: Any, tmp_path: Path,
                                                         ui_policy: Policy) -> None:
    with create_vault(tmp_path / "vault", ui_policy).open() as session:
        case_id = cases.new_case(session, {"type": "high_risk", "person": {
            "name": "DEMO Kim Påhittad", "birth_date": "1998-03-04"}})
        i18n.set_language("sv")
        for case in (case_id, None):  # in a case, and at the unit
            dialog = IncidentDialog(session, case)
            qtbot.addWidget(dialog)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            assert dialog.error.text() == "Inte sparad: Medarbetare: fältet får inte vara tomt."
            dialog.staff.setText("AB")
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            assert dialog.error.text() == "Inte sparad: Beskrivning: fältet får inte vara tomt."
            assert dialog.record_id is None
