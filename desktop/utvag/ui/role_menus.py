"""The main window's screens and menu entries by the vault's role: each entry is shown only where
the vault does the work it opens, as ``utvag.services.vault_roles`` says (the table the services
refuse by), so the menus offer nothing the services would refuse. A hidden entry's shortcut does
nothing either: Qt gives a hidden action no shortcut.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QAction

from utvag.services.vault_roles import Duty

if TYPE_CHECKING:
    from utvag.ui.case.followup_menu import FollowUpMenu
    from utvag.ui.window import MainWindow

CASES = frozenset({Duty.CASES})


def _follow_up(window: MainWindow) -> FollowUpMenu:
    return cast("FollowUpMenu", window.followup_menu)


def _needs(window: MainWindow) -> Iterable[tuple[QAction, frozenset[Duty]]]:
    """Each role-bound entry and the work (any one of) that shows it. Entries not named here
    (search is with the cases; unit keys, backup, lock, language, help) are every vault's."""
    follow_up, transfers = _follow_up(window), window.transfers
    statistics = frozenset({Duty.CONTRIBUTE_STATISTICS, Duty.MERGE_STATISTICS})
    for action in window.case_menu.actions():  # the Case menu: the open case's actions
        yield action, CASES
    consulting = frozenset({Duty.CONSULT_SAV})  # the districts consult SAV and get answers
    yield window.case_menu.consult_action, consulting
    yield transfers.again.answer_receipt_action, consulting
    yield window.case_menu.special_action, frozenset({Duty.DECIDE_SPECIAL_DEFECTOR})
    for action in (window.new_case_action, window.find_action,
                   transfers.transfer_case_action, transfers.import_action,
                   transfers.receipt_action, follow_up.due_action, follow_up.concern_action,
                   follow_up.log_review_action, follow_up.retention_action,
                   window.risk_meetings_action, window.unit_incidents_action,
                   window.record_unit_incident_action):
        yield action, CASES
    yield follow_up.statistics_action, statistics
    yield follow_up.manager_action, frozenset({Duty.MANAGE})


def show_for(window: MainWindow, allowed: frozenset[Duty]) -> None:
    """Show the entries the vault's work needs and hide the rest (the menus are built)."""
    for action, needs in _needs(window):
        action.setVisible(bool(needs & allowed))
    window.case_menu.menuAction().setVisible(Duty.CASES in allowed)
    window.transfers.toolbar.setVisible(Duty.CASES in allowed)
    follow_up = _follow_up(window)
    follow_up.menuAction().setVisible(any(a.isVisible() for a in follow_up.actions()
                                          if not a.isSeparator()))


def home_actions(window: MainWindow) -> list[QAction]:
    """The screens a vault without cases opens on its own page, where the role has them."""
    follow_up = _follow_up(window)
    candidates = (follow_up.manager_action, follow_up.statistics_action,
                  window.transfers.keys_action, window.backup_action)
    return [action for action in candidates if action.isVisible()]
