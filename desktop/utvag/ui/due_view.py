"""The "Due" view: what falls due soon and what is overdue, for the user or the whole unit.

The rows come from :func:`utvag.services.due.due_list`, the same computation that fills the
case list's "Next due" column. Overdue rows are highlighted; names are never shown, only case
numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utvag.services import due
from utvag.services.due import DueRow
from utvag.services.session import Session
from utvag.ui.followup_labels import due_kind_label

Index = QModelIndex | QPersistentModelIndex
OVERDUE_BACKGROUND = QColor("#f8d7da")
OVERDUE_TEXT = QColor("#842029")


class DueModel(QAbstractTableModel):
    HEADERS = ("due", "case", "what", "caseworker", "state")
    CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DueRow] = []

    def set_rows(self, rows: list[DueRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.HEADERS):
            return None
        return (self.tr("Due"), self.tr("Case"), self.tr("What"), self.tr("Caseworker"),
                self.tr("State"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.CASE_ID_ROLE:
            return row.item.case_id
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.FontRole and row.overdue and index.column() == 4:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.HEADERS[index.column()]
        if column == "due":
            if row.item.kind.value == "concern_protection_assessment":
                return row.item.deadline.astimezone().strftime("%Y-%m-%d %H:%M")
            return row.item.due_on.isoformat()
        if column == "case":
            return row.case_number
        if column == "what":
            return due_kind_label(row.item.kind.value)
        if column == "caseworker":
            return row.caseworker
        return self.tr("Overdue") if row.overdue else self.tr("Due soon")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DueView(QWidget):
    """The user's or the unit's due list; ``open_case`` asks the workspace to open a case."""

    open_case = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueView")
        self.setWindowTitle(self.tr("Due and overdue"))
        self._session = session
        self._now = now or (lambda: datetime.now().astimezone())
        self.scope = QComboBox()
        self.scope.addItem(self.tr("My cases"), "mine")
        self.scope.addItem(self.tr("The whole unit"), "unit")
        self.horizon = QSpinBox()
        self.horizon.setRange(0, 366)
        self.horizon.setValue(14)
        self.horizon.setSuffix(self.tr(" days ahead"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setObjectName("dueTable")
        self.table.setAccessibleName(self.tr("Due dates"))
        self.scope.setAccessibleName(self.tr("Whose cases"))
        self.horizon.setAccessibleName(self.tr("Days ahead"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("dueSummary")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.scope)
        bar.addWidget(self.horizon)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.table, 1)
        box.addWidget(self.summary)
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.horizon.valueChanged.connect(lambda _v: self.reload())
        self.refresh_button.clicked.connect(self.reload)
        self.table.activated.connect(
            lambda index: self.open_case.emit(int(index.data(DueModel.CASE_ID_ROLE))))
        self.resize(760, 460)
        self.reload()

    def reload(self) -> None:
        rows = due.due_list(self._session, self._now(), scope=str(self.scope.currentData()),
                            horizon_days=self.horizon.value())
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        self.summary.setText(self.tr("%1 items, %2 overdue").replace("%1", str(len(rows)))
                             .replace("%2", str(overdue)))
