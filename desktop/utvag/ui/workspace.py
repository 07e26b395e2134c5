"""The unlocked workspace: search and filters above the case list, the open case beside it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.case_records import CaseStatus, CaseSummary, CaseType, ProtectedIdentity
from utvag.domain.display_text import one_line_shown
from utvag.services import cases, due, high_risk
from utvag.services.session import Session
from utvag.ui.case.case_list_model import PAGE_SIZE, CaseListModel, CaseListProxy, sign_width
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.kept_typing import KeptTyping
from utvag.ui.case.new_case_dialog import NewCaseDialog
from utvag.ui.due_catch_up import OverdueFilter
from utvag.ui.input_watch import building
from utvag.ui.labels import case_status_label, case_type_label
from utvag.ui.lock_guard import BuildStopped
from utvag.ui.look import PlainLabel, styled, table_look
from utvag.ui.selection import selected_row
from utvag.ui.transfer.status import TransferStatus
from utvag.ui.vault_events import ChangeKind, VaultChange, notify, subscribe

# The search runs once the keystrokes already waiting in the event queue are in, not after a
# fixed pause: a search takes tens of milliseconds even at 100 000 cases (docs/benchmarks.md),
# so a pause would only make every keystroke slower to answer.
SEARCH_DEBOUNCE_MS = 0
# How many further pages a changed search or filter reads to bring the open case's row into the
# list (the vault says in one query whether the list holds it at all); a case further down stays
# open, the count line says where it is, and its row is highlighted once scrolled to.
LOOK_AHEAD_PAGES = 10
# A vault change reads the list again with as many pages as were scrolled in, up to this many,
# so the rows in view and the chosen case stay (each page is one query, docs/benchmarks.md).
KEPT_PAGES = 10
logger = logging.getLogger(__name__)


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
        self.overdue = OverdueFilter(session, self.overdue_filter, self)
        self.model = CaseListModel(self._fetch, self,
                                   annotate=lambda ids: due.next_due_for(self.session, ids)
                                   if self.session.is_open else None,
                                   known=lambda ids: due.stored_due_for(self.session, ids),
                                   flagged=lambda ids: high_risk.high_risk_case_ids(
                                       self.session, ids))
        self.proxy = CaseListProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_look(QTableView())
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
        selection = self.table.selectionModel()
        assert selection is not None
        selection.currentRowChanged.connect(self._selection_moved)
        self.model.rowsInserted.connect(lambda *_: self._rows_came())
        self.count_label = PlainLabel()
        # Wrapped: a long line (still working out what is due) must not widen a narrowed list
        # and with it the window.
        self.count_label.setWordWrap(True)
        self.placeholder = PlainLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.case_view: CaseView | None = None
        self._kept_drafts: dict[int, int] = {}  # case id → draft note kept on leaving it
        self._kept_typing = KeptTyping(session)  # a High-risk tab's unsaved text, per case
        self._filters_seen: tuple[object, ...] | None = None  # the filters the list last had
        self._further_down = False  # the list holds the open case past its loaded pages
        # The right-hand pane: the placeholder, or the open case under a header naming it.
        self.case_header = PlainLabel()
        self.case_header.setObjectName("caseHeader")
        self.case_header.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.case_header.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        header_font = self.case_header.font()
        header_font.setBold(True)
        header_font.setPointSizeF(header_font.pointSizeF() * 1.25)
        self.case_header.setFont(header_font)
        self.case_header.setContentsMargins(2, 2, 2, 6)
        self.case_page = QWidget()
        self._case_box = QVBoxLayout(self.case_page)
        self._case_box.setContentsMargins(0, 0, 0, 0)
        self._case_box.addWidget(self.case_header)
        self.transfer_status = TransferStatus()  # transferred: awaiting the receipt, delivered
        self._case_box.addWidget(self.transfer_status)
        self.pane = QStackedWidget()
        self.pane.addWidget(self.placeholder)
        self.pane.addWidget(self.case_page)
        self.splitter = QSplitter()
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.table)
        left_box.addWidget(self.count_label)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pane)
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
            self.banner = PlainLabel()
            styled(self.banner, "demoBanner")
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
        self._built = True
        self.retranslate()
        self.apply_filters()
        subscribe(self, self._vault_changed)

    def _vault_changed(self, change: VaultChange) -> None:
        """The list reads again (a next due item, a status, a new case) and keeps the open case
        and its selection; a change to the open case itself opens it again as it now stands
        (unsaved journal text is kept as a draft and offered back). Kept text put back changes
        nothing the list shows."""
        if not self.session.is_open or change.kind is ChangeKind.KEPT:
            return
        self._read_again_in_place()
        open_id = self.open_case_id
        if change.kind is ChangeKind.CASE and open_id is not None and change.case_id == open_id:
            assert self.case_view is not None
            if self._wait_for_dialogs(
                    lambda _r: QTimer.singleShot(0, self, lambda: self._vault_changed(change))):
                return  # a dialog about the case is open: the view (its parent) stays till then
            typed = (self.case_view.journal.editor.toPlainText()
                     if self.case_view.built("journal") else "")
            view = self.open_case(open_id)
            if typed.strip() and not view.journal.editor.toPlainText().strip():
                # a closed case takes no draft: the text stays in the editor, to copy
                view.setCurrentWidget(view.journal)
                view.journal.editor.setPlainText(typed)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search names, numbers and notes (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.type_filter.setAccessibleName(self.tr("Show cases of type"))
        self.status_filter.setAccessibleName(self.tr("Show cases with status"))
        self.table.setAccessibleName(self.tr("Cases"))
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
        self._show_header()

    def size_columns(self) -> None:
        """Each column as wide as its header or its widest possible cell; the name keeps a
        readable width when an open case narrows the list (the columns after it scroll)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        bold = header.fontMetrics()
        padding = 3 * metrics.averageCharWidth() + 12
        for section in range(self.model.columnCount()):
            if self.model.COLUMNS[section] == "name":
                header.resizeSection(section, 12 * metrics.averageCharWidth() + 100)
                continue
            title = str(self.model.headerData(section, Qt.Orientation.Horizontal) or "")
            sign = sign_width(self.table) if self.model.COLUMNS[section] == "case_number" else 0
            widest = max([bold.horizontalAdvance(title) + 16,
                          *(metrics.horizontalAdvance(t) + sign for t in
                            self.model.widest_texts(section))])
            header.resizeSection(section, widest + padding)

    def changeEvent(self, event: QEvent) -> None:
        # A language change can reach the list while it is still being built (an event loop
        # runs while due items are worked out); the end of the build sets every text anyway.
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self.retranslate()
        super().changeEvent(event)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if self.overdue.pending:
            self.count_label.setText(self.overdue.pending_text())
        elif self._further_down:
            self.count_label.setText(self.tr(
                "More than %Ln case(s) shown; the open case is further down the list", "",
                shown))
        elif self.model.more_to_fetch:
            self.count_label.setText(self.tr("More than %Ln case(s) shown", "", shown))
        else:
            self.count_label.setText(self.tr("%Ln case(s) shown", "", shown))

    def _fetch(self, offset: int, limit: int) -> list[CaseSummary]:
        if not self.session.is_open:  # locked (Qt may still ask, as the list was being built)
            return []
        if self.overdue_filter.isChecked():
            return self.overdue.fetch(
                datetime.now(UTC), offset, limit, case_type=self.type_filter.currentData() or None,
                status=self.status_filter.currentData() or None,
                text=self.search.text().strip() or None)
        return cases.list_cases(
            self.session, query=self.search.text().strip() or None, offset=offset, limit=limit,
            case_type=self.type_filter.currentData() or None,
            status=self.status_filter.currentData() or None)

    def _read_again_in_place(self) -> None:
        """The list read again where the user was in it: the pages scrolled in, the chosen
        case chosen (opened or not) and the same case at the top of the view, when the list
        still holds them."""
        picked = self.selected_case_id()
        top_row = self.table.rowAt(0)
        top = (self.model.case_id(self.proxy.mapToSource(self.proxy.index(top_row, 0)).row())
               if top_row >= 0 else None)
        self.apply_filters(keep=min(self.model.rowCount(), KEPT_PAGES * PAGE_SIZE))
        if self.case_view is None and picked is not None:
            row = self._row_of(picked)
            if row is not None:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                self.table.selectRow(row)
        row = None if top is None else self._row_of(top)
        if row is not None:
            self.table.doItemsLayout()  # the scroll range of the rows read again
            self.table.scrollTo(self.proxy.index(row, 0),
                                QAbstractItemView.ScrollHint.PositionAtTop)

    def apply_filters(self, keep: int = 0) -> None:
        """The list read again from its first page (``keep``: at least that many rows)."""
        self._debounce.stop()
        self._further_down = False
        self.model.reload(at_least=keep)
        # Only a change of search or filter closes the open case: one opened from elsewhere
        # (the Due view) while they leave it out stays, and so does one a change of its own
        # leaves out. The overdue filter decides once its list is worked out.
        filters = self._filters()
        if filters != self._filters_seen and not self.overdue.pending:
            self._filters_seen = filters
            if self._filters_hide_open_case():
                self._close_hidden_case()
        self._show_count()
        if self.case_view is not None:
            self._select_open_case()
        elif self.model.rowCount():
            self.table.selectRow(0)

    # -- a search or filter that hides the open case closes it -----------------------------
    def _filters(self) -> tuple[object, ...]:
        return (self.search.text().strip(), self.type_filter.currentData() or "",
                self.status_filter.currentData() or "", self.overdue_filter.isChecked())

    def _filters_hide_open_case(self) -> bool:
        """Whether the list, as now searched and filtered, leaves out the open case: asked of
        the vault in one query when its row is not among the loaded ones, so a case however far
        down is never taken for hidden. One the list holds has its row loaded when it is within
        ``LOOK_AHEAD_PAGES`` pages, else it is marked as further down. Nothing is left out while
        the overdue filter still works out its list."""
        view = self.case_view
        if view is None or self.overdue.pending or not any(self._filters()):
            return False
        case_id = view.case.id
        if self._row_of(case_id) is not None:
            return False
        if not self.model.canFetchMore(QModelIndex()):
            return True
        text, case_type, status, overdue = self._filters()
        listed = cases.listed(
            self.session, case_id, query=str(text) or None, case_type=str(case_type) or None,
            status=str(status) or None, overdue_at=datetime.now(UTC) if overdue else None)
        if listed is None:  # the overdue list is not known yet
            return False
        if not listed:
            return True
        for _page in range(LOOK_AHEAD_PAGES):
            if self._row_of(case_id) is not None or not self.model.canFetchMore(QModelIndex()):
                break
            self.model.fetchMore(QModelIndex())
        self._further_down = (self._row_of(case_id) is None
                              and self.model.canFetchMore(QModelIndex()))
        return False

    def _rows_came(self) -> None:
        """A page scrolled into the list: the count line counts it, and the open case's row is
        highlighted when it is on it."""
        if self._further_down and self.case_view is not None \
                and self._row_of(self.case_view.case.id) is not None:
            self._further_down = False
            self._select_open_case()
        self._show_count()

    def _close_hidden_case(self) -> None:
        """The case view empties rather than show a case the list no longer holds; typed text
        is never dropped: the journal's goes into a draft note (offered back when the case is
        opened again), and while a dialog about the case is open (the assessment wizard, a
        record) the case stays until it closes, then the filters are looked at again."""
        view = self.case_view
        assert view is not None
        if self._wait_for_dialogs(self._dialog_finished):
            return
        kept = self.keep_unsaved_text()
        if view.built("journal") and view.journal.editor.toPlainText().strip():
            return  # the text could not be kept: it stays on screen rather than be lost
        self.close_case(kept)

    def _wait_for_dialogs(self, then: Callable[[int], object]) -> bool:
        """Whether a dialog about the open case is open; ``then`` runs once it finishes."""
        assert self.case_view is not None
        dialogs = [d for d in self.case_view.findChildren(QDialog) if d.isVisible()]
        for dialog in dialogs:
            dialog.finished.connect(then, Qt.ConnectionType.SingleShotConnection)
        return bool(dialogs)

    def _dialog_finished(self, _result: int) -> None:
        QTimer.singleShot(0, self, self._recheck_hidden)

    def _recheck_hidden(self) -> None:
        if self.session.is_open and self._filters_hide_open_case():
            self._close_hidden_case()
            self._show_count()
            if self.case_view is None and self.model.rowCount():
                self.table.selectRow(0)

    # -- the open case and the selection always agree --------------------------------------
    @property
    def open_case_id(self) -> int | None:
        return None if self.case_view is None else self.case_view.case.id

    def selected_case_id(self) -> int | None:
        row = selected_row(self.table)
        if row is None:
            return None
        return self.model.case_id(self.proxy.mapToSource(self.proxy.index(row, 0)).row())

    def _row_of(self, case_id: int) -> int | None:
        for row in range(self.model.rowCount()):
            if self.model.case_id(row) == case_id:
                return self.proxy.mapFromSource(self.model.index(row, 0)).row()
        return None

    def _select_open_case(self) -> None:
        """Highlight the open case in the list, or nothing when the list does not hold it."""
        case_id = self.open_case_id
        row = None if case_id is None else self._row_of(case_id)
        selection = self.table.selectionModel()
        assert selection is not None
        if row is None:
            selection.clear()
            return
        self.table.setCurrentIndex(self.proxy.index(row, 0))
        self.table.selectRow(row)

    def _selection_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Another person selected: the open case closes rather than sit beside them."""
        if self.case_view is None or not current.isValid():
            return
        if self.model.case_id(self.proxy.mapToSource(current).row()) != self.open_case_id:
            self.close_case()

    def _show_header(self) -> None:
        view = self.case_view
        if view is None:
            self.case_header.clear()
            return
        person = view.case.person
        name = (self.tr("Protected identity")
                if person.protected_identity is not ProtectedIdentity.NONE
                else one_line_shown(person.name))
        self.case_header.setText(self.tr("%1 · case %2").replace("%1", name)
                                 .replace("%2", view.case.case_number))

    def close_case(self, kept: int | None = None) -> None:
        """Back to the placeholder; unsaved journal text is kept as a draft first (``kept``:
        the draft it was already kept in)."""
        view = self.case_view
        if view is None:
            return
        if kept is None:
            kept = self.keep_unsaved_text()
        if kept is not None:  # offered back when the case is opened again (ids only)
            self._kept_drafts[view.case.id] = kept
        self._kept_typing.keep(view)  # the High-risk tab's, in memory
        self.case_view = None
        if self._further_down:  # the count line no longer speaks of an open case
            self._further_down = False
            self._show_count()
        self._case_box.removeWidget(view)
        view.hide()
        view.deleteLater()
        self.transfer_status.clear_case()
        self.pane.setCurrentWidget(self.placeholder)
        self._show_header()

    def keep_unsaved_text(self) -> int | None:
        """Unsaved journal text into the vault as a draft note (its id), the editor emptied."""
        if self.case_view is None or not self.case_view.built("journal"):
            return None  # a journal never shown holds no typed text
        try:
            return self.case_view.journal.keep_draft()
        except Exception:  # a lock must happen even if the write fails
            logger.warning("unsaved journal text could not be kept (%s)", "write failed")
            return None

    def suspend(self) -> tuple[int, int | None, int] | None:
        """Before locking: keep unsaved text (the High-risk tabs' in the vault too), and say
        which case (and draft, and tab) to return to."""
        view = self.case_view
        self._kept_typing.store(view)
        return None if view is None else (view.case.id, self.keep_unsaved_text(),
                                          view.currentIndex())

    def resume(self, case_id: int, draft_note_id: int | None, tab: int = 0) -> None:
        """After unlocking: the case that was open, on the tab that was shown, with its kept
        draft back in the editor (the Journal shown then)."""
        try:
            view = self.open_case(case_id)
        except BuildStopped:  # locked from a dialog shown while it was built
            raise
        except Exception:  # the case may have gone (destroyed, moved) meanwhile
            return
        if 0 < tab < view.count():
            view.setCurrentIndex(tab)
        if draft_note_id is not None:
            view.setCurrentWidget(view.journal)
            view.journal.offer_draft(draft_note_id)

    def open_index(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        self.open_case(self.model.case_id(source.row()))

    def open_case(self, case_id: int) -> CaseView:
        if self.case_view is not None:
            self.close_case()
        with building():
            view = CaseView(self.session, case_id)
            self._filters_seen = self._filters()  # opened as the list now stands
            self._case_box.addWidget(view, 1)
            self.case_view = view
            self.transfer_status.show_case(self.session, case_id)
            self.pane.setCurrentWidget(self.case_page)
            self._show_header()
            self._select_open_case()
        view.setFocus()
        kept = self._kept_drafts.pop(case_id, None)
        if kept is not None:
            view.setCurrentWidget(view.journal)
            view.journal.offer_draft(kept, locked=False)
        self._kept_typing.put_back(view)
        return view

    def new_case(self) -> None:
        dialog = NewCaseDialog(lambda data: cases.new_case(self.session, data), self,
                               earlier=lambda number: cases.earlier_cases(self.session, number),
                               case_types=cases.case_types(self.session))
        if dialog.exec() and dialog.case_id is not None:
            notify(ChangeKind.CASES, dialog.case_id)
            self.open_case(dialog.case_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
