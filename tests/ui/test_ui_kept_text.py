"""Typed text is not lost when the vault locks: what was typed in an open recording dialog (the
board's decision here) or on the High-risk tab is kept in the vault, encrypted, and put back
with a line saying so the next time the same dialog or tab is opened for the same case. The
window's close button asks before discarding typed text, as Escape does. After "Discard the kept
text" the keyboard stays in the field it was put back in (it went to the case list's search,
where the next key typed filtered the list and closed the open case)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import (
    FakeClock,
    close_button,
    decision_dialog,
    destructive_button,
    discard_question,
    files_holding,
    focused,
    type_text,
    unlock_with_keyboard,
)

from conftest import UiVault
from utvag.services import cases, kept_text
from utvag.ui.case.decision_dialogs import DecisionDialog
from utvag.ui.case.kept_notice import KeptNotice
from utvag.ui.window import MainWindow

CANARY = "Hotet: bilen utanfor porten varje kvall KANARIE-7f3a"  # keyClicks types ASCII


def _case(window: MainWindow, name: str) -> int:
    assert window.session is not None
    return next(s.id for s in cases.list_cases(window.session) if s.name == name)


def _typed(window: MainWindow, qtbot: Any, case_id: int) -> DecisionDialog:
    """The dialog for the case, the canary typed into it."""
    dialog = decision_dialog(window, qtbot, case_id)
    dialog.what.setFocus()
    qtbot.keyClicks(dialog.what, CANARY)
    return dialog


def test_a_dialogs_text_survives_the_idle_lock_for_its_own_case_only(
        open_window: MainWindow, vault: UiVault, qtbot: Any, clock: FakeClock) -> None:
    alva, cleo = _case(open_window, "Alva Exempelsson"), _case(open_window, "Cleo Testberg")
    dialog = _typed(open_window, qtbot, alva)

    clock.advance(vault.policy.idle_timeout_seconds + 1)  # as the idle timer locks
    qtbot.waitUntil(lambda: open_window.is_locked)
    assert not dialog.isVisible()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not files_holding(CANARY, vault.directory)  # kept encrypted (SQLCipher)
    with vault.open() as session:
        assert kept_text.kinds_kept(session, alva) == [dialog.kept_kind]
        assert kept_text.kinds_kept(session, cleo) == []

    unlock_with_keyboard(qtbot, open_window, vault.passphrase)
    other = decision_dialog(open_window, qtbot, cleo)  # another case's dialog: nothing put back
    assert other.what.toPlainText() == "" and not other.kept_notice.isVisible()
    other.reject()

    again = decision_dialog(open_window, qtbot, alva)
    assert again.what.toPlainText() == CANARY
    assert again.kept_notice.isVisible()
    assert "before the vault locked" in again.kept_notice.label.text()
    assert open_window.session is not None  # taken back: no longer kept in the vault
    assert kept_text.kinds_kept(open_window.session, alva) == []
    # The user discards it: the field is as the dialog opened, the line goes.
    again.kept_notice.discard_button.click()
    assert again.what.toPlainText() == "" and not again.kept_notice.isVisible()


def test_the_kept_text_line_follows_a_language_switch_while_its_dialog_is_open(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    alva = _case(open_window, "Alva Exempelsson")
    _typed(open_window, qtbot, alva)
    open_window.lock()
    unlock_with_keyboard(qtbot, open_window, vault.passphrase)
    again = decision_dialog(open_window, qtbot, alva)
    notice = again.kept_notice
    assert notice.isVisible() and again.what.toPlainText() == CANARY

    def read() -> tuple[str, str, str]:
        return (notice.label.text(), notice.label.accessibleName(),
                notice.discard_button.text())

    english = read()
    assert english[0] == ("What you typed and chose before the vault locked has been put "
                          "back. It is not saved yet.") == english[1]
    open_window.swedish_action.trigger()
    QApplication.processEvents()  # Qt posts LanguageChange to each window, the dialog too
    swedish = "Det du skrev och valde innan valvet låstes har återställts. Det är inte sparat än."
    assert read() == (swedish, swedish, "Kasta den återställda texten")
    assert notice.isVisible() and again.what.toPlainText() == CANARY  # nothing else changed
    open_window.english_action.trigger()
    QApplication.processEvents()
    assert read() == english


def test_an_untouched_dialog_keeps_nothing(open_window: MainWindow, vault: UiVault,
                                           qtbot: Any) -> None:
    alva = _case(open_window, "Alva Exempelsson")
    decision_dialog(open_window, qtbot, alva)
    open_window.lock()
    with vault.open() as session:
        assert kept_text.kinds_kept(session, alva) == []


def test_the_high_risk_tabs_text_survives_a_lock(open_window: MainWindow, vault: UiVault,
                                                 qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    alva = _case(open_window, "Alva Exempelsson")
    view = workspace.open_case(alva)
    view.setCurrentWidget(view.high_risk)
    view.high_risk.flag_description.setFocus()
    qtbot.keyClicks(view.high_risk.flag_description, CANARY)

    open_window.lock()  # Ctrl+L's path
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not files_holding(CANARY, vault.directory)
    unlock_with_keyboard(qtbot, open_window, vault.passphrase)
    workspace = open_window.workspace
    assert workspace is not None and workspace.case_view is not None
    tab = workspace.case_view.high_risk
    assert tab.flag_description.text() == CANARY
    notice = tab.findChild(KeptNotice, "keptNotice")
    assert notice is not None and notice.isVisible()
    assert open_window.session is not None
    assert kept_text.kinds_kept(open_window.session, alva) == []  # taken back
    qtbot.mouseClick(notice.discard_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert tab.flag_description.text() == "" and not notice.isVisible()
    assert focused() is tab.flag_description  # not the case list's search
    type_text(qtbot, "Z")
    assert tab.flag_description.text() == "Z"
    assert workspace.search.text() == "" and workspace.open_case_id == alva


def test_the_close_button_asks_like_escape(open_window: MainWindow, qtbot: Any) -> None:
    dialog = decision_dialog(open_window, qtbot, _case(open_window, "Alva Exempelsson"))
    dialog.what.setFocus()
    qtbot.keyClicks(dialog.what, "Kontaktperson tre månader")
    close_button(dialog)
    qtbot.waitUntil(lambda: discard_question() is not None)
    box = discard_question()
    assert box is not None and dialog.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: discard_question() is None)
    assert dialog.isVisible() and dialog.what.toPlainText() == "Kontaktperson tre månader"

    close_button(dialog)
    qtbot.waitUntil(lambda: discard_question() is not None)
    box = discard_question()
    assert box is not None
    destructive_button(box).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == 0 and dialog.result_value is None


def test_the_close_button_on_an_untouched_dialog_closes_it(open_window: MainWindow,
                                                           qtbot: Any) -> None:
    dialog = decision_dialog(open_window, qtbot, _case(open_window, "Alva Exempelsson"))
    close_button(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert discard_question() is None


def test_quitting_with_the_vault_open_keeps_the_dialogs_text(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    alva = _case(open_window, "Alva Exempelsson")
    dialog = _typed(open_window, qtbot, alva)
    open_window.close()  # the app quits: the vault locks on its way out
    assert not dialog.isVisible() and discard_question() is None
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not files_holding(CANARY, vault.directory)
    with vault.open() as session:
        kept = kept_text.take_back(session, alva, "dialog:DecisionDialog:decisionDialog")
        assert kept is not None
        texts = kept["texts"]
        assert isinstance(texts, dict) and list(texts.values()) == [CANARY]
        assert kept_text.kinds_kept(session, alva) == []


def test_after_discarding_the_kept_text_typing_goes_into_the_dialogs_field(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    alva = _case(open_window, "Alva Exempelsson")
    dialog = decision_dialog(open_window, qtbot, alva)
    dialog.what.setFocus()
    qtbot.keyClicks(dialog.what, "Kontaktperson tre manader")
    open_window.lock()
    unlock_with_keyboard(qtbot, open_window, vault.passphrase)

    again = decision_dialog(open_window, qtbot, alva)
    assert again.kept_notice.isVisible()
    qtbot.mouseClick(again.kept_notice.discard_button, Qt.MouseButton.LeftButton)
    assert not again.kept_notice.isVisible() and again.what.toPlainText() == ""
    assert focused() is again.what
    type_text(qtbot, "Avslag")
    assert again.what.toPlainText() == "Avslag"

