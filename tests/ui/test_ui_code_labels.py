"""The labels of stored codes: shown in the language in force when they are shown, and a code
no table knows shown as it is stored (or as the vocabulary's own "not recorded")."""

from __future__ import annotations

import pytest

from utvag.domain.concern_reports import ReporterType
from utvag.domain.high_risk import IncidentPlace
from utvag.ui.concern.concern_labels import reporter_label
from utvag.ui.role_labels import role_label
from utvag.ui.staff_safety.high_risk_labels import place_label


@pytest.mark.usefixtures("qapp", "swedish")
def test_a_label_is_in_the_language_in_force_when_shown() -> None:
    assert role_label("manager") == "Enhetschef"
    assert reporter_label(None) == "Ej registrerat"


@pytest.mark.usefixtures("qapp")
def test_a_code_no_table_knows_shows_as_stored_or_as_not_recorded() -> None:
    assert role_label("auditor") == "auditor"
    assert place_label(IncidentPlace.MEETING_ROOM) == "Meeting room"
    assert place_label("case") == "In a case"
    assert place_label("roof") == "roof"
    assert reporter_label(ReporterType.SCHOOL) == "School"
    assert reporter_label("neighbour") == "Not recorded"
    assert reporter_label(None) == "Not recorded"
