"""The dialogs that record something on one case (an intervention, a need, a relative, a
threat request…): each is given the session and the case it writes to in the same way.

What was typed in one when the vault locks (or the app is closed with the vault open) is kept in
the vault and put back the next time the same dialog is opened for the same case, with a line
saying so and a button to discard it (``ui/case/kept_dialog.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from utvag.ui.case.kept_dialog import DialogKeeper
from utvag.ui.case.record_dialog import RecordDialog

if TYPE_CHECKING:
    from utvag.services.session import Session


class CaseRecordDialog(RecordDialog):
    """A dialog that records something on one case: the session and the case it writes to are
    kept here for ``save``."""

    def __init__(self, session: Session, case_id: int, title: str,
                 parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(title, parent, name=name)
        self._session, self._case_id = session, case_id
        self._keeper = DialogKeeper(self, session, case_id)
        self.keeper = self._keeper
        self.kept_notice = self._keeper.notice

    @property
    def kept_kind(self) -> str:
        """Which dialog this is, as its kept text is filed under (with the case)."""
        return self._keeper.kind
