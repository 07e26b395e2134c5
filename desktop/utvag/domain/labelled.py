"""Enums whose members carry a Swedish and an English label beside their stable value."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class LabelledEnum(StrEnum):
    """A string enum whose members are written ``MEMBER = "value", "svenska", "English"``.

    The value is what files, the vault and the CLI store; ``name_sv`` and ``name_en`` are what
    messages show. The labels stand beside their member, so a new member cannot lack one: a
    member without both fails when the module loads.
    """

    _value_: str
    name_sv: str
    name_en: str

    def __new__(cls, value: str, *labels: str) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.name_sv, member.name_en = labels
        return member

    @property
    def names(self) -> tuple[str, str]:
        """The Swedish and the English name, as a message takes a parameter in both."""
        return self.name_sv, self.name_en
