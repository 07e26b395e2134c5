"""What was typed on a case's High-risk tab and not yet saved (a description, a reason, a
ticked ground), kept while another case is open and put back when the case is opened again.

It is kept in memory only, for as long as the vault stays unlocked (the journal's unsaved text
goes into the vault as a draft instead); nothing of it is written anywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from utvag.ui.case.case_view import CaseView


class KeptTyping:
    def __init__(self) -> None:
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

    def put_back(self, view: CaseView) -> None:
        """When the case is opened again: what was kept, back where it was typed."""
        typed = self._typed.pop(view.case.id, None)
        if typed:
            view.high_risk.put_back(typed)
