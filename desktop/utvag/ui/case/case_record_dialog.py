"""The dialogs that record something on one case (an intervention, a need, a relative, a
threat request…): each is given the session and the case it writes to in the same way.

What was typed in one when the vault locks (or the app is closed with the vault open) is kept in
the vault (``services/kept_text.py``) and put back the next time the same dialog is opened for
the same case, with a line saying so and a button to discard it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QBoxLayout, QLineEdit, QWidget

from utvag.errors import UtvagError
from utvag.services import kept_text
from utvag.ui.case.kept_notice import KeptNotice
from utvag.ui.case.record_dialog import RecordDialog

if TYPE_CHECKING:
    from utvag.services.session import Session

logger = logging.getLogger(__name__)


class CaseRecordDialog(RecordDialog):
    """A dialog that records something on one case: the session and the case it writes to are
    kept here for ``save``."""

    def __init__(self, session: Session, case_id: int, title: str,
                 parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(title, parent, name=name)
        self._session, self._case_id = session, case_id
        self._kept_looked = False
        self._kept_field: QWidget | None = None  # the first field kept text was put back in
        self.kept_notice = KeptNotice(self._discard_kept, self)
        box = self.layout()
        assert isinstance(box, QBoxLayout)
        box.insertWidget(0, self.kept_notice)

    @property
    def kept_kind(self) -> str:
        """Which dialog this is, as its kept text is filed under (with the case)."""
        return f"dialog:{type(self).__name__}:{self.objectName()}"

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # the fields as opened are noted first: put-back text is typed
        if not self._kept_looked:
            self._kept_looked = True
            self._put_back_kept()

    def typed_fields(self) -> dict[str, object]:
        """The text fields changed since the dialog opened, by position (empty: none)."""
        texts = self._texts()
        opened = self._as_opened + [""] * (len(texts) - len(self._as_opened))  # fields added
        changed = {str(i): text for i, (text, was) in enumerate(zip(texts, opened, strict=False))
                   if text != was}
        return {"count": len(texts), "texts": changed} if changed else {}

    def keep_typed(self) -> bool:
        """Before a lock: what was typed, into the vault (True: something was kept)."""
        if not self._kept_looked or not self.typed_since_opened():
            return False
        return kept_text.keep(self._session, self._case_id, self.kept_kind, self.typed_fields())

    def _put_back_kept(self) -> None:
        try:
            kept = kept_text.take_back(self._session, self._case_id, self.kept_kind)
        except UtvagError:
            return
        texts = kept.get("texts") if kept else None
        fields = self.text_fields()
        if not isinstance(texts, dict) or kept is None or kept.get("count") != len(fields):
            return
        kept_texts = {int(key): text for key, text in texts.items()
                      if isinstance(key, str) and key.isdigit() and int(key) < len(fields)
                      and isinstance(text, str)}
        for index, text in kept_texts.items():
            field = fields[index]
            if isinstance(field, QLineEdit):
                field.setText(text)
            else:
                field.setPlainText(text)
        self._kept_field = fields[min(kept_texts)] if kept_texts else None
        self.kept_notice.setVisible(True)

    def _discard_kept(self) -> QWidget | None:
        """Back to the fields as the dialog opened (the kept row is already gone); typing goes
        on in the first field the text had been put back in."""
        for field, text in zip(self.text_fields(), self._as_opened, strict=False):
            if isinstance(field, QLineEdit):
                field.setText(text)
            else:
                field.setPlainText(text)
        return self._kept_field


def keep_open_dialogs() -> int:
    """Before the vault locks: the text typed in every open recording dialog, kept in the vault
    (how many were kept). A write that fails is logged without the text, and the lock goes on."""
    kept = 0
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CaseRecordDialog) and widget.isVisible():
            try:
                kept += widget.keep_typed()
            except Exception:  # a lock must happen even if the write fails
                logger.warning("typed text of a dialog could not be kept (%s)", "write failed")
    return kept
