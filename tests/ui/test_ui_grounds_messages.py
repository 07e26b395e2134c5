"""Refusals about legal grounds and transfers reach a Swedish screen whole and in Swedish: each is
one literal message in the service catalogue, not a sentence pieced together at run time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from utvag.domain.errors import DomainError
from utvag.domain.legal_grounds import check_ground
from utvag.services import disclosures
from utvag.ui import i18n
from utvag.ui.service_text import service_text


@pytest.fixture
def swedish() -> Iterator[None]:
    assert i18n.set_language("sv")
    try:
        yield
    finally:
        i18n.set_language("en")


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
