"""The boards that handle defector cases: the four district social boards and SAV."""

from __future__ import annotations

from utvag.domain.labelled import LabelledEnum


class Unit(LabelledEnum):
    """A handling unit. The values are stable identifiers used in files and the CLI."""

    CENTRUM = "Centrum", "Socialnämnden Centrum", "Social board Centrum"
    HISINGEN = "Hisingen", "Socialnämnden Hisingen", "Social board Hisingen"
    NORDOST = "Nordost", "Socialnämnden Nordost", "Social board Nordost"
    SYDVAST = "Sydvast", "Socialnämnden Sydväst", "Social board Sydväst"
    SAV = "SAV", "Samlad avhopparverksamhet (SAV)", "Central defector unit (SAV)"

    @property
    def is_district(self) -> bool:
        """True for the four district social boards, False for SAV."""
        return self is not Unit.SAV


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
