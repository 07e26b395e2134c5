"""The mixin for a view that reads what it shows again each time it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent

from utvag.ui import lock_guard

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Widget = QWidget
else:
    _Widget = object


class ReadsWhenShown(_Widget):
    """Put before the Qt class (``class Tab(ReadsWhenShown, FollowsLanguage, QWidget)``):
    ``reload`` runs before the widget is shown, so it includes what happened elsewhere since."""

    def reload(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        if not lock_guard.unwinding():  # not shown on as a lock stops what it came into
            self.reload()
        super().showEvent(event)
