"""The disclosure register in the case view, on a real vault: record on a covering consent,
refusals shown in the form with nothing recorded, a protected identity acknowledged, export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from conftest import UiVault
from utvag.forms import load_answers
from utvag.services import assessment, cases, disclosures
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.disclosure_form import DisclosureForm
from utvag.ui.case.disclosure_register_tab import DisclosureRegisterTab

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = ROOT / "docs" / "examples" / "answers-special-defector.json"


@pytest.fixture
def session(vault: UiVault) -> Iterator[Session]:
    opened = vault.open()
    yield opened
    opened.close()


def assessed(session: Session, protected: str = "none") -> int:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Registret Personsson", "personal_number": "19900101-0017",
        "protected_identity": protected}})
    assessment.assess_document(session, case_id, load_answers(ANSWERS), sign=True,
                               today=date(2026, 11, 1))
    return case_id


def fill(form: DisclosureForm, authority: str = "police", ground: str = "consent") -> None:
    form.channel.setCurrentIndex(form.channel.findData("police_request_answer"))
    form.recipient.setText("Polisen region Väst")
    form.authority.setCurrentIndex(form.authority.findData(authority))
    form.categories["case"].setChecked(True)
    form.ground.setCurrentIndex(form.ground.findData(ground))


def ok(form: DisclosureForm) -> None:
    button = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def shown_tab(qtbot: Any, session: Session, case_id: int, protected: bool = False,
              target: Path | None = None) -> DisclosureRegisterTab:
    tab = DisclosureRegisterTab(session, case_id, protected, choose_path=lambda _p: target)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_record_on_consent_and_refusals_that_record_nothing(
        qtbot: Any, session: Session, tmp_path: Path) -> None:
    case_id = assessed(session)
    tab = shown_tab(qtbot, session, case_id, target=tmp_path / "register.csv")
    assert tab.table.rowCount() == 0

    form = tab.open_form()
    fill(form, authority="health_care")  # the consent does not cover health care
    ok(form)
    # the field is named by its label, as everywhere on screen
    assert form.isVisible() and "Legal ground" in form.error.text()
    assert "health_care" in form.error.text()
    fill(form, ground="other")  # another ground needs words
    ok(form)
    assert form.isVisible() and "Legal ground in words" in form.error.text()
    assert disclosures.list_disclosures(session, case_id) == []
    form.ground.setCurrentIndex(form.ground.findData("duty_to_provide_on_request"))
    assert "6 kap. 5 §" in form.reference.text()  # the provision as the table cites it

    fill(form)
    ok(form)
    assert not form.isVisible()
    [entry] = disclosures.list_disclosures(session, case_id)
    assert (entry.legal_ref, entry.recipient_authority) == ("consent", "police")
    ground = tab.table.item(0, 4)
    assert tab.table.rowCount() == 1 and ground is not None and ground.text() == "Consent"
    assert "offentlighets- och sekretesslagen" in ground.toolTip()

    written = tab.export()
    assert written is not None and written.read_text(encoding="utf-8").startswith(
        "id,case_number,")
    assert "Registret" not in written.read_text(encoding="utf-8")


def test_a_protected_identity_must_be_acknowledged(qtbot: Any, session: Session) -> None:
    case_id = assessed(session, "sekretessmarkering")
    tab = shown_tab(qtbot, session, case_id, protected=True)
    form = tab.open_form()
    assert form.protected_warning.isVisible() and form.acknowledge.isVisible()
    fill(form)
    ok(form)
    assert form.isVisible() and "protected identity" in form.error.text()
    assert disclosures.list_disclosures(session, case_id) == []
    form.acknowledge.setChecked(True)
    ok(form)
    assert not form.isVisible() and len(disclosures.list_disclosures(session, case_id)) == 1


def test_the_register_is_a_page_of_the_consent_tab(qtbot: Any, session: Session) -> None:
    case_id = assessed(session)
    view = CaseView(session, case_id)
    qtbot.addWidget(view)
    view.show()
    view.setCurrentWidget(view.consent_pages)
    view.consent_pages.setCurrentWidget(view.disclosures)
    assert view.disclosures.isVisible()
    assert view.consent_pages.tabText(1) == "Disclosure register"


def test_a_crime_related_ground_needs_the_harm_test_in_the_form(
        qtbot: Any, session: Session) -> None:
    case_id = assessed(session)
    tab = shown_tab(qtbot, session, case_id)
    form = tab.open_form()
    fill(form, ground="serious_crime")
    assert "10 kap. 23 §" in form.reference.text()
    assert "requires the harm test" in form.harm_required.text()
    ok(form)
    assert form.isVisible() and "Harm test" in form.error.text()
    assert disclosures.list_disclosures(session, case_id) == []
    form.harm_test.setPlainText("Brottets allvar väger tyngre än menet för personen.")
    ok(form)
    assert not form.isVisible()
    [entry] = disclosures.list_disclosures(session, case_id)
    assert entry.legal_ref == "serious_crime"
    assert entry.harm_test == "Brottets allvar väger tyngre än menet för personen."
    form = tab.open_form()
    fill(form)  # consent: no harm test needed
    assert "not required" in form.harm_required.text()


def test_no_legal_ground_is_preset_and_none_chosen_records_nothing(
        qtbot: Any, session: Session) -> None:
    """The ground a disclosure rests on is the caseworker's choice: the form opens with none
    (a preset first ground would be recorded by anyone who only pressed OK)."""
    case_id = assessed(session)
    tab = shown_tab(qtbot, session, case_id)
    form = tab.open_form()
    assert form.ground.currentIndex() == -1 and form.reference.text() == ""
    fill(form)
    form.ground.setCurrentIndex(-1)
    ok(form)
    assert form.isVisible() and "Legal ground" in form.error.text()
    assert disclosures.list_disclosures(session, case_id) == []


def test_ok_without_a_ground_says_so_in_swedish_and_goes_to_the_ground(
        qtbot: Any, session: Session) -> None:
    """OK without a ground showed the table's keys in English ("unknown legal reference; choose
    one of consent, duty_to_report, …") in the Swedish form."""
    from PySide6.QtWidgets import QApplication

    from utvag.ui import i18n

    i18n.set_language("sv")
    case_id = assessed(session)
    form = shown_tab(qtbot, session, case_id).open_form()
    fill(form)
    form.ground.setCurrentIndex(-1)
    ok(form)
    text = form.error.text()
    assert form.isVisible() and text.startswith("Inte registrerat: Rättslig grund")
    assert not any(key in text for key in ("duty_to_report", "unknown", "choose"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.ground)
    assert disclosures.list_disclosures(session, case_id) == []
    # once a ground is chosen the refusal no longer stands beside it
    form.ground.setCurrentIndex(form.ground.findData("duty_to_provide_on_request"))
    assert form.error.text() == ""


def test_choosing_a_ground_leaves_room_for_its_note_and_the_harm_test(
        qtbot: Any, session: Session) -> None:
    """The ground's note and the harm-test hint appear when a ground is chosen: the form grows,
    so neither is drawn over the harm-test box."""
    from PySide6.QtWidgets import QApplication

    case_id = assessed(session)
    form = shown_tab(qtbot, session, case_id).open_form()
    qtbot.waitExposed(form)
    for key in ("duty_to_provide_on_request", "serious_crime", "consent"):
        form.ground.setCurrentIndex(form.ground.findData(key))
        QApplication.processEvents()
        box, hint = form.harm_test.geometry(), form.harm_required.geometry()
        assert box.bottom() < hint.top(), key
        assert form.harm_test.height() == 80, key
        assert form.reference.height() >= form.reference.heightForWidth(
            form.reference.width()), key


def test_tab_leaves_the_harm_test_for_the_time(qtbot: Any, session: Session) -> None:
    """Tab in the harm test wrote a tab character and kept the focus there: the keyboard never
    reached "When" or OK."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    case_id = assessed(session)
    form = shown_tab(qtbot, session, case_id).open_form()
    qtbot.waitExposed(form)
    form.harm_test.setFocus()
    qtbot.waitUntil(form.harm_test.hasFocus)
    qtbot.keyClicks(form.harm_test, "Brottets allvar")
    qtbot.keyClick(form.harm_test, Qt.Key.Key_Tab)
    assert form.harm_test.toPlainText() == "Brottets allvar"
    now = QApplication.focusWidget()
    assert now is not None and now is not form.harm_test
    assert now is form.when or form.when.isAncestorOf(now)


def test_every_field_of_the_form_has_its_alt_key(qtbot: Any, session: Session) -> None:
    """The form's labels had no access keys: the keyboard reached a field only by tabbing
    through all that came before it."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from utvag.ui import i18n

    for language in ("en", "sv"):
        i18n.set_language(language)
        form = shown_tab(qtbot, session, assessed(session)).open_form()
        layout = form.layout()
        assert isinstance(layout, QFormLayout)
        fields = (form.channel, form.recipient, form.authority, form.ground, form.ground_text,
                  form.harm_test, form.when)
        keys = []
        for field in fields:
            label = layout.labelForField(field)
            assert isinstance(label, QLabel) and label.buddy() is field, field
            text = label.text()
            assert "&" in text, text
            keys.append(text[text.index("&") + 1].lower())
        assert len(set(keys)) == len(keys), (language, keys)
        form.reject()
