"""The manager's view through the app, between a caseworker's and the manager's real vaults:
recording an incident offers the report to the manager; the manager's view imports it and lists
the incident and the high-risk case; the caseworker's log review goes to the manager, is signed
in the manager's view and comes back as the month's sign-off."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from ui_support import table_cells, wait_read, when_modal

from conftest import create_vault, role_vault
from utvag.services import cases, concern, high_risk, log_review, transfer
from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.ui import i18n
from utvag.ui.manager.logreview_view import LogReviewView
from utvag.ui.manager.manager_view import ManagerView
from utvag.ui.role_labels import signer_label
from utvag.ui.staff_safety.staff_safety_tab import ERROR_STYLE, ReportOffer, StaffSafetyTab
from utvag.ui.transfer.common import package_folder

POLICY = Policy(keyring_allowed=False)


def choose_file(path: Path, suggested: list[Path]) -> None:
    """Answer the next file dialog with ``path``, noting first the file it suggested."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QFileDialog) and widget.isVisible():
            suggested.extend(Path(name) for name in widget.selectedFiles())
            widget.selectFile(str(path))
            widget.accept()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_incident_report_and_log_review_between_caseworker_and_manager(
        tmp_path: Path, qtbot: Any) -> None:
    cards: dict[str, tuple[Path, str]] = {}

    anna_vault = role_vault(tmp_path / "anna", POLICY, "caseworker", "Anna Berg", cards)
    maria_vault = role_vault(tmp_path / "maria", POLICY, "manager", "Maria Lind", cards)
    anna = session_service.unlock(anna_vault.directory, passphrase=anna_vault.passphrase,
                                  policy=POLICY)
    maria = session_service.unlock(maria_vault.directory, passphrase=maria_vault.passphrase,
                                   policy=POLICY)
    try:
        transfer.trust_card(anna, *cards["Maria Lind"])
        transfer.trust_card(maria, *cards["Anna Berg"])
        case_id = cases.new_case(anna, {"type": "defector", "person": {
            "name": "Hotad Klientsson", "birth_date": "1990-04-03"}})
        high_risk.flag_case(anna, case_id, {"grounds": ["violence"]})

        tab = StaffSafetyTab(anna, case_id)
        qtbot.addWidget(tab)
        tab.show()
        dialog = tab.open_incident_dialog()
        earlier = datetime.now() - timedelta(hours=2)
        dialog.occurred_at.setDateTime(QDateTime(QDate(earlier.year, earlier.month,
                                                       earlier.day),
                                                 QTime(earlier.hour, earlier.minute)))
        dialog.kind.setCurrentIndex(dialog.kind.findData("violence"))
        dialog.staff.setText("AB")
        dialog.description.setPlainText("Knuff i korridoren.")
        report = tmp_path / f"incidentrapport-{date.today()}.utvp"
        suggested: list[Path] = []
        when_modal(lambda offer: offer.buttons.button(  # type: ignore[attr-defined]
            QDialogButtonBox.StandardButton.Yes).click(), kind=ReportOffer)
        choose_file(report, suggested)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert not dialog.isVisible(), dialog.error.text()
        assert high_risk.incidents(anna, case_id)
        qtbot.waitUntil(report.is_file, timeout=5000)
        # Named by the day in the documents folder, like the other packages.
        assert suggested == [package_folder() / f"incidentrapport-{date.today()}.utvp"]
        assert "Maria Lind" in tab.status.text()
        assert ERROR_STYLE not in tab.status.styleSheet()  # a success, not in the error colour
        tab.print_police_draft()  # nothing chosen: a refusal, in the error colour
        assert ERROR_STYLE in tab.status.styleSheet()

        view = ManagerView(maria)
        qtbot.addWidget(view)
        assert view.import_package(report)
        [incident] = table_cells(view.incidents)
        assert incident[2] == "Anna Berg" and "Knuff" in incident[6]
        [high] = table_cells(view.high_risk)
        assert high[1] == "Anna Berg"

        month = date.today().strftime("%Y-%m")
        report_id = concern.new_report(anna, {"received_at": "2025-03-03T08:00Z", "child": {
            "name": "Elsa Barnsdotter", "birth_date": "2013-06-15"}})
        concern.show_report(anna, report_id)  # a report without a case, read
        review_view = LogReviewView(anna)
        qtbot.addWidget(review_view)
        wait_read(qtbot, review_view)
        assert review_view.send_button.isVisibleTo(review_view)
        assert not review_view.sign_button.isVisibleTo(review_view)
        review = review_view.send_to_manager(tmp_path / "review.utvp")
        assert ["read a concern report", f"Concern report {report_id}",
                "Concern report: every access"] in [
            [review_view.model.index(r, c).data() for c in (2, 3, 4)]
            for r in range(review_view.model.rowCount())]
        assert review is not None and view.import_package(review)
        view.reviews.selectRow(0)
        model = view.accesses_model
        shown = [[model.index(r, c).data() for c in range(model.columnCount())]
                 for r in range(model.rowCount())]
        assert ["read a concern report", f"Concern report {report_id}",
                "Concern report: every access"] in [row[2:] for row in shown]
        assert "Elsa" not in str(shown)
        signature = view.sign_selected({"outcome": "no_remarks", "comment": "Kontrollerat"},
                                       tmp_path / "signature.utvp")
        assert signature is not None and table_cells(view.reviews)[0][4] != "to sign"
        assert review_view.import_signature(signature)
        wait_read(qtbot, review_view)
        [signoff] = log_review.signoffs(anna, month)
        assert signoff.reviewer == "Maria Lind (manager)"
        # The role in words, not as stored ("Maria Lind (manager)").
        assert "Signed off by Maria Lind (unit manager) on" in review_view.status.text()
    finally:
        anna.close()
        maria.close()


@pytest.mark.parametrize(("language", "expected"), [
    ("sv", "Maria Lind (enhetschef)"), ("en", "Maria Lind (unit manager)")])
def test_a_signer_is_named_with_the_role_in_the_users_language(
        language: str, expected: str) -> None:
    assert i18n.set_language(language)
    try:
        assert signer_label("Maria Lind (manager)") == expected
        assert signer_label("Maria Lind") == "Maria Lind"  # no role: as it is
    finally:
        i18n.set_language("en")


def test_the_managers_view_is_in_the_follow_up_menu_of_a_managers_vault_only(
        tmp_path: Path, qtbot: Any, make_window: Any) -> None:
    from ui_support import unlock_with_keyboard

    def manager(session: Any) -> None:
        transfer.create_role_identity(session, "manager", "Maria Lind")

    def caseworker(session: Any) -> None:
        transfer.create_role_identity(session, "caseworker", "Anna Berg")

    for name, fill, expected in (("maria", manager, True), ("anna", caseworker, False)):
        made = create_vault(tmp_path / name, POLICY, "Hisingen", fill=fill)
        window = make_window(made.directory, POLICY)
        unlock_with_keyboard(qtbot, window, made.passphrase)
        menu = window.followup_menu
        menu.aboutToShow.emit()
        action = next(a for a in menu.actions() if a.text() == "&Manager's view…")
        assert action.isEnabled() is expected
        if expected:
            action.trigger()
            view = window.findChild(ManagerView)
            assert view is not None and view.isVisible()
            view.close()
        window.lock()
