"""A table of one kind of record on a case, with a line saying when there are none."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout, QWidget

from utvag.services.session import Session
from utvag.ui.case.follow_case import follow_case
from utvag.ui.case.record_dialog import RecordDialog
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.layouts import button_row
from utvag.ui.look import wrapped_label
from utvag.ui.named_action import named_button
from utvag.ui.row_table_model import RowTableModel, row_table
from utvag.ui.selection import selected_row
from utvag.ui.vault_events import ChangeKind, notify

Record = dict[str, Any]
R = TypeVar("R")
Column = tuple[str, Callable[[R], str]]
RowTest = Callable[[R], bool]


def any_row(_record: object) -> bool:
    return True


def record_id(row: object) -> Any:
    """The row's ``id``: a record dataclass's field, or a dict's key."""
    return row.get("id") if isinstance(row, dict) else getattr(row, "id", None)


class RecordModel(RowTableModel[R]):
    """Rows are the service's records (frozen dataclasses, or dicts where a service still
    hands those out); ``columns`` say the header and the cell text."""

    def __init__(self, columns: Callable[[], Sequence[Column[R]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._columns = columns

    def headers(self) -> tuple[str, ...]:
        return tuple(title for title, _cell in self._columns())

    def display(self, row: R, column: int) -> Any:
        return self._columns()[column][1](row)

    def row_id(self, row: R) -> Any:
        return record_id(row)


class RecordTable(QWidget, Generic[R]):
    """The table and, when it is empty, the sentence saying so instead (set with the other
    texts, in ``retranslate``)."""

    def __init__(self, model: RecordModel[R], name: str, stretch: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table: QTableView = row_table(model, name, stretch)
        self.empty = wrapped_label()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.empty)
        box.addWidget(self.table, 1)

    def set_rows(self, rows: list[R]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def selected(self) -> R | None:
        row = selected_row(self.table)
        return None if row is None else self.model.row_at(row)

    def select_id(self, wanted: int | None) -> None:
        for number in range(self.model.rowCount()):
            if record_id(self.model.row_at(number)) == wanted:
                self.table.selectRow(number)
                self.table.setFocus()
                return

    def on_selection(self, slot: Callable[[], object]) -> None:
        """Call ``slot`` whenever the selected row changes."""
        selection = self.table.selectionModel()
        if selection is not None:
            selection.selectionChanged.connect(lambda *_a: slot())

    def retranslate(self, accessible_name: str, empty_text: str) -> None:
        self.model.retranslate()
        self.empty.setText(empty_text)
        self.table.setAccessibleName(accessible_name)


class RecordTab(FollowsLanguage, QWidget, Generic[R]):
    """A case tab of follow-up records: the state every such tab keeps, its buttons, opening a
    record dialog and saying the case changed after it saves (``ui/vault_events.py``): every tab
    of the case reads again, this one too, and so do the case list and the log. Subclasses give
    ``retranslate`` and ``refresh``.

    A tab with one table (``records``) makes its buttons with ``_add_button`` (enabled while the
    case may be changed) and ``_row_button`` (also needs a selected row it may act on), and lays
    them out with ``_lay_out``; ``_enable`` then keeps them enabled or not."""

    records: RecordTable[R]

    def __init__(self, session: Session, case_id: int, read_only: bool, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._session, self._case_id, self._read_only = session, case_id, read_only
        self.dialog: RecordDialog | None = None
        self._enabling: list[tuple[QPushButton, RowTest[R] | None]] = []
        follow_case(self, session, case_id, self.refresh)

    def refresh(self) -> None:
        raise NotImplementedError

    def _add_button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        """A button enabled while the case may be changed."""
        button = named_button(name, slot)
        self._enabling.append((button, None))
        return button

    def _row_button(self, name: str, slot: Callable[[], object],
                    when: RowTest[R] = any_row) -> QPushButton:
        """A button enabled while the case may be changed and a row ``when`` holds for is
        selected."""
        button = named_button(name, slot)
        self._enabling.append((button, when))
        return button

    def _columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def _table(self, name: str, stretch: int) -> RecordTable[R]:
        """The tab's table of records, its columns from ``_columns``."""
        return RecordTable(RecordModel(self._columns, self), name, stretch)

    def _build(self, buttons: Sequence[QPushButton], above: Sequence[QWidget] = (),
               into: QWidget | None = None) -> None:
        """``above``, the buttons in a row and ``records``, top to bottom, in ``into`` (the tab
        itself by default), the buttons following the selection; then the texts and rows."""
        box = QVBoxLayout(into or self)
        for widget in above:
            box.addWidget(widget)
        box.addLayout(button_row(buttons))
        box.addWidget(self.records, 1)
        self.records.on_selection(self._enable)
        self.retranslate()
        self.refresh()

    def _show_rows(self, rows: list[R]) -> None:
        self.records.set_rows(rows)
        self._enable()

    def select_record(self, record_id: int | None) -> None:
        """Select the record with ``record_id`` (the one a due item or the log is about)."""
        self.records.select_id(record_id)

    def _enable(self) -> None:
        writable, selected = not self._read_only, self.records.selected()
        for button, when in self._enabling:
            button.setEnabled(writable and (when is None or (selected is not None
                                                             and when(selected))))

    def _open_selected(self, dialog: Callable[[R], RecordDialog],
                       when: RowTest[R] = any_row) -> RecordDialog | None:
        """The dialog for the selected row, if one is selected and ``when`` holds for it."""
        record = self.records.selected()
        if record is None or not when(record):
            return None
        return self._show(dialog(record))

    def _show(self, dialog: RecordDialog) -> RecordDialog:
        self.dialog = dialog
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        notify(ChangeKind.RECORDS, self._case_id)
