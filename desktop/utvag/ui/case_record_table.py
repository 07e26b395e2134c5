"""A table of one kind of record on a case, with a line saying when there are none."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from utvag.services.session import Session
from utvag.ui.record_dialog import RecordDialog
from utvag.ui.row_table_model import RowTableModel, row_table

Record = dict[str, Any]
Column = tuple[str, Callable[[Record], str]]


class RecordModel(RowTableModel[Record]):
    """Rows are the service's records (dicts); ``columns`` say the header and the cell text."""

    def __init__(self, columns: Callable[[], Sequence[Column]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._columns = columns

    def headers(self) -> tuple[str, ...]:
        return tuple(title for title, _cell in self._columns())

    def display(self, row: Record, column: int) -> Any:
        return self._columns()[column][1](row)

    def row_id(self, row: Record) -> Any:
        return row.get("id")


class RecordTable(QWidget):
    """The table and, when it is empty, the sentence saying so instead."""

    def __init__(self, model: RecordModel, name: str, stretch: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table: QTableView = row_table(model, name, stretch)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.empty)
        box.addWidget(self.table, 1)

    def set_rows(self, rows: list[Record], empty_text: str) -> None:
        self.model.set_rows(rows)
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def selected(self) -> Record | None:
        index = self.table.currentIndex()
        selection = self.table.selectionModel()
        if not index.isValid() or selection is None or not selection.isRowSelected(
                index.row(), index.parent()):
            return None
        return self.model.row_at(index.row())

    def select_id(self, record_id: int | None) -> None:
        for number in range(self.model.rowCount()):
            if self.model.row_at(number).get("id") == record_id:
                self.table.selectRow(number)
                self.table.setFocus()
                return


class RecordTab(QWidget):
    """A case tab of follow-up records: the state every such tab keeps, its buttons, opening a
    record dialog and re-reading after it saves. ``changed`` follows every recorded change (the
    case list and the log read it again). Subclasses give ``retranslate`` and ``refresh``."""

    changed = Signal()

    def __init__(self, session: Session, case_id: int, read_only: bool, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._session, self._case_id, self._read_only = session, case_id, read_only
        self.dialog: RecordDialog | None = None

    def retranslate(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, dialog: RecordDialog) -> RecordDialog:
        self.dialog = dialog
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()
