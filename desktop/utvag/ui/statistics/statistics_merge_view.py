"""The city office's statistics: the units' contributions added up, then suppressed.

The contact person adds the contribution files the units sent (``.utvp``); every file is
verified and decrypted by ``statistics_merge`` and the combined table is shown with the same
chart, table, CSV and PDF report as a unit's own statistics. A refused file (a duplicate, one
for another key, from an untrusted key, or changed) is named in a message and the view keeps
what it showed before.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from utvag.errors import UtvagError
from utvag.services import statistics_merge
from utvag.services.session import Session
from utvag.services.statistics import Report
from utvag.services.statistics_merge import MergeResult
from utvag.ui.background import wait_off_thread
from utvag.ui.look import PlainLabel
from utvag.ui.statistics.statistics_view import StatisticsView
from utvag.ui.transfer.common import PACKAGE_FILTER, package_folder, refuse


class MergeView(StatisticsView):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.files: list[Path] = []
        self.result: MergeResult | None = None
        self.setObjectName("statisticsMergeView")
        for widget in (self.year, self.year_label, self.contribute_button, self.merge_button):
            widget.setVisible(False)
        self.add_button = QPushButton()
        self.clear_button = QPushButton()
        self.clear_button.setEnabled(False)
        self.contributions = QListWidget()
        self.contributions.setObjectName("mergeContributions")
        self.contributions.setMaximumHeight(90)
        self.contributions_label = PlainLabel()
        self.contributions_label.setBuddy(self.contributions)
        self.city_bar.insertWidget(0, self.contributions_label)
        self.city_bar.insertWidget(1, self.add_button)
        self.city_bar.insertWidget(2, self.clear_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.contributions)  # under its own buttons, before the table
        self.add_button.clicked.connect(self._choose_files)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate_texts()

    def retranslate_texts(self) -> None:
        super().retranslate_texts()
        if not hasattr(self, "add_button"):
            return  # the base class sets its texts before this view has made its own
        self.setWindowTitle(self.tr("City-wide statistics"))
        self.add_button.setText(self.tr("&Add contributions…"))
        self.clear_button.setText(self.tr("C&lear"))
        self.contributions.setAccessibleName(self.tr("Contributions"))
        self.contributions_label.setText(self.tr("Contributions:"))

    def reload(self) -> None:
        result: MergeResult | None = getattr(self, "result", None)  # None while constructing
        self.set_report(result.report if result is not None else None)

    def empty_text(self) -> str:
        return self.tr("Add the contribution files the units sent. They are added up first; "
                       "small counts are suppressed only in the combined table.")

    def note_text(self, report: Report) -> str:
        return (self.tr("Combined from %1 contributions (%2).")
                .replace("%1", str(len(report.contributors)))
                .replace("%2", ", ".join(report.contributors))
                + " " + super().note_text(report))

    def pdf_title(self, report: Report) -> str:
        return self.tr("Utväg city-wide statistics %1").replace("%1", str(report.year))

    def _choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add contributions"), str(package_folder()), PACKAGE_FILTER)
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> bool:
        """Merge the files shown so far with *paths*; on a refusal nothing changes."""
        session, files = self._session, [*self.files, *paths]
        try:
            done, merged = wait_off_thread(self, self.tr("Opening the contributions…"),
                                           lambda: statistics_merge.merge(session, files))
        except UtvagError as exc:
            refuse(self, self.tr("Nothing was merged; the view shows what it showed before."),
                   exc)
            return False
        if not done or merged is None:
            return False
        result = merged
        self.files = [*self.files, *paths]
        self.result = result
        self.contributions.clear()
        for item in result.contributions:
            self.contributions.addItem(f"{item.contributor} — {item.file} ({item.fingerprint})")
        self.clear_button.setEnabled(True)
        self.reload()
        return True

    def clear(self) -> None:
        self.files, self.result = [], None
        self.contributions.clear()
        self.clear_button.setEnabled(False)
        self.reload()
