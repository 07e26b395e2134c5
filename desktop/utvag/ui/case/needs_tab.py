"""The Needs page of a case: the person's needs by area, the interventions meant to meet each,
the latest follow-up (met, partly, not met) and when the next one is due; adding a need, linking
an intervention and recording a follow-up. The rules are the services' (:mod:`utvag.services.
needs`); their refusals are shown in the dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QListWidget, QWidget

from utvag.domain.needs import NeedArea, NeedOutcome
from utvag.services import followup, needs
from utvag.services.needs import CaseNeed
from utvag.services.session import Session
from utvag.ui.case.case_life_labels import day, intervention_kind_label
from utvag.ui.case.case_record_dialog import CaseRecordDialog
from utvag.ui.case.case_record_table import Column, RecordTab
from utvag.ui.case.followup_labels import category_label
from utvag.ui.case.record_dialog import RecordDialog, choice_box, date_edit, iso_day
from utvag.ui.code_labels import CodeLabels
from utvag.ui.list_items import add_checkable, checked_ids

translate = QCoreApplication.translate


area_label = CodeLabels(lambda: {
    "safety_housing": translate("needs", "Safety and housing"),
    "livelihood": translate("needs", "Livelihood"),
    "employment_school": translate("needs", "Employment or school"),
    "health_addiction": translate("needs", "Health and addiction"),
    "relations": translate("needs", "Relations"),
    "criminality": translate("needs", "Criminality"),
})


def outcome_label(value: str | None) -> str:
    return category_label(value) if value else translate("needs", "Not followed up")


def _intervention_text(kind: str, decided_on: str) -> str:
    return f"{intervention_kind_label(kind)} ({day(decided_on)})"


class NeedDialog(CaseRecordDialog):
    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("Add a need"), parent, name="needDialog")
        self.area = choice_box([(area_label(a.value), a.value) for a in NeedArea])
        self.identified = date_edit()
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("The need in words (optional)"))
        self.interventions = QListWidget()
        self.interventions.setAccessibleName(self.tr("Interventions meant to meet the need"))
        for item in followup.records(session, case_id).intervention:
            add_checkable(self.interventions,
                          _intervention_text(item.intervention_type, item.decided_on),
                          item.id)
        self.form.addRow(self.tr("&Area:"), self.area)
        self.form.addRow(self.tr("&Identified on:"), self.identified)
        self.form.addRow(self.tr("&Description:"), self.description)
        self.form.addRow(self.tr("Met &by:"), self.interventions)
        self.set_intro(self.tr("Record what the investigation found the person needs, and which "
                               "decided interventions are meant to meet it. Each linked "
                               "intervention is then due for a follow-up."))

    def checked(self) -> list[int]:
        return checked_ids(self.interventions)

    def save(self) -> object:
        return needs.add_need(self._session, self._case_id, {
            "area": self.area.currentData(), "identified_on": iso_day(self.identified),
            "description": self.description.text().strip() or None,
            "interventions": self.checked()})


class LinkDialog(RecordDialog):
    def __init__(self, session: Session, case_id: int, record: CaseNeed,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Link an intervention"), parent, name="needLinkDialog")
        self._session, self._record = session, record
        linked = {i.id for i in record.interventions}
        self.intervention = choice_box([
            (_intervention_text(i.intervention_type, i.decided_on), i.id)
            for i in followup.records(session, case_id).intervention
            if i.id not in linked])
        self.form.addRow(self.tr("&Intervention:"), self.intervention)
        self.set_intro(self.tr("Which intervention is meant to meet the need: %1?").replace(
            "%1", area_label(record.area)))

    def save(self) -> object:
        return needs.link_intervention(self._session, self._record.id,
                                       self.intervention.currentData())


class NeedFollowUpDialog(RecordDialog):
    def __init__(self, session: Session, record: CaseNeed,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow up the need"), parent, name="needFollowUpDialog")
        self._session, self._record = session, record
        self.intervention = choice_box([(_intervention_text(i.intervention_type, i.decided_on),
                                         i.id) for i in record.interventions])
        self.outcome = choice_box([(outcome_label(o.value), o.value) for o in NeedOutcome])
        self.held = date_edit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What the follow-up found (optional)"))
        self.form.addRow(self.tr("&Through:"), self.intervention)
        self.form.addRow(self.tr("&Is the need met?"), self.outcome)
        self.form.addRow(self.tr("&Held on:"), self.held)
        self.form.addRow(self.tr("&Note:"), self.note)
        self.field_widgets.update({"intervention_id": self.intervention,
                                   "outcome": self.outcome, "held_on": self.held,
                                   "note": self.note})
        self.set_intro(self.tr("Is the need (%1) met by the decided intervention?").replace(
            "%1", area_label(record.area)))

    def save(self) -> object:
        return needs.record_followup(self._session, self._record.id, {
            "intervention_id": self.intervention.currentData(),
            "outcome": self.outcome.currentData(), "held_on": iso_day(self.held),
            "note": self.note.text().strip() or None})


def _has_interventions(record: CaseNeed) -> bool:
    return bool(record.interventions)


def _next_due(record: CaseNeed) -> str:
    dates = sorted(i.next_followup_on for i in record.interventions if i.next_followup_on)
    return dates[0] if dates else "—"


class NeedsTab(RecordTab[CaseNeed]):
    """The person's needs with the interventions meant to meet each: adding a need, linking an
    intervention and following up. After a save the case's pages read again (``RecordTab``)."""

    def __init__(self, session: Session, case_id: int, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, read_only, "needsTab", parent)
        self.records = self._table("needTable", 2)
        self.add_button = self._add_button("addNeed", self.open_add)
        self.link_button = self._row_button("linkNeed", self.open_link)
        self.followup_button = self._row_button("followUpNeed", self.open_followup,
                                                _has_interventions)
        self._build((self.add_button, self.link_button, self.followup_button))

    def _columns(self) -> list[Column[CaseNeed]]:
        return [(self.tr("Area"), lambda r: area_label(r.area)),
                (self.tr("Identified"), lambda r: day(r.identified_on)),
                (self.tr("Need"), lambda r: r.description or ""),
                (self.tr("Met by"), lambda r: ", ".join(
                    intervention_kind_label(i.intervention_type) for i in r.interventions)
                 or "—"),
                (self.tr("Latest follow-up"), lambda r: outcome_label(r.latest_outcome)),
                (self.tr("Next follow-up"), _next_due)]

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add need…"))
        self.link_button.setText(self.tr("&Link intervention…"))
        self.followup_button.setText(self.tr("&Follow up…"))
        self.records.retranslate(self.tr("The person's needs"),
                                 self.tr("No needs are recorded."))

    def refresh(self) -> None:
        self._show_rows(needs.needs(self._session, self._case_id))

    def open_add(self) -> RecordDialog:
        return self._show(NeedDialog(self._session, self._case_id, self))

    def open_link(self) -> RecordDialog | None:
        return self._open_selected(
            lambda record: LinkDialog(self._session, self._case_id, record, self))

    def open_followup(self) -> RecordDialog | None:
        return self._open_selected(
            lambda record: NeedFollowUpDialog(self._session, record, self), _has_interventions)

    def select_intervention(self, intervention_id: int | None) -> None:
        """Select the first need the intervention is meant to meet (a due follow-up's record)."""
        for number in range(self.records.model.rowCount()):
            row = self.records.model.row_at(number)
            if any(i.id == intervention_id for i in row.interventions):
                self.records.select_id(row.id)
                return
