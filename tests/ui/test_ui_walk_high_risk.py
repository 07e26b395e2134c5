"""Found walking the app: on the High-risk tab, what was typed (what the threat consists of, with
a ground ticked) was gone after another case had been opened and this one opened again; and once
the case was flagged, what the threat consists of was shown nowhere on the tab."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_support import unlock_with_keyboard

from utvag.services import cases
from utvag.ui.window import MainWindow

THREAT = "Hot via sociala medier"
LONG = ("Hot via sociala medier, vid bostaden och mot ett syskon på väg till skolan; "
        "nätverket har sökt klienten via släktingar")


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
    open_window.resize(1100, 700)
    tab.flag_description.setText(LONG)  # (typing ä through QTest aborts)
    qtbot.mouseClick(tab.flag_button, Qt.MouseButton.LeftButton)
    assert tab.flag_description.text() == ""
    lines = [tab.flag_history.item(i).text() for i in range(tab.flag_history.count())]
    assert len(lines) == 1
    assert lines[0].endswith(f"· linked to a criminal network · {LONG}")
    qtbot.waitUntil(lambda: tab.flag_history.isVisible())
    qtbot.wait(200)  # the list lays its rows out
    assert tab.flag_history.horizontalScrollBar().maximum() == 0  # wrapped, read whole



def test_the_case_number_beside_the_high_risk_sign_is_not_cut_off(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path) -> None:
    """The column was as wide as a district's number (two letters) alone: at SAV, with the sign
    beside it, a high-risk case's number read "SAV-2026-000…"."""
    from conftest import create_vault
    from utvag.services import high_risk
    from utvag.services.policy import Policy
    from utvag.ui import i18n

    def fill(session: Any) -> None:
        for name in ("Testa Ett", "Testa Tva"):
            case_id = cases.new_case(session, {"type": "defector", "person": {
                "name": name, "birth_date": "1990-01-01", "district": "Hisingen"}})
            high_risk.flag_case(session, case_id, {"grounds": ["serious_threat"]})

    vault = create_vault(tmp_path / "sav", Policy(keyring_allowed=False), "SAV", fill=fill)
    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    workspace = window.workspace
    assert workspace is not None
    try:
        for language in ("en", "sv"):
            assert i18n.set_language(language)
            qtbot.waitUntil(lambda: workspace.proxy.index(0, 0).data(
                Qt.ItemDataRole.DecorationRole) is not None)
            width = workspace.table.horizontalHeader().sectionSize(0)
            assert str(workspace.proxy.index(0, 0).data()).startswith("SAV-")
            needed = workspace.table.sizeHintForColumn(0)  # the sign, the number, margins
            assert needed <= width, (language, needed, width)
    finally:
        i18n.set_language("en")
