"""The Overview's plain word when the signed assessment in force ends the defector process (the
person does not meet the criteria, or the board and the Police judged that the investigation
should not continue): the case is to be closed with that reason, and takes no long-term
intervention meanwhile, whatever its status still says. Also when it leaves SAV to judge whether
the person is a special defector: SAV is to be asked (the Due view's row opens the Overview)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from utvag.domain.case_status import ClosureReason
from utvag.services.process_end import ProcessEnding
from utvag.ui.case.case_life_labels import closure_label
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.look import PlainLabel

_NOTE_LOOK = ("background: #fff4e0; color: #5c3b00; padding: 8px;"
              " border: 1px solid #b36b00; border-radius: 4px")


class ProcessEndingNote(FollowsLanguage, PlainLabel):
    """Shown only when the process has ended; says why, since when, and what is left to do."""

    def __init__(self, ending: ProcessEnding | None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("overviewProcessEnding")
        self.setWordWrap(True)
        self.setStyleSheet(_NOTE_LOOK)
        self.set_ending(ending)

    def set_ending(self, ending: ProcessEnding | None) -> None:
        self.ending = ending
        self.setVisible(ending is not None)
        self.retranslate()

    def retranslate(self) -> None:
        ending = self.ending
        if ending is None:
            self.setText("")
            return
        if ending.reason == ClosureReason.NOT_DEFECTOR.value:
            why = self.tr("The signed assessment of %1 found that the person does not meet the "
                          "defector criteria: the defector process ends.")
        else:
            why = self.tr("The signed assessment of %1 records that the board and the Police "
                          "judged that continuing the investigation is not appropriate: the "
                          "defector process ends.")
        todo = self.tr("No long-term intervention is decided. Close the case (Case › Close "
                       "case…) with the reason: %1.")
        self.setText(why.replace("%1", ending.since.isoformat()) + "\n"
                     + todo.replace("%1", closure_label(ending.reason)))
        self.setAccessibleName(self.tr("The defector process has ended"))

    def status_text(self, status: str) -> str:
        """The case's status as the Overview shows it: said to be closing once the process
        ended."""
        if self.ending is None:
            return status
        return self.tr("%1 — to be closed").replace("%1", status)


class SavQuestionNote(FollowsLanguage, PlainLabel):
    """Shown only while SAV is to be asked whether the person is a special defector: since when
    and how."""

    def __init__(self, since: date | None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("overviewSavQuestion")
        self.setWordWrap(True)
        self.setStyleSheet(_NOTE_LOOK)
        self.set_since(since)

    def set_since(self, since: date | None) -> None:
        self.since = since
        self.setVisible(since is not None)
        self.retranslate()

    def retranslate(self) -> None:
        if self.since is None:
            self.setText("")
            return
        self.setText(self.tr(
            "The signed assessment of %1 leaves it to SAV to judge whether the person is a "
            "special defector. Ask SAV (Case › Consult SAV…, the question whether the person "
            "is a special defector).").replace("%1", self.since.isoformat()))
        self.setAccessibleName(self.tr("SAV is to be asked"))
