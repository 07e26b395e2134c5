"""What the services and the domain refuse reaches a Swedish screen in Swedish.

The layers below ui/ raise English messages (they know no Qt); ``service_text`` maps each onto
its template in the generated catalogue and through the Swedish translation, values kept.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bulk_vault import FAST_KDF, PASSPHRASE
from swedish_check import english_only, words

from conftest import ROOT, UiVault
from utvag.errors import UtvagError
from utvag.services import cases, followup
from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.ui import i18n
from utvag.ui.messages import known_error_text
from utvag.ui.service_catalog import TEMPLATES
from utvag.ui.service_text import service_text

PLACEHOLDERS = re.compile(r"%\d+")


def english_in(text: str) -> set[str]:
    return words(text) & english_only()


def refusal(action: Callable[[], Any]) -> UtvagError:
    with pytest.raises(UtvagError) as caught:
        action()
    return caught.value


def test_every_service_message_has_a_swedish_text_with_the_same_values() -> None:
    ts = ET.parse(ROOT / "resources" / "i18n" / "utvag_sv.ts").getroot()
    translated = {}
    for context in ts.iter("context"):
        if context.findtext("name") == "service":
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                translated[message.findtext("source")] = "".join(translation.itertext())
    assert len(TEMPLATES) > 200
    for template in TEMPLATES:
        swedish = translated.get(template)
        assert swedish, f"no Swedish text for {template!r}"
        # A value may be left out (a code beside its name), never made up.
        assert set(PLACEHOLDERS.findall(swedish)) <= set(PLACEHOLDERS.findall(template)), (
            template, swedish)


def test_refusals_of_the_services_read_in_swedish(vault: UiVault, tmp_path: Path) -> None:
    assert i18n.set_language("sv")
    with vault.open() as session:
        no_name = refusal(lambda: cases.new_case(session, {"type": "defector", "person": {
            "name": "", "birth_date": "1999-05-05"}}))
        bad_number = refusal(lambda: cases.new_case(session, {"type": "defector", "person": {
            "name": "Dana Test", "personal_number": "20010230-1234"}}))
        transferred = refusal(lambda: followup.close_case(session, 1, "handling_transferred"))
        no_keyring = refusal(lambda: session_service.enable_quick_unlock(session))
    wrong_unit = refusal(lambda: session_service.create(
        tmp_path / "other", "Hisingen", PASSPHRASE, kdf=FAST_KDF, allow_weak_kdf=True,
        policy=Policy(own_unit="Centrum", keyring_allowed=False)))
    errors = {"no name": no_name, "bad number": bad_number, "transferred": transferred,
              "no keyring": no_keyring, "wrong unit": wrong_unit}
    shown = {name: known_error_text(error) for name, error in errors.items()}
    for name, text in shown.items():
        assert english_in(str(errors[name])), f"the service's own text is English: {name}"
        assert not english_in(text), f"{name}: {text!r}"
        assert "_" not in text and "person." not in text, text
    assert shown["wrong unit"] == ("Policyn anger Centrum som den här datorns enhet; "
                                   "Hisingen tillåts inte.")
    assert shown["transferred"] == ("Ett ärende avslutas som överfört genom att dess "
                                    "överföringspaket skickas.")
    assert shown["no keyring"] == ("Snabbupplåsning via systemets nyckelring tillåts inte av "
                                   "policyn.")
    assert service_text("No secure system keyring is available; quick unlock cannot be used "
                        "here.") == ("Det finns ingen säker nyckelring i systemet; "
                                     "snabbupplåsning kan inte användas här.")
    # In English the same refusals are as the services wrote them (field names as labels).
    assert i18n.set_language("en")
    assert known_error_text(wrong_unit) == str(wrong_unit)


def test_values_and_field_names_are_kept_in_the_sentence() -> None:
    assert i18n.set_language("sv")
    assert service_text("Unknown unit Mars; choose one of Centrum, SAV.") == (
        "Okänd enhet Mars; välj en av Centrum, SAV.")
    assert service_text("person.name must not be empty.") == "Namn: fältet får inte vara tomt."
    assert service_text("The vault is locked. (and 2 more problems)") == (
        "Valvet är låst. (och 2 till)")
    assert service_text("legal_ref: the consent does not cover the Police (police); choose "
                        "another legal ground.") == (
        "Rättslig grund: samtycket omfattar inte Polismyndigheten; välj en annan rättslig grund.")
    # A message nobody knows is shown as it came rather than lost.
    assert service_text("Something new from a later version") == (
        "Something new from a later version")


def test_no_template_keeps_a_field_prefix_in_front_of_a_value() -> None:
    """"concern_report.%1 must …" showed "concern_report." in English before the field's label:
    a field is passed whole (``concern_report.feedback_given_at``) and shown by its label."""
    prefixed = [t for t in TEMPLATES if re.search(r"[a-z_]\.%\d", t)]
    assert prefixed == []


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "The feedback's time must not be before the report was received."),
    ("sv", "Återkopplingens tidpunkt får inte vara före det att anmälan kom in."),
])
def test_a_concern_report_refusal_names_the_field_by_its_label(
        language: str, expected: str) -> None:
    from datetime import UTC, datetime

    from utvag.domain.errors import DomainError
    from utvag.domain.follow_up_records import ConcernReport

    received = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with pytest.raises(DomainError) as caught:
        ConcernReport(received, feedback_given_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    assert i18n.set_language(language)
    try:
        assert service_text(str(caught.value)) == expected
    finally:
        i18n.set_language("en")


def test_a_refusal_built_by_the_shared_input_reader_reads_in_swedish() -> None:
    """``inputs.invalid(field, "must be …")`` is how every service words a refused value; its
    sentence part is in the catalogue like the other refusals, so no English reaches a Swedish
    screen (it was missed once because the reader's public name was not looked for)."""
    from utvag.services import inputs

    with pytest.raises(UtvagError) as caught:
        inputs.record_ids("12", "attachment_ids")
    assert i18n.set_language("sv")
    try:
        shown = known_error_text(caught.value)
        assert shown == "Bilagor: måste vara en lista med id för poster", shown
    finally:
        i18n.set_language("en")
