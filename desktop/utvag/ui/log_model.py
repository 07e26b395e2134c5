"""The per-case access log (who read or changed this case), from the audit chain."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditLogModel", text)


def action_label(action: str) -> str:
    return {
        "case.create": _tr("created the case"),
        "case.read": _tr("opened the case"),
        "note.create": _tr("wrote a note"),
        "note.edit": _tr("edited a draft note"),
        "note.sign": _tr("signed a note"),
        "attachment.add": _tr("added an attachment"),
        "attachment.read": _tr("viewed an attachment"),
        "identity.reveal": _tr("revealed a protected identity"),
    }.get(action, action)


class AuditLogModel(QAbstractTableModel):
    def __init__(self, rows: list[dict[str, Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_tr("When"), _tr("Who"), _tr("What"))[section] if 0 <= section < 3 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            return str(row["at"])[:19].replace("T", " ")
        if index.column() == 1:
            return row["actor"]
        return action_label(str(row["action"]))
