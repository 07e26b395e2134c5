"""Found walking the app: a name stored before names were held to one line, holding a direction
override, reordered the heading above the open case — the case number read backwards
("Testa10000-6202-IH edneră · Riktningsson") — and read as an ordinary name everywhere else, so
nothing showed what *Correct the person's name* was for. The name is now shown with such
characters written out as codes, and the correction dialog says what was stored and offers the
name without them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui_support import unlock_with_keyboard

from conftest import UiVault, create_vault
from utvag.domain.display_text import BIDI_CONTROLS, one_line_shown, without_refused
from utvag.services import cases
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.name_correction import PersonNameDialog
from utvag.ui.window import MainWindow

STORED = "Testa\u202enossgnintkiR"


def test_a_stored_name_is_written_out_on_one_line() -> None:
    assert one_line_shown(STORED) == "Testa\\u202enossgnintkiR"
    assert one_line_shown("Anna\nBerg") == "Anna\\u000aBerg"
    assert one_line_shown("Åsa Öberg") == "Åsa Öberg"
    assert without_refused(STORED) == "TestanossgnintkiR"


def _window(tmp_path: Path, make_window: Callable[..., MainWindow], qtbot: Any
            ) -> tuple[MainWindow, int]:
    made: dict[str, int] = {}

    def fill(session: Session) -> None:
        made["case"] = cases.new_case(session, {"type": "defector", "person": {
            "name": "Testa Riktningsson", "birth_date": "1981-12-18", "district": "Hisingen"}})
        with session.vault.transaction() as conn:  # as a version before the rule stored it
            conn.execute("UPDATE person SET name = ? WHERE id = (SELECT person_id FROM "
                         "case_record WHERE id = ?)", (STORED, made["case"]))

    vault: UiVault = create_vault(tmp_path / "hisingen", Policy(keyring_allowed=False),
                                  "Hisingen", fill=fill)
    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    return window, made["case"]


def test_the_heading_list_and_overview_show_the_case_number_in_order(
        tmp_path: Path, make_window: Callable[..., MainWindow], qtbot: Any) -> None:
    window, case_id = _window(tmp_path, make_window, qtbot)
    workspace = window.workspace
    assert workspace is not None
    view = workspace.open_case(case_id)
    number = view.case.case_number
    heading = workspace.case_header.text()
    assert heading == f"Testa\\u202enossgnintkiR · case {number}"
    assert not set(heading) & BIDI_CONTROLS
    name = view.findChild(QLabel, "overviewName")
    assert name is not None and name.text() == "Testa\\u202enossgnintkiR"
    column = workspace.model.COLUMNS.index("name")
    shown = workspace.model.index(0, column).data(Qt.ItemDataRole.DisplayRole)
    assert shown == "Testa\\u202enossgnintkiR"


def test_the_correction_says_what_was_stored_and_offers_the_letters_in_order(
        tmp_path: Path, make_window: Callable[..., MainWindow], qtbot: Any) -> None:
    window, case_id = _window(tmp_path, make_window, qtbot)
    assert window.session is not None
    dialog = PersonNameDialog(window.session, case_id, STORED, window)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "TestanossgnintkiR"
    assert dialog.intro.isVisibleTo(dialog)
    assert "Testa\\u202enossgnintkiR" in dialog.intro.text()
    assert not set(dialog.intro.text()) & BIDI_CONTROLS
    dialog.name.setText("Testa Riktningsson")
    assert dialog.submit()
    assert cases.get_case(window.session, case_id).person.name == "Testa Riktningsson"


def test_a_name_that_can_be_sent_is_offered_as_it_is(
        tmp_path: Path, make_window: Callable[..., MainWindow], qtbot: Any) -> None:
    window, case_id = _window(tmp_path, make_window, qtbot)
    assert window.session is not None
    dialog = PersonNameDialog(window.session, case_id, "Testa Riktningsson", window)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Testa Riktningsson"
    assert not dialog.intro.isVisibleTo(dialog)
