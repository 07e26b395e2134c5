"""Buttons whose keyboard focus is always visible.

Several styles (flat buttons everywhere, the default button in Fusion) draw no difference when a
button gets the focus by Tab, so a keyboard user cannot tell where a Space would go. This draws a
ring in the palette's highlight colour around a focused button, in every style.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QPushButton, QStyle, QWidget

RING_WIDTH = 3
STRONG_FOCUS = 0x0B  # Qt.FocusPolicy.StrongFocus as a style hint gives it: Tab and click


class FocusRingButton(QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        # Tab and a click give it the focus in every style (the macOS style gives buttons Tab
        # focus at most). A button starts with the policy its style hints at, so where that is
        # already the one, it is left as is: the Qt namespace and its enums, which naming the
        # policy loads, then wait until after the lock screen's first paint.
        if self.style().styleHint(QStyle.StyleHint.SH_Button_FocusPolicy) != STRONG_FOCUS:
            from PySide6.QtCore import Qt

            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        from PySide6.QtCore import Qt

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset),
                                3, 3)
        painter.end()
