"""A search or filter that leaves the open case out of the list empties the case view: nothing of
that case stays on screen, no action falls on it, and its typed journal text is kept as a draft.
A case merely on a later page of the list, however far, is not left out. Unlocking returns to
the tab that was shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from ui_support import press, type_text, unlock_with_keyboard

from conftest import UiVault, create_vault
from utvag.domain.case_records import CaseSummary, CaseType
from utvag.services import cases
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_list_model import PAGE_SIZE
from utvag.ui.window import MainWindow
from utvag.ui.workspace import Workspace

DRAFT = "Samtal om flytten, halvvags skrivet"


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person can see in the window: labels, fields, buttons, tabs, table cells."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.index(r, c).data() or "") for r in range(model.rowCount())
                      for c in range(model.columnCount())]
        texts.append(widget.accessibleName())
    return texts


def case_of(workspace: Workspace, name: str) -> CaseSummary:
    (summary,) = [s for s in cases.list_cases(workspace.session, limit=1000)
                  if s.name == name]
    return summary


def case_actions_off(window: MainWindow) -> None:
    """Transfer case and every action of the Case menu are off, without the menu opened."""
    assert not window.transfers.transfer_case_action.isEnabled()
    menu = window.case_menu
    for action in (menu.close_action, menu.add_intervention_action, menu.link_relative_action,
                   menu.withdraw_consent_action, menu.reassign_action, menu.consult_action):
        assert not action.isEnabled(), action.objectName()


def open_with_draft(window: MainWindow, qtbot: Any, name: str) -> tuple[Workspace, int, str]:
    workspace = window.workspace
    assert workspace is not None
    summary = case_of(workspace, name)
    view = workspace.open_case(summary.id)
    window.case_menu.aboutToShow.emit()  # as when the menu is opened
    assert window.transfers.transfer_case_action.isEnabled()
    assert window.case_menu.close_action.isEnabled()
    view.setCurrentWidget(view.journal)
    view.journal.editor.setFocus()
    type_text(qtbot, DRAFT)
    return workspace, summary.id, summary.case_number


def test_a_search_that_hides_the_open_case_empties_the_view_and_keeps_the_draft(
        open_window: MainWindow, qtbot: Any) -> None:
    workspace, alva, number = open_with_draft(open_window, qtbot, "Alva Exempelsson")
    assert any("Alva Exempelsson" in t for t in visible_texts(open_window))

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Cleo")
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert workspace.open_case_id is None
    assert workspace.pane.currentWidget() is workspace.placeholder
    shown = visible_texts(open_window)
    assert not any("Alva" in t or number in t or DRAFT in t for t in shown), shown
    case_actions_off(open_window)
    # The typed text is in the vault as a draft note, not signed.
    (note,) = cases.notes(workspace.session, alva)
    assert note.text == DRAFT and not note.is_signed

    # Clearing the search lists the case again but does not open it.
    workspace.search.clear()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 3)
    assert workspace.open_case_id is None
    assert workspace.pane.currentWidget() is workspace.placeholder
    case_actions_off(open_window)

    # Selecting it and pressing Enter opens it, the draft offered back in the journal.
    row = workspace._row_of(alva)
    assert row is not None
    workspace.table.setFocus()
    workspace.table.selectRow(row)
    press(qtbot, Qt.Key.Key_Return)
    view = workspace.case_view
    assert view is not None and view.case.id == alva
    assert view.currentWidget() is view.journal
    assert view.journal.editor.toPlainText() == DRAFT
    assert open_window.transfers.transfer_case_action.isEnabled()
    assert len(cases.notes(workspace.session, alva)) == 1  # no second copy


def test_a_type_filter_that_hides_the_open_case_empties_the_view(
        open_window: MainWindow, qtbot: Any) -> None:
    workspace, alva, number = open_with_draft(open_window, qtbot, "Cleo Testberg")
    workspace.type_filter.setCurrentIndex(workspace.type_filter.findData(
        CaseType.HIGH_RISK.value))
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert workspace.open_case_id is None
    assert not any("Cleo" in t or number in t for t in visible_texts(open_window))
    case_actions_off(open_window)
    (note,) = cases.notes(workspace.session, alva)
    assert note.text == DRAFT
    # A filter that keeps the case does not close it.
    workspace.type_filter.setCurrentIndex(0)
    view = workspace.open_case(alva)
    workspace.type_filter.setCurrentIndex(workspace.type_filter.findData(
        CaseType.DEFECTOR.value))
    assert workspace.case_view is view and workspace.selected_case_id() == alva


def fill_pages(session: Session) -> None:
    for n in range(PAGE_SIZE + 5):
        cases.new_case(session, {"type": "defector", "person": {
            "name": f"Sidfyll {n:03d}", "birth_date": "1999-05-05"}})


def test_a_case_on_a_later_page_is_not_hidden(make_window: Any, qtbot: Any, tmp_path: Path,
                                              ui_policy: Policy) -> None:
    vault: UiVault = create_vault(tmp_path / "paged", ui_policy, fill=fill_pages)
    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    workspace = window.workspace
    assert workspace is not None
    # The list's order puts the first case made last: it is on the second page.
    first = case_of(workspace, "Sidfyll 000").id
    workspace.open_case(first)
    workspace.search.setText("Sidfyll")
    workspace.apply_filters()
    assert workspace.open_case_id == first
    assert workspace.selected_case_id() == first  # its page was read, its row highlighted
    assert window.transfers.transfer_case_action.isEnabled()


def test_unlocking_returns_to_the_tab_that_was_shown(open_window: MainWindow, vault: UiVault,
                                                     qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    opened = workspace.open_case(case_of(workspace, "Cleo Testberg").id)
    opened.setCurrentWidget(opened.relatives)
    tab = opened.currentIndex()
    assert tab > 0
    open_window.lock()
    unlock_with_keyboard(qtbot, open_window, vault.passphrase)
    assert open_window.workspace is not None
    view = open_window.workspace.case_view
    assert view is not None and view.currentIndex() == tab
    assert view.currentWidget() is view.relatives


def test_an_open_assessment_wizard_keeps_the_case_until_it_closes(
        open_window: MainWindow, qtbot: Any) -> None:
    from utvag.services import assessment

    workspace = open_window.workspace
    assert workspace is not None
    alva = case_of(workspace, "Alva Exempelsson").id
    view = workspace.open_case(alva)
    dialog = view.assessment.open_wizard()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    # The list is read again under a search that leaves the case out (as when the overdue
    # filter's list is worked out while the wizard is open): the wizard and its case stay.
    workspace.search.setText("Cleo")
    workspace.apply_filters()
    assert workspace.case_view is view and dialog.isVisible()
    # Closing the wizard keeps its draft; then the case view empties.
    dialog.reject()
    qtbot.waitUntil(lambda: workspace.open_case_id is None)
    assert [row.state for row in assessment.history(workspace.session, alva)] == ["draft"]
    assert not any("Alva" in t for t in visible_texts(open_window))
    case_actions_off(open_window)


# -- a wide filter: far more matches than the list reads at once ---------------------------------
# In the 10 000-case vault (see bulk_vault.py) every case was changed at the same instant, so the
# list puts case 0, "Alva Exempelsson 00000", last of any list that holds it.


def far_case(make_window: Any, qtbot: Any, big_vault: UiVault) -> tuple[MainWindow, int]:
    window = make_window(big_vault.directory, big_vault.policy)
    unlock_with_keyboard(qtbot, window, big_vault.passphrase)
    workspace = window.workspace
    assert workspace is not None
    (alva,) = cases.list_cases(workspace.session, query="Alva Exempelsson 00000")
    workspace.open_case(alva.id)
    return window, alva.id


def test_a_search_that_hides_the_open_case_among_thousands_of_matches_empties_the_view(
        make_window: Any, qtbot: Any, big_vault: UiVault) -> None:
    window, alva = far_case(make_window, qtbot, big_vault)
    workspace = window.workspace
    assert workspace is not None
    # "F" finds every Fanny and every Fiktivsdotter: more than 2 200 cases, not Alva.
    assert len(cases.list_cases(workspace.session, query="F", limit=3000)) > 11 * PAGE_SIZE
    workspace.search.setText("F")
    workspace.apply_filters()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert workspace.open_case_id is None
    assert workspace.pane.currentWidget() is workspace.placeholder
    assert workspace._row_of(alva) is None  # the list did not read on to look for it
    assert not any("Alva Exempelsson" in t or "CE-2024-00000" in t
                   for t in visible_texts(window))
    case_actions_off(window)


def test_the_open_case_far_down_a_wide_filter_stays_and_the_list_says_where(
        make_window: Any, qtbot: Any, big_vault: UiVault) -> None:
    window, alva = far_case(make_window, qtbot, big_vault)
    workspace = window.workspace
    assert workspace is not None
    workspace.type_filter.setCurrentIndex(workspace.type_filter.findData(
        CaseType.DEFECTOR.value))  # 3 334 cases, Alva the last of them
    assert workspace.open_case_id == alva
    assert workspace.selected_case_id() is None
    further = workspace.count_label.text()
    assert "further down the list" in further, further
    # Scrolling down to it highlights its row and the count line no longer says so.
    while workspace._row_of(alva) is None:
        workspace.model.fetchMore(QModelIndex())
    assert workspace.selected_case_id() == alva
    assert "further down the list" not in workspace.count_label.text()
    assert window.transfers.transfer_case_action.isEnabled()
