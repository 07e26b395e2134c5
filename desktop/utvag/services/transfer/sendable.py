"""Whether what this vault is about to seal would be accepted where it is going.

A receiving vault refuses a package whose one-line members (a name, a case number, a user) hold
a control, line-break or text-direction character (``domain.display_text``). New text with them
is refused at entry, but a vault may still hold such text typed before that rule or received
earlier. So that the caseworker learns it here, before anything is sealed, written or recorded,
and not when the receiving board calls back, every sender runs the receiver's own parser on the
document it built (:func:`check_case`, :func:`check_consultation`) and refuses with a message
that names the field and the record to correct; never the content.
"""

from __future__ import annotations

from utvag.errors import RefusedError
from utvag.services.consultation.payload import QUESTION_CHARACTERS, parse_consultation
from utvag.services.transfer.fields import FieldError
from utvag.services.transfer.payload import parse_case
from utvag.transfer import PackageError


def check_case(document: bytes) -> None:
    """Refuse (:class:`RefusedError`) a ``case.json`` a receiver would refuse."""
    try:
        parse_case(document, check_forms=False)
    except FieldError as exc:
        raise refusal(exc.field, exc.record) from None
    except PackageError as exc:
        raise RefusedError(f"The case cannot be sent as it stands: {exc}. Correct the case "
                           "first; nothing was sealed.") from None


def check_consultation(document: bytes) -> None:
    """Refuse (:class:`RefusedError`) a ``consultation.json`` SAV would refuse."""
    try:
        parse_consultation(document)
    except FieldError as exc:
        raise refusal(exc.field, exc.record) from None
    except PackageError as exc:
        raise RefusedError(f"The consultation cannot be sent as it stands: {exc}. Correct the "
                           "case first; nothing was sealed.") from None


def refusal(field: str, record: int | None) -> RefusedError:
    """The message for the member *field* (of the record *record*) a receiver refuses."""
    if field == "person.name":
        return RefusedError(
            "The person's name holds a character that cannot be sent (a line break or a "
            "control or direction character): correct it in the case first.")
    if field == "case.case_number":
        return RefusedError(
            "The case number holds a character that cannot be sent (a line break or a control "
            "or direction character); it cannot be corrected here: contact the administrator.")
    if field == "case.caseworker":
        return RefusedError(
            "The caseworker's name on the case holds a character that cannot be sent (a line "
            "break or a control or direction character); it cannot be corrected here: contact "
            "the administrator.")
    if field == "guardians.name":
        return RefusedError(
            f"The name of guardian {record} holds a character that cannot be sent (a line "
            "break or a control or direction character): correct it in the case first.")
    if field == "guardians.contact":
        return RefusedError(
            f"The contact of guardian {record} holds a character that cannot be sent (a line "
            "break or a control or direction character): correct it in the case first.")
    if field == "guardians.no_contact_reason":
        return RefusedError(
            f"The reason why guardian {record} may not be contacted holds a control or "
            "direction character that cannot be sent: correct it in the case first.")
    if field == "question_text":
        return RefusedError(QUESTION_CHARACTERS)
    if field in ("notes.author", "notes.signed_by"):
        return RefusedError(
            f"A user name on journal note {record} holds a character that cannot be sent (a "
            "line break or a control or direction character); it cannot be corrected here: "
            "contact the administrator.")
    if field in ("assessments.created_by", "assessments.signed_by"):
        return RefusedError(
            f"A user name on assessment {record} holds a character that cannot be sent (a line "
            "break or a control or direction character); it cannot be corrected here: contact "
            "the administrator.")
    return RefusedError(
        f"The case holds data the receiving vault would refuse ({field}): correct it in the "
        "case first; nothing was sealed.")
