"""Organisation policy, read from the system scope an administrator controls.

Windows: ``HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Utvag`` (values of the same names).
Linux and others: ``/etc/xdg/Utvag/policy.ini`` (section ``[policy]``), the XDG system scope.
The user cannot override any of it: nothing in the user's settings or environment is consulted.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from utvag.domain.units import UNIT_IDS, VAULT_UNIT_IDS
from utvag.errors import RefusedError

if TYPE_CHECKING:  # the deadlines are loaded when first asked for, not with the lock screen
    from utvag.domain.deadlines import DueSettings

LINUX_POLICY_FILE = Path("/etc/xdg/Utvag/policy.ini")
WINDOWS_POLICY_KEY = r"SOFTWARE\Policies\Utvag"
UNITS = UNIT_IDS


@dataclass(frozen=True)
class Policy:
    idle_timeout_seconds: int = 300
    keyring_allowed: bool = True
    own_unit: str | None = None
    trusted_cards_dir: str | None = None
    organisation_recovery_card: str | None = None
    default_language: str = "sv"
    statistics_threshold: int = 5
    # Days between the app's background checks of the whole vault ('utvag check'); 0: never.
    check_interval_days: int = 7
    # Days a district waits for SAV's answer to a consultation before it is due (1-365).
    consultation_answer_days: int = 14
    # SQLCipher's locking and wiping of its own buffers: off by default (docs/security.md).
    memory_security: bool = False
    # Days within which the Police's answer to a threat-assessment request is expected; the
    # guideline names no number (docs/admin.md).
    threat_answer_days: int = 14
    # Days before the expected release from prison or closed youth care that the transition is
    # to be planned with Kriminalvården or SiS.
    release_planning_days: int = 60
    # Days after a defector case is opened that asking the Police for its threat assessment is
    # due, until a request is sent or an assessment recorded ("initialt": no number given).
    initial_threat_days: int = 7
    source: str = "defaults"

    def due_settings(self) -> DueSettings:
        """The clock lengths of the Due view this policy sets."""
        from utvag.domain.deadlines import DueSettings

        return DueSettings(self.threat_answer_days, self.release_planning_days,
                           self.initial_threat_days)

    def check_unit(self, unit: str) -> None:
        if self.own_unit is not None and unit != self.own_unit:
            raise RefusedError(
                f"Policy sets this workstation's unit to {self.own_unit}; {unit} is refused."
            )

    def require_keyring_allowed(self) -> None:
        if not self.keyring_allowed:
            raise RefusedError("Quick unlock through the system keyring is not allowed by policy.")


_DAY_RANGES = {"check_interval_days": (0, 3650), "threat_answer_days": (1, 365),
               "release_planning_days": (0, 730), "consultation_answer_days": (1, 365),
               "initial_threat_days": (1, 90)}


def _coerce(raw: dict[str, str], source: str) -> Policy:
    values: dict[str, Any] = {}
    for f in fields(Policy):
        if f.name == "source" or f.name not in raw:
            continue
        text = raw[f.name].strip()
        if f.name in ("idle_timeout_seconds", "statistics_threshold"):
            number = int(text)
            if number <= 0:
                raise ValueError(f.name)
            values[f.name] = number
        elif f.name in _DAY_RANGES:
            number = int(text)
            low, high = _DAY_RANGES[f.name]
            if not low <= number <= high:
                raise ValueError(f.name)
            values[f.name] = number
        elif f.name in ("keyring_allowed", "memory_security"):
            values[f.name] = text.lower() in ("1", "true", "yes", "on")
        elif f.name == "own_unit":
            if text not in VAULT_UNIT_IDS:
                raise ValueError(f.name)
            values[f.name] = text
        elif f.name == "default_language":
            values[f.name] = text if text in ("sv", "en") else "sv"
        else:
            values[f.name] = text or None
    return replace(Policy(source=source), **values)


def load_policy(path: Path | None = None) -> Policy:
    """Read policy; ``path`` replaces the system location (tests, packaging checks)."""
    if path is None and sys.platform == "win32":  # pragma: no cover - Windows only
        return _load_windows()
    target = path or LINUX_POLICY_FILE
    if not target.is_file():
        return Policy()
    import configparser  # only when there is a policy to read: the app's start waits for it

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(target, encoding="utf-8")
        raw = dict(parser["policy"]) if parser.has_section("policy") else {}
        return _coerce(raw, str(target))
    except (configparser.Error, ValueError, UnicodeDecodeError) as exc:
        raise RefusedError(
            f"The organisation policy in {target} is malformed; ask your administrator."
        ) from exc


def _load_windows() -> Policy:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return Policy()
    import winreg

    raw: dict[str, str] = {}
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, WINDOWS_POLICY_KEY) as key:
            index = 0
            while True:
                try:
                    name, value, _kind = winreg.EnumValue(key, index)
                except OSError:
                    break
                raw[name] = str(value)
                index += 1
    except OSError:
        return Policy()
    try:
        return _coerce(raw, "HKLM\\" + WINDOWS_POLICY_KEY)
    except ValueError as exc:
        raise RefusedError("The organisation policy in the registry is malformed.") from exc
