"""Bar charts drawn with QPainter (QtCharts is not part of PySide6-Essentials), on screen and
in the statistics PDF. A suppressed count is drawn as an empty, hatched bar marked "x"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#2f6f8f")
SUPPRESSED = QColor("#9aa5ad")


def paint_bars(painter: QPainter, area: QRectF, title: str, labels: Sequence[str],
               values: Sequence[int | None], suppressed_text: str) -> None:
    """Draw a titled vertical bar chart of ``values`` in ``area``."""
    painter.save()
    metrics = painter.fontMetrics()
    line = metrics.height()
    title_font = QFont(painter.font())
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line * 1.4),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(QFont(painter.font().family(), painter.font().pointSize()))
    plot = QRectF(area.left() + line * 2.5, area.top() + line * 2,
                  area.width() - line * 3, area.height() - line * 5.5)
    top = max([v for v in values if v is not None] + [1])
    painter.setPen(QPen(QColor("#555555"), 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    if any(v is not None for v in values):
        painter.drawText(QRectF(area.left(), plot.top() - line / 2, line * 2.2, line),
                         Qt.AlignmentFlag.AlignRight, str(top))
    painter.drawText(QRectF(area.left(), plot.bottom() - line / 2, line * 2.2, line),
                     Qt.AlignmentFlag.AlignRight, "0")
    count = max(len(values), 1)
    slot = plot.width() / count
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = plot.left() + index * slot + slot * 0.15
        width = slot * 0.7
        if value is None:
            # a low placeholder: its height says nothing about the suppressed count
            bar = QRectF(x, plot.bottom() - plot.height() * 0.12, width, plot.height() * 0.12)
            painter.setPen(QPen(SUPPRESSED, 1, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(SUPPRESSED, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(bar)
            text = suppressed_text
        else:
            height = plot.height() * value / top
            bar = QRectF(x, plot.bottom() - height, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR)
            painter.drawRect(bar)
            text = str(value)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x - slot * 0.15, bar.top() - line * 1.1, slot, line),
                         Qt.AlignmentFlag.AlignHCenter, text)
        painter.drawText(QRectF(x - slot * 0.15, plot.bottom() + line * 0.3, slot, line * 2.4),
                         Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, label)
    painter.restore()


class BarChart(QWidget):
    """A widget showing one chart; ``set_data`` replaces it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.values: list[int | None] = []
        self.suppressed_text = "x"
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, title: str, labels: Sequence[str], values: Sequence[int | None],
                 suppressed_text: str) -> None:
        self.title, self.labels, self.values = title, list(labels), list(values)
        self.suppressed_text = suppressed_text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        paint_bars(painter, QRectF(self.rect()).adjusted(8, 8, -8, -8), self.title,
                   self.labels, self.values, self.suppressed_text)
        painter.end()


def paint_grid(painter: QPainter, area: QRectF, header: Sequence[str],
               rows: Sequence[Sequence[str]]) -> None:
    """A plain table of text: the first column left-aligned, the numbers right-aligned."""
    painter.save()
    line = painter.fontMetrics().height() * 1.3
    first = area.width() * 0.26
    width = (area.width() - first) / max(len(header) - 1, 1)
    for r, cells in enumerate([header, *rows]):
        y = area.top() + r * line
        if y + line > area.bottom():
            break
        font = QFont(painter.font())
        font.setBold(r == 0 or r == len(rows))
        painter.setFont(font)
        for c, text in enumerate(cells):
            x = area.left() if c == 0 else area.left() + first + (c - 1) * width
            box = QRectF(x, y, first if c == 0 else width - 4, line)
            align = Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignRight
            painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                              int(box.width())))
        painter.setPen(QPen(QColor("#bbbbbb"), 1))
        painter.drawLine(QPointF(area.left(), y + line), QPointF(area.right(), y + line))
        painter.setPen(QColor("#222222"))
    painter.restore()
