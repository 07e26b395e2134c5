"""Counts in English and Swedish: the plural agrees with the number (never "case(s)"); sizes in
Swedish: decimals take a comma."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from utvag.services import cases
from utvag.ui import i18n
from utvag.ui.case.disclosure_register_tab import DisclosureRegisterTab
from utvag.ui.numbers import data_size
from utvag.ui.window import MainWindow


@pytest.mark.parametrize(("language", "many", "one"), [
    ("sv", "3 ärenden visas", "1 ärende visas"),
    ("en", "3 cases shown", "1 case shown"),
])
def test_case_count_agrees_with_the_number(language: str, many: str, one: str,
                                           open_window: MainWindow, qtbot: Any) -> None:
    assert i18n.set_language(language)
    workspace = open_window.workspace
    assert workspace is not None
    workspace.apply_filters()
    assert workspace.count_label.text() == many
    qtbot.keyClicks(workspace.search, "Cleo")
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1)
    assert workspace.count_label.text() == one
    # To the other language and back from the menu: the forms are there again.
    other, back = ((open_window.english_action, open_window.swedish_action) if language == "sv"
                   else (open_window.swedish_action, open_window.english_action))
    other.trigger()
    back.trigger()
    QApplication.processEvents()
    assert workspace.count_label.text() == one


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
