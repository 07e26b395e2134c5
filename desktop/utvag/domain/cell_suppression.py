"""Disclosure control for the yearly statistics: primary and complementary cell suppression.

A table has rows (units), columns (categories), a row total per row, a column total per column
and a grand total. Every cell, totals included, whose count is below the threshold is suppressed
(primary suppression). Then, for every suppressed cell, there must be another table with
non-negative counts that agrees with every published cell and every row and column sum but has a
different value in that cell; otherwise the cell could be worked out from the totals. Utväg finds
such a table as a rectangle of four suppressed cells (two rows, two columns; a total row or
column may take part) whose counts can move by one, alternately up and down, with every row and
column still adding up. When a suppressed cell has no such rectangle, the cheapest rectangle
through it (smallest sum of the counts it newly hides, preferring inner cells to totals) is
suppressed too (complementary suppression). Adding suppressions never removes an earlier
rectangle, so the loop ends, and it always can: an inner cell with its row total, column total
and grand total form a rectangle whose counts all move in the same direction.

Tables that share their row totals and grand total (several breakdowns of the same cases)
suppress those shared cells consistently: a total hidden in one is hidden in all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Cell = tuple[int, int]
# Cost weights: hiding a total costs more than hiding an inner cell.
_TOTAL_WEIGHT = 1_000
_GRAND_WEIGHT = 100_000


@dataclass(frozen=True)
class SuppressedTable:
    """The published table: ``None`` where a count is suppressed.

    ``cells[i][j]`` for row ``i`` and column ``j``; ``row_totals[i]``, ``column_totals[j]``,
    ``total``. ``primary`` and ``complementary`` name the suppressed positions in the extended
    grid where row ``len(rows)`` holds the column totals and column ``len(columns)`` the row
    totals.
    """

    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    column_totals: tuple[int | None, ...]
    total: int | None
    primary: frozenset[Cell]
    complementary: frozenset[Cell]


def extend(cells: Sequence[Sequence[int]]) -> list[list[int]]:
    """The grid with a row-total column and a column-total row (the grand total in the corner)."""
    rows = [[*r, sum(r)] for r in cells]
    width = len(rows[0]) if rows else 1
    rows.append([sum(r[j] for r in rows) for j in range(width)])
    return rows


def _sign(grid: list[list[int]], cell: Cell) -> int:
    """Entries in the total row or total column move against their line (their sum)."""
    last_row, last_col = len(grid) - 1, len(grid[0]) - 1
    flips = (cell[0] == last_row) + (cell[1] == last_col)
    return -1 if flips % 2 else 1


def rectangle_moves(grid: list[list[int]], corners: tuple[Cell, Cell, Cell, Cell]
                    ) -> tuple[int, ...] | None:
    """How the four corners (a,p), (a,q), (b,p), (b,q) change in a feasible move, or None."""
    pattern = (1, -1, -1, 1)
    base = [p * _sign(grid, c) for p, c in zip(pattern, corners, strict=True)]
    for direction in (1, -1):
        moves = tuple(direction * s for s in base)
        if all(grid[c[0]][c[1]] + m >= 0 for c, m in zip(corners, moves, strict=True)):
            return moves
    return None


def _corners(a: int, b: int, p: int, q: int) -> tuple[Cell, Cell, Cell, Cell]:
    return (a, p), (a, q), (b, p), (b, q)


def _cost(grid: list[list[int]], hidden: set[Cell], corners: Iterable[Cell]) -> int:
    last_row, last_col = len(grid) - 1, len(grid[0]) - 1
    cost = 0
    for cell in set(corners) - hidden:
        margin = (cell[0] == last_row) + (cell[1] == last_col)
        weight = (1, _TOTAL_WEIGHT, _GRAND_WEIGHT)[margin]
        cost += weight * (1 + grid[cell[0]][cell[1]])
    return cost


def _best_rectangle(grid: list[list[int]], hidden: set[Cell], cell: Cell
                    ) -> tuple[int, tuple[Cell, ...]]:
    """The cheapest feasible rectangle through ``cell``; cost 0 when all corners are hidden."""
    best: tuple[int, tuple[Cell, ...]] | None = None
    a, p = cell
    for b in range(len(grid)):
        for q in range(len(grid[0])):
            if b == a or q == p:
                continue
            corners = _corners(a, b, p, q)
            if rectangle_moves(grid, corners) is None:
                continue
            cost = _cost(grid, hidden, corners)
            if best is None or cost < best[0]:
                best = (cost, corners)
                if cost == 0:
                    return best
    assert best is not None  # a cell with its row, column and grand totals always moves
    return best


def protect(grid: list[list[int]], hidden: set[Cell]) -> set[Cell]:
    """Add complementary suppressions to ``hidden`` until every hidden cell is protected."""
    hidden = set(hidden)
    changed = True
    while changed:
        changed = False
        for cell in sorted(hidden):
            cost, corners = _best_rectangle(grid, hidden, cell)
            if cost:
                hidden |= set(corners)
                changed = True
    return hidden


def primary(grid: list[list[int]], threshold: int) -> set[Cell]:
    return {(i, j) for i, row in enumerate(grid) for j, v in enumerate(row) if v < threshold}


def publish(grid: list[list[int]], first: set[Cell], hidden: set[Cell]) -> SuppressedTable:
    last_row, last_col = len(grid) - 1, len(grid[0]) - 1

    def shown(i: int, j: int) -> int | None:
        return None if (i, j) in hidden else grid[i][j]

    return SuppressedTable(
        cells=tuple(tuple(shown(i, j) for j in range(last_col)) for i in range(last_row)),
        row_totals=tuple(shown(i, last_col) for i in range(last_row)),
        column_totals=tuple(shown(last_row, j) for j in range(last_col)),
        total=shown(last_row, last_col),
        primary=frozenset(first),
        complementary=frozenset(hidden - first),
    )


def suppress(cells: Sequence[Sequence[int]], threshold: int) -> SuppressedTable:
    """Suppress one table: every count below ``threshold``, then complementary cells."""
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    if not cells or not cells[0]:
        raise ValueError("a table needs at least one row and one column")
    grid = extend(cells)
    first = primary(grid, threshold)
    return publish(grid, first, protect(grid, first))


def suppress_linked(tables: Sequence[Sequence[Sequence[int]]], threshold: int,
                    shared_columns: Sequence[Sequence[tuple[int, int]]] = ()
                    ) -> list[SuppressedTable]:
    """Suppress tables that break down the same cases by different categories.

    They share their row totals and grand total; ``shared_columns`` lists further groups of
    (table, column) that count the same cases (for example "not assessed" in two breakdowns).
    A shared cell hidden in one table is hidden in all of them, and each table is protected
    again until none changes.
    """
    grids = [extend(t) for t in tables]
    firsts = [primary(g, threshold) for g in grids]
    hidden = [set(f) for f in firsts]
    groups = [[(t, len(grids[t][0]) - 1) for t in range(len(grids))],
              *[list(g) for g in shared_columns]]
    while True:
        before = [len(h) for h in hidden]
        for group in groups:
            rows = {i for t, j in group for i, jj in hidden[t] if jj == j}
            for t, j in group:
                hidden[t] |= {(i, j) for i in rows}
        hidden = [protect(g, h) for g, h in zip(grids, hidden, strict=True)]
        if [len(h) for h in hidden] == before:
            break
    return [publish(g, f, h) for g, f, h in zip(grids, firsts, hidden, strict=True)]
