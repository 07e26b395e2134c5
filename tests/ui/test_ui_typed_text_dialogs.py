"""Every dialog where a caseworker writes asks before Escape or the close button throws the text
away: a new case, an incident against staff, a risk meeting, a disclosure and a log review's
sign-off discarded it without a word, while the recording dialogs already asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPlainTextEdit
from ui_support import close_button, destructive_button, discard_question

from utvag.services import cases
from utvag.services.session import Session
from utvag.ui.case.disclosure_form import DisclosureForm
from utvag.ui.case.new_case_dialog import NewCaseDialog
from utvag.ui.manager.manager_view import SignReviewDialog
from utvag.ui.staff_safety.incident_dialog import IncidentDialog
from utvag.ui.staff_safety.risk_meeting_dialog import RiskMeetingDialog
from utvag.ui.typed_text_dialog import TypedTextDialog
from utvag.ui.window import MainWindow

MAKERS: dict[str, Callable[[Session, int, MainWindow], TypedTextDialog]] = {
    "new case": lambda _s, _c, w: NewCaseDialog(lambda _data: 0, w),
    "incident": lambda s, c, w: IncidentDialog(s, c, w),
    "risk meeting": lambda s, c, w: RiskMeetingDialog(s, c, parent=w),
    "disclosure": lambda s, c, w: DisclosureForm(s, c, False, w),
    "log review sign-off": lambda _s, _c, w: SignReviewDialog(None, w),
}



def _shown(name: str, window: MainWindow, qtbot: Any) -> TypedTextDialog:
    session = window.session
    assert session is not None
    dialog = MAKERS[name](session, cases.list_cases(session)[0].id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type_into_first_field(dialog: QDialog, qtbot: Any) -> tuple[Any, Callable[[], str]]:
    fields: list[QPlainTextEdit | QLineEdit] = [*dialog.findChildren(QPlainTextEdit),
                                                *dialog.findChildren(QLineEdit)]
    field = next(w for w in fields if w.isVisible() and w.isEnabled() and not w.isReadOnly())
    field.setFocus()
    qtbot.keyClicks(field, "Hotade i receptionen")
    if isinstance(field, QPlainTextEdit):
        return field, field.toPlainText
    return field, field.text


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_escape_with_text_typed_asks_and_cancel_keeps_the_text(
        name: str, open_window: MainWindow, qtbot: Any) -> None:
    dialog = _shown(name, open_window, qtbot)
    field, read = _type_into_first_field(dialog, qtbot)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: discard_question() is not None)
    box = discard_question()
    assert box is not None and dialog.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: discard_question() is None)
    assert dialog.isVisible() and "Hotade i receptionen" in read()


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_the_close_button_asks_too_and_discard_closes(
        name: str, open_window: MainWindow, qtbot: Any) -> None:
    dialog = _shown(name, open_window, qtbot)
    _type_into_first_field(dialog, qtbot)
    close_button(dialog)  # the title bar's X
    qtbot.waitUntil(lambda: discard_question() is not None)
    box = discard_question()
    assert box is not None
    discard = destructive_button(box)
    discard.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_an_untouched_dialog_closes_at_once_on_escape(
        name: str, open_window: MainWindow, qtbot: Any) -> None:
    dialog = _shown(name, open_window, qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert discard_question() is None
