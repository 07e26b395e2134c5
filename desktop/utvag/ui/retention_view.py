"""The "Retention" view (*gallring*): what is due for destruction and why, the legal holds, and
the record of what was destroyed.

The preview can be evaluated on a later day to plan ahead; destruction only ever happens on
today's preview, after a confirmation that names how many cases and other records go, and it
destroys exactly what that preview showed (the service refuses if that changed). Only case
numbers (and a record's kind and number) are shown, never names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.retention import CASE, Decision
from utvag.services import retention
from utvag.services.retention import DestructionRecord, HoldRecord
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.background import BackgroundOp, run_in_background
from utvag.ui.case.followup_labels import retention_record_label, retention_rule_label
from utvag.ui.case.record_dialog import date_edit, iso_day
from utvag.ui.confirm import ask_to_confirm
from utvag.ui.errors import report_error
from utvag.ui.layouts import button_row
from utvag.ui.look import PlainLabel, wrapped_label
from utvag.ui.row_table_model import (
    ID_ROLE,
    OVERDUE_BACKGROUND,
    OVERDUE_TEXT,
    RowTableModel,
    row_table,
)
from utvag.ui.vault_events import ChangeKind, notify
from utvag.ui.view_read import ReadingView, ViewRead

TextRow = tuple[Any, list[str], bool]


@dataclass(frozen=True)
class RetentionRead:
    """What the view shows, read off the GUI thread: the preview for ``day``, the legal holds
    and the destruction record."""

    day: date
    decisions: list[Decision]
    holds: list[HoldRecord]
    destructions: list[DestructionRecord]


def read_retention(session: Session, day: date) -> RetentionRead:
    """The preview reads every case of the vault (more than a second at 100 000 cases)."""
    return RetentionRead(day, retention.preview(session, day), retention.holds(session),
                         retention.destructions(session))


class RowsModel(RowTableModel[TextRow]):
    """Rows of ready-made text with an id per row; the flag marks rows to highlight."""

    def __init__(self, headers: Callable[[], Sequence[str]], parent: QObject | None = None
                 ) -> None:
        super().__init__(parent=parent)
        self._headers = headers

    def headers(self) -> Sequence[str]:
        return self._headers()

    def row_id(self, row: TextRow) -> Any:
        return row[0]

    def display(self, row: TextRow, column: int) -> Any:
        cells = row[1]
        return cells[column] if column < len(cells) else None

    def styled(self, row: TextRow, column: int, role: int) -> Any:
        if row[2] and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if row[2] and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT)
        return None


class RetentionView(ReadingView):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionView")
        self.setWindowTitle(self.tr("Retention (gallring)"))
        self._session = session
        self._today = today or date.today
        self._texts = retention.rule_texts()
        self.decisions: list[Decision] = []
        self.confirmation: QMessageBox | None = None
        self.read = ViewRead(self, session, self.tr("Reading what is due for destruction…"),
                             self._work, self._read, self._not_read)
        self.destroying: BackgroundOp[list[Decision]] | None = None
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Retention"))
        self.tabs.addTab(self._due_page(), self.tr("&Due for destruction"))
        self.tabs.addTab(self._holds_page(), self.tr("Legal &holds"))
        self.tabs.addTab(self._log_page(), self.tr("Destruction rec&ord"))
        self.status = wrapped_label("retentionStatus")
        box = QVBoxLayout(self)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.status)
        self.resize(980, 560)
        self.reload()

    # -- pages ----------------------------------------------------------------------------
    def _due_page(self) -> QWidget:
        self.as_of = date_edit(self._today())
        self.as_of.setAccessibleName(self.tr("Due as of"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.destroy_button = QPushButton(self.tr("De&stroy what is due…"))
        self.destroy_button.setObjectName("destroyButton")
        self.model = RowsModel(lambda: (
            self.tr("Case"), self.tr("Last entry"), self.tr("Due from"),
            self.tr("Complete by"), self.tr("Decision"), self.tr("Rule")), self)
        self.table = row_table(self.model, "retentionTable", 5)
        self.table.setAccessibleName(self.tr("Cases due for destruction"))
        rule = self._texts.get(retention.load_rules()[0].rule_id, {})
        self.rule_text = PlainLabel(rule.get(i18n.current_language()) or rule.get("en", ""))
        self.rule_text.setWordWrap(True)
        self.summary = PlainLabel()
        self.summary.setObjectName("retentionSummary")
        bar = button_row((PlainLabel(self.tr("Evaluate on:")), self.as_of, self.refresh_button),
                         (self.destroy_button,))
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.rule_text)
        box.addLayout(bar)
        box.addWidget(self.table, 1)
        box.addWidget(self.summary)
        self.as_of.dateChanged.connect(lambda _d: self.reload())
        self.refresh_button.clicked.connect(self.reload)
        self.destroy_button.clicked.connect(self.ask_to_destroy)
        return page

    def _holds_page(self) -> QWidget:
        self.holds_model = RowsModel(lambda: (
            self.tr("Case"), self.tr("Placed"), self.tr("By"), self.tr("Reason")), self)
        self.holds_table = row_table(self.holds_model, "holdsTable", 3)
        self.hold_case = QLineEdit()
        self.hold_case.setPlaceholderText(self.tr("Case number"))
        self.hold_reason = QLineEdit()
        self.hold_reason.setPlaceholderText(
            self.tr("Why the records must be kept (e.g. requested in a court case)"))
        self.hold_button = QPushButton(self.tr("&Place hold"))
        self.lift_button = QPushButton(self.tr("&Lift the selected hold"))
        place = QHBoxLayout()
        place.addWidget(self.hold_case)
        place.addWidget(self.hold_reason, 1)
        place.addWidget(self.hold_button)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(PlainLabel(self.tr("A case under a legal hold, and every other case on the "
                                     "same person, is never destroyed while the hold is in "
                                     "force.")))
        box.addWidget(self.holds_table, 1)
        box.addLayout(button_row(right=(self.lift_button,)))
        box.addLayout(place)
        self.hold_button.clicked.connect(self.place_hold)
        self.hold_reason.returnPressed.connect(self.place_hold)
        self.lift_button.clicked.connect(self.lift_hold)
        return page

    def _log_page(self) -> QWidget:
        self.log_model = RowsModel(lambda: (
            self.tr("Case"), self.tr("Destroyed on"), self.tr("Rule"), self.tr("By")), self)
        self.log_table = row_table(self.log_model, "destructionTable", 2)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(PlainLabel(self.tr("Only this record of each destroyed case is kept: its "
                                     "number, the day and the rule. Nothing of its content.")))
        box.addWidget(self.log_table, 1)
        return page

    # -- data -----------------------------------------------------------------------------
    def evaluated_on(self) -> date:
        return date.fromisoformat(iso_day(self.as_of))

    @property
    def reading(self) -> bool:
        """True while the preview, the holds and the record are read (or destruction runs)."""
        return super().reading or (
            self.destroying is not None and not self.destroying.done.is_set())

    def closeEvent(self, event: QCloseEvent) -> None:
        """A destruction still running is waited for before the view goes (it cannot stop
        part-way: it is kept whole); a read is stopped part-way."""
        if self.destroying is not None and self.destroying.running:
            self.destroying.cancel_and_wait()
        super().closeEvent(event)  # stops the read

    def reload(self) -> BackgroundOp[RetentionRead]:
        """Read the preview, the holds and the record off the GUI thread (the preview reads
        every case: more than a second at 100 000 cases); no destruction is offered meanwhile."""
        self._set_actions_enabled(False)
        self.destroy_button.setEnabled(False)
        self.summary.setText(self.tr("Reading…"))
        return self.read.start()

    def _work(self) -> Callable[[], RetentionRead]:
        session, day = self._session, self.evaluated_on()
        return lambda: read_retention(session, day)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.refresh_button, self.hold_button, self.lift_button):
            button.setEnabled(enabled)

    def _read(self, read: RetentionRead) -> None:
        self._set_actions_enabled(True)
        self.show_preview(read.day, read.decisions)
        self.show_holds(read.holds)
        self.show_log(read.destructions)

    def _not_read(self, exc: BaseException) -> None:
        self._set_actions_enabled(True)
        self.show_preview(self.evaluated_on(), [])
        report_error(self, exc)

    def show_preview(self, day: date, decisions: list[Decision]) -> None:
        self.decisions = decisions
        language = i18n.current_language()
        rows = []
        for d in self.decisions:
            overdue = d.overdue(day)
            state = (self.tr("Overdue") if overdue else self.tr("To be destroyed")) if d.destroy \
                else self.tr("Kept")
            rows.append((d.case_id, [retention_record_label(d.case_number),
                                     d.last_entry.isoformat(),
                                     d.eligible_from.isoformat(), d.complete_by.isoformat(),
                                     state, retention_rule_label(d.rule, self._texts, language)],
                         overdue))
        self.model.set_rows(rows)
        due = [d for d in self.decisions if d.destroy]
        overdue_count = sum(1 for d in due if d.overdue(day))
        kept = [d for d in self.decisions if not d.destroy]
        self.summary.setText(
            self.tr("%1 due for destruction (%2 overdue), %3 kept.")
            .replace("%1", self.counted(due)).replace("%2", str(overdue_count))
            .replace("%3", self.counted(kept)) if self.decisions
            else self.tr("Nothing is due for destruction on %1.").replace("%1", day.isoformat()))
        today = day == self._today()
        self.destroy_button.setEnabled(bool(due) and today)
        self.destroy_button.setToolTip(
            "" if today else self.tr("Cases are destroyed only on today's preview."))

    def show_holds(self, holds: list[HoldRecord]) -> None:
        self.holds_model.set_rows([
            (h.id, [h.case_number, h.placed_at[:10], h.placed_by, h.reason],
             False) for h in holds])

    def show_log(self, destructions: list[DestructionRecord]) -> None:
        self.log_model.set_rows([
            (r.id, [retention_record_label(r.case_number), r.destroyed_on,
                       retention_rule_label(r.rule_id, self._texts, i18n.current_language()),
                       r.destroyed_by], False) for r in destructions])

    def counted(self, decisions: Sequence[Decision]) -> str:
        """What ``decisions`` are, counted: "3 cases", "1 record without a case", "3 cases and
        2 other records" (a consultation, an incident at the unit, a received report…)."""
        cases = sum(1 for d in decisions if d.record == CASE)
        others = len(decisions) - cases

        def number(count: int, one: str, many: str) -> str:
            # English and Swedish alike: the singular for one, the plural for any other count.
            return (one if count == 1 else many).replace("%1", str(count))

        counted_cases = number(cases, self.tr("%1 case"), self.tr("%1 cases"))
        if not others:
            return counted_cases
        if not cases:
            return number(others, self.tr("%1 record without a case"),
                          self.tr("%1 records without a case"))
        return (self.tr("%1 and %2").replace("%1", counted_cases)
                .replace("%2", number(others, self.tr("%1 other record"),
                                      self.tr("%1 other records"))))

    # -- actions --------------------------------------------------------------------------
    def ask_to_destroy(self) -> QMessageBox | None:
        due = [d for d in self.decisions if d.destroy]
        if not due or self.evaluated_on() != self._today():
            return None
        self.confirmation = ask_to_confirm(
            self, self.tr("Destroy for good?"),
            self.tr("%1 and everything recorded on them will be destroyed for good: %2. Only "
                    "what each was (its case number, or its kind and number), the day and the "
                    "rule are kept. This cannot be undone.")
            .replace("%1", self.counted(due))
            .replace("%2", ", ".join(retention_record_label(d.case_number) for d in due)),
            self.tr("Destroy %1").replace("%1", self.counted(due)),
            lambda confirmed: self._destroy_answered(confirmed, len(due)),
            name="destroyConfirmation", icon=QMessageBox.Icon.Warning,
            role=QMessageBox.ButtonRole.DestructiveRole)
        return self.confirmation

    def _destroy_answered(self, confirmed: bool, expected: int) -> None:
        self.confirmation = None
        if not confirmed:
            self.status.setText(self.tr("Nothing was destroyed."))
            return
        self.destroy_due(expected)

    def destroy_due(self, expected: int) -> BackgroundOp[list[Decision]]:
        """Destroy today's preview off the GUI thread (it cannot stop part-way: no Cancel, and
        a lock waits for it); the outcome is said below, and the view read again."""
        session, today = self._session, self._today()
        self._set_actions_enabled(False)
        self.destroy_button.setEnabled(False)
        self.status.setText(self.tr("Destroying…"))
        self.destroying = run_in_background(
            self, self.tr("Destroying what is due…"),
            lambda _progress: retention.apply(session, today, expected=expected),
            self._destroyed, on_error=self._not_destroyed, cancellable=False)
        return self.destroying

    def _destroyed(self, done: list[Decision]) -> None:
        destroying = self.destroying
        if destroying is None or destroying.progress.cancelled.is_set() \
                or not self._session.is_open:
            return  # destroyed whole; a lock or a close shows nothing more
        self.status.setText(self.tr("%1 destroyed; the destruction record lists them.")
                            .replace("%1", self.counted(done)))
        self.reload()
        notify(ChangeKind.CASES)

    def _not_destroyed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Nothing was destroyed."))
        report_error(self, exc)
        self.reload()

    def place_hold(self) -> None:
        try:
            retention.place_hold_on(self._session, self.hold_case.text(),
                                    self.hold_reason.text())
        except Exception as exc:
            report_error(self, exc)
            return
        self.status.setText(self.tr("Legal hold placed on %1.")
                            .replace("%1", self.hold_case.text().strip()))
        self.hold_case.clear()
        self.hold_reason.clear()
        self.reload()

    def lift_hold(self) -> None:
        index = self.holds_table.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("Select the hold to lift."))
            return
        number = self.holds_model.index(index.row(), 0).data()
        try:
            retention.lift_hold(self._session, int(index.data(ID_ROLE)))
        except Exception as exc:
            report_error(self, exc)
            return
        self.status.setText(self.tr("Legal hold on %1 lifted.").replace("%1", str(number)))
        self.reload()
