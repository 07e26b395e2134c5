"""The mixin for a widget that sets its texts again when the language changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class FollowsLanguage(_Widget):
    """Put before the Qt class (``class View(FollowsLanguage, QWidget)``): on a language change
    ``retranslate`` runs before the event goes on to the widget and its children."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
