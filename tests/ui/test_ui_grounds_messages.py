"""Refusals about legal grounds and transfers reach a Swedish screen whole and in Swedish: each is
one literal message in the service catalogue, not a sentence pieced together at run time; and
a refusal whose remedy is in the Unit keys dialog names that menu, not a command."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from conftest import UiVault
from utvag.domain.errors import DomainError
from utvag.domain.legal_grounds import check_ground
from utvag.errors import UtvagError, ValidationError
from utvag.services import disclosures
from utvag.ui import i18n
from utvag.ui.messages import known_error_text
from utvag.ui.service_catalog import TEMPLATES
from utvag.ui.service_text import UNIT_KEYS_REMEDIES, service_text


def test_a_police_only_ground_refused_for_another_board_reads_in_swedish(swedish: None) -> None:
    ground = disclosures.load_grounds().get("person_under_21")
    with pytest.raises(DomainError) as caught:
        check_ground(ground, "other_social_services", "Vägt.", None, date(2026, 1, 15))
    assert service_text(str(caught.value)) == (
        "Rättslig grund: grunden 'person_under_21' medger inte att uppgifter lämnas till annan "
        "socialtjänst; den gäller bara Polismyndigheten. Välj en annan rättslig grund.")


def test_an_unknown_legal_reference_reads_in_swedish(swedish: None) -> None:
    with pytest.raises(DomainError) as caught:
        disclosures.load_grounds().get("sol_14_1")
    text = service_text(str(caught.value))
    assert text.startswith("Rättslig grund: okänd rättslig grund; välj en av consent, ")
    assert "unknown" not in text and "choose" not in text


def test_consulting_sav_without_its_card_points_to_the_menu_not_a_command(
        vault: UiVault, tmp_path: Path) -> None:
    """A caseworker in the app is told where to trust SAV's card, never to run a command."""
    from utvag.services.consultation import send as consultation_send

    with vault.open() as session, pytest.raises(UtvagError) as caught:
        consultation_send.send_consultation(session, 1, tmp_path / "konsultation.utvp",
                                            question="special_defector")
    assert isinstance(caught.value, ValidationError)
    assert caught.value.rule == "recipient_untrusted"
    assert "utvag " not in str(caught.value)
    assert list(tmp_path.glob("*.utvp")) == []
    assert i18n.set_language("sv")
    try:
        assert known_error_text(caught.value) == (
            "Valvet litar inte på något nyckelkort för SAV: byt nyckelkort, bekräfta "
            "fingeravtrycket per telefon och lita på kortet först (Arkiv › Enhetens nycklar…).")
    finally:
        i18n.set_language("en")
    assert known_error_text(caught.value) == (
        "This vault trusts no key card for SAV: exchange key cards, confirm the fingerprint by "
        "phone and trust the card first (File › Unit keys…).")


def test_every_refusal_the_app_points_to_unit_keys_for_is_a_service_message() -> None:
    assert set(TEMPLATES) >= UNIT_KEYS_REMEDIES


def test_no_service_message_tells_the_app_user_to_run_a_key_command() -> None:
    assert [t for t in TEMPLATES if "utvag keys" in t] == []


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_app_names_no_command_for_a_service_refusal(language: str) -> None:
    """Every catalogued refusal that names a command for the command line reads, in the app,
    as where the app does it or who does it; the two the unlock screen words itself (no vault
    here, a damaged database) never reach ``service_text``."""
    from utvag.errors import IntegrityError, VaultNotFoundError
    from utvag.vault.database import DAMAGED

    own_screen = {DAMAGED, "There is no vault at %1. Create one with 'utvag init'."}
    naming = [t for t in TEMPLATES if "utvag " in t]
    assert len(naming) >= 5
    assert i18n.set_language(language)
    try:
        for template in naming:
            if template in own_screen:
                continue
            message = re.sub(r"%\d+", "X", template)
            assert "utvag " not in service_text(message), template
        assert "utvag " not in known_error_text(IntegrityError(DAMAGED))
        assert "utvag " not in known_error_text(VaultNotFoundError("There is no vault at /x. "
                                                                   "Create one with 'utvag init'."))
        rekey = service_text("A rekey is unfinished; run 'utvag rekey' before making a backup.")
        assert rekey == {"en": "A rekey is unfinished; ask your administrator to finish it "
                               "before making a backup.",
                         "sv": "En omkryptering är inte klar; be administratören att slutföra "
                               "den innan du gör en säkerhetskopia."}[language]
    finally:
        i18n.set_language("en")
