"""Masking a protected identity (*sekretessmarkering*, *skyddad folkbokföring*, *fingerade
personuppgifter*): the person's name, identity number, birth date and address are replaced by
one marker in every list, search result, export, print and package, unless the user explicitly
reveals them (which the services log as ``identity.reveal``).

What is masked is the identity, not the case: the case number, the district of belonging and
the protection level itself stay visible, because the caseworker needs them to route the case.
Free text written by people (journal notes, descriptions) is never rewritten; the security
documentation says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from utvag.domain.case_records import ProtectedIdentity

MASK = "[protected identity]"
IDENTITY_FIELDS = ("name", "personal_number", "birth_date", "address")


class RevealReason(StrEnum):
    """Why a user reveals a protected identity, where the reveal asks for a reason (a guardian's
    details): a code, so the audit row that records it carries no free text."""

    CONTACT = "contact"  # to reach the person (a guardian who may be contacted)
    INVESTIGATION = "investigation"  # for the investigation or a decision
    DISCLOSURE = "disclosure"  # information leaves on a legal ground
    CORRECTION = "correction"  # to check or correct what is recorded


def is_protected(level: ProtectedIdentity | str) -> bool:
    return ProtectedIdentity(level) is not ProtectedIdentity.NONE


def mask_person(person: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a person (as a mapping) with its identity masked when it is protected, and
    ``identity_masked`` saying whether it was."""
    masked = is_protected(person["protected_identity"])
    out = dict(person)
    if masked:
        for name in IDENTITY_FIELDS:
            if out.get(name) is not None:
                out[name] = MASK
    out["identity_masked"] = masked
    return out


def masked_name(name: str, level: ProtectedIdentity | str) -> str:
    return MASK if is_protected(level) else name
