"""The boards that handle defector cases: the four district social boards and SAV."""

from __future__ import annotations

from enum import StrEnum


class Unit(StrEnum):
    """A handling unit. The values are stable identifiers used in files and the CLI."""

    CENTRUM = "Centrum"
    HISINGEN = "Hisingen"
    NORDOST = "Nordost"
    SYDVAST = "Sydvast"
    SAV = "SAV"

    @property
    def is_district(self) -> bool:
        """True for the four district social boards, False for SAV."""
        return self is not Unit.SAV

    @property
    def name_sv(self) -> str:
        return _NAMES_SV[self]

    @property
    def name_en(self) -> str:
        return _NAMES_EN[self]


DISTRICTS: tuple[Unit, ...] = (Unit.CENTRUM, Unit.HISINGEN, Unit.NORDOST, Unit.SYDVAST)

# The identifiers as plain strings, for argument choices, policy files and input checks: the one
# list every layer reads instead of typing the units out again.
UNIT_IDS: tuple[str, ...] = tuple(unit.value for unit in Unit)
DISTRICT_IDS: tuple[str, ...] = tuple(unit.value for unit in DISTRICTS)

# The city executive office (stadsledningskontoret) compiles the city-wide statistics from the
# units' contributions (guideline, "Uppföljning"). It handles no cases, so it is not a Unit: its
# vault exists only to merge contributions, and its key card has the city-office role.
CITY_OFFICE = "Stadsledningskontoret"
VAULT_UNIT_IDS: tuple[str, ...] = (*UNIT_IDS, CITY_OFFICE)

_NAMES_SV = {
    Unit.CENTRUM: "Socialnämnden Centrum",
    Unit.HISINGEN: "Socialnämnden Hisingen",
    Unit.NORDOST: "Socialnämnden Nordost",
    Unit.SYDVAST: "Socialnämnden Sydväst",
    Unit.SAV: "Samlad avhopparverksamhet (SAV)",
}
_NAMES_EN = {
    Unit.CENTRUM: "Social board Centrum",
    Unit.HISINGEN: "Social board Hisingen",
    Unit.NORDOST: "Social board Nordost",
    Unit.SYDVAST: "Social board Sydväst",
    Unit.SAV: "Central defector unit (SAV)",
}
