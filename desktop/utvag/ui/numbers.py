"""Numbers and sizes as the user's language writes them ("0,3 MB", "12 345"), through QLocale
(set with the language in ``i18n``)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def data_size(size: int) -> str:
    """A file size with a decimal unit: "41 byte", "1,2 kB", "12,3 MB"."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def decimal(value: float, places: int = 1) -> str:
    return QLocale().toString(value, "f", places)


def whole(value: int) -> str:
    return QLocale().toString(value)
