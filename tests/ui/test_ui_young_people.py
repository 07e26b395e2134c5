"""A young person's case in the app, on a real vault: the Guardians tab (who may not be
contacted is said on the row), the positions on the consent beside the consent, and the
assessment wizard's steps for a minor with the guardians who may not be contacted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from utvag.services import cases, young_people
from utvag.services import session as session_service
from utvag.services.session import Session
from utvag.ui.assessment import AssessmentDialog
from utvag.ui.case.case_view import CaseView
from utvag.ui.vault_events import ChangeKind, notify
from utvag.vault.kdf import KdfParams


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _recovery = session_service.create(
        tmp_path / "vault", "Hisingen", "a long passphrase here",
        kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1), allow_weak_kdf=True)
    with opened:
        yield opened


def new_case(session: Session, born: str) -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": "Ung Exempelsson", "birth_date": born, "district": "Hisingen"}})


def view_of(qtbot: Any, session: Session, case_id: int) -> CaseView:
    view = CaseView(session, case_id)
    qtbot.addWidget(view)
    return view


def test_an_adult_has_no_guardians_tab(qtbot: Any, session: Session) -> None:
    view = view_of(qtbot, session, new_case(session, "1999-05-05"))
    assert view.guardians is None and view.positions is None
    assert view.consent_pages.count() == 2


def test_guardians_are_added_and_one_who_may_not_be_contacted_says_so(
        qtbot: Any, qtmodeltester: Any, session: Session) -> None:
    case_id = new_case(session, "2012-03-04")
    view = view_of(qtbot, session, case_id)
    tab = view.guardians
    assert tab is not None and view.tabText(view.indexOf(tab)) == "&Young person"
    assert "turns 18 on 2030-03-04" in tab.age.text()
    assert tab.records.model.rowCount() == 0

    dialog = tab.open_add()
    dialog.name.setText("Pappa Exempelsson")  # type: ignore[attr-defined]
    dialog.barred.setChecked(True)  # type: ignore[attr-defined]
    assert not dialog.submit()  # no reason: refused in the dialog, nothing stored
    assert "no_contact_reason" in dialog.error.text()
    assert young_people.guardians(session, case_id) == []
    dialog.reason.setText("Del av hotbilden")  # type: ignore[attr-defined]
    assert dialog.submit()
    dialog = tab.open_add()
    dialog.name.setText("Mamma Exempelsson")  # type: ignore[attr-defined]
    dialog.contact.setText("070-222")  # type: ignore[attr-defined]
    assert dialog.submit()

    model = tab.records.model
    qtmodeltester.check(model)
    cells = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert cells[0] == ["Pappa Exempelsson", "—", "NO — may not be contacted: Del av hotbilden"]
    assert cells[1] == ["Mamma Exempelsson", "070-222", "Yes"]


def test_positions_on_the_consent_are_asked_for_each_guardian(
        qtbot: Any, qtmodeltester: Any, session: Session) -> None:
    case_id = new_case(session, "2012-03-04")
    father = young_people.add_guardian(session, case_id, {
        "name": "Pappa", "may_contact": False, "no_contact_reason": "Del av hotbilden"})
    young_people.add_guardian(session, case_id, {"name": "Mamma"})
    view = view_of(qtbot, session, case_id)
    page = view.positions
    assert page is not None and view.consent_pages.tabText(2) == "Positions (under 18)"
    assert "No position recorded for" in page.summary.text()

    dialog = page.open_record()
    rows = dialog.guardian_rows  # type: ignore[attr-defined]
    barred = next(box for gid, box, _note in rows if gid == father)
    assert [barred.itemData(i) for i in range(barred.count())] == [None, "not_asked"]
    assert "Del av hotbilden" in " ".join(
        w.text() for w in dialog.findChildren(type(dialog.intro)) if w.objectName()
        == "noContactWarning")
    dialog.young.setCurrentIndex(dialog.young.findData("agrees"))  # type: ignore[attr-defined]
    barred.setCurrentIndex(1)
    other = next(box for gid, box, _note in rows if gid != father)
    other.setCurrentIndex(other.findData("opposes"))
    assert dialog.submit(), dialog.error.text()

    qtmodeltester.check(page.records.model)
    model = page.records.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "Agrees", "Not asked", "Opposes"]
    assert not page.summary.text().startswith("No position")


def test_the_wizard_asks_a_minor_about_conversations_and_names_who_may_not_be_contacted(
        qtbot: Any, session: Session) -> None:
    case_id = new_case(session, "2012-03-04")
    young_people.add_guardian(session, case_id, {
        "name": "Pappa", "may_contact": False, "no_contact_reason": "Del av hotbilden"})
    dialog = AssessmentDialog.open_for_case(session, case_id)
    qtbot.addWidget(dialog)
    assert dialog.page is not None and dialog.page.step.id == "person"
    assert "person_minor" not in [row.field.id for row in dialog.page.rows]  # a fact
    dialog.page.rows[0].editor.set_value("Hisingen")
    dialog.go_next()
    assert dialog.page is not None and dialog.page.step.id == "minor_conversations"
    assert dialog.page.notice.text() == "May not be contacted: Pappa (Del av hotbilden)."
    dialog.reject()


def test_the_wizard_for_an_adult_skips_the_minor_steps(qtbot: Any, session: Session) -> None:
    dialog = AssessmentDialog.open_for_case(session, new_case(session, "1999-05-05"))
    qtbot.addWidget(dialog)
    assert dialog.page is not None
    dialog.page.rows[0].editor.set_value("Hisingen")
    dialog.go_next()
    assert dialog.page is not None and dialog.page.step.id == "milieu"
    dialog.reject()


def test_the_consent_step_of_a_minor_asks_for_the_positions(qtbot: Any,
                                                             session: Session) -> None:
    from dataclasses import replace

    from utvag.services import assessment as assessment_service

    case_id = new_case(session, "2012-03-04")
    young_people.add_guardian(session, case_id, {
        "name": "Pappa", "may_contact": False, "no_contact_reason": "Del av hotbilden"})
    row, state = assessment_service.start_or_resume(session, case_id)
    state = replace(state, answers={**state.answers, "belonging": "Hisingen"},
                    current_step="consent", history=("person",))
    dialog = AssessmentDialog(session, row, state)
    qtbot.addWidget(dialog)
    assert dialog.page is not None and dialog.page.step.id == "consent"
    notice = dialog.page.notice.text()
    assert "under 18" in notice and "Positions (under 18)" in notice
    assert "May not be contacted: Pappa (Del av hotbilden)." in notice
    dialog.reject()


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_alt_letter_of_a_young_persons_case_reaches_one_thing(
        language: str, make_window: Any, qtbot: Any, tmp_path: Path, ui_policy: Any) -> None:
    from test_ui_keyboard import assert_unambiguous
    from ui_support import unlock_with_keyboard

    from conftest import create_vault
    from utvag.ui import i18n

    def fill(session: Session) -> None:
        case_id = new_case(session, "2012-03-04")
        young_people.add_guardian(session, case_id, {"name": "Mamma"})

    vault = create_vault(tmp_path / "vault", ui_policy, fill=fill)
    assert i18n.set_language(language)
    try:
        window = make_window(vault.directory, vault.policy)
        unlock_with_keyboard(qtbot, window, vault.passphrase)
        workspace = window.workspace
        assert workspace is not None
        view = workspace.open_case(workspace.model.case_id(0))
        assert view.guardians is not None
        for index in range(view.count()):
            view.setCurrentIndex(index)
            assert_unambiguous(window, f"tab {view.tabText(index)!r}")
        view.setCurrentWidget(view.guardians)
        view.guardians.records.table.selectRow(0)
        assert_unambiguous(window, "guardians, a row selected")
        view.setCurrentWidget(view.consent_pages)
        view.consent_pages.setCurrentIndex(2)
        assert_unambiguous(window, "positions on the consent")
        for dialog in (view.guardians.open_add(), view.guardians.open_contact(),
                       view.positions.open_record() if view.positions else None):
            assert dialog is not None
            assert_unambiguous(dialog, dialog.objectName())
            dialog.reject()
    finally:
        i18n.set_language("en")


def test_a_protected_guardian_asks_for_the_reveal_in_the_transfer_dialog(
        qtbot: Any, session: Session) -> None:
    from utvag.ui.transfer.export_dialog import TransferCaseDialog

    case_id = new_case(session, "2012-03-04")
    young_people.add_guardian(session, case_id, {"name": "Skyddad Mamma",
                                                 "protected_identity": "sekretessmarkering"})
    dialog = TransferCaseDialog(session, cases.get_case(session, case_id))
    qtbot.addWidget(dialog)
    assert dialog.protected and not dialog.person_protected
    assert dialog.reveal.isVisibleTo(dialog)
    assert dialog.reveal_note.text().startswith("A guardian has a protected identity")


def test_the_positions_page_says_the_consent_was_given_while_under_18(
        qtbot: Any, session: Session) -> None:
    import json

    from utvag.forms import AnswersDocument
    from utvag.services import assessment as assessment_service

    case_id = new_case(session, "2012-03-04")
    view = view_of(qtbot, session, case_id)
    page = view.positions
    assert page is not None and "under 18" not in page.summary.text()
    root = Path(__file__).resolve().parents[2]
    data = json.loads((root / "docs" / "examples" / "answers-young-defector.json")
                      .read_text(encoding="utf-8"))
    answers = {k: v for k, v in data["answers"].items() if v is not None}
    assessment_service.assess_document(session, case_id, AnswersDocument(
        data["form"], data["version"], answers), sign=True)
    notify(ChangeKind.RECORDS, case_id)  # as after signing it in the wizard
    assert "The consent was given while the person was under 18." in page.summary.text()
