"""Labels of stored codes are built once per language and kept: a runtime language switch still
shows every list's codes in the new language, and switching back shows the first again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import press

from utvag.ui import i18n
from utvag.ui.case.case_list_model import CaseListModel
from utvag.ui.case.followup_labels import threat_label
from utvag.ui.window import MainWindow


def _row(window: MainWindow, name: str) -> dict[str, str]:
    """The case list's cells of the row showing ``name``, by column."""
    assert window.workspace is not None
    proxy = window.workspace.proxy
    name_column = CaseListModel.COLUMNS.index("name")
    for row in range(proxy.rowCount()):
        if proxy.index(row, name_column).data() == name:
            return {column: proxy.index(row, number).data()
                    for number, column in enumerate(CaseListModel.COLUMNS)}
    raise AssertionError(f"{name!r} is not in the list")


def _switch(window: MainWindow, language: str) -> None:
    (window.swedish_action if language == "sv" else window.english_action).trigger()
    QApplication.processEvents()  # Qt posts LanguageChange to each window
    assert i18n.current_language() == language


def test_the_case_list_follows_a_language_switch_and_back(open_window: MainWindow) -> None:
    english = _row(open_window, "Alva Exempelsson")
    assert (english["type"], english["status"]) == ("Defector", "Investigation")

    _switch(open_window, "sv")
    swedish = _row(open_window, "Alva Exempelsson")
    assert (swedish["type"], swedish["status"]) == ("Avhoppare", "Utredning")

    _switch(open_window, "en")
    again = _row(open_window, "Alva Exempelsson")
    assert (again["type"], again["status"]) == ("Defector", "Investigation")


def test_the_case_log_follows_a_language_switch(open_window: MainWindow, qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    workspace.table.setFocus()
    workspace.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)  # opens the case, which logs that it was opened
    view = workspace.case_view
    assert view is not None
    view.setCurrentWidget(view.log)
    model = view.log.model

    def actions() -> list[str]:
        return [model.index(row, 2).data() for row in range(model.rowCount())]

    assert "opened the case" in actions()
    _switch(open_window, "sv")
    assert "öppnade ärendet" in actions() and "opened the case" not in actions()
    _switch(open_window, "en")
    assert "opened the case" in actions()


def test_a_code_label_is_in_the_language_in_force() -> None:
    assert threat_label("high") == "High"
    assert i18n.set_language("sv")
    try:
        assert threat_label("high") == "Hög"
        assert threat_label(None) == threat_label("unknown") == "—"
    finally:
        i18n.set_language("en")
    assert threat_label("high") == "High"
