"""What a second walk through the concern reports and the manager's view under a real display
found: an empty list of concern reports said only "No concern report selected", and the manager's
empty tables said nothing of what fills them; an access cut off in the narrow table of the
review could not be read whole; the manager's status line stayed in the old language; a
conversation's note was kept but never shown; and the log review and the manager's signature
were suggested as bare file names, written in the program's working directory, which the user
cannot see."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from conftest import create_vault, role_vault
from utvag.services import cases, concern, transfer
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.concern.concern_dialogs import ConversationDialog
from utvag.ui.concern.concern_view import ConcernReportsView
from utvag.ui.manager.logreview_view import LogReviewView
from utvag.ui.manager.manager_view import ManagerView
from utvag.ui.transfer import common as transfer_common

POLICY = Policy(keyring_allowed=False)


@pytest.fixture
def unit(tmp_path: Path) -> Iterator[Session]:
    with create_vault(tmp_path / "unit", POLICY).open() as session:
        yield session


@pytest.fixture
def people(tmp_path: Path) -> Iterator[dict[str, Session]]:
    cards: dict[str, tuple[Path, str]] = {}
    anna = role_vault(tmp_path / "anna", POLICY, "caseworker", "Anna Berg", cards).open()
    maria = role_vault(tmp_path / "maria", POLICY, "manager", "Maria Lind", cards).open()
    transfer.trust_card(anna, *cards["Maria Lind"])
    transfer.trust_card(maria, *cards["Anna Berg"])
    cases.new_case(anna, {"type": "defector", "person": {
        "name": "DEMO Kim Påhittad", "birth_date": "1998-03-04"}})
    yield {"anna": anna, "maria": maria}
    anna.close()
    maria.close()


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The user's documents folder (a temporary one); the file names the dialogs suggested."""
    folder = tmp_path / "documents"
    folder.mkdir()
    monkeypatch.setattr(transfer_common, "package_folder", lambda: folder)
    suggested: list[str] = []

    def cancelled(_parent: Any, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancelled)
    return suggested


def test_an_empty_list_of_concern_reports_says_how_one_is_recorded(
        qtbot: Any, unit: Session) -> None:
    view = ConcernReportsView(unit)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0
    assert view.details.text().startswith("No concern report has been recorded yet.")
    assert "New concern report…" in view.details.text()

    case_id = cases.new_case(unit, {"type": "defector", "person": {
        "name": "DEMO Hedda Demoqvist", "birth_date": "2012-05-05"}})
    concern.new_report(unit, {"received_at": datetime.now(UTC).isoformat(timespec="minutes"),
                              "reporter_type": "school", "case_id": case_id})
    view.reload()
    assert view.details.text().startswith("Received:")
    view.without_case.setChecked(True)  # the only report has a case
    assert view.details.text() == "Every concern report is linked to a case."


def test_a_conversations_note_is_shown_with_it(qtbot: Any, unit: Session) -> None:
    concern.new_report(unit, {"received_at": datetime.now(UTC).isoformat(timespec="minutes"),
                              "reporter_type": "police",
                              "child": {"name": "DEMO Saga Testberg", "birth_date": "2012-03-14"}})
    view = ConcernReportsView(unit)
    qtbot.addWidget(view)
    dialog = view.open_step(ConversationDialog)
    assert isinstance(dialog, ConversationDialog)
    dialog.with_whom["child"].setChecked(True)
    dialog.note.setText("Hembesök, lugnt.")
    assert dialog.submit(), dialog.error.text()
    assert "with the child: Hembesök, lugnt." in view.details.text()


def test_the_managers_empty_tables_say_what_fills_them(
        qtbot: Any, people: dict[str, Session], tmp_path: Path) -> None:
    view = ManagerView(people["maria"])
    qtbot.addWidget(view)
    view.show()
    texts = {label.objectName(): label.text() for label in view.empties if label.isVisible()}
    assert texts["managerNoIncidents"].startswith("No incident has been reported yet.")
    assert texts["managerNoHighRisk"].startswith("No high-risk case yet")
    assert texts["managerNoReviews"].startswith("No log review has been received yet.")
    assert texts["managerNoAccesses"] == "Choose a log review to see its accesses."

    review = LogReviewView(people["anna"])
    qtbot.addWidget(review)
    package = review.send_to_manager(tmp_path / "review.utvp")
    assert package is not None and view.import_package(package)
    assert not view.empties[2].isVisible()  # the review is listed
    view.reviews.selectRow(0)
    assert view.accesses_model.rowCount() > 0 and not view.empties[3].isVisible()


def test_the_review_and_the_signature_are_suggested_in_the_documents_folder(
        qtbot: Any, people: dict[str, Session], tmp_path: Path, documents: list[str]) -> None:
    review = LogReviewView(people["anna"])
    qtbot.addWidget(review)
    assert review.send_to_manager() is None  # the file dialog, cancelled
    package = review.send_to_manager(tmp_path / "review.utvp")
    assert package is not None
    view = ManagerView(people["maria"])
    qtbot.addWidget(view)
    assert view.import_package(package)
    view.reviews.selectRow(0)
    assert view.sign_selected({"outcome": "no_remarks", "comment": "Granskat."}) is None
    folder = tmp_path / "documents"
    assert [Path(name).parent for name in documents] == [folder, folder]
    assert Path(documents[1]).name.endswith("-signatur.utvp")


def test_an_access_cut_off_in_a_narrow_table_is_read_whole_under_the_pointer(
        qtbot: Any, people: dict[str, Session], tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from utvag.services import high_risk

    high_risk.flag_case(people["anna"], 1, {"grounds": ["violence"]})
    review = LogReviewView(people["anna"])
    qtbot.addWidget(review)
    package = review.send_to_manager(tmp_path / "review.utvp")
    assert package is not None
    view = ManagerView(people["maria"])
    qtbot.addWidget(view)
    assert view.import_package(package)
    view.reviews.selectRow(0)
    model = view.accesses_model
    whats = [model.index(row, 2) for row in range(model.rowCount())]
    assert "flagged the case high-risk" in [i.data() for i in whats]
    assert all(i.data(Qt.ItemDataRole.ToolTipRole) == i.data() for i in whats)


def test_the_managers_status_follows_the_language(
        qtbot: Any, people: dict[str, Session], tmp_path: Path) -> None:
    from utvag.ui import i18n

    review = LogReviewView(people["anna"])
    qtbot.addWidget(review)
    package = review.send_to_manager(tmp_path / "review.utvp")
    assert package is not None
    view = ManagerView(people["maria"])
    qtbot.addWidget(view)
    assert view.import_package(package)
    view.reviews.selectRow(0)
    signature = tmp_path / "signatur.utvp"
    assert view.sign_selected({"outcome": "no_remarks", "comment": "Granskat."}, signature)
    assert view.status.text().startswith("Signed; give ")
    assert i18n.set_language("sv")
    QApplication.processEvents()
    assert view.status.text() == f"Signerad; ge {signature} till Anna Berg (Hisingen)."


def test_a_unit_card_is_suggested_in_the_documents_folder(
        qtbot: Any, unit: Session, documents: list[str]) -> None:
    """Every file a package or card is saved as is suggested in the documents folder, never as a
    bare name the save dialog would place in the program's working folder."""
    from utvag.ui.transfer.keys_dialog import UnitKeysDialog

    dialog = UnitKeysDialog(unit)
    qtbot.addWidget(dialog)
    assert dialog.export_card() is None  # the (patched) dialog was cancelled
    [name] = documents
    assert Path(name).parent.name == "documents" and name.endswith(".json")
