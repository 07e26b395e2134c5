"""List items that stand for a stored record: its id, and what else the screen keeps with it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEPT_ROLE = Qt.ItemDataRole.UserRole


def record_item(text: str, record_id: int, kept: object = None) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, record_id)
    if kept is not None:
        item.setData(KEPT_ROLE, kept)
    return item


def current_id(items: QListWidget) -> int | None:
    """The id of the current item's record, or None when there is no current item."""
    item = items.currentItem()
    return None if item is None else int(item.data(ID_ROLE))


def fill_records(items: QListWidget, rows: Iterable[tuple[int, str]]) -> None:
    """The list again: one item per (record id, text)."""
    items.clear()
    for record_id, text in rows:
        items.addItem(record_item(text, record_id))


def add_checkable(items: QListWidget, text: str, record_id: int) -> None:
    """An item the user ticks (unticked at first) standing for the record ``record_id``."""
    item = record_item(text, record_id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    items.addItem(item)


def checked_ids(items: QListWidget) -> list[int]:
    """The records of the ticked items, in list order."""
    return [int(item.data(ID_ROLE)) for item in map(items.item, range(items.count()))
            if item.checkState() == Qt.CheckState.Checked]
