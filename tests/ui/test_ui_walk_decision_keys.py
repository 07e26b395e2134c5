"""Found walking the app by keyboard (Swedish): the Case menu could not be opened with an
Alt+letter, and in *Record a decision* Alt+V reached two fields; choosing *Refused* showed the
appeal notice squeezed to a few lines, the other fields shrunk to make room."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox
from test_ui_keyboard import assert_unambiguous, mnemonic

from utvag.services import cases
from utvag.ui import i18n
from utvag.ui.case.decision_dialogs import DecisionDialog
from utvag.ui.window import MainWindow


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.set_language(request.param)
    yield request.param
    i18n.set_language("sv")


def test_every_menu_of_the_window_opens_with_an_alt_letter(language: str,
                                                           open_window: MainWindow) -> None:
    titles = [action.text() for action in open_window.menuBar().actions()
              if action.isVisible()]
    assert titles
    assert [t for t in titles if mnemonic(t) is None] == []
    assert_unambiguous(open_window, "case list")
    assert open_window.workspace is not None and open_window.session is not None
    open_window.workspace.open_case(cases.list_cases(open_window.session)[0].id)
    assert_unambiguous(open_window, "an open case")


def _decision_dialog(window: MainWindow, qtbot: Any) -> DecisionDialog:
    assert window.session is not None and window.workspace is not None
    case_id = cases.list_cases(window.session)[0].id
    dialog = DecisionDialog(window.session, case_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_each_alt_letter_of_the_decision_dialog_reaches_one_field(
        language: str, open_window: MainWindow, qtbot: Any) -> None:
    dialog = _decision_dialog(open_window, qtbot)
    assert_unambiguous(dialog, "decision, granted")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("refused"))
    assert_unambiguous(dialog, "decision, refused")


def test_a_refusal_shows_the_appeal_notice_whole_and_keeps_the_fields_full_size(
        open_window: MainWindow, qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    larger = QFont(before)  # the screen's font under X is larger than the test platform's
    larger.setPointSizeF(before.pointSizeF() * 1.4)
    app.setFont(larger)
    try:
        dialog = _decision_dialog(open_window, qtbot)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("refused"))
        qtbot.waitUntil(lambda: dialog.appeal.isVisible())
        qtbot.wait(50)  # the layout settles
        assert dialog.appeal.height() == dialog.appeal.maximumHeight()
        assert dialog.what.height() == dialog.what.maximumHeight()
        line = dialog.role.lineEdit()
        assert line is not None
        shown = line.width() - 12  # the frame and the margins of the typed part
        assert shown >= line.fontMetrics().horizontalAdvance(line.placeholderText())
        option = QStyleOptionComboBox()
        dialog.role.initStyleOption(option)
        field = dialog.role.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                   QStyle.SubControl.SC_ComboBoxEditField,
                                                   dialog.role)
        assert line.geometry().right() <= field.right()  # the drop-down arrow stays in sight
        screen = dialog.screen().availableGeometry()
        assert dialog.frameGeometry().height() <= screen.height()
    finally:
        app.setFont(before)
