"""The Transfer case dialog tells, before anything is written, that a name stored before the
one-line rule cannot be sent, and which one; the person's and a guardian's name are corrected in
the app, and then the package can be written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from transfer_ui_support import Unit, exchange_cards, find, special_defector_case
from ui_support import unlock_with_keyboard, when_modal

from utvag.services import cases, young_people
from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.name_correction import PersonNameDialog
from utvag.ui.transfer.consultation import ConsultSavDialog
from utvag.ui.transfer.export_dialog import TransferCaseDialog
from utvag.ui.window import MainWindow
from utvag.vault.kdf import KdfParams


def test_the_dialog_names_the_field_to_correct_and_writes_nothing(
        tmp_path: Path, make_window: Callable[..., MainWindow], qtbot: Any,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    from conftest import create_vault

    policy = Policy(keyring_allowed=False)
    sav = create_vault(tmp_path / "sav", policy, "SAV")
    made: dict[str, int] = {}

    def fill(session: Any) -> None:
        unit = Unit("Hisingen", tmp_path / "hisingen", session)
        made["case"] = special_defector_case(unit)
        with session.vault.transaction() as conn:  # as a version before the rule stored it
            conn.execute("UPDATE person SET name = ? WHERE id = (SELECT person_id FROM "
                         "case_record WHERE id = ?)", ("Anna\u202egrebdnaL", made["case"]))
        with sav.open() as sav_session:
            exchange_cards(unit, Unit("SAV", sav.directory, sav_session), tmp_path)

    vault = create_vault(tmp_path / "hisingen", policy, "Hisingen", fill=fill)
    window = make_window(vault.directory, policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.session is not None and window.workspace is not None
    before = table_dump(window.session.vault.conn)["person"]
    seen: dict[str, Any] = {}

    def act(dialog: TransferCaseDialog) -> None:
        dialog.evaluate()
        problem = find(dialog, QLabel, "transferProblem")
        seen["problem"] = (problem.text(), problem.isVisible())
        seen["ok"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.reject()

    def run(act: Callable[[TransferCaseDialog], None]) -> None:
        assert window.workspace is not None
        window.workspace.open_case(made["case"])
        when_modal(lambda d: act(d) if isinstance(d, TransferCaseDialog) else None,
                   kind=TransferCaseDialog)
        window.transfers.transfer_case_action.trigger()

    run(act)
    assert seen["problem"] == (
        "The person's name holds a character that cannot be sent (a line break or a control or "
        "direction character): correct it in the case first.", True)
    assert not seen["ok"]
    assert table_dump(window.session.vault.conn)["person"] == before
    assert list(tmp_path.rglob("*.utvp")) == []

    cases.correct_person_name(window.session, made["case"], "Anna Landberg")

    def again(dialog: TransferCaseDialog) -> None:
        seen["after"] = find(dialog, QLabel, "transferProblem").text()
        dialog.reject()

    run(again)
    assert "cannot be sent" not in seen["after"]


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _recovery = session_service.create(
        tmp_path / "vault", "Hisingen", "a long passphrase here",
        kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1), allow_weak_kdf=True)
    with opened:
        yield opened


def test_a_guardian_s_name_is_corrected_in_the_young_person_tab(
        qtbot: Any, session: Session) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Ung Exempelsson", "birth_date": "2012-03-04", "district": "Hisingen"}})
    guardian = young_people.add_guardian(session, case_id, {"name": "Mamma Exempelsson"})
    with session.vault.transaction() as conn:  # as a version before the rule stored it
        conn.execute("UPDATE guardian SET name = ? WHERE id = ?", ("Mamma\nExempelsson",
                                                                  guardian))
    view = CaseView(session, case_id)
    qtbot.addWidget(view)
    tab = view.guardians
    assert tab is not None
    tab.records.table.selectRow(0)
    assert tab.name_button.isEnabled() and tab.name_button.text() == "Corr&ect name or contact…"
    dialog = tab.open_name()
    assert dialog is not None
    dialog.name.setText("Mamma\u202eExempelsson")  # type: ignore[attr-defined]
    assert not dialog.submit()  # refused in the dialog, nothing stored
    assert "text-direction" in dialog.error.text()
    assert [g.name for g in young_people.guardians(session, case_id)] == ["Mamma\nExempelsson"]
    dialog.name.setText("Mamma Exempelsson")  # type: ignore[attr-defined]
    assert dialog.submit()
    assert [g.name for g in young_people.guardians(session, case_id)] == ["Mamma Exempelsson"]


def test_a_guardian_s_contact_is_corrected_with_the_name_all_or_nothing(
        qtbot: Any, session: Session) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Ung Exempelsson", "birth_date": "2012-03-04", "district": "Hisingen"}})
    guardian = young_people.add_guardian(session, case_id, {"name": "Mamma Exempelsson",
                                                            "contact": "031-00 00 00"})
    with session.vault.transaction() as conn:  # as a version before the rule stored it
        conn.execute("UPDATE guardian SET contact = ? WHERE id = ?", ("031\n00", guardian))
    view = CaseView(session, case_id)
    qtbot.addWidget(view)
    tab = view.guardians
    assert tab is not None
    tab.records.table.selectRow(0)
    dialog = tab.open_name()
    assert dialog is not None
    assert dialog.contact.text() == "031\n00"  # type: ignore[attr-defined]
    dialog.name.setText("Mamma Rättad")  # type: ignore[attr-defined]
    dialog.contact.setText("031\u202e00")  # type: ignore[attr-defined]
    assert not dialog.submit()  # refused in the dialog: neither the name nor the contact
    assert "text-direction" in dialog.error.text()
    [kept] = young_people.guardians(session, case_id)
    assert (kept.name, kept.contact) == ("Mamma Exempelsson", "031\n00")
    dialog.contact.setText("031-00 00 00")  # type: ignore[attr-defined]
    assert dialog.submit()
    [fixed] = young_people.guardians(session, case_id)
    assert (fixed.name, fixed.contact) == ("Mamma Rättad", "031-00 00 00")


def test_the_person_s_name_is_corrected_from_the_case_dialog(qtbot: Any,
                                                             session: Session) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Anna Berg", "birth_date": "1990-01-01", "district": "Hisingen"}})
    with session.vault.transaction() as conn:
        conn.execute("UPDATE person SET name = ? WHERE id = (SELECT person_id FROM case_record "
                     "WHERE id = ?)", ("Anna\u202egreB", case_id))
    dialog = PersonNameDialog(session, case_id, "Anna\u202egreB")
    qtbot.addWidget(dialog)
    dialog.name.setText("Anna\nBerg")
    assert not dialog.submit()
    assert cases.get_case(session, case_id).person.name == "Anna\u202egreB"
    dialog.name.setText("Anna Berg")
    assert dialog.submit()
    assert cases.get_case(session, case_id).person.name == "Anna Berg"


def test_the_consultation_dialog_names_the_field_and_writes_nothing(
        tmp_path: Path, make_window: Callable[..., MainWindow], qtbot: Any,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    from conftest import create_vault

    policy = Policy(keyring_allowed=False)
    sav = create_vault(tmp_path / "sav", policy, "SAV")
    made: dict[str, int] = {}

    def fill(session: Any) -> None:
        unit = Unit("Hisingen", tmp_path / "hisingen", session)
        with sav.open() as sav_session:
            exchange_cards(unit, Unit("SAV", sav.directory, sav_session), tmp_path)
        made["case"] = special_defector_case(unit)
        with session.vault.transaction() as conn:  # as a version before the rule stored it
            conn.execute("UPDATE person SET name = ? WHERE id = (SELECT person_id FROM "
                         "case_record WHERE id = ?)", ("Anna\nBerg", made["case"]))

    vault = create_vault(tmp_path / "hisingen", policy, "Hisingen", fill=fill)
    window = make_window(vault.directory, policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.session is not None and window.workspace is not None
    window.workspace.open_case(made["case"])
    window.case_menu.enable()
    before = table_dump(window.session.vault.conn)
    dialog = window.case_menu.consult_sav()
    assert isinstance(dialog, ConsultSavDialog)
    out = tmp_path / "k.utvp"
    find(dialog, QLineEdit, "consultFile").setText(str(out))
    assert not dialog.submit()
    assert find(dialog, QLabel, "recordError").text() == (
        "The person's name holds a character that cannot be sent (a line break or a control or "
        "direction character): correct it in the case first.")
    assert not out.exists()
    assert table_dump(window.session.vault.conn) == before  # no audit row either
    dialog.reject()
