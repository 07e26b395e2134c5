"""The row a person has selected in a table view: the current row only while it is selected, so
an action never falls on a row the focus merely passed over (after a reload, a click beside the
rows or Ctrl+click away, the current index stays but nothing is selected)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView


def selected_row(view: QAbstractItemView) -> int | None:
    """The view's current row when it is selected, else ``None`` (the view's own model's row)."""
    current = view.currentIndex()
    selection = view.selectionModel()
    if not current.isValid() or selection is None or not selection.isRowSelected(
            current.row(), current.parent()):
        return None
    return current.row()
