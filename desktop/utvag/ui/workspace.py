"""The unlocked workspace: search and filters above the case list, the open case beside it."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.case_records import CaseStatus, CaseSummary, CaseType
from utvag.services import cases, due, high_risk
from utvag.services.session import Session
from utvag.ui.case_list_model import CaseListModel, CaseListProxy
from utvag.ui.case_view import CaseView
from utvag.ui.labels import case_status_label, case_type_label
from utvag.ui.new_case_dialog import NewCaseDialog

# The search runs once the keystrokes already waiting in the event queue are in, not after a
# fixed pause: a search takes tens of milliseconds even at 100 000 cases (docs/benchmarks.md),
# so a pause would only make every keystroke slower to answer.
SEARCH_DEBOUNCE_MS = 0


class Workspace(QWidget):
    def __init__(self, session: Session, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session = session
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.type_filter = QComboBox()
        self.type_filter.addItem("", "")
        for t in CaseType:
            self.type_filter.addItem("", t.value)
        self.status_filter = QComboBox()
        self.status_filter.addItem("", "")
        for s in CaseStatus:
            self.status_filter.addItem("", s.value)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_case)
        self.overdue_filter = QCheckBox()
        self.overdue_filter.setObjectName("overdueFilter")
        self.model = CaseListModel(self._fetch, self,
                                   annotate=lambda ids: due.next_due_for(self.session, ids),
                                   flagged=lambda ids: high_risk.high_risk_case_ids(
                                       self.session, ids))
        self.proxy = CaseListProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Columns are sized from what their cells can hold (size_columns), not by measuring
        # the rows: that asks the model for tens of thousands of cells on every search.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(self.open_index)
        self.count_label = QLabel()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.case_view: CaseView | None = None
        self.splitter = QSplitter()
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.table)
        left_box.addWidget(self.count_label)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.placeholder)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([640, 520])
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.type_filter)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.overdue_filter)
        bar.addWidget(self.new_button)
        box = QVBoxLayout(self)
        self.banner: QLabel | None = None
        if demo:
            self.banner = QLabel()
            self.banner.setObjectName("demoBanner")
            box.addWidget(self.banner)
        box.addLayout(bar)
        box.addWidget(self.splitter, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.type_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.overdue_filter.toggled.connect(lambda _on: self.apply_filters())
        self.retranslate()
        self.apply_filters()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search names, numbers and notes (Ctrl+F)"))
        self.type_filter.setItemText(0, self.tr("All types"))
        for index, case_type in enumerate(CaseType, start=1):
            self.type_filter.setItemText(index, case_type_label(case_type))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for index, status in enumerate(CaseStatus, start=1):
            self.status_filter.setItemText(index, case_status_label(status))
        self.new_button.setText(self.tr("&New case…"))
        self.overdue_filter.setText(self.tr("Overd&ue only"))
        self.placeholder.setText(self.tr("Select a case and press Enter to open it."))
        if self.banner is not None:
            self.banner.setText(self.tr("DEMO — every case here is fictional. Nothing is kept "
                                        "after you quit."))
        self.model.retranslate()
        self.size_columns()
        self._show_count()

    def size_columns(self) -> None:
        """Each column as wide as its header or its widest possible cell; the name keeps a
        readable width when an open case narrows the list (the columns after it scroll)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        bold = header.fontMetrics()
        padding = 3 * metrics.averageCharWidth() + 12
        for section in range(self.model.columnCount()):
            if section == 1:
                header.resizeSection(section, 12 * metrics.averageCharWidth() + 100)
                continue
            title = str(self.model.headerData(section, Qt.Orientation.Horizontal) or "")
            widest = max([bold.horizontalAdvance(title) + 16,
                          *(metrics.horizontalAdvance(t) for t in
                            self.model.widest_texts(section))])
            header.resizeSection(section, widest + padding)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore(QModelIndex()) else ""
        self.count_label.setText(self.tr("%1 cases shown").replace("%1", f"{shown}{more}"))

    def _fetch(self, offset: int, limit: int) -> list[CaseSummary]:
        if self.overdue_filter.isChecked():
            return due.overdue_cases(
                self.session, datetime.now(UTC), case_type=self.type_filter.currentData() or None,
                status=self.status_filter.currentData() or None,
                text=self.search.text().strip() or None, offset=offset, limit=limit)
        return cases.list_cases(
            self.session, query=self.search.text().strip() or None, offset=offset, limit=limit,
            case_type=self.type_filter.currentData() or None,
            status=self.status_filter.currentData() or None)

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.reload()
        self._show_count()
        if self.model.rowCount():
            self.table.selectRow(0)

    def open_index(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        self.open_case(self.model.case_id(source.row()))

    def open_case(self, case_id: int) -> CaseView:
        view = CaseView(self.session, case_id)
        old = self.splitter.widget(1)
        self.splitter.replaceWidget(1, view)
        if old is not None:
            old.deleteLater()
        self.case_view = view
        view.setFocus()
        return view

    def new_case(self) -> None:
        dialog = NewCaseDialog(lambda data: cases.new_case(self.session, data), self,
                               earlier=lambda number: cases.earlier_cases(self.session, number))
        if dialog.exec() and dialog.case_id is not None:
            self.apply_filters()
            self.open_case(dialog.case_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
