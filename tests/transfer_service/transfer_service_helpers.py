"""Helpers for the transfer service tests: two units, a special-defector case, table dumps."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from utvag.forms import load_answers
from utvag.services import assessment, cases, transfer
from utvag.services.session import Session
from utvag.transfer import UnitIdentity

ROOT = Path(__file__).resolve().parents[2]
SPECIAL_DEFECTOR = ROOT / "docs" / "examples" / "answers-special-defector.json"
AS_OF = date(2026, 11, 1)
PERSON = {"name": "Fiktiv Avhoppare", "personal_number": "19900101-0017",
          "protected_identity": "none", "district": "Nordost"}
ATTACHMENTS = {"anmälan.pdf": bytes(range(256)) * 600, "tom.txt": b"",
               "polisens hotbild.txt": "Hot mot sökande.\n".encode() * 10}


@dataclass
class Unit:
    """An open session on one unit's vault, and its directory."""

    name: str
    directory: Path
    session: Session
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def conn(self) -> Any:
        return self.session.vault.conn

    def identity(self) -> UnitIdentity:
        found = transfer.own_identity(self.session)
        assert found is not None
        return found


def exchange_cards(a: Unit, b: Unit, tmp: Path) -> None:
    for one, other in ((a, b), (b, a)):
        card = tmp / f"{one.name}-card-for-{other.name}.json"
        if not card.exists():
            transfer.export_public_card(one.session, card)
        transfer.trust_card(other.session, card, transfer.show_keys(one.session).fingerprint)


def trust_identity(unit: Unit, identity: UnitIdentity, tmp: Path) -> None:
    """Make *unit* trust a unit identity that lives outside any vault (a forger's, a third unit)."""
    card = tmp / f"{identity.unit}-{identity.fingerprint[:4]}.json"
    card.write_bytes(identity.card.to_json())
    transfer.trust_card(unit.session, card, identity.fingerprint)


def special_defector_case(unit: Unit, *, person: dict[str, Any] | None = None,
                          answers: dict[str, Any] | None = None) -> int:
    """A defector case with notes, attachments and a signed special-defector assessment."""
    session = unit.session
    case_id = cases.new_case(session, {"type": "defector", "person": person or PERSON})
    first = cases.add_note(session, case_id, "Första kontakten. Individen vill lämna nätverket.",
                           sign=True)
    cases.add_note(session, case_id, "Rättelse: kontakten togs via frivården.", sign=True,
                   corrects_note_id=first)
    cases.add_note(session, case_id, "Utkast som inte är signerat.")
    for name, data in ATTACHMENTS.items():
        cases.attach(session, case_id, io.BytesIO(data), name)
    document = load_answers(SPECIAL_DEFECTOR)
    if answers is not None:
        raw = json.loads(SPECIAL_DEFECTOR.read_text(encoding="utf-8"))
        raw["answers"].update(answers)
        path = unit.directory.parent / f"answers-{case_id}.json"
        path.write_text(json.dumps(raw), encoding="utf-8")
        document = load_answers(path)
    assessment.assess_document(session, case_id, document, sign=True, today=AS_OF)
    return case_id


def dump_without_audit(table_dump: Callable[[Any], dict[str, Any]], conn: Any
                       ) -> dict[str, Any]:
    return {k: v for k, v in table_dump(conn).items() if k != "audit"}


def audit_rows(conn: Any) -> list[tuple[Any, ...]]:
    return conn.execute("SELECT seq, action, case_id, detail FROM audit ORDER BY seq").fetchall()


def read(path: Path) -> bytes:
    return Path(path).read_bytes()


def write(path: Path, data: bytes) -> Path:
    Path(path).write_bytes(data)
    return Path(path)
