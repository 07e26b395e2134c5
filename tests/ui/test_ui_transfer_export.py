"""The Transfer case dialog through the real window: the service's rules shown before anything is
written (reason when the unit differs from the routing, the consent or a ground from the register,
the protected-identity acknowledgement), and every way out of it changing nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLabel, QLineEdit
from transfer_ui_support import (
    PERSON,
    Unit,
    dump_without_audit,
    exchange_cards,
    find,
    special_defector_case,
    wait_idle,
)
from ui_support import unlock_with_keyboard, when_modal

from utvag.domain.case_records import CaseStatus
from utvag.services import cases, transfer
from utvag.services.policy import Policy
from utvag.ui.transfer.export_dialog import TransferCaseDialog
from utvag.ui.window import MainWindow


@pytest.fixture
def hisingen(tmp_path: Path, make_window: Callable[..., MainWindow], qtbot: Any
             ) -> tuple[MainWindow, dict[str, int]]:
    """Hisingen's window; SAV's card trusted. Cases: "routed" (signed assessment to SAV),
    "bare" (no assessment) and "protected" (signed, the person's identity protected)."""
    from conftest import create_vault

    policy = Policy(keyring_allowed=False)
    made: dict[str, int] = {}

    def fill_sav(session: Any) -> None:
        made["sav"] = 1

    sav = create_vault(tmp_path / "sav", policy, "SAV", fill=fill_sav)

    def fill(session: Any) -> None:
        unit = Unit("Hisingen", tmp_path / "hisingen", session)
        made["routed"] = special_defector_case(unit)
        made["bare"] = cases.new_case(session, {"type": "defector", "person": {
            "name": "Utan Bedömning", "birth_date": "1998-02-02", "protected_identity": "none"}})
        made["protected"] = special_defector_case(unit, person={
            **PERSON, "personal_number": "19850505-0008",
            "protected_identity": "skyddad_folkbokforing"})
        with sav.open() as sav_session:
            exchange_cards(unit, Unit("SAV", sav.directory, sav_session), tmp_path)

    vault = create_vault(tmp_path / "hisingen", policy, "Hisingen", fill=fill)
    window = make_window(vault.directory, policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    return window, made


def run_dialog(window: MainWindow, case_id: int, act: Callable[[TransferCaseDialog], None]
               ) -> None:
    assert window.workspace is not None
    window.workspace.open_case(case_id)
    when_modal(lambda d: act(d) if isinstance(d, TransferCaseDialog) else None,
               kind=TransferCaseDialog)
    window.transfers.transfer_case_action.trigger()


def ok_button(dialog: TransferCaseDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_without_routing_a_reason_and_a_legal_ground_are_asked_for(
        hisingen: tuple[MainWindow, dict[str, int]], qtbot: Any, tmp_path: Path,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    window, made = hisingen
    assert window.session is not None
    before = dump_without_audit(table_dump, window.session.vault.conn)
    seen: dict[str, Any] = {}

    def act(dialog: TransferCaseDialog) -> None:
        problem = find(dialog, QLabel, "transferProblem")
        seen["route"] = find(dialog, QLabel, "transferRoute").text()
        seen["reason_visible"] = dialog.reason.isVisible()
        seen["first"] = (problem.text(), ok_button(dialog).isEnabled())
        dialog.reason.setPlainText("SAV tar över enligt överenskommelse.")
        seen["consent"] = find(dialog, QLabel, "transferConsent").text()
        ground = find(dialog, QComboBox, "transferGround")
        seen["preset"] = ground.currentIndex()
        seen["no_ground"] = (problem.text(), ok_button(dialog).isEnabled())
        seen["grounds"] = [ground.itemData(i) for i in range(ground.count())]
        seen["ground_visible"] = ground.isVisible()
        ground.setCurrentIndex(seen["grounds"].index("other"))
        words = find(dialog, QLineEdit, "transferGroundText")
        seen["words_visible"] = words.isVisible()
        seen["without_words"] = ok_button(dialog).isEnabled()
        words.setText("Begäran från SAV enligt 12 kap. 6 § OSL")
        seen["ready"] = (ok_button(dialog).isEnabled(),
                         find(dialog, QLabel, "transferProblem").text())
        seen["legal"] = find(dialog, QLabel, "transferLegalGround").text()
        dialog.reject()

    run_dialog(window, made["bare"], act)
    assert "No signed assessment" in seen["route"] and seen["reason_visible"]
    assert "needs a written reason" in seen["first"][0] and not seen["first"][1]
    assert "No consent" in seen["consent"] and seen["ground_visible"]
    # No legal ground is preset: until one is chosen the package cannot be written.
    assert seen["preset"] == -1
    assert "record the legal ground" in seen["no_ground"][0] and not seen["no_ground"][1]
    assert "consent" not in seen["grounds"] and "other" in seen["grounds"]
    # Only grounds that let information go to another board: OSL 10:18 a and the other
    # crime-related grounds are for the Police and are not offered.
    assert seen["grounds"] == ["duty_to_report", "duty_to_provide_on_request", "other"]
    assert seen["words_visible"] and not seen["without_words"]
    assert seen["ready"][0], seen["ready"][1]
    assert "12 kap. 6 §" in seen["legal"]
    # Cancelled: nothing written, the case still open for work.
    assert dump_without_audit(table_dump, window.session.vault.conn) == before
    assert list(tmp_path.rglob("*.utvp")) == []


def test_a_protected_identity_needs_the_acknowledgement(
        hisingen: tuple[MainWindow, dict[str, int]], qtbot: Any, tmp_path: Path,
        message_boxes: Any) -> None:
    window, made = hisingen
    out = tmp_path / "protected.utvp"
    seen: dict[str, Any] = {}

    def act(dialog: TransferCaseDialog) -> None:
        reveal = find(dialog, QCheckBox, "transferRevealIdentity")
        seen["visible"] = reveal.isVisible()
        seen["problem"] = find(dialog, QLabel, "transferProblem").text()
        seen["blocked"] = not ok_button(dialog).isEnabled()
        reveal.setChecked(True)
        path = find(dialog, QLineEdit, "transferFile")
        path.clear()
        qtbot.keyClicks(path, str(out))
        seen["ready"] = ok_button(dialog).isEnabled()
        ok_button(dialog).click()

    run_dialog(window, made["protected"], act)
    wait_idle(qtbot, window)
    assert seen["visible"] and seen["blocked"] and "protected identity" in seen["problem"]
    assert seen["ready"] and out.is_file()
    assert "read-only" in message_boxes.expect()[-1][1]
    assert window.session is not None
    assert cases.get_case(window.session, made["protected"]).status is CaseStatus.TRANSFERRED


def test_an_existing_file_is_refused_and_left_alone(
        hisingen: tuple[MainWindow, dict[str, int]], qtbot: Any, tmp_path: Path,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    window, made = hisingen
    assert window.session is not None
    taken = tmp_path / "taken.utvp"
    taken.write_bytes(b"someone else's file")
    before = dump_without_audit(table_dump, window.session.vault.conn)
    seen: dict[str, Any] = {}

    def act(dialog: TransferCaseDialog) -> None:
        path = find(dialog, QLineEdit, "transferFile")
        path.clear()
        qtbot.keyClicks(path, str(taken))
        seen["problem"] = find(dialog, QLabel, "transferProblem").text()
        seen["enabled"] = ok_button(dialog).isEnabled()
        dialog.reject()

    run_dialog(window, made["routed"], act)
    assert "already exists" in seen["problem"] and not seen["enabled"]
    assert taken.read_bytes() == b"someone else's file"
    assert dump_without_audit(table_dump, window.session.vault.conn) == before


def test_transfer_is_offered_in_menu_toolbar_and_context_menu(
        hisingen: tuple[MainWindow, dict[str, int]]) -> None:
    window, made = hisingen
    action = window.transfers.transfer_case_action
    assert action in window.file_menu.actions()
    assert action in window.transfers.toolbar.actions()
    assert not action.isEnabled()  # no case open yet
    workspace = window.workspace
    assert workspace is not None
    row = next(r for r in range(workspace.model.rowCount())
               if workspace.model.case_id(r) == made["routed"])
    index = workspace.proxy.mapFromSource(workspace.model.index(row, 0))
    menu = window.transfers.case_menu_for(workspace, workspace.table.visualRect(index).center())
    assert menu is not None and action in menu.actions()
    # one context menu for the case: the Case menu's actions, Transfer case among them
    assert {"actionCloseCase", "actionReassignCase"} <= {a.objectName() for a in menu.actions()}
    assert action in window.case_menu.actions()
    assert workspace.open_case_id == made["routed"] and action.isEnabled()
    names = {a.objectName() for a in window.file_menu.actions()}
    assert {"actionImportPackage", "actionRegisterReceipt", "actionUnitKeys"} <= names
    assert transfer.transfer_state(window.session, made["routed"]) == []  # type: ignore[arg-type]


def test_a_cancelled_transfer_leaves_no_dialog_for_a_language_switch_after_locking(
        hisingen: tuple[MainWindow, dict[str, int]], qtbot: Any) -> None:
    """The dialog stayed, hidden, as a child of the window: after locking, switching the language
    made it check the closed vault again and the app showed its crash dialog."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from utvag.ui import i18n

    window, made = hisingen
    run_dialog(window, made["routed"], lambda dialog: dialog.reject())
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop does
    window.lock()
    assert window.session is None
    assert i18n.set_language("sv")
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, TransferCaseDialog)]


def test_a_ground_in_words_is_asked_for_by_its_label_and_no_text_is_cut(
        hisingen: tuple[MainWindow, dict[str, int]], qtbot: Any) -> None:
    """Choosing "Other ground (stated in words)" showed the register's key ("the ground 'other'
    must be stated in words") and squeezed the consent and legal-ground texts as the row for the
    words appeared."""
    from PySide6.QtWidgets import QApplication

    from utvag.ui import i18n

    i18n.set_language("sv")
    window, made = hisingen
    seen: dict[str, Any] = {}

    def cut(dialog: TransferCaseDialog) -> bool:
        """Whether the dialog is lower than its wrapped texts need (they are squeezed)."""
        QApplication.processEvents()
        layout = dialog.layout()
        assert layout is not None
        return dialog.height() < layout.totalHeightForWidth(dialog.width())

    def act(dialog: TransferCaseDialog) -> None:
        dialog.reason.setPlainText("SAV tar över enligt överenskommelse.")
        ground = find(dialog, QComboBox, "transferGround")
        ground.setCurrentIndex(ground.findData("other"))
        seen["without_words"] = find(dialog, QLabel, "transferProblem").text()
        seen["cut_without"] = cut(dialog)
        find(dialog, QLineEdit, "transferGroundText").setText(
            "Överlämnande av ärende till ansvarig nämnd enligt överenskommelse med SAV")
        seen["cut_with"] = cut(dialog)
        seen["ready"] = ok_button(dialog).isEnabled()
        dialog.reject()

    run_dialog(window, made["bare"], act)
    assert seen["without_words"].startswith("Grunden i ord:")
    assert "other" not in seen["without_words"]
    assert not seen["cut_without"] and not seen["cut_with"] and seen["ready"]


def test_the_missing_reason_is_asked_for_in_swedish(
        hisingen: tuple[MainWindow, dict[str, int]], qtbot: Any) -> None:
    """Without a routing assessment the reason was asked for half in English ("Ärendets
    bedömning is missing (no signed assessment); …")."""
    from utvag.ui import i18n

    i18n.set_language("sv")
    window, made = hisingen
    seen: dict[str, Any] = {}

    def act(dialog: TransferCaseDialog) -> None:
        seen["first"] = find(dialog, QLabel, "transferProblem").text()
        dialog.reason.setPlainText("SAV tar över enligt överenskommelse.")
        seen["then"] = find(dialog, QLabel, "transferProblem").text()
        dialog.reject()

    run_dialog(window, made["bare"], act)
    assert seen["first"].startswith("En överflyttning till SAV")
    assert "behöver ett skriftligt skäl" in seen["first"]
    assert "missing" not in seen["first"] and "assessment" not in seen["first"]
    assert "skäl" not in seen["then"]  # written: the next rule (the legal ground) speaks


def test_the_protected_identity_confirmation_is_read_whole(
        hisingen: tuple[MainWindow, dict[str, int]], qtbot: Any) -> None:
    """The confirmation for a protected identity was one check box whose sentence ran past the
    dialog's edge ("…paketet kommer att innehålla" and no more)."""
    from PySide6.QtWidgets import QApplication

    from utvag.ui import i18n

    i18n.set_language("sv")
    window, made = hisingen
    seen: dict[str, Any] = {}

    def act(dialog: TransferCaseDialog) -> None:
        QApplication.processEvents()
        reveal = find(dialog, QCheckBox, "transferRevealIdentity")
        shown = [w for w in (reveal, *dialog.findChildren(QLabel)) if w.isVisible()]
        seen["cut"] = [w.objectName() or w.text()[:30] for w in shown
                       if w.sizeHint().width() > w.width()
                       and not (isinstance(w, QLabel) and w.wordWrap())]
        seen["sentence"] = " ".join(w.text() for w in shown if "skyddad identitet" in w.text())
        dialog.reject()

    run_dialog(window, made["protected"], act)
    assert seen["cut"] == []
    assert "paketet kommer att innehålla dem (loggas)" in seen["sentence"]
