"""Protection need and relocation."""

from __future__ import annotations

from enum import StrEnum


class ProtectionNeed(StrEnum):
    LOW = "low"
    HIGH = "high"


class Relocation(StrEnum):
    """Where the person needs to move to be protected."""

    AWAY = "away"
    WITHIN = "within"
    NONE = "none"
    TO_ASSESS = "to_assess"
