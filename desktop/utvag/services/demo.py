"""Clearly fictional demo data, so a newcomer can look around without real cases."""

from __future__ import annotations

import io
import random
from datetime import date, timedelta

from utvag.domain.personal_number import luhn_check_digit
from utvag.services import cases
from utvag.services.session import Session

DEMO_PASSPHRASE = "demo demo demo demo"  # noqa: S105 - the throw-away demo vault only
_FIRST = ("Alva", "Bo", "Cleo", "Dani", "Elis", "Fanny", "Gustav", "Hedda", "Ivar", "Juni",
          "Kim", "Lo", "Malte", "Nova", "Oskar", "Py")
_LAST = ("Exempelsson", "Påhittad", "Testberg", "Låtsasson", "Fiktivsdotter", "Demoqvist")
_NOTES = (
    "DEMO: First contact at the police station placement. Wants to talk about leaving.",
    "DEMO: Meeting with the Police about the threat assessment; review in three months.",
    "DEMO: Consent form signed for Police and the Prison and Probation Service.",
    "DEMO: Relative informed about support from the district board.",
)


def demo_personal_number(rng: random.Random) -> str:
    born = date(2001, 1, 1) + timedelta(days=rng.randrange(0, 2500))
    serial = f"{rng.randrange(0, 999):03d}"
    nine = born.strftime("%y%m%d") + serial
    return born.strftime("%Y%m%d") + "-" + serial + str(luhn_check_digit(nine))


def fill(session: Session, count: int = 24, seed: int = 7) -> list[int]:
    """Add ``count`` fictional cases, each marked DEMO; return their ids."""
    rng = random.Random(seed)  # noqa: S311 - demo data, not secrets
    ids = []
    for i in range(count):
        name = f"DEMO {rng.choice(_FIRST)} {rng.choice(_LAST)}"
        protected = "skyddad_folkbokforing" if i % 9 == 4 else "none"
        case_type = ("defector", "defector", "relative", "high_risk")[i % 4]
        person = {"name": name, "personal_number": demo_personal_number(rng),
                  "district": ("Centrum", "Hisingen", "Nordost", "Sydvast")[i % 4],
                  "gender": ("female", "male")[i % 2], "protected_identity": protected}
        case_id = cases.new_case(session, {"type": case_type, "person": person})
        for j in range(1 + i % 3):
            cases.add_note(session, case_id, _NOTES[(i + j) % len(_NOTES)], sign=j == 0)
        if i % 5 == 0:
            cases.attach(session, case_id, io.BytesIO(
                b"DEMO attachment: fictional consent form.\n"), "DEMO-samtycke.txt")
        ids.append(case_id)
    return ids
