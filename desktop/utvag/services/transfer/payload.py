"""What a case package carries, as versioned JSON: ``case.json`` (person, case, signed journal
notes, signed assessments and the list of attachments), ``audit.json`` (the case's audit excerpt)
and ``decision.json`` (the transfer decision and its reasons).

Building reads from the vault; parsing is strict, because even a trusted sender's document is input:
unknown or missing members, wrong types, over-long texts or references that do not resolve are
refused with :class:`PackageError` naming the field, never its content.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.case_records import Attachment, Case, CaseType
from utvag.domain.errors import DomainError
from utvag.errors import ValidationError
from utvag.services import assessment_facts, cases
from utvag.services.results import ServiceWarning, Warnings
from utvag.services.transfer import application as transfer_application
from utvag.services.transfer import needs as transfer_needs
from utvag.services.transfer import young as transfer_young
from utvag.services.transfer.fields import bad as _bad
from utvag.services.transfer.fields import exact_object as _obj
from utvag.services.transfer.fields import text as _text
from utvag.transfer import PackageError, attachment_entry_name, sanitize_attachment_name
from utvag.transfer.encoding import strict_loads
from utvag.vault import (
    repo_assessments,
    repo_attachments,
    repo_audit,
    repo_journal,
)
from utvag.vault.database import Connection

CASE_FORMAT = "utvag-case"
AUDIT_FORMAT = "utvag-audit-excerpt"
DECISION_FORMAT = "utvag-transfer-decision"
VERSION = 1
_CASE_KEYS = {"format", "version", "exported_at", "from_unit", "case", "person", "notes",
              "assessments", "attachments"}
_PERSON_KEYS = {"name", "personal_number", "number_kind", "birth_date", "gender",
                "protected_identity", "district"}
_NOTE_KEYS = {"id", "author", "created_at", "text", "signed_at", "signed_by", "corrects_note_id"}
_ASSESSMENT_KEYS = {"id", "form_id", "form_version", "answers", "outcome", "created_at",
                    "created_by", "signed_at", "signed_by", "superseded_by"}
_ATTACHMENT_KEYS = {"entry", "name", "media_type", "size", "sha256", "added_at", "added_by"}


def dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


# -- building (sender) -------------------------------------------------------------------------


@dataclass(frozen=True)
class OutgoingAttachment:
    entry: str = field(repr=False)
    attachment: Attachment


@dataclass(frozen=True)
class CaseContents:
    document: bytes = field(repr=False)
    attachments: tuple[OutgoingAttachment, ...]
    notes: int
    assessments: int
    drafts: int = 0  # unsigned journal notes left out of the package


# A draft note is unfinished text the caseworker has not stood behind: it is never disclosed
# with the case. The warning counts what stays behind so that it can be finished first.
DRAFTS_LEFT = ("Draft journal notes not sent: %1. Unsigned notes stay in this vault only; a note "
               "the receiving side needs must be signed before the case is sent.")


def drafts_left(contents: CaseContents) -> Warnings:
    """The warning that *contents* left draft notes behind, or none."""
    if not contents.drafts:
        return ()
    message = DRAFTS_LEFT.replace("%1", str(contents.drafts))
    return (ServiceWarning("draft_notes_not_sent", message),)


def drafts_of(conn: Connection, case_id: int) -> int:
    """How many of the case's journal notes are drafts, which no package carries."""
    return sum(not n.is_signed for n in repo_journal.notes_for_case(conn, case_id))


def entry_names(attachments: list[Attachment]) -> list[str]:
    """A valid, unique (case-insensitively) package entry name for each attachment."""
    names: list[str] = []
    seen: set[str] = set()
    for att in attachments:
        base = sanitize_attachment_name(att.name)
        stem, dot, suffix = base.rpartition(".")
        if not dot:
            stem, suffix = base, ""
        candidate, number = base, 1
        while unicodedata.normalize("NFC", candidate.casefold()) in seen:
            number += 1
            tail = f" ({number})"
            candidate = sanitize_attachment_name(stem[: 150] + tail + (dot + suffix[:40]))
        seen.add(unicodedata.normalize("NFC", candidate.casefold()))
        names.append(attachment_entry_name(candidate))
    return names


def build_case(conn: Connection, case: Case, *, from_unit: str, exported_at: str) -> CaseContents:
    """``case.json`` for *case* and the attachments that follow it in the package. Draft
    (unsigned) notes stay behind: they are counted in ``drafts``, and a signed note that
    corrects one goes without the reference."""
    every_note = repo_journal.notes_for_case(conn, case.id)
    notes = [n for n in every_note if n.is_signed]
    sent_ids = {n.id for n in notes}
    assessments = [a for a in repo_assessments.for_case(conn, case.id) if a.state == "signed"]
    attachments = repo_attachments.attachments_for_case(conn, case.id)
    outgoing = tuple(OutgoingAttachment(entry, att)
                     for entry, att in zip(entry_names(attachments), attachments, strict=True))
    person = asdict(case.person)
    person.pop("id")
    document = {
        "format": CASE_FORMAT,
        "version": VERSION,
        "exported_at": exported_at,
        "from_unit": from_unit,
        "case": {"case_number": case.case_number, "type": case.type.value,
                 "status": case.status.value, "opened_at": case.opened_at,
                 "caseworker": case.caseworker},
        "person": {**person, "protected_identity": case.person.protected_identity.value},
        "notes": [{**{k: v for k, v in asdict(n).items() if k != "case_id"},
                   "corrects_note_id": n.corrects_note_id
                   if n.corrects_note_id in sent_ids else None} for n in notes],
        "assessments": [
            {"id": a.id, "form_id": a.form_id, "form_version": a.form_version,
             "answers": a.answers, "outcome": a.outcome, "created_at": a.created_at,
             "created_by": a.created_by, "signed_at": a.signed_at, "signed_by": a.signed_by,
             "superseded_by": a.superseded_by}
            for a in assessments
        ],
        "attachments": [
            {"entry": o.entry, "name": o.attachment.name, "media_type": o.attachment.media_type,
             "size": o.attachment.size, "sha256": o.attachment.sha256,
             "added_at": o.attachment.added_at, "added_by": o.attachment.added_by}
            for o in outgoing
        ],
    }
    # optional: packages without it still open
    document.update(transfer_application.build(conn, case.id, {
        o.attachment.id: o.entry for o in outgoing}))
    document.update(transfer_young.build(conn, case.id))  # optional, like the application
    needs = transfer_needs.build(conn, case.id)
    if needs:  # optional: a case without needs writes what older readers accept
        document["needs"] = needs
    return CaseContents(dump(document), outgoing, len(notes), len(assessments),
                        len(every_note) - len(notes))


def build_audit_excerpt(conn: Connection, case: Case) -> bytes:
    rows = repo_audit.case_rows(conn, case.id)
    return dump({
        "format": AUDIT_FORMAT, "version": VERSION, "case_number": case.case_number,
        "rows": [{"seq": r[0], "at": r[1], "actor": r[2], "action": r[3],
                  "detail": json.loads(r[4])} for r in rows],
    })


# -- parsing (receiver) ------------------------------------------------------------------------


@dataclass(frozen=True)
class IncomingNote:
    id: int
    author: str
    created_at: str
    text: str = field(repr=False)
    signed_at: str | None
    signed_by: str | None
    corrects_note_id: int | None


@dataclass(frozen=True)
class IncomingAssessment:
    id: int
    form_id: str
    form_version: int
    answers: dict[str, Any] = field(repr=False)
    outcome: dict[str, Any] = field(repr=False)
    created_at: str
    created_by: str
    signed_at: str
    signed_by: str
    superseded_by: int | None


@dataclass(frozen=True)
class IncomingAttachment:
    entry: str = field(repr=False)
    name: str = field(repr=False)
    media_type: str
    size: int
    sha256: str
    added_at: str
    added_by: str


@dataclass(frozen=True)
class IncomingCase:
    from_unit: str
    case_number: str
    type: str
    # validated person fields, as ``cases.new_case`` stores them
    person: dict[str, Any] = field(repr=False)
    notes: tuple[IncomingNote, ...]
    assessments: tuple[IncomingAssessment, ...]
    attachments: tuple[IncomingAttachment, ...]
    # the application the case started from
    application: transfer_application.IncomingApplication | None = field(default=None, repr=False)
    young: transfer_young.IncomingYoung = field(  # the guardians and consent positions
        default_factory=transfer_young.IncomingYoung)
    needs: tuple[transfer_needs.IncomingNeed, ...] = ()  # the needs found and followed up

    def attachment(self, entry: str) -> IncomingAttachment | None:
        for att in self.attachments:
            if att.entry == entry:
                return att
        return None


def _list(value: Any, field: str, limit: int = 100_000) -> list[Any]:
    if not isinstance(value, list) or len(value) > limit:
        raise _bad(field)
    return value


def _time(value: Any, field: str, *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    _text(value, field, limit=40)
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise _bad(field) from None
    return value


def _int(value: Any, field: str, *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**63:
        raise _bad(field)
    return value


def _person(raw: Any) -> dict[str, Any]:
    keys = _PERSON_KEYS | ({"address"} if isinstance(raw, dict) and "address" in raw else set())
    person = _obj(raw, keys, "person")
    given = {k: person[k] for k in ("name", "personal_number", "birth_date", "gender",
                                    "district", "protected_identity", "address")
             if person.get(k) is not None}
    try:
        spec = cases.validate_new_case({"type": CaseType.DEFECTOR.value, "person": given})
    except ValidationError as exc:
        raise _bad(exc.field or "person") from None
    if person["number_kind"] != spec.person["number_kind"]:
        raise _bad("person.number_kind")
    return spec.person


def _notes(raw: Any) -> tuple[IncomingNote, ...]:
    notes: list[IncomingNote] = []
    ids: set[int] = set()
    for item in _list(raw, "notes"):
        note = _obj(item, _NOTE_KEYS, "notes")
        note_id = _int(note["id"], "notes.id")
        signed_at = _time(note["signed_at"], "notes.signed_at", optional=True)
        signed_by = _text(note["signed_by"], "notes.signed_by", optional=True, record=note_id)
        corrects = _int(note["corrects_note_id"], "notes.corrects_note_id", optional=True)
        if (signed_at is None) != (signed_by is None) or (corrects is not None
                                                          and corrects not in ids):
            raise _bad("notes")
        if note_id in ids:
            raise _bad("notes.id")
        ids.add(note_id)
        notes.append(IncomingNote(note_id, _text(note["author"], "notes.author", record=note_id),
                                  _time(note["created_at"], "notes.created_at"),
                                  _text(note["text"], "notes.text", limit=cases.MAX_NOTE,
                                        free=True),
                                  signed_at, signed_by, corrects))
    return tuple(notes)


def _assessments(raw: Any, check_forms: bool) -> tuple[IncomingAssessment, ...]:
    items = [_obj(item, _ASSESSMENT_KEYS, "assessments") for item in _list(raw, "assessments")]
    ids = [_int(item["id"], "assessments.id") for item in items]
    if len(set(ids)) != len(ids):
        raise _bad("assessments.id")
    result: list[IncomingAssessment] = []
    for item in items:
        superseded = _int(item["superseded_by"], "assessments.superseded_by", optional=True)
        if superseded is not None and superseded not in ids:
            raise _bad("assessments.superseded_by")
        if not isinstance(item["answers"], dict) or not isinstance(item["outcome"], dict):
            raise _bad("assessments")
        try:
            AssessmentOutcome.from_dict(item["outcome"])
        except DomainError:
            raise _bad("assessments.outcome") from None
        form_id = _text(item["form_id"], "assessments.form_id", limit=100)
        form_version = _int(item["form_version"], "assessments.form_version")
        if check_forms:
            _check_form(form_id, form_version)
        result.append(IncomingAssessment(
            item["id"], form_id, form_version, item["answers"],
            item["outcome"], _time(item["created_at"], "assessments.created_at"),
            _text(item["created_by"], "assessments.created_by", record=item["id"]),
            _time(item["signed_at"], "assessments.signed_at"),
            _text(item["signed_by"], "assessments.signed_by", record=item["id"]), superseded))
    return tuple(result)


def _check_form(form_id: str, version: int) -> None:
    """A received assessment's form version must be one this application loads with the rules
    it names (a form refused at load, or unknown here, would keep answers nothing checks)."""
    try:
        assessment_facts.registry().get(form_id, version)
    except DomainError:
        raise PackageError(
            f"The package holds an assessment on form version {version}, which this application "
            "does not know or whose rules it cannot check; nothing was imported") from None


def _attachments(raw: Any) -> tuple[IncomingAttachment, ...]:
    result: list[IncomingAttachment] = []
    for number, item in enumerate(_list(raw, "attachments", limit=4096), start=1):
        att = _obj(item, _ATTACHMENT_KEYS, "attachments")
        sha = _text(att["sha256"], "attachments.sha256", limit=64)
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise _bad("attachments.sha256")
        entry = _text(att["entry"], "attachments.entry", limit=300)
        if not entry.startswith("attachments/") or any(a.entry == entry for a in result):
            raise _bad("attachments.entry")
        result.append(IncomingAttachment(
            # shown, and offered as the name of a saved copy: repaired as the entry name is
            # (a right-to-left override can disguise an extension), never refused, so a case
            # whose file came with such a name still arrives
            entry, sanitize_attachment_name(_attachment_name(att["name"])),
            _text(att["media_type"], "attachments.media_type", limit=255),
            _int(att["size"], "attachments.size"), sha,
            _time(att["added_at"], "attachments.added_at"),
            _text(att["added_by"], "attachments.added_by", record=number)))
    return tuple(result)


def _attachment_name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 255:
        raise _bad("attachments.name")
    return value


def parse_case(data: bytes, *, check_forms: bool = True) -> IncomingCase:
    """Read and check ``case.json``; refuses anything malformed with :class:`PackageError`.
    A sender checking its own document leaves out *check_forms* (whether an assessment's form
    version is known depends on the receiver's version, not on what the case holds)."""
    try:
        doc = strict_loads(data.decode("utf-8", errors="strict"))
    except (ValueError, RecursionError, UnicodeError) as exc:
        raise _bad("JSON") from exc
    optional = ({"application", "guardians", "consent_positions", "needs"} & set(doc)
                if isinstance(doc, dict) else set())
    doc = _obj(doc, _CASE_KEYS | optional, "case.json")
    if doc["format"] != CASE_FORMAT or doc["version"] != VERSION:
        raise PackageError("The case data in the package was made by a newer version of Utväg")
    case = _obj(doc["case"], {"case_number", "type", "status", "opened_at", "caseworker"},
                "case")
    if case["type"] not in {t.value for t in CaseType}:
        raise _bad("case.type")
    _text(case["status"], "case.status", limit=40)
    _text(case["caseworker"], "case.caseworker")
    _time(case["opened_at"], "case.opened_at")
    _time(doc["exported_at"], "exported_at")
    attachments = _attachments(doc["attachments"])
    return IncomingCase(
        from_unit=_text(doc["from_unit"], "from_unit", limit=100),
        case_number=_text(case["case_number"], "case.case_number", limit=40),
        type=case["type"],
        person=_person(doc["person"]),
        notes=_notes(doc["notes"]),
        assessments=_assessments(doc["assessments"], check_forms),
        attachments=attachments,
        application=transfer_application.parse(doc.get("application"),
                                               {a.entry for a in attachments}),
        young=transfer_young.parse(doc.get("guardians"), doc.get("consent_positions")),
        needs=transfer_needs.parse(doc.get("needs")),
    )


def parse_document(data: bytes, expected_format: str) -> str:
    """Check an ``audit.json`` or ``decision.json`` document; return it as text to store."""
    try:
        doc = strict_loads(data.decode("utf-8", errors="strict"))
    except (ValueError, RecursionError, UnicodeError) as exc:
        raise _bad(expected_format) from exc
    if not isinstance(doc, dict) or doc.get("format") != expected_format \
            or doc.get("version") != VERSION:
        raise _bad(expected_format)
    return data.decode("utf-8")
