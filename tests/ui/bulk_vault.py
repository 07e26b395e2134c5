"""Build a vault of many fictional cases quickly: ``python bulk_vault.py DIR COUNT`` prints the
recovery key.

It runs in its own process because SQLCipher's memory security, once any connection in a
process has used it, stays on for that whole process and makes bulk inserts many times slower.
The cases go in through the case repository inside one vault transaction.
"""

from __future__ import annotations

import sys
from pathlib import Path

from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.vault import repo_cases
from utvag.vault.audit import now_utc
from utvag.vault.kdf import KdfParams

PASSPHRASE = "correct horse battery staple"
FAST_KDF = KdfParams(iterations=1, memory_kib=1024, lanes=1)
STATUSES = ("investigation", "decided", "interventions", "closed", "transferred")
TYPES = ("defector", "relative", "high_risk")
_FIRST = ("Alva", "Bo", "Cleo", "Dani", "Elis", "Fanny", "Gustav", "Hedda", "Ivar", "Juni")
_LAST = ("Exempelsson", "Påhittad", "Testberg", "Låtsasson", "Fiktivsdotter", "Demoqvist")


def big_case(i: int) -> tuple[str, str, str]:
    """(name, type, status) of fictional case ``i``; one name, ``Zelmira``, occurs once."""
    name = "Zelmira Unikadotter" if i == 4242 else (
        f"{_FIRST[i % len(_FIRST)]} {_LAST[(i // 10) % len(_LAST)]} {i:05d}")
    return name, TYPES[i % 3], STATUSES[0] if i % 7 else STATUSES[(i // 7) % 5]


def build(directory: Path, count: int) -> str:
    opened, recovery = session_service.create(
        directory, "Centrum", PASSPHRASE, kdf=FAST_KDF, allow_weak_kdf=True,
        policy=Policy(keyring_allowed=False))
    with opened:
        now = now_utc()
        with opened.vault.transaction() as conn:
            for i in range(count):
                name, case_type, status = big_case(i)
                person = repo_cases.insert_person(
                    conn, name=name, personal_number=None, number_kind="no_swedish_number",
                    birth_date="1990-01-01", gender=None, protected_identity="none",
                    district=None, now=now)
                repo_cases.insert_case(conn, case_number=f"CE-2024-{i:05d}", type=case_type,
                                       person_id=person, owning_unit="Centrum",
                                       caseworker="handläggare", now=now, status=status)
    return recovery


if __name__ == "__main__":
    print(build(Path(sys.argv[1]), int(sys.argv[2])))
