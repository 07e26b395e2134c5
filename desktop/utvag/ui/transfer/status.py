"""The line above an open case that says where it was transferred and whether the receipt came
back (``transfer.transfer_state``): "read-only, awaiting the receipt" until it does."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from utvag.services import transfer
from utvag.services.session import Session
from utvag.ui.labels import unit_label
from utvag.ui.transfer.common import when_text

AWAITING_STYLE = ("background: #fff4d6; color: #5c4400; padding: 8px; border: 1px solid #c99a00;"
                  " border-radius: 4px")
DELIVERED_STYLE = ("background: #e6f2ea; color: #1d4d2b; padding: 8px; border: 1px solid #3d7d50;"
                   " border-radius: 4px")


class TransferStatus(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferStatus")
        self.setWordWrap(True)
        self.hide()
        self.delivered = False
        self.awaiting = False
        self._shown: tuple[Session, int] | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            self.show_case(*self._shown)
        super().changeEvent(event)

    def show_case(self, session: Session, case_id: int) -> None:
        """The newest case package sent for *case_id*, if any."""
        states = transfer.transfer_state(session, case_id)
        self._shown = (session, case_id)
        if not states:
            self.clear_case()
            return
        state = states[-1]
        unit = unit_label(state.to_unit)
        self.awaiting = state.awaiting_receipt
        self.delivered = not state.awaiting_receipt and state.result == "imported"
        if state.awaiting_receipt:
            text = self.tr(
                "Transferred to %1 on %2 — read-only here, awaiting the receipt. Hand the package "
                "file to %1 as agreed; when their receipt comes back, register it (File › "
                "Register receipt…). The package can be imported until %3.")
            self.setStyleSheet(AWAITING_STYLE)
        elif self.delivered:
            text = self.tr("Transferred to %1 on %2 and delivered: %1 confirmed the import on "
                           "%4. The case is closed here and read-only.")
            self.setStyleSheet(DELIVERED_STYLE)
        else:
            text = self.tr("Transferred to %1 on %2, but %1 declined the package (receipt of "
                           "%4). Contact %1 about how the case is handled.")
            self.setStyleSheet(AWAITING_STYLE)
        self.setText(text.replace("%1", unit).replace("%2", when_text(state.sent_at))
                     .replace("%3", when_text(state.expires))
                     .replace("%4", when_text(state.delivered_at or "")))
        self.show()

    def clear_case(self) -> None:
        self._shown = None
        self.awaiting = self.delivered = False
        self.clear()
        self.hide()
