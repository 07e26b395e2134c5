"""Text typed in a dialog about one case and not saved: kept in the vault when the vault locks
(or the app is closed with it open) and put back the next time the same dialog is opened for
the same case, with a line saying so and a button to discard it (``services/kept_text.py``).

A dialog takes part by setting its ``keeper`` (``TypedTextDialog.keeper``) once its layout is
built: the recording dialogs, and the incident, risk meeting and disclosure dialogs of a case.
The text fields are kept by their position in the dialog (``TypedTextDialog.text_fields``)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from utvag.errors import UtvagError
from utvag.services import kept_text
from utvag.ui.case.kept_notice import KeptNotice
from utvag.ui.typed_text_dialog import TypedTextDialog

if TYPE_CHECKING:
    from utvag.services.session import Session

logger = logging.getLogger(__name__)


class DialogKeeper:
    """Keeps and puts back what is typed in ``dialog`` for ``case_id``, filed under ``kind()``
    (by default the dialog's class and object name)."""

    def __init__(self, dialog: TypedTextDialog, session: Session, case_id: int,
                 kind: Callable[[], str] | None = None) -> None:
        self._dialog = dialog
        self._session, self._case_id = session, case_id
        self._kind = kind or (lambda: f"dialog:{type(dialog).__name__}:{dialog.objectName()}")
        self._first_kept: QWidget | None = None  # the first field kept text was put back in
        self.notice = KeptNotice(self._discard, dialog)
        layout = dialog.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.notice)
        elif isinstance(layout, QFormLayout):
            layout.insertRow(0, self.notice)

    @property
    def kind(self) -> str:
        """What the text is filed under, with the case."""
        return self._kind()

    def typed_fields(self) -> dict[str, object]:
        """The text fields changed since the dialog opened, by position (empty: none)."""
        texts, opened = self._dialog.texts(), self._dialog.texts_as_opened()
        opened = opened + [""] * (len(texts) - len(opened))  # fields added since
        changed = {str(i): text for i, (text, was) in enumerate(zip(texts, opened, strict=False))
                   if text != was}
        return {"count": len(texts), "texts": changed} if changed else {}

    def keep(self) -> bool:
        """Before a lock: what was typed, into the vault (True: something was kept)."""
        if not self._dialog.typed_since_opened():
            return False
        return kept_text.keep(self._session, self._case_id, self.kind, self.typed_fields())

    def put_back(self) -> None:
        """As the dialog is first shown: what was kept for it, in its fields, said in a line."""
        try:
            kept = kept_text.take_back(self._session, self._case_id, self.kind)
        except UtvagError:
            return
        texts = kept.get("texts") if kept else None
        fields = self._dialog.text_fields()
        if not isinstance(texts, dict) or kept is None or kept.get("count") != len(fields):
            return
        kept_texts = {int(key): text for key, text in texts.items()
                      if isinstance(key, str) and key.isdigit() and int(key) < len(fields)
                      and isinstance(text, str)}
        for index, text in kept_texts.items():
            _set_text(fields[index], text)
        self._first_kept = fields[min(kept_texts)] if kept_texts else None
        self.notice.setVisible(True)

    def _discard(self) -> QWidget | None:
        """Back to the fields as the dialog opened (the kept row is already gone); typing goes
        on in the first field the text had been put back in."""
        for field, text in zip(self._dialog.text_fields(), self._dialog.texts_as_opened(),
                               strict=False):
            _set_text(field, text)
        return self._first_kept


def _set_text(field: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)


def keep_open_dialogs(windows: Iterable[QWidget]) -> int:
    """Before the vault locks: the text typed in every dialog of ``windows`` (those open when
    the lock began, hidden by it since: ``ui/lock/cover.py``) that keeps it, into the vault (how
    many were kept). A write that fails is logged without the text; the lock goes on."""
    kept = 0
    for widget in windows:
        if isinstance(widget, TypedTextDialog) and widget.keeper is not None:
            try:
                kept += widget.keeper.keep()
            except Exception:  # a lock must happen even if the write fails
                logger.warning("typed text of a dialog could not be kept (%s)", "write failed")
    return kept
