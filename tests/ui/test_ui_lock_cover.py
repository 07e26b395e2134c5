"""A lock hides the case at once, before it waits for anything.

Closing a dialog the lock hid still does what closing a shown one did: the assessment wizard
keeps what its page holds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from ui_support import press

from conftest import UiVault
from utvag.services import assessment
from utvag.ui.window import MainWindow


def test_the_assessment_wizard_keeps_its_page_through_a_lock(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    """Closing the wizard keeps what its page holds; a lock hides it before it closes it."""
    workspace = open_window.workspace
    assert workspace is not None
    view = workspace.open_case(workspace.model.case_id(0))
    view.setCurrentWidget(view.assessment)
    dialog = view.assessment.open_wizard()
    assert dialog is not None and dialog.page is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.page.rows[0].editor.focus_widget().setFocus()
    press(qtbot, Qt.Key.Key_Space)  # the first answer of the first question
    answered = {k: v for k, v in dialog.page.step_answers().items() if v is not None}
    assert answered and not set(answered) & set(dialog.state.answers)  # not saved yet

    open_window.lock()
    with vault.open() as session:
        draft = next(r for r in assessment.history(session, view.case.id)
                     if r.state == "draft")
        assert answered.items() <= draft.answers.items()
