"""The milieu a person belongs to: criminal network, violent-extremist milieu or honour context."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from utvag.domain.errors import DomainError
from utvag.domain.evidence import Authority


class MilieuKind(StrEnum):
    CRIMINAL_NETWORK = "criminal_network"
    VIOLENT_EXTREMISM = "violent_extremism"
    HONOUR_CONTEXT = "honour_context"


class NetworkCategory(StrEnum):
    """The four group and network categories of the criminal milieu."""

    SELF_DEFINED = "self_defined"
    EXTERNALLY_DEFINED = "externally_defined"
    UNNAMED = "unnamed"
    PROJECT_BASED = "project_based"


class ExtremistMilieu(StrEnum):
    """The three active violent-extremist milieus named by the Security Service."""

    RIGHT_WING = "right_wing"
    LEFT_WING = "left_wing"
    VIOLENT_ISLAMIST = "violent_islamist"


class MilieuJudge(StrEnum):
    """Who judged which groups or milieus exist."""

    POLICE = "police"
    SECURITY_SERVICE = "security_service"

    @property
    def authority(self) -> Authority:
        """The judge as the authority it is (its name in reasons and warnings)."""
        return Authority(self.value)


@dataclass(frozen=True)
class Milieu:
    """The classified milieu. Exactly the detail that belongs to ``kind`` is set.

    For an honour context ``honour_perpetrator`` records whether the person commits honour-related
    violence and oppression; only then is the person a defector from an honour context.
    """

    kind: MilieuKind
    network_category: NetworkCategory | None = None
    extremist_milieu: ExtremistMilieu | None = None
    honour_perpetrator: bool | None = None
    judged_by: MilieuJudge | None = None
    judged_on: date | None = None

    def __post_init__(self) -> None:
        expected = {
            MilieuKind.CRIMINAL_NETWORK: "network_category",
            MilieuKind.VIOLENT_EXTREMISM: "extremist_milieu",
            MilieuKind.HONOUR_CONTEXT: "honour_perpetrator",
        }
        for kind, attribute in expected.items():
            present = getattr(self, attribute) is not None
            field = f"milieu.{attribute}"  # the whole name: the screen shows its label
            if kind is self.kind and not present:
                raise DomainError(f"{field} is required for this milieu.", field=field,
                                  rule="required")
            if kind is not self.kind and present:
                raise DomainError(f"{field} does not apply to this milieu.", field=field,
                                  rule="not_applicable")
        if (self.judged_by is None) != (self.judged_on is None):
            missing = "judged_on" if self.judged_on is None else "judged_by"
            raise DomainError(
                "milieu.judged_by and milieu.judged_on go together.",
                field=f"milieu.{missing}",
                rule="required",
            )
