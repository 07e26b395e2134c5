"""A note at the top of a case's Overview, in the colours of a thing left to do: the process has
ended (``process_ending.py``), SAV is to be asked, text typed before a lock is kept
(``kept_overview.py``)."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.look import PlainLabel

T = TypeVar("T")

NOTE_LOOK = ("background: #fff4e0; color: #5c3b00; padding: 8px;"
             " border: 1px solid #b36b00; border-radius: 4px")


class OverviewNote(FollowsLanguage, PlainLabel, Generic[T]):
    """Shown only while there is something (``shown``) to say it of (``says``); says it again
    in the language switched to."""

    def __init__(self, name: str, shown: T | None, parent: QWidget | None) -> None:
        super().__init__("", parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setStyleSheet(NOTE_LOOK)
        self.show_for(shown)

    def show_for(self, shown: T | None) -> None:
        self.shown = shown
        if shown is None or self.parentWidget() is not None:
            self.setVisible(shown is not None)
        # else: shown with the Overview it goes into (shown now, it would be a window of its
        # own, and take the keyboard from the main window)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText("" if self.shown is None else self.says(self.shown))

    def says(self, shown: T) -> str:
        raise NotImplementedError
