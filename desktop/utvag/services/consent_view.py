"""The consent of a case as the app shows it, and its withdrawal, by case id: the app reaches
:mod:`utvag.services.consent` through here and never holds a database connection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from utvag.domain.messages import Message
from utvag.services import consent
from utvag.services.case_ref import case_of
from utvag.services.results import JsonResult
from utvag.services.session import Session


@dataclass(frozen=True)
class ConsentWithdrawal(JsonResult):
    """A withdrawal of the consent recorded on the case (``withdrawn_by`` None: the
    individual), with the signed letter among the attachments, if any."""

    id: int
    withdrawn_on: str
    withdrawn_by: str | None
    attachment_id: int | None


@dataclass(frozen=True)
class ConsentState:
    """The consent as the case stands: given (on the signed assessment in force, for which
    authorities), withdrawn (the withdrawal events, oldest first), and whether criterion 4 is
    met today, with the rule's reasons."""

    given: bool
    given_on: str | None
    authorities: tuple[str, ...]
    withdrawn: bool
    withdrawals: tuple[ConsentWithdrawal, ...]
    criterion_met: bool
    reasons: tuple[Message, ...]

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "authorities": list(self.authorities),
                "withdrawals": [w.to_json() for w in self.withdrawals],
                "reasons": [m.to_dict() for m in self.reasons]}


def state(session: Session, case_id: int) -> ConsentState:
    """Given, withdrawn (with the withdrawal events), criterion 4 met today."""
    conn = session.vault.conn
    case = case_of(conn, case_id, open_only=False)
    found = consent.consent_state(conn, case)
    return ConsentState(
        found["given"], found["given_on"], tuple(found["authorities"]), found["withdrawn"],
        tuple(ConsentWithdrawal(**w) for w in found["withdrawals"]), found["criterion_met"],
        tuple(Message.from_dict(m) for m in found["reasons"]))


def withdraw(session: Session, case_id: int, on: str, by: str | None,
             attachment_id: int | None) -> int:
    return consent.withdraw(session, case_id, on, by, attachment_id)
