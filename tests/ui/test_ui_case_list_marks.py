"""The case list marks high-risk cases and masks protected identities, from the real vault."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from ui_support import unlock_with_keyboard

from conftest import UiVault
from utvag.services import cases, high_risk
from utvag.ui.case.case_list_model import CaseListModel
from utvag.ui.window import MainWindow


def column(window: MainWindow, name: str, role: int = Qt.ItemDataRole.DisplayRole
           ) -> dict[str, Any]:
    """Case number → what the list shows in column ``name``."""
    assert window.workspace is not None
    proxy = window.workspace.proxy
    at = CaseListModel.COLUMNS.index(name)
    return {proxy.index(r, 0).data(): proxy.index(r, at).data(role)
            for r in range(proxy.rowCount())}


def test_high_risk_cases_are_marked_in_the_list(make_window: Callable[..., MainWindow],
                                                qtbot: Any, vault: UiVault,
                                                qtmodeltester: Any) -> None:
    with vault.open() as session:
        listed = cases.list_cases(session)
        flagged = listed[0]
        high_risk.flag_case(session, flagged.id, {"grounds": ["serious_threat"]})
        typed = cases.new_case(session, {"type": "high_risk", "person": {
            "name": "Dora Hotad", "birth_date": "1980-01-01"}})
        typed_number = cases.get_case(session, typed).case_number
        cleared = listed[1]
        high_risk.flag_case(session, cleared.id, {"grounds": ["harassment"]})
        high_risk.clear_flag(session, cleared.id, "Hotet har upphört")
    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.workspace is not None
    qtmodeltester.check(window.workspace.model)

    marks = column(window, "high_risk")
    assert marks[flagged.case_number] == "High risk" and marks[typed_number] == "High risk"
    assert marks[cleared.case_number] == ""
    assert sum(1 for m in marks.values() if m) == 2
    tips = column(window, "high_risk", Qt.ItemDataRole.ToolTipRole)
    assert "threatened" in tips[flagged.case_number] and tips[cleared.case_number] is None
    names = column(window, "name")
    assert "Bo Påhittad" not in names.values() and "Protected identity" in names.values()


def test_the_high_risk_mark_stays_in_sight_beside_an_open_case(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    with vault.open() as session:
        listed = cases.list_cases(session)
        flagged, other = listed[0], listed[1]
        high_risk.flag_case(session, flagged.id, {"grounds": ["serious_threat"]})
    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    workspace = window.workspace
    assert workspace is not None
    window.resize(1180, 720)  # the window's first size
    before = workspace.splitter.sizes()[0]
    workspace.open_case(flagged.id)
    # the open case takes the room it needs: the list narrows to its first column or two
    qtbot.waitUntil(lambda: workspace.splitter.sizes()[0] < before)
    table, header = workspace.table, workspace.table.horizontalHeader()
    icons = column(window, "case_number", Qt.ItemDataRole.DecorationRole)
    tips = column(window, "case_number", Qt.ItemDataRole.ToolTipRole)
    assert icons[flagged.case_number] is not None and "threatened" in tips[flagged.case_number]
    assert icons[other.case_number] is None and tips[other.case_number] is None
    at = CaseListModel.COLUMNS.index("case_number")
    assert header.sectionViewportPosition(at) == 0 and table.viewport().width() > 0
    accessible = column(window, "case_number", Qt.ItemDataRole.AccessibleTextRole)
    assert accessible[flagged.case_number] == f"{flagged.case_number} (High risk)"
