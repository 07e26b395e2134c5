"""The assessment wizard, walked by keyboard on a real vault: draft at every step, resume, field
errors, the summary and sign-off, supersession, and printing to PDF after a warning."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import focused, press

from utvag.domain.units import Unit
from utvag.errors import RefusedError
from utvag.forms import FieldType
from utvag.services import assessment as assessment_service
from utvag.services import audit_log, cases
from utvag.services import session as session_service
from utvag.services.session import Session
from utvag.ui.assessment import AssessmentDialog
from utvag.ui.assessment.fields import MultiChoiceEditor, _ButtonsEditor
from utvag.ui.assessment.history_model import AssessmentHistoryModel
from utvag.ui.assessment.screens import draft_until
from utvag.ui.assessment.step_page import FieldRow
from utvag.ui.case.case_view import CaseView
from utvag.vault.kdf import KdfParams

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 1)
NO = Qt.KeyboardModifier.NoModifier


def example(kind: str) -> dict[str, Any]:
    data = json.loads((ROOT / "docs" / "examples" / f"answers-{kind}.json").read_text("utf-8"))
    return {k: v for k, v in data["answers"].items() if v is not None}


DISTRICT = example("district-defector")
SPECIAL = example("special-defector")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _recovery = session_service.create(
        tmp_path / "vault", "Hisingen", "a long passphrase here",
        kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1), allow_weak_kdf=True)
    with opened:
        yield opened


def new_defector_case(session: Session, name: str = "Alva Exempelsson") -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": name, "birth_date": "2001-04-12", "district": "Hisingen"}})


def show_case(qtbot: Any, session: Session, case_id: int) -> CaseView:
    view = CaseView(session, case_id)
    view.assessment.today = lambda: TODAY
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def open_wizard(qtbot: Any, view: CaseView) -> AssessmentDialog:
    """Alt+S to the Assessment tab, Tab to its button, Space to press it."""
    view.setFocus()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert view.currentWidget() is view.assessment
    view.assessment.start_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    dialog = view.assessment.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


# -- typing answers ----------------------------------------------------------------------------


def type_text(qtbot: Any, text: str) -> None:
    """Type into the focused widget; QTest only knows ASCII keys, so "å", "ä" and "ö" go as
    key events that carry their text, as a Swedish keyboard sends them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(focused(), char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, 0, NO, char))


def choose_button(qtbot: Any, editor: _ButtonsEditor, target: int) -> None:
    """Radio buttons by keyboard: Space checks the focused one, arrow keys move the check."""
    current = editor.group.checkedId()
    if current < 0:
        press(qtbot, Qt.Key.Key_Space)
        current = 0
    step = Qt.Key.Key_Down if target > current else Qt.Key.Key_Up
    for _ in range(abs(target - current)):
        press(qtbot, step)
    assert editor.group.checkedId() == target


def answer_row(qtbot: Any, row: FieldRow, value: Any) -> None:
    """Give ``value`` to the focused question by keyboard and Tab on to the next one."""
    editor = row.editor
    assert focused() in editor.focus_widgets(), (row.field.id, focused())
    kind = row.field.type
    if kind in (FieldType.BOOL, FieldType.CHOICE) and isinstance(editor, _ButtonsEditor):
        if value is not None:
            values = [True, False] if kind is FieldType.BOOL else list(row.field.choice_values)
            choose_button(qtbot, editor, values.index(value))
    elif isinstance(editor, MultiChoiceEditor):
        wanted = set(value or ())
        for choice, box in editor.boxes:
            assert focused() is box
            if box.isChecked() != (choice in wanted):
                press(qtbot, Qt.Key.Key_Space)
            if box is not editor.boxes[-1][1]:
                press(qtbot, Qt.Key.Key_Tab)
    else:
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if value is None:
            press(qtbot, Qt.Key.Key_Delete)
        else:
            type_text(qtbot, str(value))
    assert editor.value() == (value if value not in ([], "") else None), row.field.id
    press(qtbot, Qt.Key.Key_Tab)


def answer_page(qtbot: Any, dialog: AssessmentDialog, answers: dict[str, Any], *,
                leave_out: tuple[str, ...] = ()) -> None:
    """Answer every question shown, in Tab order; questions appear as earlier answers ask."""
    page = dialog.page
    assert page is not None
    for row in page.rows:
        if row.field.id in page.shown_ids():
            answer_row(qtbot, row, None if row.field.id in leave_out else answers.get(row.field.id))


def next_by_keyboard(qtbot: Any, dialog: AssessmentDialog) -> None:
    """Enter: Next (the focus is on a button or a one-line field after the last answer)."""
    press(qtbot, Qt.Key.Key_Return)


def back_by_keyboard(qtbot: Any, dialog: AssessmentDialog) -> None:
    """Alt+B: the button's mnemonic clicks it after its short press animation."""
    before = dialog.state.current_step
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.state.current_step != before)


def walk(qtbot: Any, dialog: AssessmentDialog, answers: dict[str, Any],
         until: str | None = None) -> list[str]:
    visited = []
    while dialog.state.current_step is not None and dialog.state.current_step != until:
        visited.append(dialog.state.current_step)
        answer_page(qtbot, dialog, answers)
        next_by_keyboard(qtbot, dialog)
        assert visited[-1] in dialog.state.history, dialog.page and dialog.page.error_texts()
    return visited


def stored(session: Session, case_id: int) -> tuple[str | None, dict[str, Any]]:
    row = next(r for r in assessment_service.history(session, case_id) if r.state == "draft")
    return row.current_step, row.answers


# -- tests -------------------------------------------------------------------------------------


def test_walk_by_keyboard_from_first_page_to_sign_off(qtbot: Any, session: Session) -> None:
    case_id = new_defector_case(session)
    view = show_case(qtbot, session, case_id)
    assert view.assessment.start_button.text() == "Start &assessment…"
    dialog = open_wizard(qtbot, view)
    assert dialog.state.current_step == "person" and not dialog.back_button.isEnabled()

    walk(qtbot, dialog, DISTRICT, until="belongs")
    # The draft is saved at every step change.
    assert stored(session, case_id)[0] == "belongs"

    # Criterion 1 with only the individual as source; Next, then Alt+B back and add the Police.
    answer_page(qtbot, dialog, {**DISTRICT, "belongs_sources": ["individual"]})
    next_by_keyboard(qtbot, dialog)
    assert dialog.state.current_step == "wants_to_leave"
    back_by_keyboard(qtbot, dialog)
    assert dialog.state.current_step == "belongs"
    assert stored(session, case_id)[0] == "belongs"
    assert dialog.page is not None
    rows = {row.field.id: row for row in dialog.page.rows}
    assert rows["belongs_evidence"].editor.value() == DISTRICT["belongs_evidence"]
    assert rows["belongs_sources"].editor.value() == ["individual"]
    answer_page(qtbot, dialog, DISTRICT)
    next_by_keyboard(qtbot, dialog)
    assert dialog.state.answers["belongs_sources"] == ["individual", "police"]

    # A missing required answer: named next to the question, with its rule, focus moved there.
    assert dialog.state.current_step == "wants_to_leave"
    answer_page(qtbot, dialog, DISTRICT, leave_out=("wants_to_leave_evidence",))
    next_by_keyboard(qtbot, dialog)
    assert dialog.state.current_step == "wants_to_leave"
    assert dialog.page is not None
    assert dialog.page.error_texts() == {
        "wants_to_leave_evidence": "⚠ An answer is required."}
    evidence = {r.field.id: r for r in dialog.page.rows}["wants_to_leave_evidence"]
    assert focused() is evidence.editor.focus_widget()
    type_text(qtbot, DISTRICT["wants_to_leave_evidence"])
    assert dialog.page.error_texts() == {}
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Next from a text box
    assert dialog.state.current_step == "motivation"

    walk(qtbot, dialog, DISTRICT, until="threat")
    visited = walk(qtbot, dialog, DISTRICT)
    assert "special_circumstances" in visited and dialog.state.finished
    assert dialog.outcome is not None and dialog.outcome.route_to is Unit.HISINGEN
    summary = dialog.summary.toPlainText()
    assert "Defector, handled by Hisingen" in summary and "Special defector\nNo" in summary
    assert summary.count("✓") == 4 and "✗" not in summary
    assert "Within Gothenburg" in summary
    assert "Low threat: the case is handled by the board of the district" in summary

    # Sign (Enter), confirm (Enter on the confirmation); then read-only.
    assert focused() is dialog.sign_button
    next_by_keyboard(qtbot, dialog)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Sign the assessment?"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert dialog.is_signed and "Signed by" in dialog.summary.toPlainText()
    assert not dialog.back_button.isVisible() and not dialog.next_button.isVisible()
    assert dialog.print_button.isVisible()
    with pytest.raises(RefusedError):
        assessment_service.save_draft(session, dialog.row.id, dialog.state)
    current = assessment_service.current(session, case_id)
    assert current is not None and current[1].route_to is Unit.HISINGEN

    # Closing shows the assessment in force on the tabs.
    dialog.close_button.click()
    qtbot.waitUntil(lambda: view.assessment.dialog is None)
    assert view.assessment.start_button.text() == "New &assessment…"
    assert "Defector, handled by Hisingen" in view.assessment.summary.toPlainText()
    threat = view.threat.values()
    assert threat["Threat level:"] == "Low" and threat["Police reference:"] == "POL-2026-0001"
    assert threat["Review date:"] == "2027-01-15"
    assert threat["Need to relocate:"] == "Within Gothenburg"
    consent = view.consent.values()
    assert consent["Date the consent was given:"] == "2026-10-02"
    assert consent["Has the consent been withdrawn?"] == "No"
    actions = [e.action for e in audit_log.entries(session, case_id)]
    assert actions.count("assessment.draft") >= 14 and actions[-1] == "assessment.sign"


def test_close_midway_and_resume_the_draft(qtbot: Any, session: Session) -> None:
    case_id = new_defector_case(session)
    view = show_case(qtbot, session, case_id)
    dialog = open_wizard(qtbot, view)
    walk(qtbot, dialog, DISTRICT, until="consent")
    answered = dict(dialog.state.answers)
    # Half the consent page, then Escape: the draft keeps the valid answers and the step.
    page = dialog.page
    assert page is not None
    answer_row(qtbot, page.rows[0], True)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.assessment.dialog is None)
    assert stored(session, case_id) == ("consent", {**answered, "consent_given": True,
                                                    "__history__": list(dialog.state.history)})
    assert "A draft is open" in view.assessment.status.text()
    assert view.threat.values() == {}  # nothing signed yet
    assert view.threat.text() == "No threat assessment from the Police is recorded."
    assert view.consent.text() == "No consent is recorded."

    # Reopen the case: Resume lands on the same step with every answer in place.
    view.close()
    view = show_case(qtbot, session, case_id)
    assert view.assessment.start_button.text() == "Resume &assessment…"
    dialog = open_wizard(qtbot, view)
    assert dialog.state.current_step == "consent"
    assert dialog.state.answers == {**answered, "consent_given": True}
    assert dialog.page is not None
    rows = {r.field.id: r for r in dialog.page.rows}
    assert rows["consent_given"].editor.value() is True
    assert focused() is rows["consent_given"].editor.focus_widget()
    # Conditional questions follow the answers live.
    assert rows["consent_authorities"].question.isVisible()
    press(qtbot, Qt.Key.Key_Right)  # No
    assert not rows["consent_authorities"].question.isVisible()
    press(qtbot, Qt.Key.Key_Left)  # Yes again
    assert rows["consent_authorities"].question.isVisible()
    back_by_keyboard(qtbot, dialog)
    assert dialog.state.current_step == "womens_roles"
    assert dialog.page is not None
    assert dialog.page.rows[0].field.id == "womens_roles_considered"


def test_high_threat_routes_to_sav_and_a_new_assessment_supersedes(
        qtbot: Any, session: Session) -> None:
    case_id = new_defector_case(session)
    draft_until(session, case_id, DISTRICT, None, today=TODAY)
    first, _state = assessment_service.start_or_resume(session, case_id)
    assessment_service.sign(session, first.id, today=TODAY)
    view = show_case(qtbot, session, case_id)
    assert view.threat.values()["Threat level:"] == "Low"

    dialog = open_wizard(qtbot, view)  # "New assessment…"
    assert dialog.row.id != first.id and dialog.state.current_step == "person"
    visited = walk(qtbot, dialog, SPECIAL)
    assert "special_circumstances" not in visited
    summary = dialog.summary.toPlainText()
    assert "Special defector, handled by SAV (central defector unit)" in summary
    assert "Away from Gothenburg" in summary and "Special defector\nYes" in summary
    dialog.sign()
    dialog.reject()
    qtbot.waitUntil(lambda: view.assessment.dialog is None)

    rows = assessment_service.history(session, case_id)
    assert [(r.state, r.superseded_by) for r in rows] == [("signed", dialog.row.id),
                                                         ("signed", None)]
    model = view.assessment.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Superseded",
                                                                          "In force"]
    assert model.index(1, 4).data() == "Special defector, handled by SAV (central defector unit)"
    assert view.threat.values()["Threat level:"] == "High"
    assert "handled by SAV" in view.assessment.summary.toPlainText()


def test_history_model_is_a_well_behaved_model(qtmodeltester: Any, session: Session) -> None:
    case_id = new_defector_case(session)
    draft_until(session, case_id, DISTRICT, None, today=TODAY)
    model = AssessmentHistoryModel(assessment_service.history(session, case_id))
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Draft"


def test_print_to_pdf_only_after_the_warning(qtbot: Any, session: Session,
                                             tmp_path: Path) -> None:
    case_id = new_defector_case(session)
    draft_until(session, case_id, DISTRICT, None, today=TODAY)
    row, _state = assessment_service.start_or_resume(session, case_id)
    assessment_service.sign(session, row.id, today=TODAY)
    view = show_case(qtbot, session, case_id)
    out = tmp_path / "out"
    out.mkdir()

    def prints() -> int:
        return [e.action for e in audit_log.entries(session, case_id)].count("assessment.print")

    tab = view.assessment
    view.setCurrentWidget(tab)
    tab.print_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "NOT be encrypted" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter = the default, Cancel
    assert tab.export is not None and tab.export.file_dialog is None
    assert list(out.iterdir()) == [] and prints() == 0

    press(qtbot, Qt.Key.Key_Space)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Save).click()
    assert tab.export is not None
    chooser = tab.export.file_dialog
    assert chooser is not None and chooser.isVisible()
    chooser.selectFile(str(out / "bedomning.pdf"))
    chooser.accept()
    export = tab.export  # the PDF is written off the GUI thread
    qtbot.waitUntil(lambda: export.writing is not None and export.writing.done.is_set(),
                    timeout=15000)
    written = out / "bedomning.pdf"
    assert list(out.iterdir()) == [written]
    assert written.read_bytes().startswith(b"%PDF")
    assert prints() == 1
    entry = audit_log.entries(session, case_id)[-1]
    assert entry.action == "assessment.print"


def test_printing_a_protected_persons_summary_warns_again(qtbot: Any, session: Session) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Gömd Skyddsperson", "birth_date": "2001-04-12", "district": "Hisingen",
        "protected_identity": "skyddad_folkbokforing"}})
    draft_until(session, case_id, DISTRICT, None, today=TODAY)
    row, _state = assessment_service.start_or_resume(session, case_id)
    assessment_service.sign(session, row.id, today=TODAY)
    view = show_case(qtbot, session, case_id)
    tab = view.assessment
    assert "Skyddsperson" not in tab.summary.toPlainText()
    export = tab.print_pdf()
    assert export is not None and export.warning is not None
    text = export.warning.text()
    assert "NOT be encrypted" in text and "protected identity" in text
    assert "disclosure register" in text
    export.warning.button(QMessageBox.StandardButton.Cancel).click()
    plain = new_defector_case(session, "Öppen Person")
    draft_until(session, plain, DISTRICT, None, today=TODAY)
    other, _state = assessment_service.start_or_resume(session, plain)
    assessment_service.sign(session, other.id, today=TODAY)
    view = show_case(qtbot, session, plain)
    export = view.assessment.print_pdf()
    assert export is not None and export.warning is not None
    assert "protected identity" not in export.warning.text()
    export.warning.button(QMessageBox.StandardButton.Cancel).click()


def test_consent_step_warns_when_the_route_needs_a_transfer_the_consent_does_not_cover(
        qtbot: Any, session: Session) -> None:
    """The signed assessment used to route the case to SAV with a consent that, by the transfer's
    rule, did not cover another board: the transfer was then refused."""
    case_id = new_defector_case(session)  # held by Hisingen, belonging to Hisingen
    view = show_case(qtbot, session, case_id)
    dialog = open_wizard(qtbot, view)
    answers = {**SPECIAL, "belonging": "Hisingen",
               "consent_authorities": ["police", "prison_probation"]}
    walk(qtbot, dialog, answers, until="consent")
    page = dialog.page
    assert page is not None
    answer_page(qtbot, dialog, answers)
    # Before the threat is assessed, SAV is only possible: said as a possibility.
    assert page.notice.isVisible()
    assert page.notice.text().startswith("If the threat is assessed as high")
    assert "Annan socialtjänst" in page.notice.text()
    next_by_keyboard(qtbot, dialog)
    walk(qtbot, dialog, answers, until="protection")  # the threat step: high
    while dialog.state.current_step != "consent":
        back_by_keyboard(qtbot, dialog)
    page = dialog.page
    assert page is not None and page.notice.isVisible()
    assert page.notice.text().startswith("The case is routed to SAV")
    assert "will be refused" in page.notice.text()

    # Adding "Annan socialtjänst" to the consent removes the warning while typing.
    rows = {row.field.id: row for row in page.rows}
    rows["consent_authorities"].editor.set_value(
        ["police", "prison_probation", "other_social_services"])
    page.changed.emit()
    assert not page.notice.isVisible()


def test_no_consent_warning_when_the_case_stays_with_its_board(
        qtbot: Any, session: Session) -> None:
    case_id = new_defector_case(session)
    view = show_case(qtbot, session, case_id)
    dialog = open_wizard(qtbot, view)
    walk(qtbot, dialog, DISTRICT, until="protection")  # low threat, Hisingen → Hisingen
    while dialog.state.current_step != "consent":
        back_by_keyboard(qtbot, dialog)
    assert dialog.page is not None and not dialog.page.notice.isVisible()
