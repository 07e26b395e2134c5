"""Where information in a defector case comes from, and the authorities it is exchanged with."""

from __future__ import annotations

from enum import StrEnum

from utvag.domain.labelled import LabelledEnum


class Authority(LabelledEnum):
    """An authority with which confidential information about the individual may be exchanged."""

    POLICE = "police", "Polismyndigheten", "the Police"
    SECURITY_SERVICE = "security_service", "Säkerhetspolisen", "the Security Service"
    PRISON_PROBATION = ("prison_probation", "Kriminalvården",
                        "the Prison and Probation Service")
    SIS = ("sis", "Statens institutionsstyrelse (SiS)",
           "the National Board of Institutional Care (SiS)")
    HEALTH_CARE = "health_care", "hälso- och sjukvården", "health care"
    OTHER_SOCIAL_SERVICES = "other_social_services", "annan socialtjänst", "other social services"


class EvidenceSource(StrEnum):
    """The source of a piece of evidence for a criterion: the individual, or one of the
    authorities (the members after ``INDIVIDUAL`` are exactly :class:`Authority`'s)."""

    INDIVIDUAL = "individual"
    POLICE = "police"
    SECURITY_SERVICE = "security_service"
    PRISON_PROBATION = "prison_probation"
    SIS = "sis"
    HEALTH_CARE = "health_care"
    OTHER_SOCIAL_SERVICES = "other_social_services"

    @property
    def authority(self) -> Authority | None:
        """The authority behind this source, or None when the individual told us."""
        if self is EvidenceSource.INDIVIDUAL:
            return None
        return Authority(self.value)


def authority_names(authorities: frozenset[Authority]) -> tuple[str, str]:
    """Swedish and English lists of ``authorities`` in a stable order, for messages."""
    ordered = [a for a in Authority if a in authorities]
    return ", ".join(a.name_sv for a in ordered), ", ".join(a.name_en for a in ordered)
