"""The contact path to the unit responsible for a relative, recorded after the link from the
Relatives tab (in Swedish), and the Due view's item for a missing one opening that tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from conftest import create_vault
from utvag.services import cases, followup
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.record_dialog import RecordDialog


def test_a_contact_path_is_set_up_from_the_relatives_tab(
        qtbot: Any, qtmodeltester: Any, tmp_path: Path, ui_policy: Policy,
        swedish: None) -> None:
    made: list[int] = []

    def fill(session: Session) -> None:
        case_id = cases.new_case(session, {"type": "defector", "person": {
            "name": "Alva Exempelsson", "birth_date": "1999-05-05"}})
        made.append(followup.link_relative(session, case_id, {
            "person": {"name": "Cleo Syster", "birth_date": "2003-03-03"},
            "relation": "sibling"}))
        made.insert(0, case_id)

    vault = create_vault(tmp_path / "vault", ui_policy, unit="Hisingen", fill=fill)
    case_id, record = made
    with vault.open() as session:
        view = CaseView(session, case_id)
        qtbot.addWidget(view)
        tab = view.show_due_item("relative_contact_path", record)
        assert tab is view.relatives and view.currentWidget() is view.relatives
        assert view.relatives.contact_button.text() == "Kontakt&väg…"
        qtmodeltester.check(view.relatives.records.model)
        view.relatives.records.table.selectRow(0)
        view.relatives.contact_button.click()
        dialog = view.relatives.dialog
        assert isinstance(dialog, RecordDialog)
        assert dialog.windowTitle() == (
            "Kontaktväg till den verksamhet som ansvarar för den anhörige")
        assert not dialog.submit()  # an empty path is refused, in Swedish, nothing stored
        assert dialog.error.isVisible()
        assert "måste beskriva vägen" in dialog.error.text()
        assert followup.relatives(session, case_id)[0].contact_path is None
        dialog.unit.setCurrentIndex(dialog.unit.findData("Hisingen"))  # type: ignore
        dialog.contact.setText("Via mottagningen på Hisingen")  # type: ignore[attr-defined]
        assert dialog.submit()
        (linked,) = followup.relatives(session, case_id)
        assert (linked.responsible_unit, linked.contact_path) == (
            "Hisingen", "Via mottagningen på Hisingen")
        model = view.relatives.records.model
        assert model.index(0, 5).data() == "Via mottagningen på Hisingen"
        view.close()
        # Deleted here, as the app's views are, while its Python side is whole: left to the
        # cycle collector, Qt's teardown of its tabs called back into a half-cleared view.
        view.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
