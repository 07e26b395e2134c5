"""A case whose signed assessment ended the defector process says so plainly on its Overview (in
Swedish: why, since when, and that it is to be closed with that reason), its status reads as to
be closed — named for what it is, the criteria assessed, where no decision is recorded — and
closing it stands in the Due view, whose row opens the Overview."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_support import district_answers, wait_read

from conftest import create_vault
from utvag.domain.case_records import CaseStatus
from utvag.forms import load_answers
from utvag.services import assessment, cases
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.ui.due_view import DueView
from utvag.ui.vault_events import ChangeKind, notify

LABEL = "Avsluta ärendet: avhopparprocessen har upphört"
NONE_RECORDED = ("Ingen ansökan eller inget beslut är registrerat än (Ärende › Registrera "
                 "ansökan… och Registrera beslut…).")


def test_the_overview_says_the_process_ended_and_closing_is_due(
        qtbot: Any, qtmodeltester: Any, tmp_path: Path, ui_policy: Policy,
        swedish: None) -> None:
    made: list[int] = []
    defector = district_answers(tmp_path, "defector.json")
    not_defector = district_answers(tmp_path, "not-defector.json", belongs_answer=False)
    discontinued = district_answers(tmp_path, "discontinued.json", serious_crime_suspected=True,
                            serious_crime_outcome="discontinue",
                            serious_crime_consulted_on="2026-10-08")

    def fill(session: Session) -> None:
        for name, ending in (("Alva Exempelsson", True), ("Bo Exempelsson", False),
                             ("Cleo Exempelsson", None)):
            case_id = cases.new_case(session, {"type": "defector", "person": {
                "name": name, "birth_date": "1999-05-05", "district": "Hisingen"}})
            assessment.assess_document(session, case_id, load_answers(
                defector if ending is not None else discontinued), sign=True,
                today=date(2026, 11, 1))
            if ending:
                assessment.assess_document(session, case_id, load_answers(not_defector),
                                           sign=True, today=date(2026, 11, 1))
            made.append(case_id)

    vault = create_vault(tmp_path / "vault", ui_policy, unit="Hisingen", fill=fill)
    with vault.open() as session:
        ended, going_on, not_continued = made
        view = CaseView(session, ended)
        qtbot.addWidget(view)
        note = view.overview.ending
        assert not note.isHidden()
        text = note.text()
        assert "fann att personen inte uppfyller kriterierna för avhoppare" in text
        assert "Avsluta ärendet (Ärende › Avsluta ärende…) med skälet: Individen uppfyller " \
               "inte kriterierna för avhoppare." in text
        # The signed assessment put the case in "decided" (routed here), but the board decided
        # nothing: the status does not read "Beslutat" beside "no decision is recorded".
        assert view.case.status is CaseStatus.DECIDED
        assert view.overview._status.text() == "Kriterierna bedömda — ska avslutas"
        records = view.overview.decisions.records
        assert not records.empty.isHidden() and records.empty.text() == NONE_RECORDED
        view.close()
        # judged not to continue before anything was decided: still in the investigation
        investigated = CaseView(session, not_continued)
        qtbot.addWidget(investigated)
        assert investigated.case.status is CaseStatus.INVESTIGATION
        assert investigated.overview._status.text() == "Utredning — ska avslutas"
        investigated.close()
        other = CaseView(session, going_on)
        qtbot.addWidget(other)
        assert other.overview.ending.isHidden()
        assert other.overview._status.text() == "Kriterierna bedömda"
        # a newer signed assessment ends the process while the case is open: the Overview says
        # so once the records are read again
        assessment.assess_document(session, going_on, load_answers(not_defector), sign=True,
                                   today=date(2026, 11, 1))
        notify(ChangeKind.RECORDS, going_on)
        assert not other.overview.ending.isHidden()
        assert other.overview._status.text() == "Kriterierna bedömda — ska avslutas"
        other.close()

        due_view = DueView(session)
        qtbot.addWidget(due_view)
        due_view.scope.setCurrentIndex(1)  # the whole unit
        due_view.horizon.setValue(30)  # due two weeks after signing
        wait_read(qtbot, due_view)
        qtmodeltester.check(due_view.model)
        rows = [r for r in range(due_view.model.rowCount())
                if due_view.model.index(r, 2).data() == LABEL]
        assert len(rows) == 3  # all three cases are to be closed now
        due_view.show()
        due_view.table.setFocus()
        due_view.table.setCurrentIndex(due_view.model.index(rows[0], 0))
        with qtbot.waitSignal(due_view.open_item, timeout=5000) as opened:
            qtbot.keyClick(due_view.table, Qt.Key.Key_Return)
        assert opened.args[0] in made and opened.args[1] == "case_to_close"
        due_view.close()
        again = CaseView(session, opened.args[0])
        qtbot.addWidget(again)
        assert again.show_due_item(*opened.args[1:]) is again.overview
        again.close()
