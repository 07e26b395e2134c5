"""The units' names as shown, apart from the other labels so that the lock screen, which names
the vault's unit, does not load the case types and statuses (``labels`` offers it too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def unit_label(value: str) -> str:
    translate = QCoreApplication.translate
    return {
        "Centrum": translate("labels", "Centrum"),
        "Hisingen": translate("labels", "Hisingen"),
        "Nordost": translate("labels", "Nordost"),
        "Sydvast": translate("labels", "Sydväst"),
        "SAV": translate("labels", "SAV (central defector unit)"),
        "Stadsledningskontoret": translate("labels", "City executive office (statistics)"),
    }.get(value, value)
