"""Suppressed statistics cannot be undone from row and column totals."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from utvag.domain.cell_suppression import SuppressedTable, extend, suppress, suppress_linked


def published_grid(table: SuppressedTable) -> list[list[int | None]]:
    rows = [[*r, t] for r, t in zip(table.cells, table.row_totals, strict=True)]
    rows.append([*table.column_totals, table.total])
    return rows


def alternative_exists(grid: list[list[int]], shown: list[list[int | None]],
                       cell: tuple[int, int]) -> bool:
    """Search (independently of the suppression code) for another non-negative table that
    agrees with every published value and every row and column sum but differs in ``cell``.

    Moves of -1, 0 or +1 on the hidden cells are tried depth-first; a line whose hidden cells
    are all assigned must still add up. Finding one proves the cell cannot be recovered.
    """
    hidden = [(i, j) for i, row in enumerate(shown) for j, v in enumerate(row) if v is None]
    last_r, last_c = len(grid) - 1, len(grid[0]) - 1
    move_now: dict[tuple[int, int], int] = {}

    def settled(cells: list[tuple[int, int]]) -> bool:
        return all(c in move_now or shown[c[0]][c[1]] is not None for c in cells)

    def lines_ok(move: dict[tuple[int, int], int]) -> bool:
        move_now.clear()
        move_now.update(move)
        lines = [([(i, j) for j in range(last_c)], (i, last_c)) for i in range(len(grid))]
        lines += [([(i, j) for i in range(last_r)], (last_r, j)) for j in range(len(grid[0]))]
        return all(sum(move.get(c, 0) for c in cells) == move.get(total, 0)
                   for cells, total in lines if settled([*cells, total]))

    def search(index: int, move: dict[tuple[int, int], int]) -> bool:
        if not lines_ok(move):
            return False
        if index == len(hidden):
            return move.get(cell, 0) != 0
        position = hidden[index]
        for step in (1, -1, 0) if position == cell else (0, 1, -1):
            if grid[position[0]][position[1]] + step < 0:
                continue
            if position == cell and step == 0:
                continue
            move[position] = step
            if search(index + 1, move):
                return True
            del move[position]
        return False

    return search(0, {})


tables = st.integers(1, 3).flatmap(lambda rows: st.integers(1, 3).flatmap(
    lambda cols: st.lists(st.lists(st.integers(0, 12), min_size=cols, max_size=cols),
                          min_size=rows, max_size=rows)))


@settings(max_examples=150, deadline=None)
@given(tables, st.integers(1, 6))
def test_no_suppressed_cell_can_be_recovered_from_totals(cells: list[list[int]],
                                                         threshold: int) -> None:
    table = suppress(cells, threshold)
    grid = extend(cells)
    shown = published_grid(table)
    for i, j in product(range(len(grid)), range(len(grid[0]))):
        if shown[i][j] is None:
            assert alternative_exists(grid, shown, (i, j)), (cells, threshold, (i, j))
        else:
            value = shown[i][j]
            assert value is not None and value == grid[i][j] and value >= threshold


def test_a_year_with_too_few_cases_shows_no_small_number() -> None:
    table = suppress([[1, 2], [0, 1]], 5)
    assert table.total is None
    assert all(v is None for row in table.cells for v in row)


def test_a_lone_small_cell_gets_a_complementary_partner() -> None:
    table = suppress([[3, 20, 30], [10, 12, 40]], 5)
    assert table.cells[0][0] is None
    assert table.complementary  # otherwise 3 = row total - 20 - 30
    assert sum(v is None for v in table.cells[0]) >= 2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 15), min_size=1, max_size=3), st.integers(2, 6), st.randoms())
def test_linked_tables_hide_shared_totals_in_all_of_them(populations: list[int],
                                                         threshold: int, rnd: object) -> None:
    def split(total: int, parts: int) -> list[int]:
        cuts = sorted(rnd.randint(0, total) for _ in range(parts - 1))  # type: ignore[attr-defined]
        return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]

    linked = [[split(p, parts) for p in populations] for parts in (2, 3)]
    published = suppress_linked(linked, threshold)
    assert {t.row_totals for t in published} == {published[0].row_totals}
    assert {t.total for t in published} == {published[0].total}
    for cells, table in zip(linked, published, strict=True):
        grid, shown = extend(cells), published_grid(table)
        for i, j in product(range(len(grid)), range(len(grid[0]))):
            if shown[i][j] is None:
                assert alternative_exists(grid, shown, (i, j))
