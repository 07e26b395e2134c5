"""The "Statistics" view: the year's de-identified tables with bar charts, and export to CSV or
a PDF report, each only on explicit action and after a warning that the file is not encrypted.

Cells below the policy threshold, and the cells that would give them away, show as "x".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utvag.errors import UtvagError
from utvag.services import statistics
from utvag.services import statistics_contribution as contribution
from utvag.services.session import Session
from utvag.services.statistics import Report, StatTable
from utvag.services.transfer.keys import TrustedCard
from utvag.ui import message_box
from utvag.ui.background import BackgroundOp, Progress, run_in_background, wait_off_thread
from utvag.ui.case.followup_labels import category_label, table_label
from utvag.ui.errors import report_error
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import unit_label
from utvag.ui.look import PlainLabel, table_look, wrapped_label
from utvag.ui.named_action import named_button
from utvag.ui.own_window import open_own_window
from utvag.ui.row_table_model import RowTableModel
from utvag.ui.statistics.bar_chart import BarChart
from utvag.ui.statistics.report_pdf import PdfTable, write_report_pdf
from utvag.ui.transfer.common import PACKAGE_FILTER, package_folder, refuse
from utvag.ui.view_read import ReadingView, ViewRead

SUPPRESSED = "x"


def card_label(trusted: TrustedCard) -> str:
    """A key card's display name: the unit, or the person at the unit."""
    name = contribution.card_name(trusted.card)
    return unit_label(name) if name == trusted.card.unit else name


class StatTableModel(RowTableModel[int]):
    """One table: a row per unit plus a total row, a column per category plus a total.
    The rows are row numbers; the last one is the total."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._table: StatTable | None = None

    def set_table(self, table: StatTable | None) -> None:
        self._table = table
        self.set_rows(range(len(table.rows) + 1) if table is not None else ())

    def headers(self) -> tuple[str, ...]:
        if self._table is None:
            return ()
        return (*(category_label(c) for c in self._table.columns), self.tr("Total"))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal or self._table is None:
            return super().headerData(section, orientation, role)
        names = self._table.rows
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section <= len(names):
            return None
        return self.tr("Total") if section == len(names) else unit_label(names[section])

    def value(self, row: int, column: int) -> int | None:
        assert self._table is not None
        p = self._table.published
        last_row, last_col = len(self._table.rows), len(self._table.columns)
        if row == last_row:
            return p.total if column == last_col else p.column_totals[column]
        return p.row_totals[row] if column == last_col else p.cells[row][column]

    def display(self, row: int, column: int) -> Any:
        value = self.value(row, column)
        return SUPPRESSED if value is None else str(value)

    def styled(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and self.value(row, column) is None:
            return self.tr("Suppressed: too few cases to show, or it would reveal a small "
                           "count")
        return None


class StatisticsView(FollowsLanguage, ReadingView):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 year: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self._session = session
        self.report: Report | None = None
        self.exporting: BackgroundOp[None] | None = None
        self.read = ViewRead(self, session, self.tr("Counting the statistics…"), self._work,
                             self.set_report, self._not_counted)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year or date.today().year)
        self.table_choice = QComboBox()
        self.csv_button = named_button("exportStatisticsCsv", lambda: self._export("csv"))
        self.pdf_button = named_button("exportStatisticsPdf", lambda: self._export("pdf"))
        self.contribute_button = named_button("contributeStatistics", self._choose_contribution)
        self.merge_button = named_button("mergeStatistics", self.open_merge)
        self.year_label = PlainLabel()
        self.year_label.setBuddy(self.year)
        self.table_label = PlainLabel()
        self.table_label.setBuddy(self.table_choice)
        self.chart = BarChart()
        self.model = StatTableModel(parent=self)
        self.table = table_look(QTableView())
        self.table.setObjectName("statisticsTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.note = wrapped_label()
        # What the last contribution did: kept apart from the note, which explains the
        # suppression on screen and in the PDF report.
        self.status = wrapped_label("statisticsStatus")
        self.status.setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addWidget(self.table_label)
        bar.addWidget(self.table_choice, 1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        self.city_bar = QHBoxLayout()
        self.city_bar.addStretch(1)
        self.city_bar.addWidget(self.contribute_button)
        self.city_bar.addWidget(self.merge_button)
        box = QVBoxLayout(self)
        box.addLayout(self.city_bar)
        box.addLayout(bar)
        box.addWidget(self.chart, 3)
        box.addWidget(self.table, 2)
        box.addWidget(self.note)
        box.addWidget(self.status)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.table_choice.currentIndexChanged.connect(lambda _i: self.show_table())
        city = contribution.vault_is_city_office(self._session)
        self.merge_button.setVisible(city)
        self.contribute_button.setVisible(
            not city and bool(contribution.city_office_cards(self._session)))
        self.resize(900, 640)
        self.retranslate_texts()
        self.reload()

    def retranslate_texts(self) -> None:
        """The view's own texts (the report's are set with it)."""
        self.setWindowTitle(self.tr("Statistics"))
        self.csv_button.setText(self.tr("Export &CSV…"))
        self.pdf_button.setText(self.tr("Export &PDF report…"))
        self.contribute_button.setText(self.tr("Contribute to the &city office…"))
        self.contribute_button.setToolTip(self.tr(
            "Seal this year's exact counts, encrypted and signed, to the city office's key card"))
        self.merge_button.setText(self.tr("City-&wide statistics…"))
        self.merge_button.setToolTip(self.tr(
            "Add up the units' contributions and suppress small counts in the combined table"))
        self.year_label.setText(self.tr("&Year:"))
        self.table_label.setText(self.tr("&Table:"))
        self.table.setAccessibleName(self.tr("Statistics table"))
        self.year.setAccessibleName(self.tr("Year"))
        self.table_choice.setAccessibleName(self.tr("Table to show"))

    def retranslate(self) -> None:
        self.retranslate_texts()
        self.set_report(self.report)  # table names, chart and note in the new language
        self.model.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        """A report still being painted is cancelled (its half file removed, nothing recorded)
        and waited for; a count still running is stopped part-way."""
        if self.exporting is not None and self.exporting.running:
            self.exporting.cancel_and_wait()
        super().closeEvent(event)

    def reload(self) -> BackgroundOp[Report] | None:
        """Count the chosen year off the GUI thread (about a second at 100 000 cases); the
        exports wait for it. One count at a time: a year chosen meanwhile is counted next."""
        self.csv_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        return self.read.start()

    def _work(self) -> Callable[[], Report]:
        session, year = self._session, self.year.value()
        return lambda: statistics.report(session, year)

    def _not_counted(self, exc: BaseException) -> None:
        self.set_report(self.report if self.report is not None
                        and self.report.year == self.year.value() else None)
        report_error(self, exc)

    def set_report(self, report: Report | None) -> None:
        self.report = report
        self.csv_button.setEnabled(report is not None)
        self.pdf_button.setEnabled(report is not None)
        if report is None:
            self.table_choice.clear()
            self.note.setText(self.empty_text())
            self.show_table()
            return
        current = self.table_choice.currentData()
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        for table in report.tables:
            self.table_choice.addItem(table_label(table.id), table.id)
        index = self.table_choice.findData(current)
        self.table_choice.setCurrentIndex(max(index, 0))
        self.table_choice.blockSignals(False)
        self.note.setText(self.note_text(report))
        self.show_table()

    def note_text(self, report: Report) -> str:
        return self.tr("De-identified counts. Every count below %1, and every count that would "
                       "reveal one, is shown as x.").replace("%1", str(report.threshold))

    def empty_text(self) -> str:
        return ""

    @property
    def report_year(self) -> int:
        return self.report.year if self.report is not None else self.year.value()

    def current_table(self) -> StatTable | None:
        if self.report is None or self.table_choice.currentData() is None:
            return None
        return self.report.table(str(self.table_choice.currentData()))

    def chart_data(self, table: StatTable) -> tuple[list[str], list[int | None]]:
        return ([category_label(c) for c in table.columns],
                list(table.published.column_totals))

    def show_table(self) -> None:
        table = self.current_table()
        self.model.set_table(table)
        if table is not None:
            labels, values = self.chart_data(table)
            self.chart.set_data(table_label(table.id) + f" {self.report_year}", labels,
                                values, SUPPRESSED)
        else:
            self.chart.set_data("", [], [], SUPPRESSED)

    # -- export (explicit action only) ---------------------------------------------------
    def _export(self, kind: str) -> None:
        answer = message_box.warning(
            self, self.tr("Export statistics"),
            self.tr("The file will not be encrypted. It holds only de-identified counts with "
                    "small numbers suppressed; store it as your unit's routine says."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            return
        pattern = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("PDF files (*.pdf)")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export statistics"),
            str(package_folder() / f"utvag-statistik-{self.report_year}.{kind}"), pattern)
        if name:
            (self.export_csv if kind == "csv" else self.export_pdf)(Path(name))

    # -- the city-wide statistics ---------------------------------------------------------
    def _choose_contribution(self) -> None:
        cards = contribution.city_office_cards(self._session)
        if not cards:
            return
        names = [f"{card_label(t)} ({t.card.fingerprint})" for t in cards]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Contribute to the city office"),
            self.tr("The exact counts of %1 (no names, no case numbers) are sealed so that "
                    "only this key card can open them. Send to:")
            .replace("%1", str(self.year.value())), names, 0, False)
        if not ok:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Contribute to the city office"),
            str(package_folder() / f"utvag-bidrag-{self._session.vault.unit}-"
                                   f"{self.year.value()}.utvp"),
            PACKAGE_FILTER)
        if name:
            self.contribute_to(cards[names.index(choice)], Path(name))

    def contribute_to(self, card: TrustedCard, target: Path) -> None:
        """Write the contribution for the shown year; the outcome is shown below the table."""
        session, year = self._session, self.year.value()
        try:
            done, result = wait_off_thread(
                self, self.tr("Sealing the contribution…"),
                lambda: contribution.contribute(session, year, card, target))
        except UtvagError as exc:
            refuse(self, self.tr("No contribution was written."), exc)
            return
        if not done or result is None:
            return
        self.status.setText(self.tr("The %1 contribution for %2 was written to %3.")
                            .replace("%1", str(result.year))
                            .replace("%2", card_label(card))
                            .replace("%3", result.path))
        self.status.setVisible(True)

    def open_merge(self) -> QWidget:
        from utvag.ui.statistics.statistics_merge_view import MergeView

        session = self._session
        return open_own_window(lambda: MergeView(session), self.parentWidget() or self)

    def export_csv(self, target: Path) -> None:
        assert self.report is not None
        statistics.export_csv(self._session, self.report, target)

    def pdf_title(self, report: Report) -> str:
        return self.tr("Utväg statistics %1").replace("%1", str(report.year))

    def pdf_table(self, report: Report, table: StatTable) -> PdfTable:
        """What the report prints of *table*: its chart and its cells as the view shows them."""
        model = StatTableModel()
        model.set_table(table)
        columns = range(model.columnCount())
        labels, values = self.chart_data(table)
        return PdfTable(
            f"{table_label(table.id)} {report.year}", labels, values,
            ["", *[str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]],
            [[str(model.headerData(r, Qt.Orientation.Vertical)),
              *[str(model.index(r, c).data()) for c in columns]]
             for r in range(model.rowCount())])

    def export_pdf(self, target: Path) -> BackgroundOp[None]:
        """The report with a chart and the numbers of every table, painted off the GUI thread;
        the audit row once the file is whole. The outcome is shown below the table."""
        report = self.report
        assert report is not None
        session, title, note = self._session, self.pdf_title(report), self.note.text()
        tables = [self.pdf_table(report, table) for table in report.tables]

        def work(progress: Progress) -> None:
            write_report_pdf(target, title, note, tables, SUPPRESSED, progress)
            try:
                statistics.record_export(session, report.year, "pdf")
            except BaseException:
                target.unlink(missing_ok=True)  # no report leaves without its audit row
                raise

        self.exporting = run_in_background(
            self, self.tr("Writing the PDF report…"), work, lambda _none: self._exported(target),
            on_error=self._not_exported, qt_thread=True)
        return self.exporting

    def _exported(self, target: Path) -> None:
        self.status.setText(self.tr("The PDF report was saved in %1.").replace("%1", str(target)))
        self.status.setVisible(True)

    def _not_exported(self, exc: BaseException) -> None:
        if not isinstance(exc, OSError):
            report_error(self, exc)
            return
        message_box.warning(self, self.tr("Export statistics"),
                            self.tr("The PDF report could not be written there."))
