"""A read-only table of plain text rows (QTableWidget), for the screens that fill one directly
from a service's answer rather than through a model."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from utvag.ui.look import table_look


def text_table(name: str, columns: int, *, one_row: bool = False) -> QTableWidget:
    """Rows are selected whole (only one at a time when ``one_row``); the columns fit their
    text and the last takes the rest of the width."""
    table = table_look(QTableWidget(0, columns))
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if one_row:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def set_text_rows(table: QTableWidget, rows: Iterable[Sequence[str]]) -> None:
    rows = list(rows)
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(text))
