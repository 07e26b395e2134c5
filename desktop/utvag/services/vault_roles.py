"""What each vault may do by its role: the one table the services refuse by and the app builds
its screens and menus from, so that the app offers nothing the services would refuse.

A vault's role is its key card's, chosen once at ``utvag init --role`` (docs/admin.md, "Which role
each vault has"): a unit's shared vault, one caseworker's, the unit manager's or the city
office's. Two units change what a role does: the city office's vault (*Stadsledningskontoret*) is
the city office's whatever its key says, also before it has one; and SAV answers the districts'
consultations rather than sending any (guideline, "Ansvarsfördelning").

Only the role's values are named here (``utvag.services.vault_setup.VAULT_ROLES``), so that
reading the table loads no cryptography; the role itself comes from the vault's key when asked.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING

from utvag.domain.units import CITY_OFFICE, Unit
from utvag.errors import RefusedError

if TYPE_CHECKING:
    from utvag.services.session import Session


class Duty(StrEnum):
    """Work a vault either does or refuses, whole."""

    # Hold cases: create, list, open and transfer them, and follow them up (what is due, concern
    # reports, risk meetings, incidents at the unit, the log review of their accesses,
    # retention).
    CASES = "cases"
    # Ask SAV about a case that stays with the district.
    CONSULT_SAV = "consult_sav"
    # Decide whether a defector is a special defector (SAV's alone: guideline,
    # "Ansvarsfördelning": «att avgöra om en avhoppare ska bedömas som särskild avhoppare»).
    DECIDE_SPECIAL_DEFECTOR = "decide_special_defector"
    # Sign off the month's log review in the vault itself (a caseworker's manager signs it).
    SIGN_OWN_LOG_REVIEW = "sign_own_log_review"
    # Receive the caseworkers' incident reports and log reviews, and sign the reviews.
    MANAGE = "manage"
    # Seal the year's exact counts for the city office.
    CONTRIBUTE_STATISTICS = "contribute_statistics"
    # Add up the units' contributions into the city-wide statistics.
    MERGE_STATISTICS = "merge_statistics"


CITY_OFFICE_ROLE = "city-office"
_CASE_WORK = frozenset({Duty.CASES, Duty.CONSULT_SAV, Duty.CONTRIBUTE_STATISTICS})

# Role (``VAULT_ROLES``) → what its vault does. A manager's vault holds no cases: the
# caseworkers' incident reports and log reviews arrive there, and whoever held cases there would
# sign off the log review of their own accesses.
DUTIES: Mapping[str, frozenset[Duty]] = {
    "unit": _CASE_WORK | {Duty.SIGN_OWN_LOG_REVIEW},
    "caseworker": _CASE_WORK,
    "manager": frozenset({Duty.MANAGE, Duty.SIGN_OWN_LOG_REVIEW}),
    CITY_OFFICE_ROLE: frozenset({Duty.MERGE_STATISTICS, Duty.SIGN_OWN_LOG_REVIEW}),
}
# What a vault of SAV does not do, whatever its role.
NOT_AT_SAV = frozenset({Duty.CONSULT_SAV})
# What only a vault of SAV that holds cases does.
ONLY_AT_SAV = frozenset({Duty.DECIDE_SPECIAL_DEFECTOR})


def duties_of(role: str, unit: str) -> frozenset[Duty]:
    """What a vault of *role* at *unit* does."""
    if unit == CITY_OFFICE:
        role = CITY_OFFICE_ROLE
    allowed = DUTIES[role]
    if unit != Unit.SAV.value:
        return allowed
    return (allowed - NOT_AT_SAV) | (ONLY_AT_SAV if Duty.CASES in allowed else frozenset())


def vault_role(session: Session) -> str:
    """The vault's role, as ``VAULT_ROLES`` names it."""
    if session.vault.unit == CITY_OFFICE:  # before it has a key as well
        return CITY_OFFICE_ROLE
    from utvag.services.transfer.keys import own_role

    return own_role(session)[0].value


def duties(session: Session) -> frozenset[Duty]:
    """What this vault does."""
    return duties_of(vault_role(session), session.vault.unit)


def may(session: Session, duty: Duty) -> bool:
    return duty in duties(session)


def require_cases(session: Session) -> None:
    """Refuse, saying why, in a vault that holds no cases (a manager's, the city office's)."""
    role = vault_role(session)
    if Duty.CASES in duties_of(role, session.vault.unit):
        return
    if role == "manager":
        raise RefusedError("A unit manager's vault holds no cases; cases are kept in the "
                           "caseworkers' vaults, and the manager receives their incident "
                           "reports and log reviews.")
    raise RefusedError("The city office's vault holds no cases; it only merges the units' "
                       "statistics.")


__all__ = ["CITY_OFFICE_ROLE", "DUTIES", "NOT_AT_SAV", "Duty", "duties", "duties_of", "may",
           "require_cases", "vault_role"]
