"""The Overview's plain word when the signed assessment in force ends the defector process (the
person does not meet the criteria, or the board and the Police judged that the investigation
should not continue): the case is to be closed with that reason, and takes no long-term
intervention meanwhile, whatever its status still says. Also when it leaves SAV to judge whether
the person is a special defector: SAV is to be asked (the Due view's row opens the Overview)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from utvag.domain.case_records import CaseStatus
from utvag.domain.case_status import ClosureReason
from utvag.services.process_end import ProcessEnding
from utvag.ui.case.case_life_labels import closure_label
from utvag.ui.case.overview_note import OverviewNote
from utvag.ui.labels import case_status_label


class ProcessEndingNote(OverviewNote[ProcessEnding]):
    """Shown only when the process has ended; says why, since when, and what is left to do."""

    def __init__(self, ending: ProcessEnding | None, parent: QWidget | None = None) -> None:
        super().__init__("overviewProcessEnding", ending, parent)

    def says(self, shown: ProcessEnding) -> str:
        if shown.reason == ClosureReason.NOT_DEFECTOR.value:
            why = self.tr("The signed assessment of %1 found that the person does not meet the "
                          "defector criteria: the defector process ends.")
        else:
            why = self.tr("The signed assessment of %1 records that the board and the Police "
                          "judged that continuing the investigation is not appropriate: the "
                          "defector process ends.")
        todo = self.tr("No long-term intervention is decided. Close the case (Case › Close "
                       "case…) with the reason: %1.")
        self.setAccessibleName(self.tr("The defector process has ended"))
        return (why.replace("%1", shown.since.isoformat()) + "\n"
                + todo.replace("%1", closure_label(shown.reason)))

    def status_text(self, status: CaseStatus) -> str:
        """The case's status as the Overview shows it: said to be closing once the process
        ended."""
        if self.shown is None:
            return case_status_label(status)
        return self.tr("%1 — to be closed").replace("%1", case_status_label(status))


class SavQuestionNote(OverviewNote[date]):
    """Shown only while SAV is to be asked whether the person is a special defector: since when
    and how."""

    def __init__(self, since: date | None, parent: QWidget | None = None) -> None:
        super().__init__("overviewSavQuestion", since, parent)

    def says(self, shown: date) -> str:
        self.setAccessibleName(self.tr("SAV is to be asked"))
        return self.tr(
            "The signed assessment of %1 leaves it to SAV to judge whether the person is a "
            "special defector. Ask SAV (Case › Consult SAV…, the question whether the person "
            "is a special defector).").replace("%1", shown.isoformat())
