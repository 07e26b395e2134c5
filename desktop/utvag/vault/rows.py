"""The SQL the repositories build the same way for their tables of plain records: an insert of
the columns a caller may set, an update of some of them, a row by id, a case's rows (by column
name, or made into the repository's typed record), and long lists of ids asked for a chunk at a
time.

Table and column names are the repositories' own constants, never user text; the values travel
as parameters."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from utvag.vault.database import Connection, dict_rows

CHUNK = 500  # ids per IN (…) list, well below SQLite's limit on parameters

T = TypeVar("T")


def in_chunks(conn: Connection, sql: str, ids: Iterable[object], *,
              before: Sequence[object] = ()) -> Iterator[Any]:
    """The rows of *sql* asked once per chunk of *ids*, in order: its ``{ids}`` stands for the
    chunk's ``IN (…)`` list; *before* are the parameters ahead of it."""
    for chunk in _chunks(ids):
        yield from conn.execute(sql.format(ids=_marks(chunk)), [*before, *chunk])


def _chunks(ids: Iterable[T]) -> Iterator[list[T]]:
    given = list(ids)
    for start in range(0, len(given), CHUNK):
        yield given[start:start + CHUNK]


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def only(values: Mapping[str, Any], allowed: Iterable[str]) -> None:
    """Refuse (``KeyError``, naming the first) a column the caller may not set: a bug, never
    the user's input."""
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise KeyError(unknown[0])


def filled(values: Mapping[str, Any], allowed: Sequence[str]) -> dict[str, Any]:
    """Each of the *allowed* columns with its value, empty where none is given (any other
    column is refused, as by :func:`only`)."""
    only(values, allowed)
    return {column: values.get(column) for column in allowed}


def insert(conn: Connection, table: str, values: Mapping[str, Any]) -> int:
    """Insert one row of these columns; its id."""
    cur = conn.execute(
        f"INSERT INTO {table} ({', '.join(values)}) VALUES ({_marks(list(values))})",
        list(values.values()))
    return int(cur.lastrowid)


def update(conn: Connection, table: str, record_id: int, values: Mapping[str, Any],
           allowed: Iterable[str], *, also: Mapping[str, Any] | None = None,
           condition: str = "") -> None:
    """Set *values* (each among *allowed*, at least one) and *also* (the repository's own
    bookkeeping, such as ``updated_at``) on row *record_id*; *condition* narrows which state
    of the row may change (``AND signed_at IS NULL``)."""
    if not values or set(values) - set(allowed):
        raise KeyError("columns")
    changes = {**values, **(also or {})}
    assignments = ", ".join(f"{name} = ?" for name in changes)
    conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?{condition}",
                 [*changes.values(), record_id])


def by_id(conn: Connection, table: str, record_id: int) -> dict[str, Any] | None:
    """Row *record_id* of *table*, by column name."""
    found = dict_rows(conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)))
    return found[0] if found else None


def record(conn: Connection, table: str, columns: str, record_id: int,
           make: Callable[[Any], T]) -> T | None:
    """Row *record_id* of *table*: its *columns*, made into a typed record by *make*."""
    row = conn.execute(f"SELECT {columns} FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return None if row is None else make(row)


def records_of_case(conn: Connection, table: str, columns: str, case_id: int,
                    make: Callable[[Any], T]) -> list[T]:
    """The case's rows of *table*, oldest first: their *columns*, each made into a typed record
    by *make*."""
    found = conn.execute(f"SELECT {columns} FROM {table} WHERE case_id = ? ORDER BY id",
                         (case_id,)).fetchall()
    return [make(row) for row in found]


@dataclass(frozen=True)
class RecordTable(Generic[T]):
    """A table of a case's records read into one typed record: its name, the *columns* read and
    *make*, which turns such a row into the record. The one place a repository states them, for
    both reading one record and reading a case's records."""

    table: str
    columns: str
    make: Callable[[Any], T]

    def get(self, conn: Connection, record_id: int) -> T | None:
        return record(conn, self.table, self.columns, record_id, self.make)

    def of_case(self, conn: Connection, case_id: int) -> list[T]:
        return records_of_case(conn, self.table, self.columns, case_id, self.make)


def of_case(conn: Connection, table: str, case_id: int, order: str = "id") -> list[dict[str, Any]]:
    """The case's rows of *table*, by column name, in *order* (oldest first by default)."""
    return dict_rows(conn.execute(f"SELECT * FROM {table} WHERE case_id = ? ORDER BY {order}",
                                  (case_id,)))


def of_cases(conn: Connection, table: str, case_ids: Iterable[int], order: str = "id"
             ) -> list[dict[str, Any]]:
    """Every row of *table* for these cases, by column name, in *order* within each chunk."""
    found: list[dict[str, Any]] = []
    for chunk in _chunks(case_ids):
        found += dict_rows(conn.execute(
            f"SELECT * FROM {table} WHERE case_id IN ({_marks(chunk)}) ORDER BY {order}", chunk))
    return found
