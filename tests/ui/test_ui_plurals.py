"""Counts in English and Swedish: the plural agrees with the number (never "case(s)"); sizes in
Swedish: decimals take a comma."""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtWidgets import QApplication

from utvag.services import cases
from utvag.ui import i18n
from utvag.ui.case.disclosure_register_tab import DisclosureRegisterTab
from utvag.ui.numbers import data_size
from utvag.ui.window import MainWindow


def test_case_count_agrees_with_the_number(open_window: MainWindow, qtbot: Any) -> None:
    assert i18n.set_language("sv")
    workspace = open_window.workspace
    assert workspace is not None
    workspace.apply_filters()
    assert workspace.count_label.text() == "3 ärenden visas"
    qtbot.keyClicks(workspace.search, "Cleo")
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1)
    assert workspace.count_label.text() == "1 ärende visas"


def test_case_count_in_english_agrees_with_the_number(open_window: MainWindow,
                                                     qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    workspace.apply_filters()
    assert workspace.count_label.text() == "3 cases shown"
    qtbot.keyClicks(workspace.search, "Cleo")
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1)
    assert workspace.count_label.text() == "1 case shown"
    open_window.swedish_action.trigger()  # and back again: the English forms are there again
    open_window.english_action.trigger()
    QApplication.processEvents()
    assert workspace.count_label.text() == "1 case shown"


def test_no_disclosures_read_in_the_plural_in_both_languages(open_window: MainWindow,
                                                            qtbot: Any) -> None:
    session, workspace = open_window.session, open_window.workspace
    assert session is not None and workspace is not None
    tab = DisclosureRegisterTab(session, workspace.model.case_id(0), False)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.status.text() != "")
    assert tab.status.text() == "0 disclosures recorded."
    open_window.swedish_action.trigger()
    tab.reload()
    assert tab.status.text() == "0 utlämnanden registrerade."


def test_sizes_are_written_the_swedish_way(open_window: MainWindow) -> None:
    assert i18n.set_language("sv")
    assert data_size(300_000) == "300,0 kB"
    assert data_size(312_000_000) == "312,0 MB"
    session, workspace = open_window.session, open_window.workspace
    assert session is not None and workspace is not None
    case_id = workspace.model.case_id(0)
    cases.attach(session, case_id, io.BytesIO(b"x" * 1234), "intyg.txt", "text/plain")
    view = workspace.open_case(case_id)
    shown = view.attachments.list.item(0).text()
    assert shown == "intyg.txt  (text/plain, 1,2 kB)"
