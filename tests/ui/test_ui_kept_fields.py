"""Everything entered in a dialog about a case comes back after a lock, not only its text: an
incident's time came back as now (and was saved so, unnoticed), its kind as the first, its ticks
unticked. Every input is kept, encrypted in the vault, and put back; a row kept by the previous
version (text fields only) still puts back its text; a row that no longer fits the dialog puts
back nothing, and the dialog says so."""

from __future__ import annotations

import importlib
import inspect
import io
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget
from ui_support import decision_dialog, files_holding, focused, unlock_with_keyboard

from conftest import UiVault
from utvag.services import cases, high_risk, kept_text
from utvag.services.session import Session
from utvag.ui.case.case_record_dialog import CaseRecordDialog
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.decision_dialogs import DecisionDialog
from utvag.ui.case.disclosure_form import DisclosureForm
from utvag.ui.case.kept_overview import kept_kind_label
from utvag.ui.staff_safety.incident_dialog import IncidentDialog
from utvag.ui.staff_safety.risk_meeting_dialog import RiskMeetingDialog
from utvag.ui.typed_text_dialog import TypedTextDialog
from utvag.ui.window import MainWindow

CANARY = "Slog till handlaggaren i trapphuset KANARIE-5d1e"  # keyClicks types ASCII
PAST = QDateTime(QDate(2024, 3, 5), QTime(7, 42))  # the incident happened then, not now
PAST_KEPT = "2024-03-05T07:42"  # how the time is held in the kept row: never in clear
DECISION_KIND = "dialog:DecisionDialog:decisionDialog"
# the modules of the dialogs that record something on a case
RECORDING = ("case_actions", "interventions_tab", "guardians_tab", "threat_dialogs", "needs_tab",
             "name_correction", "case_followup_tab", "consent_positions", "consent_withdrawal",
             "decision_dialogs", "relatives_tab")


def _alva(window: MainWindow) -> tuple[Session, int]:
    assert window.session is not None
    return window.session, next(s.id for s in cases.list_cases(window.session)
                                if s.name == "Alva Exempelsson")


def _view(window: MainWindow, case_id: int) -> CaseView:
    workspace = window.workspace
    assert workspace is not None
    view = workspace.case_view
    return view if view is not None and view.case.id == case_id else workspace.open_case(case_id)


def _incident(window: MainWindow, qtbot: Any, case_id: int) -> IncidentDialog:
    view = _view(window, case_id)
    view.setCurrentWidget(view.high_risk)
    dialog = view.high_risk.open_incident_dialog()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _lock_and_unlock(window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    window.lock()  # Ctrl+L's path (the idle lock and quitting take the same)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    unlock_with_keyboard(qtbot, window, vault.passphrase)


def _seen(dialog: IncidentDialog) -> dict[str, object]:
    """What the caseworker sees in the dialog."""
    return {
        "when": dialog.occurred_at.text(), "kind": dialog.kind.currentText(),
        "staff": dialog.staff.text(), "what": dialog.description.toPlainText(),
        "reported": dialog.reported.isChecked(), "reported on": dialog.reported_on.text(),
        "report date editable": dialog.reported_on.isEnabled(),
        "report number": dialog.report_number.text(),
        "attachments": [dialog.attachments.item(i).text() for i in range(
            dialog.attachments.count()) if dialog.attachments.item(i).checkState()
            == Qt.CheckState.Checked],
        "support": [box.text() for box in dialog.support.values() if box.isChecked()]}


def test_every_input_of_an_incident_comes_back_after_a_lock_and_is_saved_as_entered(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    session, alva = _alva(open_window)
    for name in ("polisanmalan.pdf", "foto-trapphuset.jpg"):
        cases.attach(session, alva, io.BytesIO(b"%PDF-1.4"), name)
    dialog = _incident(open_window, qtbot, alva)
    dialog.occurred_at.setDateTime(PAST)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # the next kind of threat
    dialog.staff.setFocus()
    qtbot.keyClicks(dialog.staff, "HL")
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, CANARY)
    qtbot.mouseClick(dialog.reported, Qt.MouseButton.LeftButton)
    dialog.reported_on.setDate(QDate(2024, 3, 6))
    dialog.report_number.setFocus()
    qtbot.keyClicks(dialog.report_number, "5000-K123456-24")
    dialog.attachments.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(next(iter(dialog.support.values())), Qt.MouseButton.LeftButton)
    entered = _seen(dialog)
    assert entered["when"] == "2024-03-05 07:42" and entered["reported"] is True

    _lock_and_unlock(open_window, vault, qtbot)
    for needle in (CANARY, PAST_KEPT, "5000-K123456-24"):  # in the encrypted vault only
        assert not files_holding(needle, vault.directory.parent)
    again = _incident(open_window, qtbot, alva)
    assert _seen(again) == entered
    assert again.keeper is not None and again.keeper.notice.isVisible()
    assert again.keeper.notice.discard_button.isVisible()

    qtbot.mouseClick(again.buttons.button(again.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert open_window.session is not None
    saved = high_risk.incidents(open_window.session, alva)[0]
    assert datetime.fromisoformat(saved.occurred_at).astimezone().strftime(
        "%Y-%m-%d %H:%M") == "2024-03-05 07:42"  # not the time the dialog was opened again
    assert saved.police_reported_on == "2024-03-06" and len(saved.attachment_ids) == 1


def test_an_incidents_time_alone_is_kept_and_discarding_gives_the_dialogs_own_back(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    _session, alva = _alva(open_window)
    dialog = _incident(open_window, qtbot, alva)
    dialog.occurred_at.setDateTime(PAST)  # nothing typed: the time is what was entered
    _lock_and_unlock(open_window, vault, qtbot)

    again = _incident(open_window, qtbot, alva)
    assert again.occurred_at.dateTime() == PAST
    assert again.keeper is not None and again.keeper.notice.isVisible()
    qtbot.mouseClick(again.keeper.notice.discard_button, Qt.MouseButton.LeftButton)
    assert not again.keeper.notice.isVisible()
    assert again.occurred_at.dateTime() != PAST  # now again, as a new incident opens
    # the keyboard stays where the time was put back, not on the hidden button
    assert focused() in (again.occurred_at, *again.occurred_at.findChildren(QWidget))


def test_an_untouched_incident_or_decision_keeps_nothing(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    _session, alva = _alva(open_window)
    _incident(open_window, qtbot, alva)  # its time is now and stays so: nothing entered
    open_window.lock()
    with vault.open() as locked:
        assert kept_text.kinds_kept(locked, alva) == []
    unlock_with_keyboard(qtbot, open_window, vault.passphrase)
    decision_dialog(open_window, qtbot, alva)
    open_window.lock()
    with vault.open() as locked:
        assert kept_text.kinds_kept(locked, alva) == []


def test_a_row_kept_by_the_previous_version_puts_back_its_text(
        open_window: MainWindow, qtbot: Any) -> None:
    session, alva = _alva(open_window)
    probe = DecisionDialog(session, alva)  # where the previous version found the text field
    fields = probe.text_fields()
    # the shape it kept: the count of text fields, and the changed ones by position
    kept_text.keep(session, alva, DECISION_KIND, {
        "count": len(fields), "texts": {str(fields.index(probe.what)): CANARY}})
    probe.deleteLater()

    dialog = decision_dialog(open_window, qtbot, alva)
    assert dialog.what.toPlainText() == CANARY
    assert dialog.kept_notice.isVisible() and dialog.kept_notice.discard_button.isVisible()
    assert dialog.decided.date() == QDate.currentDate()  # the rest as the dialog opens
    assert kept_text.kinds_kept(session, alva) == []


def test_a_row_that_no_longer_fits_the_dialog_puts_back_nothing_and_says_so(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    session, alva = _alva(open_window)
    dialog = decision_dialog(open_window, qtbot, alva)
    dialog.what.setFocus()
    qtbot.keyClicks(dialog.what, CANARY)
    kept = dialog.keeper
    assert kept is not None
    typed = kept.typed_fields()
    dialog.reject()
    # kept by a version whose dialog had another field where this one has its date
    inputs = typed["inputs"]
    assert isinstance(inputs, list)
    inputs = [name if name != "moment:" else "number:" for name in inputs]
    for row in ({**typed, "inputs": inputs},
                {"count": len(dialog.text_fields()) + 1, "texts": {"0": CANARY}}):
        kept_text.keep(session, alva, DECISION_KIND, row)
        again = decision_dialog(open_window, qtbot, alva)
        assert CANARY not in again.texts() and again.what.toPlainText() == ""
        notice = again.kept_notice
        assert notice.isVisible() and not notice.discard_button.isVisible()
        assert "could not be put back" in notice.label.text()
        assert kept_text.kinds_kept(session, alva) == []  # taken, and said: not kept on
        again.reject()


def test_an_input_new_since_the_lock_leaves_the_rest_to_come_back(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    _session, alva = _alva(open_window)
    dialog = _incident(open_window, qtbot, alva)
    dialog.occurred_at.setDateTime(PAST)
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, CANARY)
    _lock_and_unlock(open_window, vault, qtbot)
    assert open_window.session is not None  # a file attached meanwhile: a list to tick now
    cases.attach(open_window.session, alva, io.BytesIO(b"%PDF-1.4"), "polisanmalan.pdf")

    again = _incident(open_window, qtbot, alva)
    assert again.attachments.count() == 1 and again.attachments.isVisibleTo(again)
    assert again.occurred_at.dateTime() == PAST and again.description.toPlainText() == CANARY


def test_the_high_risk_tabs_kind_of_conflict_comes_back(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    _session, alva = _alva(open_window)
    tab = _view(open_window, alva).high_risk
    _view(open_window, alva).setCurrentWidget(tab)
    tab.conflict_kind.setCurrentIndex(2)
    chosen = tab.conflict_kind.currentText()
    tab.conflict_description.setFocus()
    qtbot.keyClicks(tab.conflict_description, CANARY)
    _lock_and_unlock(open_window, vault, qtbot)
    assert not files_holding(CANARY, vault.directory.parent)

    tab = _view(open_window, alva).high_risk
    assert tab.conflict_kind.currentText() == chosen
    assert tab.conflict_description.text() == CANARY
    notice = tab.findChild(QWidget, "keptNotice")
    assert notice is not None and notice.isVisible()


def _keeping_dialogs() -> list[type[TypedTextDialog]]:
    """Every dialog about a case that keeps what was entered in it through a lock."""
    for module in RECORDING:
        importlib.import_module(f"utvag.ui.case.{module}")
    found: list[type[TypedTextDialog]] = [IncidentDialog, DisclosureForm, RiskMeetingDialog]
    waiting: list[type[TypedTextDialog]] = [CaseRecordDialog]
    while waiting:
        for sub in waiting.pop().__subclasses__():
            found.append(sub)
            waiting.append(sub)
    return found


def test_every_dialog_that_keeps_is_named_on_the_overview_and_keeps_nothing_untouched(
        open_window: MainWindow, qtbot: Any) -> None:
    session, alva = _alva(open_window)
    unknown = kept_kind_label("dialog:NoSuchDialog:")
    extras = {"case_number": "CEN-2026-00001", "caseworker": "hl", "name": "Alva Exempelsson",
              "protected": False, "assessment": None}
    dialogs = _keeping_dialogs()
    assert len(dialogs) >= 19
    for kind in dialogs:
        assert kept_kind_label(f"dialog:{kind.__name__}:") != unknown, kind.__name__
        names = list(inspect.signature(kind.__init__).parameters)[3:]  # after session, case
        make: Callable[..., TypedTextDialog] = kind  # each takes the session and case first
        dialog = make(session, alva, *(extras[n] for n in names if n != "parent"), open_window)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert dialog.keeper is not None and not dialog.changed_since_opened(), kind.__name__
        assert dialog.keeper.typed_fields() == {}
        dialog.reject()
