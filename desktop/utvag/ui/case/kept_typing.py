"""What was typed on a case's High-risk tab and not yet saved (a description, a reason, a
ticked ground, the kind of a conflict of interest), kept while another case is open and put
back when the case is opened again.

While the vault stays unlocked it is kept in memory; when the vault locks (or the app is closed
with it open) it goes into the vault (``services/kept_text.py``), encrypted with the rest, and
is put back with a line saying so the next time the case's tab is opened. Nothing of it is
written anywhere else."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout

from utvag.errors import UtvagError
from utvag.services import kept_text
from utvag.ui.case.kept_notice import KeptNotice
from utvag.ui.vault_events import ChangeKind, notify

if TYPE_CHECKING:
    from utvag.services.session import Session
    from utvag.ui.case.case_view import CaseView
    from utvag.ui.staff_safety.staff_safety_tab import StaffSafetyTab

logger = logging.getLogger(__name__)

KIND = "tab:high_risk"


class KeptTyping:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._typed: dict[int, dict[str, object]] = {}

    def keep(self, view: CaseView) -> None:
        """Before ``view`` closes: what its High-risk tab holds unsaved (a tab never built
        holds nothing)."""
        if not view.built("high_risk"):
            return
        typed = view.high_risk.typed()
        if typed:
            self._typed[view.case.id] = typed
        else:
            self._typed.pop(view.case.id, None)

    def store(self, view: CaseView | None) -> None:
        """Before the vault locks: the open case's typed text and every case's kept in memory,
        into the vault. A write that fails is logged without the text; the lock goes on."""
        if view is not None:
            self.keep(view)
        for case_id, typed in self._typed.items():
            try:
                kept_text.keep(self._session, case_id, KIND, typed)
            except Exception:  # a lock must happen even if the write fails
                logger.warning("typed text of a tab could not be kept (%s)", "write failed")
        self._typed.clear()

    def put_back(self, view: CaseView) -> None:
        """When the case is opened again: what was kept, back where it was typed (from the
        vault after a lock, said in a line the user can discard it from)."""
        typed = self._typed.pop(view.case.id, None)
        if typed:
            view.high_risk.put_back(typed)
            return
        try:
            typed = kept_text.take_back(self._session, view.case.id, KIND)
        except UtvagError:
            return
        if typed is None:
            return
        notify(ChangeKind.KEPT, view.case.id)  # no longer kept: the Overview stops saying so
        if typed:
            tab = view.high_risk
            tab.put_back(typed)
            _notice(tab, typed).show_kept()


def _notice(tab: StaffSafetyTab, typed: dict[str, object]) -> KeptNotice:
    """The line above the tab's pages; Discard empties what was put back."""
    emptied: dict[str, object] = {name: "" for name, value in typed.items()
                                  if isinstance(value, str)}
    notice = KeptNotice(lambda: tab.put_back(emptied), tab)
    layout = tab.layout()
    assert isinstance(layout, QBoxLayout)
    layout.insertWidget(0, notice)
    return notice
