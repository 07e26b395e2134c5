"""The core records every case has: the person, the case, journal notes and attachments."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class CaseType(StrEnum):
    DEFECTOR = "defector"
    RELATIVE = "relative"
    HIGH_RISK = "high_risk"


class CaseStatus(StrEnum):
    INVESTIGATION = "investigation"
    DECIDED = "decided"
    INTERVENTIONS = "interventions"
    AWAITING_TRANSFER = "awaiting_transfer"
    CLOSED = "closed"
    TRANSFERRED = "transferred"


class ProtectedIdentity(StrEnum):
    """The three levels of protected identity in the population register, or none."""

    NONE = "none"
    SEKRETESSMARKERING = "sekretessmarkering"
    SKYDDAD_FOLKBOKFORING = "skyddad_folkbokforing"
    FINGERADE_PERSONUPPGIFTER = "fingerade_personuppgifter"


@dataclass(frozen=True)
class Person:
    id: int
    name: str = field(repr=False)
    personal_number: str | None = field(repr=False)
    number_kind: str
    birth_date: str | None = field(repr=False)
    gender: str | None
    protected_identity: ProtectedIdentity
    district: str | None
    address: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class JournalNote:
    id: int
    case_id: int
    author: str
    created_at: str
    text: str = field(repr=False)
    signed_at: str | None
    signed_by: str | None
    corrects_note_id: int | None

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True)
class Attachment:
    id: int
    case_id: int
    name: str = field(repr=False)
    media_type: str
    size: int
    sha256: str
    added_at: str
    added_by: str


@dataclass(frozen=True)
class Case:
    id: int
    case_number: str
    type: CaseType
    status: CaseStatus
    person: Person
    owning_unit: str
    caseworker: str
    opened_at: str
    updated_at: str
    closed_at: str | None
    close_reason: str | None


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list: what the list shows, nothing more."""

    id: int
    case_number: str
    type: CaseType
    status: CaseStatus
    name: str = field(repr=False)
    protected_identity: ProtectedIdentity
    owning_unit: str
    updated_at: str
