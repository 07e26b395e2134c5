"""A change to the open case made elsewhere (a background import, another part of the app)
opens the case again as it now stands — but not under a dialog about it that is still open:
the dialog belongs to the case view, and opening the case again deleted it with what was typed.
The case is opened again once the dialog closes."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from utvag.services import cases
from utvag.ui.vault_events import ChangeKind, notify
from utvag.ui.window import MainWindow


def test_a_change_to_the_open_case_waits_for_its_open_dialog(
        open_window: MainWindow, qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None and open_window.session is not None
    case_id = cases.list_cases(open_window.session)[0].id
    view = workspace.open_case(case_id)
    dialog = open_window.case_menu.record_decision()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.what.setPlainText("Kontaktperson tre månader")  # type: ignore[attr-defined]

    notify(ChangeKind.CASE, case_id)  # a change made elsewhere
    for _ in range(3):
        QApplication.processEvents()
    # what the app's own event loop does next: a view let go of is deleted, with its children
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert shiboken6.isValid(dialog) and dialog.isVisible()
    assert dialog.what.toPlainText() == "Kontaktperson tre månader"  # type: ignore[attr-defined]
    assert workspace.case_view is view  # not opened again under the dialog

    dialog.reject()
    qtbot.waitUntil(lambda: workspace.case_view is not view)  # now it is, as it stands
    assert workspace.open_case_id == case_id
