"""The application a case started from in a case package: the optional ``application`` member
of ``case.json``.

The guideline moves the application itself to the receiving board, which «inleder utredning
utifrån den redan inkomna ansökan» (seed 003 l. 271). The member carries when it came in and
from whom and, where the sending board recorded them (schema 19), what was applied for
(``applied_for``) and the written application (``attachment``). Attachment ids are a vault's
own, so the written application is named by its attachment's entry name in the same package,
and the receiver links the application to its own copy. A package without the member, or with
the application but without the two content members, still opens; a malformed member is
refused naming the field, never its content.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from utvag.domain.display_text import is_clean_text
from utvag.services.decisions import APPLICANTS, MAX_TEXT
from utvag.services.transfer.fields import bad as _bad
from utvag.services.transfer.fields import exact_object as _obj
from utvag.services.transfer.fields import text as _text
from utvag.vault import repo_case_flow
from utvag.vault.database import Connection

KEYS = ("received_on", "applicant_kind", "applicant")
# written only when recorded, so that an application without them is what older readers accept
CONTENT = ("applied_for", "attachment")


@dataclass(frozen=True)
class IncomingApplication:
    received_on: str
    applicant_kind: str
    applicant: str | None = field(repr=False)
    applied_for: str | None = field(default=None, repr=False)
    attachment: str | None = field(default=None, repr=False)  # the entry of the written one


def build(conn: Connection, case_id: int, entries: Mapping[int, str]) -> dict[str, Any]:
    """``{"application": …}`` for the case's newest application (``{}`` when none is
    recorded); *entries* maps the case's attachment ids to their entry names in the package."""
    application = repo_case_flow.latest(conn, "case_application", case_id)
    if application is None:
        return {}
    member = {k: application[k] for k in KEYS}
    if application["applied_for"] is not None:
        member["applied_for"] = application["applied_for"]
    entry = entries.get(application["attachment_id"])
    if entry is not None:
        member["attachment"] = entry
    return {"application": member}


def parse(raw: Any, entries: Collection[str]) -> IncomingApplication | None:
    """Check the member; ``None`` (absent) is no application. ``attachment`` must be one of
    the package's attachment *entries*; ``applied_for`` is held to the sender's rules (at most
    ``MAX_TEXT`` characters, line breaks and tabs but no other control character and no
    text-direction character)."""
    if raw is None:
        return None
    content = {k for k in CONTENT if k in raw} if isinstance(raw, dict) else set()
    item = _obj(raw, {*KEYS, *content}, "application")
    try:
        datetime.strptime(_text(item["received_on"], "application.received_on", limit=10),
                          "%Y-%m-%d")
    except ValueError:
        raise _bad("application.received_on") from None
    if item["applicant_kind"] not in APPLICANTS:
        raise _bad("application.applicant_kind")
    applicant = _text(item["applicant"], "application.applicant", optional=True)
    applied_for = _text(item.get("applied_for"), "application.applied_for", limit=MAX_TEXT,
                        optional=True, free=True)
    if applied_for is not None and not is_clean_text(applied_for):
        raise _bad("application.applied_for")
    entry = _text(item.get("attachment"), "application.attachment", limit=300, optional=True)
    if entry is not None and entry not in entries:
        raise _bad("application.attachment")
    return IncomingApplication(item["received_on"], item["applicant_kind"], applicant,
                               applied_for, entry)


def store(conn: Connection, case_id: int, incoming: IncomingApplication | None,
          source_case_number: str, attachment_ids: Mapping[str, int], *, by: str,
          now: str) -> None:
    """Write the received application on the new case, linked to the receiver's own copy of
    the written application (*attachment_ids*: entry name → this vault's attachment id)."""
    if incoming is None:
        return
    repo_case_flow.insert(conn, "case_application", case_id, {
        "received_on": incoming.received_on, "applicant_kind": incoming.applicant_kind,
        "applicant": incoming.applicant, "applied_for": incoming.applied_for,
        "attachment_id": None if incoming.attachment is None
        else attachment_ids[incoming.attachment],
        "source_case_number": source_case_number}, by=by, now=now)
