"""Found walking the app: on the High-risk tab, what was typed (what the threat consists of, with
a ground ticked) was gone after another case had been opened and this one opened again; and once
the case was flagged, what the threat consists of was shown nowhere on the tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from utvag.services import cases
from utvag.ui.window import MainWindow

THREAT = "Hot via sociala medier"


def _open_high_risk(window: MainWindow, case_id: int) -> Any:
    assert window.workspace is not None
    view = window.workspace.open_case(case_id)
    view.setCurrentWidget(view.page("high_risk"))
    return view.high_risk


def test_typing_on_the_high_risk_tab_is_back_when_the_case_is_opened_again(
        open_window: MainWindow, qtbot: Any) -> None:
    assert open_window.session is not None
    first, second = (c.id for c in cases.list_cases(open_window.session)[:2])
    tab = _open_high_risk(open_window, first)
    tab.grounds["serious_threat"].setChecked(True)
    qtbot.keyClicks(tab.flag_description, THREAT)
    qtbot.keyClicks(tab.conflict_description, "Granne till klienten")

    _open_high_risk(open_window, second)  # another case: this one closes
    assert open_window.workspace is not None
    tab = _open_high_risk(open_window, first)
    assert tab.flag_description.text() == THREAT
    assert tab.conflict_description.text() == "Granne till klienten"
    assert tab.grounds["serious_threat"].isChecked()
    assert not tab.grounds["violence"].isChecked()

    other = _open_high_risk(open_window, second)  # nothing typed there: nothing put back
    assert other.flag_description.text() == ""
    assert not any(box.isChecked() for box in other.grounds.values())


def test_what_the_threat_consists_of_is_shown_once_flagged(
        open_window: MainWindow, qtbot: Any) -> None:
    assert open_window.session is not None
    case_id = cases.list_cases(open_window.session)[0].id
    tab = _open_high_risk(open_window, case_id)
    tab.grounds["serious_threat"].setChecked(True)
    tab.network.setChecked(True)
    qtbot.keyClicks(tab.flag_description, THREAT)
    qtbot.mouseClick(tab.flag_button, Qt.MouseButton.LeftButton)
    assert tab.flag_description.text() == ""
    lines = [tab.flag_history.item(i).text() for i in range(tab.flag_history.count())]
    assert len(lines) == 1
    assert lines[0].endswith(f"· linked to a criminal network · {THREAT}")
