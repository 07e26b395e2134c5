"""Schema migrations, numbered by SQLite's ``user_version``.

Each migration runs in its own transaction together with the version bump, so an interrupted
migration leaves the previous schema intact. Never edit a released migration; add a new one.
"""

from __future__ import annotations

from collections.abc import Callable

from utvag.errors import RefusedError
from utvag.vault.database import Connection
from utvag.vault.schema_v1 import SCHEMA_V1
from utvag.vault.schema_v2 import SCHEMA_V2
from utvag.vault.schema_v3 import SCHEMA_V3
from utvag.vault.schema_v4 import SCHEMA_V4
from utvag.vault.schema_v5 import SCHEMA_V5
from utvag.vault.schema_v6 import SCHEMA_V6
from utvag.vault.schema_v7 import SCHEMA_V7
from utvag.vault.schema_v8 import SCHEMA_V8, widen_case_status
from utvag.vault.schema_v9 import SCHEMA_V9
from utvag.vault.schema_v10 import SCHEMA_V10
from utvag.vault.schema_v11 import SCHEMA_V11
from utvag.vault.schema_v12 import SCHEMA_V12
from utvag.vault.schema_v13 import SCHEMA_V13
from utvag.vault.schema_v14 import SCHEMA_V14
from utvag.vault.schema_v15 import SCHEMA_V15, widen_package_kinds
from utvag.vault.schema_v16 import SCHEMA_V16
from utvag.vault.schema_v17 import SCHEMA_V17
from utvag.vault.schema_v18 import SCHEMA_V18
from utvag.vault.schema_v19 import SCHEMA_V19

Migration = Callable[[Connection], None]


def _script(sql: str) -> Migration:
    def run(conn: Connection) -> None:
        for statement in _split(sql):
            conn.execute(statement)

    return run


def _split(sql: str) -> list[str]:
    """Split a script on ``;`` at line ends, keeping trigger bodies (``BEGIN … END;``) whole."""
    statements: list[str] = []
    current: list[str] = []
    depth = 0
    for line in sql.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.endswith("BEGIN"):
            depth += 1
        if upper.startswith("END;"):
            depth -= 1
        if stripped.endswith(";") and depth == 0:
            statements.append("\n".join(current))
            current = []
    if current:
        statements.append("\n".join(current))
    return statements


def _schema_v8(conn: Connection) -> None:
    widen_case_status(conn)
    _script(SCHEMA_V8)(conn)


def _schema_v15(conn: Connection) -> None:
    widen_package_kinds(conn)
    _script(SCHEMA_V15)(conn)


MIGRATIONS: dict[int, Migration] = {
    1: _script(SCHEMA_V1),
    2: _script(SCHEMA_V2),
    3: _script(SCHEMA_V3),
    4: _script(SCHEMA_V4),
    5: _script(SCHEMA_V5),
    6: _script(SCHEMA_V6),
    7: _script(SCHEMA_V7),
    8: _schema_v8,
    9: _script(SCHEMA_V9),
    10: _script(SCHEMA_V10),
    11: _script(SCHEMA_V11),
    12: _script(SCHEMA_V12),
    13: _script(SCHEMA_V13),
    14: _script(SCHEMA_V14),
    15: _schema_v15,
    16: _script(SCHEMA_V16),
    17: _script(SCHEMA_V17),
    18: _script(SCHEMA_V18),
    19: _script(SCHEMA_V19),
}
LATEST = max(MIGRATIONS)


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int = LATEST) -> list[int]:
    """Bring the schema to ``target``; return the versions applied."""
    version = current_version(conn)
    if version > LATEST:
        raise RefusedError(
            f"This vault was written by a newer Utväg (schema {version}; this one knows "
            f"{LATEST}). Update Utväg before opening it."
        )
    applied = []
    for number in range(version + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number](conn)
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied
