"""Counts and sizes in Swedish: the plural agrees with the number, decimals take a comma."""

from __future__ import annotations

import io
from typing import Any

from utvag.services import cases
from utvag.ui import i18n
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
