"""Text typed and not saved when the vault locks (a recording dialog, the High-risk tab), with
the dates, choices, ticks and numbers entered beside it: kept in the vault, per case and kind,
and taken back the next time it is opened; until then the case's Overview names the kinds.

It stays in the vault only: encrypted with the rest, never in a log, a setting, a temp file, a
transfer package or a handover. A case that is closed or transferred away takes none (it is
read-only, nothing typed in it could be saved), and its rows go with it (schema 18). Each keep
and each taking back writes an audit row naming the kind only, never the text.
"""

from __future__ import annotations

import json

from utvag.errors import ValidationError
from utvag.services.case_ref import case_of
from utvag.services.session import Session
from utvag.vault import repo_kept_text
from utvag.vault.audit import now_utc

MAX_KIND = 80
MAX_BODY = 200_000  # characters of JSON: far more than any dialog's fields hold

Fields = dict[str, object]


def _kind(kind: object) -> str:
    if not isinstance(kind, str) or not 0 < len(kind) <= MAX_KIND:
        raise ValidationError(f"kind must name what the text was typed in (1 to {MAX_KIND} "
                              "characters).", field="kind", rule="required")
    return kind


def keep(session: Session, case_id: int, kind: str, fields: Fields) -> bool:
    """Keep ``fields`` (field name → text or choice) typed for the case in ``kind``, replacing
    what was kept there before. Nothing typed: nothing kept (False). A closed or transferred
    case is refused (``RefusedError``)."""
    kind = _kind(kind)
    if not fields:
        return False
    try:
        body = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        raise ValidationError("The typed text could not be kept: it is not plain text.",
                              field="fields", rule="format") from None
    if len(body) > MAX_BODY:
        raise ValidationError("The typed text is too long to keep.", field="fields",
                              rule="too_long")
    vault = session.vault
    with vault.transaction() as conn:
        case_of(conn, case_id, open_only=True)
        repo_kept_text.put(conn, case_id, kind, body, by=vault.actor, now=now_utc())
        vault.audit("kept_text.keep", case_id, {"kind": kind})
    return True


def take_back(session: Session, case_id: int, kind: str) -> Fields | None:
    """What was kept for the case in ``kind`` (None: nothing), removed from the vault as it is
    handed back: from now on it is in the dialog or tab again."""
    kind = _kind(kind)
    vault = session.vault
    with vault.reading():
        body = repo_kept_text.get(vault.conn, case_id, kind)
    if body is None:
        return None
    with vault.transaction() as conn:
        if not repo_kept_text.remove(conn, case_id, kind):
            return None
        vault.audit("kept_text.take_back", case_id, {"kind": kind})
    try:
        fields = json.loads(body)
    except ValueError:
        return None
    return fields if isinstance(fields, dict) else None


def kinds_kept(session: Session, case_id: int) -> list[str]:
    """The kinds the case has text kept in (the case's Overview names them)."""
    vault = session.vault
    with vault.reading():
        return repo_kept_text.kinds_of(vault.conn, case_id)
