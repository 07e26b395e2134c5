"""The ``column = ?`` filters the repositories' listings build from optional arguments."""

from __future__ import annotations

from collections.abc import Mapping


def equal_terms(conditions: Mapping[str, object]) -> tuple[list[str], list[object]]:
    """The ``column = ?`` terms and their parameters for the conditions given; a None value
    leaves its column unfiltered. The column expressions are the repository's own constants,
    never user text (the values travel as parameters)."""
    given = [(column, value) for column, value in conditions.items() if value is not None]
    return [f"{column} = ?" for column, _ in given], [value for _, value in given]
