"""Every assessment of a case, oldest first: drafts, the one in force and those it superseded."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from utvag.ui.assessment.summary import local_time, verdict_text

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from utvag.services.assessment import AssessmentRow

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1



def status_label(row: AssessmentRow) -> str:
    if row.state == "draft":
        return translate("Assessment", "Draft")
    if row.superseded_by is not None:
        return translate("Assessment", "Superseded")
    return translate("Assessment", "In force")


def outcome_label(row: AssessmentRow) -> str:
    outcome = row.outcome
    if not isinstance(outcome, dict):
        return "—"
    return verdict_text(outcome.get("is_defector") is True,
                        outcome.get("special_defector") is True, str(outcome.get("route_to")))


class AssessmentHistoryModel(QAbstractTableModel):
    COLUMNS = 5

    def __init__(self, rows: Sequence[AssessmentRow] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentRow] = list(rows)

    def set_rows(self, rows: Sequence[AssessmentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (translate("Assessment", "Started"), translate("Assessment", "Status"),
                translate("Assessment", "Signed"), translate("Assessment", "Signed by"),
                translate("Assessment", "Outcome"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return local_time(row.created_at)
        if column == 1:
            return status_label(row)
        if column == 2:
            return local_time(row.signed_at) if row.signed_at else "—"
        if column == 3:
            return row.signed_by or "—"
        if column == 4:
            return outcome_label(row)
        return None
