"""One base for the app's read-only tables: a list of rows of one kind, a column per header.

A subclass says what its headers are and what a cell shows (``headers``, ``display``), and
optionally how a row is identified (``row_id``, ``case_id``) and styled (``styled``: colours,
fonts, tooltips). Everything else — counting, bounds, header roles, flags, resetting — is here,
so each view's model is a few lines about its own rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from utvag.ui.look import table_look

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's own id (a hold, an assessment, a meeting)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the case a row belongs to, to open it
OVERDUE_BACKGROUND = QColor("#f8d7da")
OVERDUE_TEXT = QColor("#842029")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    ID_ROLE = ID_ROLE
    CASE_ID_ROLE = CASE_ID_ROLE

    def __init__(self, rows: Iterable[Row] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = list(rows)

    # -- what a subclass says ---------------------------------------------------------------

    def headers(self) -> Sequence[str]:
        """The column headers, translated now (called again after a language change)."""
        raise NotImplementedError

    def display(self, row: Row, column: int) -> Any:
        """The text of one cell."""
        raise NotImplementedError

    def row_id(self, row: Row) -> Any:
        return None

    def case_id(self, row: Row) -> int | None:
        return None

    def styled(self, row: Row, column: int, role: int) -> Any:
        """Any other role of a cell (background, foreground, font, tooltip, alignment)."""
        return None

    # -- the rows ---------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, number: int) -> Row:
        return self._rows[number]

    def retranslate(self) -> None:
        """Headers and cells show translated text: ask the views to read them again."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == ID_ROLE:
            return self.row_id(row)
        if role == CASE_ID_ROLE:
            return self.case_id(row)
        return self.styled(row, index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def row_table(model: QAbstractTableModel, name: str, stretch: int) -> QTableView:
    """A table view for a row model: whole rows selected one at a time, columns sized to their
    contents, column ``stretch`` taking the remaining width."""
    table = table_look(QTableView())
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
