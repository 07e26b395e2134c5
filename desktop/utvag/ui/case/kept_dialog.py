"""What was typed and chosen in a dialog about one case and not saved: kept in the vault when
the vault locks (or the app is closed with it open) and put back the next time the same dialog
is opened for the same case, with a line saying so and a button to discard it
(``services/kept_text.py``).

A dialog takes part by setting its ``keeper`` (``TypedTextDialog.keeper``) once its layout is
built: the recording dialogs, and the incident, risk meeting and disclosure dialogs of a case.
Every input is kept (``ui/kept_inputs.py``: texts, dates and times, choices, ticks, numbers), in
the dialog's order with what kind of input and which each is, and put back only whole: when one
has no place any more or no longer fits (a dialog changed by an update, a choice whose item has
gone), nothing is put back and the line says so. An input new since (the case's attachments to
tick, a guardian's row) stays as it opened. A row kept before the
other inputs were (``count`` and ``texts``: the changed text fields by position, which this
version still writes for an earlier one) puts back its text fields."""

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
from utvag.ui import kept_inputs
from utvag.ui.case.kept_notice import KeptNotice
from utvag.ui.typed_text_dialog import TypedTextDialog
from utvag.ui.vault_events import ChangeKind, notify

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
        self._first_kept: QWidget | None = None  # the first input something was put back in
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
        """Every input as it is (a text field as it opened: None), and the text fields changed
        since the dialog opened by position, as an earlier version reads them (empty: nothing
        changed)."""
        dialog = self._dialog
        if not dialog.changed_since_opened():
            return {}
        texts, opened = dialog.texts(), dialog.texts_as_opened()
        opened = opened + [""] * (len(texts) - len(opened))  # fields added since
        changed = {str(i): text for i, (text, was) in enumerate(zip(texts, opened, strict=False))
                   if text != was}
        inputs = dialog.inputs()
        return {"count": len(texts), "texts": changed,
                "inputs": kept_inputs.signatures(inputs),
                "values": kept_inputs.to_keep(inputs, dialog.values_as_opened())}

    def keep(self) -> bool:
        """Before a lock: what was typed and chosen, into the vault (True: something was
        kept)."""
        return kept_text.keep(self._session, self._case_id, self.kind, self.typed_fields())

    def put_back(self) -> None:
        """As the dialog is first shown: what was kept for it, in its inputs, said in a line;
        when it no longer fits them, nothing, and the line says that."""
        try:
            kept = kept_text.take_back(self._session, self._case_id, self.kind)
        except UtvagError:
            return
        if kept is None:
            return
        notify(ChangeKind.KEPT, self._case_id)  # no longer kept: the Overview stops saying so
        put = self._put_inputs(kept) if "inputs" in kept else self._put_texts(kept)
        if put:
            self.notice.show_kept()
        else:
            self.notice.show_not_put_back()

    def _put_inputs(self, kept: dict[str, object]) -> bool:
        pairs = kept_inputs.matched(self._dialog.inputs(), kept.get("inputs"),
                                    kept.get("values"))
        if pairs is None:
            return False
        opened = dict(zip(self._dialog.inputs(), self._dialog.values_as_opened(), strict=False))
        for widget, value in pairs:
            kept_inputs.put(widget, value)
        changed = [widget for widget, value in pairs
                   if value is not None and value != opened.get(widget)]
        # typing goes on where text was put back, else in the first input that changed
        self._first_kept = next((w for w in changed if isinstance(w, QLineEdit | QPlainTextEdit)),
                                next(iter(changed), None))
        return True

    def _put_texts(self, kept: dict[str, object]) -> bool:
        """A row kept by an earlier version: the text fields changed, by position."""
        texts, fields = kept.get("texts"), self._dialog.text_fields()
        if not isinstance(texts, dict) or kept.get("count") != len(fields):
            return False
        kept_texts = {int(key): text for key, text in texts.items()
                      if isinstance(key, str) and key.isdigit() and int(key) < len(fields)
                      and isinstance(text, str)}
        for index, text in kept_texts.items():
            _set_text(fields[index], text)
        self._first_kept = fields[min(kept_texts)] if kept_texts else None
        return True

    def _discard(self) -> QWidget | None:
        """Back to the inputs as the dialog opened (the kept row is already gone); typing goes
        on in the first input something had been put back in."""
        for widget, value in zip(self._dialog.inputs(), self._dialog.values_as_opened(),
                                 strict=False):
            kept_inputs.put(widget, value)
        return self._first_kept


def _set_text(field: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)


def keep_open_dialogs(windows: Iterable[QWidget]) -> int:
    """Before the vault locks: what was typed and chosen in every dialog of ``windows`` (those
    open when the lock began, hidden by it since: ``ui/lock/cover.py``) that keeps it, into the
    vault (how many were kept). A write that fails is logged without the text; the lock goes
    on."""
    kept = 0
    for widget in windows:
        if isinstance(widget, TypedTextDialog) and widget.keeper is not None:
            try:
                kept += widget.keeper.keep()
            except Exception:  # a lock must happen even if the write fails
                logger.warning("typed text of a dialog could not be kept (%s)", "write failed")
    return kept
