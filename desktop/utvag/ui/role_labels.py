"""Whose key a card is, in words: a unit's, a caseworker's or a manager's (with the holder's
name), or the city office's."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from utvag.ui.code_labels import CodeLabels
from utvag.ui.labels import unit_label


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


role_label = CodeLabels(lambda: {
    "unit": translate("roles", "Unit"),
    "caseworker": translate("roles", "Caseworker"),
    "manager": translate("roles", "Unit manager"),
    "city-office": translate("roles", "City office"),
})


# A signer as the services store it: the holder's name and the role's code in brackets.
_SIGNER = re.compile(r"^(?P<holder>.*) \((?P<role>unit|caseworker|manager|city-office)\)$")


def signer_label(signer: str) -> str:
    """"Maria Lind (manager)" as a person reads it: "Maria Lind (unit manager)", the role in the
    user's language; any other text as it is."""
    found = _SIGNER.match(signer)
    if found is None:
        return signer
    role = role_label(found.group("role"))
    return f"{found.group('holder')} ({role[:1].lower()}{role[1:]})"


def card_label(card: dict[str, object]) -> str:
    """A card as a person reads it: "Hisingen", "Hisingen · Caseworker Anna Berg"."""
    unit = unit_label(str(card.get("unit", "")))
    role = str(card.get("role") or "unit")
    if role == "unit":
        return unit
    holder = card.get("holder")
    who = f"{role_label(role)} {holder}" if holder else role_label(role)
    return f"{unit} · {who}"
