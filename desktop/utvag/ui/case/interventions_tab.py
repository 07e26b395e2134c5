"""The Interventions tab of a case: the decided interventions (kind, urgency, decided, starts,
ends), adding one and ending one. Whether an intervention may be decided in the case's status is
the services' decision (the guideline's case flow); their refusal is shown in the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from utvag.domain.follow_up_records import InterventionType
from utvag.domain.interventions import InterventionUrgency
from utvag.services import followup
from utvag.services.followup_records import InterventionRecord
from utvag.services.session import Session
from utvag.ui.case.case_life_labels import day, intervention_kind_label, urgency_label
from utvag.ui.case.case_record_dialog import CaseRecordDialog
from utvag.ui.case.case_record_table import Column, RecordTab
from utvag.ui.case.record_dialog import OptionalDate, RecordDialog, choice_box, date_edit, iso_day


class InterventionDialog(CaseRecordDialog):
    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("Add an intervention"), parent,
                         name="interventionDialog")
        self.kind = choice_box([(intervention_kind_label(k.value), k.value)
                                for k in InterventionType])
        self.urgency = choice_box([(urgency_label(u.value), u.value)
                                   for u in InterventionUrgency])
        self.decided = date_edit()
        self.starts = OptionalDate(self.tr("Starts on"))
        self.ends = OptionalDate(self.tr("Ends on"))
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Urgency:"), self.urgency)
        self.form.addRow(self.tr("&Decided on:"), self.decided)
        self.form.addRow("", self.starts)
        self.form.addRow("", self.ends)
        self.field_widgets.update({"type": self.kind, "urgency": self.urgency,
                                   "decided_on": self.decided, "starts_on": self.starts,
                                   "ends_on": self.ends})
        self.set_intro(self.tr("Urgent and time-limited interventions may be decided during the "
                               "investigation; long-term ones after the decision. A "
                               "time-limited intervention needs an end date."))

    def save(self) -> object:
        return followup.add_intervention(self._session, self._case_id, {
            "type": self.kind.currentData(), "urgency": self.urgency.currentData(),
            "decided_on": iso_day(self.decided), "starts_on": self.starts.iso(),
            "ends_on": self.ends.iso()})


class EndInterventionDialog(RecordDialog):
    def __init__(self, session: Session, record: InterventionRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("End the intervention"), parent, name="endInterventionDialog")
        self._session, self._record = session, record
        self.ends = date_edit()
        self.form.addRow(self.tr("&Ends on:"), self.ends)
        self.field_widgets["ends_on"] = self.ends
        self.set_intro(self.tr("%1, decided on %2.").replace(
            "%1", intervention_kind_label(record.intervention_type))
            .replace("%2", day(record.decided_on)))

    def save(self) -> object:
        return followup.end_intervention(self._session, self._record.id,
                                         iso_day(self.ends))


class InterventionsTab(RecordTab[InterventionRecord]):
    """The case's decided interventions: adding one, and ending the selected one. After a
    save the case's pages read again (``RecordTab``)."""

    def __init__(self, session: Session, case_id: int, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, read_only, "interventionsTab", parent)
        self.records = self._table("interventionTable", 0)
        self.add_button = self._add_button("addIntervention", self.open_add)
        self.end_button = self._row_button("endIntervention", self.open_end)
        self._build((self.add_button, self.end_button))

    def _columns(self) -> list[Column[InterventionRecord]]:
        return [(self.tr("Kind"), lambda r: intervention_kind_label(r.intervention_type)),
                (self.tr("Urgency"), lambda r: urgency_label(r.urgency)),
                (self.tr("Decided"), lambda r: day(r.decided_on)),
                (self.tr("Starts"), lambda r: day(r.starts_on)),
                (self.tr("Ends"), lambda r: day(r.ends_on))]

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add intervention…"))
        self.end_button.setText(self.tr("En&d intervention…"))
        self.records.retranslate(self.tr("The case's interventions"),
                                 self.tr("No interventions are recorded."))

    def refresh(self) -> None:
        rows = followup.records(self._session, self._case_id).intervention
        self._show_rows(list(rows))

    def open_add(self) -> RecordDialog:
        return self._show(InterventionDialog(self._session, self._case_id, self))

    def open_end(self) -> RecordDialog | None:
        return self._open_selected(
            lambda record: EndInterventionDialog(self._session, record, self))
