"""The case list: a table model that fetches pages from the vault, never every case.

Searching, filtering and sorting happen in SQL (the model re-queries and resets); the view sits
behind ``CaseListProxy``, a ``QSortFilterProxyModel`` that hands sorting down to this model.
Names of people with a protected identity are masked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle

from utvag.domain.case_records import CaseStatus, CaseSummary, CaseType, ProtectedIdentity
from utvag.domain.display_text import one_line_shown
from utvag.domain.units import Unit
from utvag.ui.case.followup_labels import due_kind_label, threat_label
from utvag.ui.labels import case_status_label, case_type_label

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
Fetcher = Callable[[int, int], list[CaseSummary]]
# (next deadline, its kind, threat level) per case id, read once per fetched page; None: not
# now (the vault was locked meanwhile)
Annotator = Callable[[list[int]],
                     dict[int, tuple[datetime | None, str | None, str | None]] | None]
Flagger = Callable[[list[int]], set[int]]  # the high-risk cases among a fetched page
# A page's stored items at once, computing nothing, and the cases whose items are not yet known
Knower = Callable[[list[int]], tuple[dict[int, tuple[datetime | None, str | None, str | None]],
                                     set[int]]]
FILL_CHUNK = 50  # cases worked out per turn of the event loop (a few milliseconds)
OVERDUE = QColor("#b02a37")


def sign_width(view: QAbstractItemView) -> int:
    """The room the high-risk sign takes beside a case number: the icon and its margins."""
    icon = view.iconSize().width()
    if icon <= 0:  # the style's small icon, as the view draws it
        icon = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
    return icon + 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 4


def masked_name(summary: CaseSummary) -> str:
    if summary.protected_identity is ProtectedIdentity.NONE:
        return one_line_shown(summary.name)
    return translate("CaseListModel", "Protected identity")


class CaseListModel(QAbstractTableModel):
    # What warns of danger comes right after the name: with a case open the list is narrow and
    # the columns after the name scroll, and a high-risk flag out of sight warns no one.
    COLUMNS = ("case_number", "name", "high_risk", "threat", "next_due", "type", "status",
               "unit")
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, fetch: Fetcher, parent: QObject | None = None,
                 annotate: Annotator | None = None, flagged: Flagger | None = None,
                 known: Knower | None = None) -> None:
        """With ``known``, a fetched page shows its stored due items at once and the others
        as not yet known; ``annotate`` then works those out a few at a time, after the page
        is painted, and their cells change in place (rows, selection and scroll stay)."""
        super().__init__(parent)
        self._fetch = fetch
        self._annotate = annotate
        self._known = known
        self._unknown: set[int] = set()  # due item and threat level not yet worked out
        self._filler = QTimer(self)
        self._filler.setInterval(0)
        self._filler.timeout.connect(self._fill_some)
        self._flagged = flagged
        self._high_risk: set[int] = set()
        self._warning: QIcon | None = None
        self._due: dict[int, tuple[datetime | None, str | None, str | None]] = {}
        self._rows: list[CaseSummary] = []
        self._exhausted = False
        self._inserting = False  # views and proxies may ask for more while rows go in

    # -- loading -----------------------------------------------------------------------
    def set_fetcher(self, fetch: Fetcher) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._due = {}
        self._unknown = set()
        self._filler.stop()
        self._high_risk = set()
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def reload(self, at_least: int = 0) -> None:
        """Read the list again: its first page, or as many pages as hold ``at_least`` rows
        (a vault change keeps the pages the user had scrolled in)."""
        self.set_fetcher(self._fetch)
        while len(self._rows) < at_least and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._inserting

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._fetch(len(self._rows), PAGE_SIZE)
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if not page:
            return
        if self._known is not None:
            stored, unknown = self._known([row.id for row in page])
            self._due.update(stored)
            self._unknown |= unknown
            if len(unknown) <= FILL_CHUNK:  # a case or a few just changed: no need to wait
                self._work_out(sorted(unknown))
            if self._unknown:
                self._filler.start()
        elif self._annotate is not None:
            self._due.update(self._annotate([row.id for row in page]) or {})
        if self._flagged is not None:
            self._high_risk |= self._flagged([row.id for row in page])
        first = len(self._rows)
        self._inserting = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._inserting = False

    @property
    def more_to_fetch(self) -> bool:
        """The vault holds further rows for this list (also while a page goes in)."""
        return not self._exhausted

    @property
    def due_pending(self) -> bool:
        """Some shown case's next due item is still being worked out."""
        return bool(self._unknown)

    def _fill_some(self) -> None:
        """Work out the next few waiting cases, in the list's order, and show their cells."""
        rows = [n for n, row in enumerate(self._rows) if row.id in self._unknown][:FILL_CHUNK]
        if not rows or not self._work_out([self._rows[n].id for n in rows]):
            self._filler.stop()
            return
        if not self._unknown:
            self._filler.stop()
        first, last = self.COLUMNS.index("threat"), self.COLUMNS.index("next_due")
        self.dataChanged.emit(self.index(rows[0], first), self.index(rows[-1], last))

    def _work_out(self, ids: list[int]) -> bool:
        worked_out = self._annotate(ids) if self._annotate is not None else None
        if worked_out is None:  # not now: they stay not yet known
            return False
        for case_id in ids:
            self._due[case_id] = worked_out.get(case_id, (None, None, None))
        self._unknown.difference_update(ids)
        return True

    def _warning_icon(self) -> QIcon:
        """The style's warning sign, made once (every paint of a flagged row asks for it)."""
        if self._warning is None:
            self._warning = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning

    def _not_yet_known(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return "…"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("CaseListModel", "Not yet worked out: shown in a moment.")
        return None

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "case_number": translate("CaseListModel", "Case number"),
            "name": translate("CaseListModel", "Name"),
            "high_risk": translate("CaseListModel", "High risk"),
            "threat": translate("CaseListModel", "Threat level"),
            "next_due": translate("CaseListModel", "Next due"),
            "type": translate("CaseListModel", "Type"),
            "status": translate("CaseListModel", "Status"),
            "unit": translate("CaseListModel", "Unit"),
        }[self.COLUMNS[section]]

    def widest_texts(self, section: int) -> list[str]:
        """Texts as wide as a column's cells get, so a view can size it without measuring
        every row (the header's own text is added by the view)."""
        column = self.COLUMNS[section] if 0 <= section < len(self.COLUMNS) else ""
        if column == "type":
            return [case_type_label(t) for t in CaseType]
        if column == "status":
            return [case_status_label(s) for s in CaseStatus]
        if column == "unit":
            return [u.value for u in Unit]
        if column == "threat":
            return [threat_label("low"), threat_label("high")]
        if column == "case_number":
            return ["MMM-0000-00000"]  # SAV-2026-00001: three letters
        if column == "high_risk":
            return [translate("CaseListModel", "High risk")]
        if column == "next_due":
            return ["0000-00-00"]
        return []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ID_ROLE:
            return row.id
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            if row.protected_identity is not ProtectedIdentity.NONE:
                return translate(
                    "CaseListModel", "The name is hidden: the person has a protected identity."
                )
            return None
        if column in ("threat", "next_due") and row.id in self._unknown:
            return self._not_yet_known(role)
        due, kind, threat = self._due.get(row.id, (None, None, None))
        if role == Qt.ItemDataRole.ForegroundRole and column == "next_due" and due is not None:
            return QBrush(OVERDUE) if due < datetime.now(UTC) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "next_due" and kind is not None:
            return due_kind_label(kind)
        high_risk = row.id in self._high_risk
        if high_risk and column == "case_number":
            # the first column is in sight however narrow an open case makes the list
            if role == Qt.ItemDataRole.DecorationRole:
                return self._warning_icon()
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{row.case_number} ({translate('CaseListModel', 'High risk')})"
        if role == Qt.ItemDataRole.ForegroundRole and column == "high_risk" and high_risk:
            return QBrush(OVERDUE)
        if (role == Qt.ItemDataRole.ToolTipRole and column in ("high_risk", "case_number")
                and high_risk):
            return translate("CaseListModel", "Staff are threatened in this case: see the "
                             "High risk tab before any meeting.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "case_number":
            return row.case_number
        if column == "name":
            return masked_name(row)
        if column == "type":
            return case_type_label(row.type)
        if column == "status":
            return case_status_label(row.status)
        if column == "unit":
            return row.owning_unit
        if column == "threat":
            return threat_label(threat)
        if column == "high_risk":
            return translate("CaseListModel", "High risk") if high_risk else ""
        if due is None:
            return "—"
        return (due - timedelta(microseconds=1)).astimezone().date().isoformat()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """Labels and headers are translated when asked for: tell the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def case_id(self, row: int) -> int:
        return self._rows[row].id


class CaseListProxy(QSortFilterProxyModel):
    """Passes rows through unchanged; kept as the seam for view-side sorting and filtering."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
