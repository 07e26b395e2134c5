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
