"""Consent to lift confidentiality between authorities, kept as its own record."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from utvag.domain._checks import optional_text, require_date, require_order
from utvag.domain.errors import DomainError
from utvag.domain.evidence import Authority


@dataclass(frozen=True)
class ConsentRecord:
    """A consent given by the individual, on the signed form kept as an attachment.

    ``attachment_id`` references the scanned form stored in the vault. A withdrawal keeps the
    record (the history matters) and adds when and by whom it was withdrawn.
    """

    authorities: frozenset[Authority]
    given_on: date
    attachment_id: str | None = None
    withdrawn_on: date | None = None
    withdrawn_by: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.authorities:
            raise DomainError(
                "consent.authorities must name at least one authority.",
                field="consent.authorities",
                rule="required",
            )
        require_date(self.given_on, "consent.given_on")
        optional_text(self.attachment_id, "consent.attachment_id", max_length=200)
        optional_text(self.withdrawn_by, "consent.withdrawn_by", max_length=200)
        require_order(self.given_on, self.withdrawn_on, "consent.withdrawn_on", "the consent date")
        if self.withdrawn_on is not None and not (self.withdrawn_by or "").strip():
            raise DomainError(
                "consent.withdrawn_by is required when the consent is withdrawn.",
                field="consent.withdrawn_by",
                rule="required",
            )

    def is_withdrawn(self, as_of: date) -> bool:
        return self.withdrawn_on is not None and self.withdrawn_on <= as_of

    def missing(self, involved: frozenset[Authority]) -> frozenset[Authority]:
        """The involved authorities this consent does not cover."""
        return involved - self.authorities

    def covers(self, involved: frozenset[Authority]) -> bool:
        return not self.missing(involved)
