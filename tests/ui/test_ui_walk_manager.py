"""What a walk through the manager's view, the log review and the statistics under a real display
found: a package imported twice, or a package of another kind, was refused as "not a Utväg vault,
or damaged"; the manager signed a review whose accesses the view never showed, and a signed one
could be signed again up to the refusal after the file dialog; these windows stayed in the old
language after the language switch; and a contribution's outcome replaced the explanation of the
suppressed counts, which the PDF report prints."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from ui_support import table_cells, wait_read

from conftest import create_vault, role_vault
from utvag.domain.units import CITY_OFFICE
from utvag.services import cases, high_risk, transfer
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.manager.logreview_view import LogReviewView
from utvag.ui.manager.manager_view import ManagerView, SignReviewDialog
from utvag.ui.statistics.statistics_merge_view import MergeView
from utvag.ui.statistics.statistics_view import StatisticsView

POLICY = Policy(keyring_allowed=False)


@pytest.fixture
def people(tmp_path: Path) -> Iterator[dict[str, Session]]:
    cards: dict[str, tuple[Path, str]] = {}

    anna = role_vault(tmp_path / "anna", POLICY, "caseworker", "Anna Berg", cards).open()
    maria = role_vault(tmp_path / "maria", POLICY, "manager", "Maria Lind", cards).open()
    transfer.trust_card(anna, *cards["Maria Lind"])
    transfer.trust_card(maria, *cards["Anna Berg"])
    case_id = cases.new_case(anna, {"type": "defector", "person": {
        "name": "DEMO Kim Påhittad", "birth_date": "1998-03-04"}})
    high_risk.flag_case(anna, case_id, {"grounds": ["violence"]})
    yield {"anna": anna, "maria": maria}
    anna.close()
    maria.close()


def test_a_package_imported_twice_or_of_another_kind_is_refused_for_what_it_is(
        qtbot: Any, people: dict[str, Session], tmp_path: Path, message_boxes: Any) -> None:
    review = LogReviewView(people["anna"])
    qtbot.addWidget(review)
    wait_read(qtbot, review)
    package = review.send_to_manager(tmp_path / "review.utvp")
    assert package is not None
    view = ManagerView(people["maria"])
    qtbot.addWidget(view)
    assert view.import_package(package)
    assert "review.utvp" in view.status.text()
    assert not view.import_package(package)  # the same package again
    text = message_boxes.expect()[-1][1]
    assert text.startswith("The package was not imported; nothing was changed.")
    assert "not a Utväg vault" not in text and "damaged" not in text

    card = tmp_path / "Anna Berg.json"  # a file that is no package at all
    assert not view.import_package(card)
    text = message_boxes.expect()[-1][1]
    assert text.startswith("The package was not imported") and "not a Utväg vault" not in text
    assert len(table_cells(view.reviews)) == 1


def test_the_manager_sees_the_accesses_and_signs_a_review_once(
        qtbot: Any, people: dict[str, Session], tmp_path: Path) -> None:
    review = LogReviewView(people["anna"])
    qtbot.addWidget(review)
    wait_read(qtbot, review)
    package = review.send_to_manager(tmp_path / "review.utvp")
    assert package is not None
    view = ManagerView(people["maria"])
    qtbot.addWidget(view)
    assert view.import_package(package)
    assert view.accesses_model.rowCount() == 0  # nothing chosen yet
    view.reviews.selectRow(0)
    entries = int(table_cells(view.reviews)[0][2])
    assert entries > 0 and view.accesses_model.rowCount() == entries
    assert "DEMO Kim" not in str([view.accesses_model.index(r, c).data()
                                  for r in range(entries) for c in range(5)])
    dialog = SignReviewDialog(view.selected_review(), view)
    qtbot.addWidget(dialog)
    month = date.today().strftime("%Y-%m")
    assert dialog.what.text() == f"The log review of {month} from Anna Berg: {entries} accesses."

    signed = view.sign_selected({"outcome": "no_remarks", "comment": "Kontrollerat"},
                                tmp_path / "signature.utvp")
    assert signed is not None and view.selected_review() is not None  # still selected
    assert view.sign_selected({"outcome": "no_remarks", "comment": "igen"},
                              tmp_path / "again.utvp") is None
    assert "already signed" in view.status.text()
    assert not (tmp_path / "again.utvp").exists()


def test_the_windows_follow_the_language_switch(qtbot: Any,
                                                people: dict[str, Session]) -> None:
    manager = ManagerView(people["maria"])
    review = LogReviewView(people["anna"])
    statistics = StatisticsView(people["anna"])
    for widget in (manager, review, statistics):
        qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: statistics.report is not None)  # counted off the GUI thread
    assert manager.windowTitle() == "Manager's view"
    i18n.set_language("sv")
    QApplication.processEvents()  # Qt posts LanguageChange to each window
    assert manager.windowTitle() == "Chefens vy"
    assert manager.import_button.text() == "&Importera ett paket från en handläggare…"
    header = manager.reviews.horizontalHeaderItem(0)
    assert header is not None and header.text() == "Månad"
    assert review.windowTitle() == "Loggkontroll"
    assert review.send_button.text() == "Skicka till &chefen…"
    assert statistics.windowTitle() == "Statistik"
    assert statistics.csv_button.text() == "Exportera &CSV…"
    assert "visas som x" in statistics.note.text()
    i18n.set_language("en")
    QApplication.processEvents()
    assert manager.windowTitle() == "Manager's view" and review.windowTitle() == "Log review"
    assert "shown as x" in statistics.note.text()


def test_the_city_office_sees_its_contributions_above_the_table(
        qtbot: Any, tmp_path: Path, ui_policy: Policy) -> None:
    with create_vault(tmp_path / "city", ui_policy, CITY_OFFICE).open() as city:
        view = MergeView(city)
        qtbot.addWidget(view)
        layout = view.layout()
        assert layout is not None
        assert layout.indexOf(view.contributions) < layout.indexOf(view.table)
        assert not view.clear_button.isEnabled()  # nothing to clear yet
        i18n.set_language("sv")
        QApplication.processEvents()
        assert view.windowTitle() == "Stadsövergripande statistik"
        assert view.add_button.text() == "&Lägg till bidrag…"
