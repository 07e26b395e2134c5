"""The High risk tab of a case: the warnings whoever opens the case must see, then pages for the
high-risk flag and its history with conflicts of interest, incidents against staff (with the
Police report draft, printed on explicit action only), the risk assessments before risky
meetings, and rotation to another caseworker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.high_risk import ConflictKind, Ground
from utvag.errors import UtvagError
from utvag.services import high_risk
from utvag.services.high_risk_records import (
    AssignmentRecord,
    CaseWarning,
    ConflictRecord,
    ConflictWarning,
    FlagRecord,
    HighRiskWarning,
    IncidentRecord,
)
from utvag.services.session import Session
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import local_time
from utvag.ui.layouts import widget_row
from utvag.ui.list_items import current_id, fill_records
from utvag.ui.look import PlainLabel, wrapped_label
from utvag.ui.messages import known_error_text
from utvag.ui.reads_when_shown import ReadsWhenShown
from utvag.ui.staff_safety.high_risk_labels import conflict_label, ground_label
from utvag.ui.staff_safety.incident_dialog import IncidentDialog
from utvag.ui.staff_safety.police_draft import (
    Printer,
    incident_line,
    print_selected_draft,
    print_text,
)
from utvag.ui.staff_safety.risk_meetings_panel import RiskMeetingsPanel
from utvag.ui.vault_events import ChangeKind, notify

ERROR_STYLE = "color: #b02a37"


def warning_text(warnings: list[CaseWarning]) -> str:
    """The case's warnings as the tab and the case's Overview show them, one per line."""
    translate = QCoreApplication.translate
    lines = []
    for w in warnings:
        if isinstance(w, ConflictWarning):
            text = translate("StaffSafetyTab", "Unresolved conflict of interest: %1").replace(
                "%1", conflict_label(w.conflict))
            if w.concerns_you:
                text += " " + translate("StaffSafetyTab", "It concerns you.")
        elif isinstance(w, HighRiskWarning):
            text = translate("StaffSafetyTab",
                             "High-risk case: follow the routine for high-risk cases.")
        else:
            text = translate("StaffSafetyTab", "Risk-assessed meeting on %1.").replace(
                "%1", local_time(w.meeting_at))
            if not w.signed:
                text += " " + translate("StaffSafetyTab", "The assessment is not signed.")
        lines.append("⚠ " + text)
    return "\n".join(lines)


@dataclass(frozen=True)
class _Shown:
    """What the tab read last."""

    warnings: list[CaseWarning]
    flags: list[FlagRecord]
    incidents: list[IncidentRecord]
    assignments: list[AssignmentRecord]
    conflicts: list[ConflictRecord]


class StaffSafetyTab(ReadsWhenShown, FollowsLanguage, QWidget):
    def __init__(self, session: Session, case_id: int, read_only: bool = False,
                 parent: QWidget | None = None, printer: Printer = print_text) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self._printer = printer
        self.incident_dialog: IncidentDialog | None = None
        # Until the tab is shown only the warnings are read: incidents are staff safety data
        # whose every read is audited.
        self._data = _Shown(high_risk.case_warnings(session, case_id), [], [], [], [])
        self.warnings = wrapped_label("caseWarnings")
        self.warnings.setStyleSheet("background: #fbe9eb; color: #7a1c26; padding: 8px;"
                                    " border: 1px solid #b02a37; border-radius: 4px")
        self.status = wrapped_label()
        self.status.setStyleSheet(ERROR_STYLE)

        self.flag_box = QGroupBox()
        self.flag_state = wrapped_label()
        self.grounds = {g.value: QCheckBox(ground_label(g)) for g in Ground}
        self.network = QCheckBox()
        self.flag_description = QLineEdit()
        self.flag_button = QPushButton()
        self.flag_button.clicked.connect(self._flag)
        self.clear_reason = QLineEdit()
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self._clear)
        self.flag_history = QListWidget()
        self.flag_history.setWordWrap(True)  # a flag's line ends with the threat, read whole
        grid = QGridLayout()
        for i, box in enumerate(self.grounds.values()):
            grid.addWidget(box, i // 4, i % 4)
        flag = QVBoxLayout(self.flag_box)
        flag.addWidget(self.flag_state)
        flag.addLayout(grid)
        flag.addWidget(self.network)
        flag.addLayout(widget_row(self.flag_description, self.flag_button))
        flag.addLayout(widget_row(self.clear_reason, self.clear_button))
        flag.addWidget(self.flag_history)

        self.incident_box = QGroupBox()
        self.incidents = QListWidget()
        self.incidents.setObjectName("incidentList")
        self.incidents.setWordWrap(True)
        self.add_incident = QPushButton()
        self.add_incident.clicked.connect(self.open_incident_dialog)
        self.draft_button = QPushButton()
        self.draft_button.clicked.connect(self.print_police_draft)
        incidents = QVBoxLayout(self.incident_box)
        incidents.addWidget(self.incidents)
        incidents.addLayout(widget_row(None, self.add_incident, self.draft_button))

        self.rotation_box = QGroupBox()
        self.to_caseworker = QLineEdit()
        self.reassign_reason = QLineEdit()
        self.reassign_button = QPushButton()
        self.reassign_button.clicked.connect(self._reassign)
        self.assignments = QListWidget()
        rotation = QVBoxLayout(self.rotation_box)
        rotation.addLayout(widget_row(self.to_caseworker, self.reassign_reason,
                                      self.reassign_button))
        rotation.addWidget(self.assignments)

        self.conflict_box = QGroupBox()
        self.conflict_kind = QComboBox()
        for kind in ConflictKind:
            self.conflict_kind.addItem(conflict_label(kind), kind.value)
        self.conflict_description = QLineEdit()
        self.conflict_button = QPushButton()
        self.conflict_button.clicked.connect(self._add_conflict)
        self.conflicts = QListWidget()
        self.resolution = QLineEdit()
        self.resolve_button = QPushButton()
        self.resolve_button.clicked.connect(self._resolve)
        conflict = QVBoxLayout(self.conflict_box)
        # The kind on a row of its own: beside the description and the button neither could be
        # read in the narrower column.
        conflict.addWidget(self.conflict_kind)
        conflict.addLayout(widget_row(self.conflict_description, self.conflict_button))
        conflict.addWidget(self.conflicts)
        conflict.addLayout(widget_row(self.resolution, self.resolve_button))

        self.risk_meetings = RiskMeetingsPanel(session, case_id)
        self.pages = QTabWidget()
        self.pages.setObjectName("highRiskPages")
        self.pages.setDocumentMode(True)
        flag_page = QWidget()
        flag_layout = QHBoxLayout(flag_page)
        flag_layout.addWidget(self.flag_box, 3)
        flag_layout.addWidget(self.conflict_box, 2)
        for page in (flag_page, self.incident_box, self.risk_meetings, self.rotation_box):
            self.pages.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        for widget in (self.flag_button, self.clear_button, self.add_incident,
                       self.reassign_button, self.conflict_button, self.resolve_button):
            widget.setEnabled(not read_only)
        self.retranslate()

    # -- showing -------------------------------------------------------------------------
    def retranslate(self) -> None:
        # Page titles carry no mnemonic: Alt+letters belong to the case's own tabs.
        for index, title in enumerate((self.tr("Flag and conflicts of interest"),
                                       self.tr("Incidents against staff"),
                                       self.tr("Risk meetings"), self.tr("Rotation"))):
            self.pages.setTabText(index, title)
        self.pages.setAccessibleName(self.tr("High risk"))
        self.flag_box.setTitle(self.tr("High-risk flag"))
        self.network.setText(self.tr("Linked to a criminal network"))
        for value, box in self.grounds.items():
            box.setText(ground_label(value))
        self.flag_description.setPlaceholderText(self.tr("What the threat consists of"))
        self.flag_button.setText(self.tr("Flag as high-risk"))
        self.clear_reason.setPlaceholderText(self.tr("Why the flag is cleared"))
        self.clear_button.setText(self.tr("Clear flag"))
        self.incident_box.setTitle(self.tr("Incidents against staff"))
        self.add_incident.setText(self.tr("Record incident…"))
        self.draft_button.setText(self.tr("Print Police report draft…"))
        self.rotation_box.setTitle(self.tr("Rotation"))
        self.to_caseworker.setPlaceholderText(self.tr("New caseworker (user name)"))
        self.reassign_reason.setPlaceholderText(self.tr("Reason"))
        self.reassign_button.setText(self.tr("Reassign"))
        self.conflict_box.setTitle(self.tr("Conflicts of interest"))
        for i in range(self.conflict_kind.count()):
            self.conflict_kind.setItemText(i, conflict_label(str(self.conflict_kind.itemData(i))))
        self.conflict_description.setPlaceholderText(self.tr("Description (optional)"))
        self.conflict_button.setText(self.tr("Record conflict"))
        self.resolution.setPlaceholderText(self.tr("How the conflict was resolved"))
        self.resolve_button.setText(self.tr("Resolve selected"))
        self._render()

    def reload(self) -> None:
        """Read the records again (staff safety data: the read is audited) and show them."""
        session, case_id = self._session, self._case_id
        self._data = _Shown(high_risk.case_warnings(session, case_id),
                            high_risk.flag_history(session, case_id),
                            high_risk.incidents(session, case_id),
                            high_risk.assignment_history(session, case_id),
                            high_risk.conflicts(session, case_id))
        self._render()

    def _render(self) -> None:
        """Show what was read last, in the current language (no vault access)."""
        data = self._data
        self._show_warnings(data.warnings)
        flags = data.flags
        current = next((f for f in flags if f.cleared_at is None), None)
        if current is None:
            self.flag_state.setText(self.tr("The case is not flagged high-risk."))
        else:
            self.flag_state.setText(self.tr("Flagged high-risk since %1: %2").replace(
                "%1", local_time(current.flagged_at)).replace(
                "%2", ", ".join(ground_label(g) for g in current.grounds)))
        self.flag_button.setVisible(current is None)
        self.clear_button.setVisible(current is not None)
        self.clear_reason.setVisible(current is not None)
        fill_records(self.flag_history, [(f.id, self._flag_line(f)) for f in flags])
        fill_records(self.incidents, [(i.id, incident_line(i)) for i in data.incidents])
        fill_records(self.assignments, [
            (a.id, self.tr("%1: %2 → %3 (%4)").replace("%1", local_time(a.assigned_at))
             .replace("%2", a.from_caseworker).replace("%3", a.to_caseworker)
             .replace("%4", a.reason))
            for a in data.assignments])
        fill_records(self.conflicts, [(c.id, self._conflict_line(c)) for c in data.conflicts])

    def shown_warnings(self) -> list[CaseWarning]:
        """The case's warnings as last read here (the Overview says them in its language)."""
        return self._data.warnings

    def _show_warnings(self, warnings: list[CaseWarning]) -> None:
        self.warnings.setText(warning_text(warnings))
        self.warnings.setVisible(bool(warnings))

    def _flag_line(self, f: FlagRecord) -> str:
        text = self.tr("%1 flagged by %2: %3").replace("%1", local_time(f.flagged_at)) \
            .replace("%2", f.flagged_by) \
            .replace("%3", ", ".join(ground_label(g) for g in f.grounds))
        if f.network_linked:
            text += " · " + self.tr("linked to a criminal network")
        if f.description:  # what the threat consists of, as the caseworker wrote it
            text += f" · {f.description}"
        if f.cleared_at:
            text += " — " + self.tr("cleared %1: %2").replace(
                "%1", local_time(f.cleared_at)).replace("%2", f.clear_reason or "")
        return text

    def _conflict_line(self, c: ConflictRecord) -> str:
        text = f"{c.recorded_on} · {conflict_label(c.kind)} · {c.caseworker}"
        if c.description:
            text += f" · {c.description}"
        if c.resolved_at:
            text += " — " + self.tr("resolved: %1").replace("%1", c.resolution or "")
        return text

    # -- what was typed and not saved ------------------------------------------------------
    def _typing(self) -> dict[str, QLineEdit]:
        return {"flag_description": self.flag_description, "clear_reason": self.clear_reason,
                "to_caseworker": self.to_caseworker, "reassign_reason": self.reassign_reason,
                "conflict_description": self.conflict_description,
                "resolution": self.resolution}

    def typed(self) -> dict[str, object]:
        """The texts typed, the grounds ticked and the kind of conflict chosen here, not saved
        (empty: nothing was)."""
        typed: dict[str, object] = {name: edit.text() for name, edit in self._typing().items()
                                    if edit.text()}
        if typed or self.network.isChecked() or any(b.isChecked() for b in self.grounds.values()) \
                or self.conflict_kind.currentIndex() > 0:
            typed["grounds"] = [g for g, box in self.grounds.items() if box.isChecked()]
            typed["network"] = self.network.isChecked()
            typed["conflict_kind"] = self.conflict_kind.currentData()
        return typed

    def put_back(self, typed: dict[str, object]) -> QWidget:
        """Fill in ``typed``; returns the first field it names (where typing goes on)."""
        first: QWidget | None = None
        for name, edit in self._typing().items():
            text = typed.get(name)
            if isinstance(text, str):
                edit.setText(text)
                first = first or edit
        ticked = typed.get("grounds")
        for ground, box in self.grounds.items():
            box.setChecked(isinstance(ticked, list) and ground in ticked)
        self.network.setChecked(typed.get("network") is True)
        self.conflict_kind.setCurrentIndex(max(self.conflict_kind.findData(
            typed.get("conflict_kind")), 0))
        return first or next(iter(self.grounds.values()))

    # -- acting --------------------------------------------------------------------------
    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except UtvagError as exc:
            self.say(self.tr("Not saved: %1").replace("%1", known_error_text(exc)))
            return False
        self.status.clear()
        self.reload()
        notify(ChangeKind.RECORDS, self._case_id)  # the case list marks high-risk cases
        return True

    def _flag(self) -> None:
        data = {"grounds": [k for k, box in self.grounds.items() if box.isChecked()],
                "network_linked": self.network.isChecked(),
                "description": self.flag_description.text().strip() or None}
        if self._run(lambda: high_risk.flag_case(self._session, self._case_id, data)):
            self.flag_description.clear()

    def _clear(self) -> None:
        reason = self.clear_reason.text()
        if self._run(lambda: high_risk.clear_flag(self._session, self._case_id, reason)):
            self.clear_reason.clear()

    def _reassign(self) -> None:
        to, reason = self.to_caseworker.text().strip(), self.reassign_reason.text()
        if self._run(lambda: high_risk.reassign(self._session, self._case_id, to, reason)):
            self.to_caseworker.clear()
            self.reassign_reason.clear()

    def _add_conflict(self) -> None:
        data = {"kind": self.conflict_kind.currentData(),
                "description": self.conflict_description.text().strip() or None}
        if self._run(lambda: high_risk.add_conflict(self._session, self._case_id, data)):
            self.conflict_description.clear()

    def _resolve(self) -> None:
        record, how = current_id(self.conflicts), self.resolution.text()
        if record is None:
            self.say(self.tr("Choose a conflict of interest first."))
            return
        if self._run(lambda: high_risk.resolve_conflict(self._session, record, how)):
            self.resolution.clear()

    def open_incident_dialog(self) -> IncidentDialog:
        dialog = IncidentDialog(self._session, self._case_id, self)
        dialog.accepted.connect(self.reload)
        dialog.accepted.connect(lambda: notify(ChangeKind.RECORDS, self._case_id))
        dialog.accepted.connect(lambda: self.offer_report(dialog.record_id))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.incident_dialog = dialog
        dialog.open()
        return dialog

    def offer_report(self, incident_id: int | None) -> Path | None:
        """Right after an incident is recorded: offer to send it to the unit manager (when this
        vault trusts the manager's card) as a signed incident report."""
        from utvag.services import incident_report
        from utvag.ui.transfer.common import seal_into_file

        if incident_id is None or not incident_report.has_manager(self._session):
            return None
        offer = ReportOffer(self)
        if offer.exec() != QDialog.DialogCode.Accepted:
            return None
        session = self._session
        try:  # named by the day, in the documents folder, like the other packages
            sealed = seal_into_file(
                self, self.tr("Save the incident report"),
                f"incidentrapport-{date.today().isoformat()}.utvp",
                self.tr("Sealing the incident report…"),
                lambda target: incident_report.send_incident_report(session, incident_id, target))
        except UtvagError as exc:
            self.say(known_error_text(exc))
            return None
        if sealed is None:
            return None
        target, sent = sealed
        self.say(self.tr("The incident report for %1 is saved in %2; give it to the manager.")
                 .replace("%1", sent.manager).replace("%2", sent.path), error=False)
        return target

    def say(self, text: str, *, error: bool = True) -> None:
        """``text`` above the pages: a refusal in the error colour, a success in the normal one."""
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def print_police_draft(self) -> None:
        """The selected incident's Police report draft, to the printer (never to a file)."""
        self.status.setStyleSheet(ERROR_STYLE)  # only a refusal is said here
        print_selected_draft(self, self.incidents, self.status, self._printer,
                             lambda record: high_risk.police_report_draft(self._session, record))


class ReportOffer(QDialog):
    """Asked right after an incident is recorded: send it to the unit manager?"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentReportOffer")
        self.setWindowTitle(self.tr("Report to the unit manager"))
        text = PlainLabel(self.tr(
            "Send a signed report of this incident (what happened, the support given, the "
            "Police report's status) to the unit manager? The manager files the Police report "
            "for the employer."))
        text.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes
                                        | QDialogButtonBox.StandardButton.No)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addWidget(self.buttons)
