"""Relatives of a defector and the support they are told about."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from utvag.domain._checks import optional_text, require_text
from utvag.domain.errors import DomainError
from utvag.domain.units import Unit


class Relation(StrEnum):
    PARENT = "parent"
    CHILD = "child"
    PARTNER = "partner"
    SIBLING = "sibling"
    OTHER_FAMILY = "other_family"
    OTHER_CLOSE = "other_close"


@dataclass(frozen=True)
class Relative:
    """A relative linked to a defector case.

    ``person_ref`` is the id of the relative's own person record. ``responsible_unit`` is the
    district board responsible for the relative (None when that is outside the city, described in
    ``contact_path``); SAV never handles relatives' cases.
    """

    person_ref: str
    relation: Relation
    informed_about_support_on: date | None = None
    responsible_unit: Unit | None = None
    contact_path: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        require_text(self.person_ref, "relative.person_ref", max_length=200)
        optional_text(self.contact_path, "relative.contact_path", max_length=1000)
        if self.responsible_unit is Unit.SAV:
            raise DomainError(
                "Relatives' own cases are handled by a district board, not by SAV.",
                field="relative.responsible_unit",
                rule="relatives_at_district_board",
            )
