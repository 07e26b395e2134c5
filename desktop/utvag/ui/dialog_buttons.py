"""The OK and Cancel buttons of a dialog, made and changed the same way everywhere. Their texts
are Qt's own, in Swedish from Qt's catalogue but for OK (``utvag.ui.i18n.QT_OWN_REWRITTEN``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def ok_cancel(dialog: QDialog, on_ok: Callable[[], object] | None = None) -> QDialogButtonBox:
    """OK and Cancel: OK calls ``on_ok`` (by default it accepts the dialog), Cancel rejects it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ok_button(buttons: QDialogButtonBox) -> QPushButton | None:
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def set_ok_text(buttons: QDialogButtonBox, text: str) -> None:
    ok = ok_button(buttons)
    if ok is not None:
        ok.setText(text)


def set_ok_enabled(buttons: QDialogButtonBox, enabled: bool) -> None:
    ok = ok_button(buttons)
    if ok is not None:
        ok.setEnabled(enabled)
