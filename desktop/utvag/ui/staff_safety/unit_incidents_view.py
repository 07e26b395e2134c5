"""Incidents against staff at the unit, not in a case (seed 002: incidents happen in the
receptions too): the year's list, recording one, its Police report draft (printed on explicit
action only) and the year's count of every incident against staff, in cases and at the unit.

Staff safety data: the list and the count are read when the window is shown or the year
changes, and every read is audited by the service.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from utvag.errors import UtvagError
from utvag.services import unit_incidents
from utvag.services.high_risk_records import IncidentRecord
from utvag.services.session import Session
from utvag.services.unit_incidents import IncidentSummary
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.layouts import button_row
from utvag.ui.list_items import fill_records
from utvag.ui.look import PlainLabel, wrapped_label
from utvag.ui.messages import known_error_text
from utvag.ui.own_window import open_own_window
from utvag.ui.reads_when_shown import ReadsWhenShown
from utvag.ui.staff_safety.high_risk_labels import place_label
from utvag.ui.staff_safety.incident_dialog import IncidentDialog
from utvag.ui.staff_safety.police_draft import (
    Printer,
    incident_line,
    print_selected_draft,
    print_text,
)


class UnitIncidentsView(ReadsWhenShown, FollowsLanguage, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 printer: Printer = print_text) -> None:
        super().__init__(parent)
        self.setObjectName("unitIncidentsView")
        self._session = session
        self._printer = printer
        self._rows: list[IncidentRecord] = []
        self._summary: IncidentSummary | None = None
        self.incident_dialog: IncidentDialog | None = None
        self.year_label = PlainLabel()
        self.year = QSpinBox()
        self.year.setObjectName("unitIncidentsYear")
        self.year.setRange(2000, 9999)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.year_label.setBuddy(self.year)
        self.summary = wrapped_label("unitIncidentsSummary")
        self.incidents = QListWidget()
        self.incidents.setObjectName("unitIncidentList")
        self.incidents.setWordWrap(True)
        self.status = wrapped_label()
        self.status.setStyleSheet("color: #b02a37")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.open_incident_dialog)
        self.draft_button = QPushButton()
        self.draft_button.clicked.connect(self.print_police_draft)
        buttons = button_row(right=(self.add_button, self.draft_button))
        layout = QVBoxLayout(self)
        layout.addLayout(button_row((self.year_label, self.year)))
        layout.addWidget(self.summary)
        layout.addWidget(self.incidents, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(760, 480)
        self.retranslate()

    @classmethod
    def open_for(cls, session: Session, window: QWidget) -> UnitIncidentsView:
        """The view in a window of its own (closed with every other window on lock)."""
        view = open_own_window(lambda: cls(session), window)
        view.activateWindow()
        return view

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Incidents against staff at the unit"))
        self.year_label.setText(self.tr("&Year:"))
        self.add_button.setText(self.tr("&Record incident…"))
        self.draft_button.setText(self.tr("&Print Police report draft…"))
        self.incidents.setAccessibleName(self.tr("Incidents at the unit"))
        self._render()

    def reload(self) -> None:
        """Read the year's incidents and count (the reads are audited) and show them."""
        year = self.year.value()
        try:
            self._rows = unit_incidents.unit_incidents(self._session, year)
            self._summary = unit_incidents.incident_summary(self._session, year)
        except UtvagError as exc:
            self.status.setText(known_error_text(exc))
            return
        self.status.clear()
        self._render()

    def _render(self) -> None:
        fill_records(self.incidents, [(row.id, incident_line(row, at_unit=True))
                                      for row in self._rows])
        summary = self._summary
        if summary is None:
            self.summary.clear()
            return
        text = self.tr("%1 incidents against staff in %2, %3 reported to the Police.") \
            .replace("%1", str(summary.total)).replace("%2", str(summary.year)) \
            .replace("%3", str(summary.reported_to_police))
        if summary.by_place:
            text += " " + ", ".join(f"{place_label(p)}: {n}"
                                    for p, n in sorted(summary.by_place.items()))
        if not self._rows:
            text += " " + self.tr("No incident was recorded at the unit this year.")
        self.summary.setText(text)

    def open_incident_dialog(self) -> IncidentDialog:
        dialog = IncidentDialog(self._session, None, self)
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.incident_dialog = dialog
        dialog.open()
        return dialog

    def print_police_draft(self) -> None:
        """The selected incident's Police report draft, to the printer (never to a file)."""
        print_selected_draft(
            self, self.incidents, self.status, self._printer,
            lambda record: unit_incidents.unit_police_report_draft(self._session, record))


def record_without_case(session: Session, parent: QWidget) -> IncidentDialog:
    """The incident dialog without a case, from the main window's menu: the incident is
    recorded against the unit."""
    dialog = IncidentDialog(session, None, parent)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog
