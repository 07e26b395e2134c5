"""The dialogs that record something on one case (an intervention, a need, a relative, a
threat request…): each is given the session and the case it writes to in the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

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
