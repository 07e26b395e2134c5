"""A case's content never shows in the repr of what the services read, send and receive.

Canary words are planted in the person, a journal note, an attachment's file name, a need and
its follow-up, the guardians and the positions on the consent; the case is read, previewed,
exported, parsed from its own ``case.json``, previewed and imported at the receiving unit and
read there. Every object on the way holds the canaries (the caseworker sees them) and none shows
them in its ``repr``, which is what reaches exception text, tracebacks and logs.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from transfer_service_helpers import Unit, special_defector_case

from utvag.domain.personal_number import luhn_check_digit
from utvag.services import audit_log, cases, followup, needs, transfer, young_people
from utvag.services.transfer.payload import build_case, parse_case

CANARY = "Kanarie"
DIGITS = "100305238"  # born 2010-03-05: a young person, so guardians and positions apply
NUMBER = f"20{DIGITS[:6]}-{DIGITS[6:]}{luhn_check_digit(DIGITS)}"
PERSON = {"name": "Kanarieperson Fiktiv", "personal_number": NUMBER,
          "address": "Kanariegatan 1, Göteborg", "protected_identity": "none",
          "district": "Nordost"}


def _case_with_canaries(unit: Unit) -> int:
    session = unit.session
    case_id = special_defector_case(unit, person=PERSON)
    cases.add_note(session, case_id, "Kanarieanteckning: träffade individen.", sign=True)
    cases.attach(session, case_id, io.BytesIO(b"%PDF-1.4"), "Kanariebilaga.pdf")
    housing = followup.add_intervention(session, case_id, {
        "type": "protected_housing", "urgency": "urgent", "decided_on": "2026-10-01"})
    need = needs.add_need(session, case_id, {
        "area": "safety_housing", "identified_on": "2026-09-30",
        "description": "Kanariebehov: boende utanför staden", "interventions": [housing]})
    needs.record_followup(session, need, {"intervention_id": housing, "held_on": "2026-10-20",
                                          "outcome": "partly", "note": "Kanarieuppföljning"})
    mother = young_people.add_guardian(session, case_id, {
        "name": "Kanariemamma Fiktiv", "contact": "Kanarievägen 2"})
    father = young_people.add_guardian(session, case_id, {
        "name": "Kanariepappa Fiktiv", "may_contact": False,
        "no_contact_reason": "Kanarieskäl: del av hotbilden"})
    young_people.record_positions(session, case_id, "2026-10-02",
                                  ("agrees", "Kanarieställning"),
                                  {mother: ("agrees", None),
                                   father: ("not_asked", "Kanarieskäl: får inte kontaktas")})
    return case_id


def _texts(value: Any) -> Iterator[str]:
    """Every string a value holds, through records, mappings and sequences."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _texts(getattr(value, item.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(key)
            yield from _texts(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _texts(item)


def _read_back(unit: Unit, case_id: int) -> list[Any]:
    """What the services give the caseworker who opens the case."""
    session = unit.session
    return [
        cases.get_case(session, case_id),
        cases.show_case(session, case_id),
        needs.needs(session, case_id),
        young_people.guardians(session, case_id),
        young_people.positions_state(session, case_id),
        followup.records(session, case_id),
        audit_log.entries(session, case_id),
    ]


def test_no_repr_on_the_way_of_a_transfer_shows_the_case(units: tuple[Unit, Unit],
                                                         tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = _case_with_canaries(hisingen)
    seen: list[Any] = _read_back(hisingen, case_id)
    case = cases.get_case(hisingen.session, case_id)
    contents = build_case(hisingen.conn, case, from_unit="Hisingen",
                          exported_at="2026-11-02T10:00:00+00:00")
    seen += [contents, parse_case(contents.document), transfer.export_preview(
        hisingen.session, case_id)]
    out = tmp_path / "out" / "case.utvp"
    out.parent.mkdir()
    seen.append(transfer.export_case(hisingen.session, case_id, "SAV", out))
    seen.append(transfer.preview_package(sav.session, out))
    imported = transfer.import_package(sav.session, out)
    seen += [imported, *_read_back(sav, imported.case_id)]

    held = " ".join(text for value in seen for text in _texts(value))
    for planted in ("Kanarieperson", "Kanariegatan", "Kanarieanteckning", "Kanariebilaga",
                    "Kanariebehov", "Kanarieuppföljning", "Kanariemamma", "Kanarievägen",
                    "Kanariepappa", "Kanarieskäl", "Kanarieställning", NUMBER):
        assert planted in held, planted  # the objects carry the content ...
    for value in seen:
        shown = repr(value)  # ... and their repr shows none of it
        assert CANARY not in shown, shown
        # the number in every form it is written in (its last digits alone would also match
        # the microseconds of a time that a repr rightly shows)
        for form in (NUMBER, NUMBER.replace("-", ""), NUMBER[2:], NUMBER[2:].replace("-", "")):
            assert form not in shown, shown
        assert "2010-03-05" not in shown, shown
        assert "2010, 3, 5" not in shown, shown
