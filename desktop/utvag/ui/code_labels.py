"""A vocabulary of stored codes (an enum's values, audit actions, statistics categories) and
the labels it is shown with. Each vocabulary declares its table once; the table is built the
first time a label is shown in a language and kept for that language (``per_language``), so its
texts are in the language in force at that moment without translating the whole table again for
every cell a list paints; and what a code the table does not know shows is decided here, the
same way for every vocabulary."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TypeVar

from utvag.ui import i18n

K = TypeVar("K")
L = TypeVar("L", str, str | None)


def per_language(build: Callable[[], Mapping[K, str]]) -> Callable[[], Mapping[K, str]]:
    """``build``'s table, built once for each language the app is switched to (``ui/i18n.py``
    is the one place that installs translations)."""
    built: dict[str, Mapping[K, str]] = {}

    def table() -> Mapping[K, str]:
        language = i18n.current_language()
        found = built.get(language)
        if found is None:
            found = built[language] = build()
        return found

    return table


KEPT_LABELS = 4096  # far more codes than any vocabulary knows; a log full of unknown ones
# (a foreign vault's log read for review) cannot make the cache grow without end


def kept_per_language(label: Callable[[K], L]) -> Callable[[K], L]:
    """``label`` (a function building its table for each call) called once per code and
    language; what it gave is kept for that language (the most recently shown
    ``KEPT_LABELS``)."""

    @functools.lru_cache(maxsize=KEPT_LABELS)
    def in_language(language: str, code: K) -> L:
        return label(code)

    def cached(code: K) -> L:
        return in_language(i18n.current_language(), code)

    return cached


class CodeLabels:
    """*table* gives each known code its label in the current language. A code it does not
    know (or no code) shows as *missing* when that is given, a text or a function giving the
    text in the current language, and otherwise as the code itself."""

    def __init__(self, table: Callable[[], Mapping[str, str]], *,
                 missing: str | Callable[[], str] | None = None) -> None:
        self._table = per_language(table)
        self._missing = missing

    def labels(self) -> list[str]:
        """Every known code's label in the current language."""
        return list(self._table().values())

    def __call__(self, code: str | None) -> str:
        label = self._table().get(code or "")
        if label is not None:
            return label
        if self._missing is None:
            return "" if code is None else str(code)
        return self._missing if isinstance(self._missing, str) else self._missing()
