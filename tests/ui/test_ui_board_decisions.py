"""The board's decisions, recorded from the Case menu of the app (in Swedish) on a real vault and
listed on the case's Overview with the application: a granted and a refused decision, the
refusal with its appeal notice; a refused entry shows why and stores nothing; the entry is there
only for an open case in an unlocked vault."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from ui_support import unlock_with_keyboard

from conftest import UiVault, create_vault
from utvag.services import cases, decisions
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.decision_dialogs import DecisionDialog
from utvag.ui.window import MainWindow

EXTRA = "Överklagandet skickas till socialnämnden Hisingen, Box 1, 400 10 Göteborg."


def _fill(session: Session) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Alva Exempelsson", "birth_date": "1999-05-05", "district": "Hisingen"}})
    decisions.record_application(session, case_id, date.today().isoformat(), "individual")


def _window(make_window: Any, qtbot: Any, tmp_path: Path, policy: Policy) -> MainWindow:
    vault: UiVault = create_vault(tmp_path / "hisingen", policy, unit="Hisingen", fill=_fill)
    window: MainWindow = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.session is not None and window.workspace is not None
    return window


def _open_case(window: MainWindow) -> CaseView:
    assert window.session is not None and window.workspace is not None
    view = window.workspace.open_case(cases.list_cases(window.session)[0].id)
    window.case_menu.enable()
    return view


def _action(window: MainWindow) -> QAction:
    found = window.findChild(QAction, "actionRecordDecision")
    assert isinstance(found, QAction)
    return found


def _dialog(window: MainWindow) -> DecisionDialog:
    act = _action(window)
    assert act.isEnabled() and act.isVisible()
    act.trigger()
    assert window.workspace is not None and window.workspace.case_view is not None
    dialog = window.workspace.case_view.dialog
    assert isinstance(dialog, DecisionDialog) and dialog.isVisible()
    return dialog


def _choose(box: Any, value: str) -> None:
    box.setCurrentIndex(box.findData(value))


def _shown(window: MainWindow) -> list[list[str]]:
    """The Overview's table of the application and decisions, cell by cell."""
    assert window.workspace is not None and window.workspace.case_view is not None
    model = window.workspace.case_view.overview.decisions.records.model
    return [[str(model.index(row, column).data()) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_a_granted_and_a_refused_decision_are_recorded_and_listed_with_the_appeal_notice(
        make_window: Any, qtbot: Any, qtmodeltester: Any, tmp_path: Path, ui_policy: Policy,
        swedish: None) -> None:
    window = _window(make_window, qtbot, tmp_path, ui_policy)
    session = window.session
    assert session is not None
    view = _open_case(window)
    assert _action(window).text() == "Registrera b&eslut…"
    section = view.overview.decisions
    assert section.heading.text() == "Ansökan och beslut"
    assert _shown(window) == [[date.today().isoformat(), "Ansökan inkom", "—", "—",
                               "Individen", ""]]  # nothing said of what was applied for

    granted = _dialog(window)
    assert granted.windowTitle() == "Registrera beslut"
    assert granted.appeal.isHidden()  # a grant carries no appeal notice
    _choose(granted.subject, "intervention")
    granted.what.setPlainText("Skyddat boende i tre månader")
    granted.role.setCurrentText("Enhetschef")
    assert granted.submit()

    refused = _dialog(window)
    _choose(refused.subject, "application")
    _choose(refused.outcome, "refused")
    assert not refused.appeal.isHidden()
    assert refused.appeal.toPlainText() == decisions.DEFAULT_APPEAL_NOTICE
    refused.appeal.setPlainText(decisions.DEFAULT_APPEAL_NOTICE + " " + EXTRA)
    refused.what.setPlainText("Ekonomiskt bistånd till flytt utomlands")
    refused.role.setCurrentText("Sektionschef")
    assert refused.submit()

    stored = decisions.records(session, view.case.id).case_decision
    assert [(d.subject, d.outcome, d.decided_by_role) for d in stored] == [
        ("intervention", "granted", "Enhetschef"), ("application", "refused", "Sektionschef")]
    assert stored[0].appeal_notice is None
    assert stored[1].appeal_notice == decisions.DEFAULT_APPEAL_NOTICE + " " + EXTRA

    today = date.today().isoformat()
    assert _shown(window)[1:] == [
        [today, "En insats", "Beviljat", "Skyddat boende i tre månader", "Enhetschef", ""],
        [today, "Ansökan", "Avslaget", "Ekonomiskt bistånd till flytt utomlands",
         "Sektionschef", decisions.DEFAULT_APPEAL_NOTICE + " " + EXTRA]]
    assert window.workspace is not None and window.workspace.case_view is not None
    model = window.workspace.case_view.overview.decisions.records.model
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Överklagandehänvisning"
    assert EXTRA in model.index(2, 5).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)


def test_a_refused_entry_shows_why_and_stores_nothing(
        make_window: Any, qtbot: Any, tmp_path: Path, ui_policy: Policy,
        swedish: None) -> None:
    window = _window(make_window, qtbot, tmp_path, ui_policy)
    session = window.session
    assert session is not None
    view = _open_case(window)
    dialog = _dialog(window)
    tomorrow = date.today() + timedelta(days=1)
    dialog.decided.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    dialog.role.setCurrentText("Enhetschef")
    assert not dialog.submit()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Beslutsdatumet får inte ligga i framtiden."
    assert decisions.records(session, view.case.id).case_decision == ()

    today = date.today()
    dialog.decided.setDate(QDate(today.year, today.month, today.day))
    assert not dialog.submit()  # nothing said about what was decided
    assert dialog.error.text() == "Skriv vad som beslutades."
    assert decisions.records(session, view.case.id).case_decision == ()
    assert len(_shown(window)) == 1  # the application only


def test_the_entry_needs_an_open_case_in_an_unlocked_vault(
        make_window: Any, qtbot: Any, tmp_path: Path, ui_policy: Policy) -> None:
    window = _window(make_window, qtbot, tmp_path, ui_policy)
    window.case_menu.enable()
    assert _action(window).isVisible() and not _action(window).isEnabled()  # no open case
    _open_case(window)
    assert _action(window).isEnabled()
    window.lock()
    window.case_menu.enable()
    assert not _action(window).isEnabled()
    assert not window.findChild(QAction, "actionRecordApplication").isEnabled()  # type: ignore
