"""Where information in a defector case comes from, and the authorities it is exchanged with."""

from __future__ import annotations

from enum import StrEnum


class Authority(StrEnum):
    """An authority with which confidential information about the individual may be exchanged."""

    POLICE = "police"
    SECURITY_SERVICE = "security_service"
    PRISON_PROBATION = "prison_probation"
    SIS = "sis"
    HEALTH_CARE = "health_care"
    OTHER_SOCIAL_SERVICES = "other_social_services"

    @property
    def name_sv(self) -> str:
        return _AUTHORITY_SV[self]

    @property
    def name_en(self) -> str:
        return _AUTHORITY_EN[self]


class EvidenceSource(StrEnum):
    """The source of a piece of evidence for a criterion."""

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


_AUTHORITY_SV = {
    Authority.POLICE: "Polismyndigheten",
    Authority.SECURITY_SERVICE: "Säkerhetspolisen",
    Authority.PRISON_PROBATION: "Kriminalvården",
    Authority.SIS: "Statens institutionsstyrelse (SiS)",
    Authority.HEALTH_CARE: "hälso- och sjukvården",
    Authority.OTHER_SOCIAL_SERVICES: "annan socialtjänst",
}
_AUTHORITY_EN = {
    Authority.POLICE: "the Police",
    Authority.SECURITY_SERVICE: "the Security Service",
    Authority.PRISON_PROBATION: "the Prison and Probation Service",
    Authority.SIS: "the National Board of Institutional Care (SiS)",
    Authority.HEALTH_CARE: "health care",
    Authority.OTHER_SOCIAL_SERVICES: "other social services",
}


def authority_names(authorities: frozenset[Authority]) -> tuple[str, str]:
    """Swedish and English lists of ``authorities`` in a stable order, for messages."""
    ordered = [a for a in Authority if a in authorities]
    return ", ".join(a.name_sv for a in ordered), ", ".join(a.name_en for a in ordered)
