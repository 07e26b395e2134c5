"""The statistics PDF report: a chart and the numbers of every table, A4, two tables a page.

The view gathers what is printed (titles, labels, the cells as shown, "x" for a suppressed one)
on the GUI thread; ``write_report_pdf`` only paints, so it runs off the GUI thread. A report
that stops part-way (an error, or a lock cancelling it) leaves no file behind.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from utvag.ui.background import Progress
from utvag.ui.printing import owner_only
from utvag.ui.statistics.bar_chart import paint_bars, paint_grid


@dataclass(frozen=True)
class PdfTable:
    """One table as the report shows it: a chart of ``values`` and a grid of ``rows``."""

    title: str
    labels: list[str]
    values: list[int | None]
    header: list[str]
    rows: list[list[str]]


def write_report_pdf(target: Path, title: str, note: str, tables: Sequence[PdfTable],
                     suppressed: str, progress: Progress) -> None:
    """Paint the report into ``target`` (owner-only); ``Cancelled`` between tables."""
    owner_only(target)
    try:
        _paint(target, title, note, tables, suppressed, progress)
        progress.check()
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _paint(target: Path, title: str, note: str, tables: Sequence[PdfTable], suppressed: str,
           progress: Progress) -> None:
    writer = QPdfWriter(os.fspath(target))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)))
    writer.setResolution(150)
    writer.setTitle(title)
    painter = QPainter(writer)
    try:
        font = painter.font()
        font.setPointSizeF(8.5)
        painter.setFont(font)
        page = QRectF(painter.viewport())
        line = painter.fontMetrics().height()
        heading = QFont(font)
        heading.setPointSizeF(14)
        heading.setBold(True)
        painter.setFont(heading)
        painter.drawText(QRectF(page.left(), page.top(), page.width(), line * 2.4),
                         Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(font)
        painter.drawText(QRectF(page.left(), page.top() + line * 2.4, page.width(), line * 3),
                         Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, note)
        body_top = page.top() + line * 5.5
        half = (page.bottom() - body_top) / 2
        for index, table in enumerate(tables):
            progress.update(index, len(tables))
            if index and index % 2 == 0:
                writer.newPage()
                body_top = page.top()
                half = page.height() / 2
            top = body_top + (index % 2) * half
            paint_bars(painter, QRectF(page.left(), top, page.width(), half * 0.55),
                       table.title, table.labels, table.values, suppressed)
            paint_grid(painter, QRectF(page.left(), top + half * 0.58, page.width(),
                                       half * 0.38), table.header, table.rows)
    finally:
        painter.end()
