"""The disclosure register's rules: on which legal ground information may leave the board, what
left, through which channel, and whether a consent allows it.

Social-services data is presumptively secret (OSL 26:1), and each board is its own authority, so
information leaves only on a legal ground (seed 001, "Sekretess och möjlighet att lämna
information"): the person's consent for a stated purpose, a duty to report (a concern report
about a child; the seed cites SoL 14:1, since 1 July 2025 the Social Services Act 2025:400), a
duty to provide information on request (OSL 6:5) or a crime-related exception of OSL chapter 10:
suspected serious crime, crime against a child under 18, and 10:18 a for a person under 21. The
grounds themselves are data (``resources/legal/grounds.json``, read by :func:`parse_grounds`),
because the law is being renumbered; their keys stay stable, so the register keeps meaning the
same ground.

A crime-related exception lets the board disclose; it does not oblige it to. A ground marked
``requires_harm_test`` needs the harm test (*menprövning*) written down with the disclosure: why
disclosing outweighs the harm to the person (OSL 26:1, seed 001: «om det inte står klart att
uppgiften kan röjas utan att den enskilde eller någon närstående till denne lider men»). A
disclosure on such a ground is refused without it (:func:`parse_harm_test`).

A ground may also name the only recipients it allows (``recipients``): OSL 10:18 a lets the
board inform the Police, not another board (seed 001: «lämna information till polisen om det
finns risk för att en person under 21 år kommer att begå brott»). :func:`check_ground` is the one
place that applies a ground's own limits — recipient, harm test, age — to whatever records a
disclosure on it: the register and a transfer package alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from utvag.domain.consent import ConsentRecord
from utvag.domain.errors import DomainError
from utvag.domain.evidence import Authority

SCHEMA = "utvag-legal-grounds/1"
CONSENT = "consent"
OTHER = "other"
RECIPIENT_OTHER = "other"  # a recipient that is none of the authorities a consent can name
MAX_RECIPIENT = 200
MAX_TEXT = 4000
_KEY = re.compile(r"^[a-z][a-z0-9_]{1,47}$")
_REQUIRED_FIELDS = {"key": str, "label_sv": str, "label_en": str, "reference": str,
                    "requires_consent": bool, "requires_text": bool, "note": str}
_OPTIONAL_FIELDS = {"max_age": int, "requires_harm_test": bool, "recipients": list}
MAX_HARM_TEST = 4000


class Channel(StrEnum):
    """How the information left the board."""

    TRANSFER_PACKAGE = "transfer_package"  # written by the transfer export itself
    POLICE_REQUEST_ANSWER = "police_request_answer"
    CONCERN_REPORT = "concern_report"
    PRINTOUT = "printout"
    OTHER = "other"


class DataCategory(StrEnum):
    """What left, as data categories (the same ones a transfer package records)."""

    PERSON = "person"
    CASE = "case"
    JOURNAL_NOTES = "journal_notes"
    ASSESSMENTS = "assessments"
    ATTACHMENTS = "attachments"
    AUDIT_EXCERPT = "audit_excerpt"
    TRANSFER_DECISION = "transfer_decision"


RECIPIENT_AUTHORITIES: tuple[str, ...] = (*(a.value for a in Authority), RECIPIENT_OTHER)


@dataclass(frozen=True)
class LegalGround:
    """One legal ground of the table. ``reference`` is the provision as currently cited;
    ``max_age``, when set, limits the ground to a person younger than that age;
    ``requires_harm_test`` says a disclosure on it must record the harm test; ``recipients``,
    when not empty, are the only recipient authorities it allows."""

    key: str
    label_sv: str
    label_en: str
    reference: str
    requires_consent: bool
    requires_text: bool
    note: str
    max_age: int | None = None
    requires_harm_test: bool = False
    recipients: tuple[str, ...] = ()

    def allows(self, authority: str) -> bool:
        """Whether information may leave on this ground to a recipient of ``authority``."""
        return not self.recipients or authority in self.recipients

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "recipients": list(self.recipients)}


@dataclass(frozen=True)
class LegalGrounds:
    """The table of legal grounds, in the file's order."""

    grounds: tuple[LegalGround, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(g.key for g in self.grounds)

    def find(self, key: str | None) -> LegalGround | None:
        return next((g for g in self.grounds if g.key == key), None)

    def get(self, key: object) -> LegalGround:
        """The ground with this key; an unknown key is refused naming ``legal_ref``."""
        found = self.find(key) if isinstance(key, str) else None
        if found is None:
            keys = ", ".join(self.keys)
            raise DomainError(f"legal_ref: unknown legal reference; choose one of {keys}.",
                              field="legal_ref", rule="unknown")
        return found


def _format_error(where: str, problem: str) -> DomainError:
    return DomainError(f"legal grounds: {where} {problem}", field=f"grounds.{where}",
                       rule="format")


def _entry(raw: object, index: int) -> LegalGround:
    where = f"entry {index + 1}"
    if not isinstance(raw, dict):
        raise _format_error(where, "must be an object.")
    unknown = sorted(set(raw) - set(_REQUIRED_FIELDS) - set(_OPTIONAL_FIELDS))
    if unknown:
        raise _format_error(f"{where}.{unknown[0]}", "is not a known field.")
    for name, kind in _REQUIRED_FIELDS.items():
        value = raw.get(name)
        if name not in raw or not isinstance(value, kind):
            raise _format_error(f"{where}.{name}", f"is missing or not {kind.__name__}.")
        if isinstance(value, str) and not value.strip() and name != "note":
            raise _format_error(f"{where}.{name}", "must not be empty.")
    age = raw.get("max_age")
    if age is not None and (isinstance(age, bool) or not isinstance(age, int)
                            or not 1 <= age <= 120):
        raise _format_error(f"{where}.max_age", "must be a whole number of years (1-120).")
    harm = raw.get("requires_harm_test", False)
    if not isinstance(harm, bool):
        raise _format_error(f"{where}.requires_harm_test", "must be true or false.")
    recipients = raw.get("recipients", [])
    if not isinstance(recipients, list) or any(r not in RECIPIENT_AUTHORITIES
                                               for r in recipients):
        raise _format_error(f"{where}.recipients", "must list recipient authorities.")
    if not _KEY.match(raw["key"]):
        raise _format_error(f"{where}.key", "must be lower-case letters, digits and _.")
    return LegalGround(raw["key"], raw["label_sv"].strip(), raw["label_en"].strip(),
                       raw["reference"].strip(), raw["requires_consent"],
                       raw["requires_text"], raw["note"].strip(), age, harm,
                       tuple(dict.fromkeys(recipients)))


def parse_grounds(data: object) -> LegalGrounds:
    """Validate the table read from ``grounds.json``; every problem names the entry and field.

    ``consent`` (which requires consent) and ``other`` (which requires text) must be present:
    the transfer export relies on both keys.
    """
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise _format_error("schema", f"must be {SCHEMA!r}.")
    unknown = sorted(set(data) - {"schema", "grounds"})
    if unknown:
        raise _format_error(unknown[0], "is not a known field.")
    raw = data.get("grounds")
    if not isinstance(raw, list) or not raw:
        raise _format_error("grounds", "must be a non-empty list.")
    grounds = tuple(_entry(entry, i) for i, entry in enumerate(raw))
    seen: set[str] = set()
    for ground in grounds:
        if ground.key in seen:
            raise _format_error(f"key {ground.key}", "appears twice.")
        seen.add(ground.key)
    table = LegalGrounds(grounds)
    consent, other = table.find(CONSENT), table.find(OTHER)
    if consent is None or not consent.requires_consent:
        raise _format_error(f"key {CONSENT}", "must be present and require consent.")
    if other is None or not other.requires_text:
        raise _format_error(f"key {OTHER}", "must be present and require text.")
    return table


# -- what a disclosure names ----------------------------------------------------------------


def _invalid(field: str, message: str, rule: str = "invalid") -> DomainError:
    return DomainError(f"{field}: {message}", field=field, rule=rule)


def parse_channel(value: object, *, allow_transfer: bool = False) -> Channel:
    try:
        channel = Channel(value if isinstance(value, str) else "")
    except ValueError:
        known = ", ".join(c.value for c in Channel)
        raise _invalid("channel", f"must be one of {known}") from None
    if channel is Channel.TRANSFER_PACKAGE and not allow_transfer:
        raise _invalid("channel", "transfer packages are recorded by the transfer export "
                       "itself; choose another channel.", "transfer_only")
    return channel


def parse_categories(values: Iterable[object]) -> tuple[DataCategory, ...]:
    """At least one category, each from the closed list; repeats are dropped, order kept."""
    found: list[DataCategory] = []
    for value in values:
        try:
            category = DataCategory(value if isinstance(value, str) else "")
        except ValueError:
            known = ", ".join(c.value for c in DataCategory)
            raise _invalid("categories", f"each must be one of {known}") from None
        if category not in found:
            found.append(category)
    if not found:
        raise _invalid("categories", "name at least one data category.", "required")
    return tuple(found)


def parse_recipient(recipient: object, authority: object) -> tuple[str, str]:
    """The recipient in words (required) and its authority (one of ``RECIPIENT_AUTHORITIES``)."""
    if not isinstance(recipient, str) or not recipient.strip():
        raise _invalid("recipient", "name who received the information.", "required")
    if len(recipient.strip()) > MAX_RECIPIENT:
        raise _invalid("recipient", f"is longer than {MAX_RECIPIENT} characters.", "max_length")
    if authority not in RECIPIENT_AUTHORITIES:
        known = ", ".join(RECIPIENT_AUTHORITIES)
        raise _invalid("recipient_authority", f"must be one of {known}",
                       "required" if not authority else "invalid")
    return recipient.strip(), str(authority)


def parse_text(ground: LegalGround, text: object) -> str | None:
    """The ground in words: required when the ground requires it, at most ``MAX_TEXT``."""
    if text is not None and not isinstance(text, str):
        raise _invalid("legal_text", "must be text.", "type")
    cleaned = (text or "").strip() or None
    if cleaned is None and ground.requires_text:
        raise _invalid("legal_text", f"the ground {ground.key!r} must be stated in words.",
                       "required")
    if cleaned is not None and len(cleaned) > MAX_TEXT:
        raise _invalid("legal_text", f"is longer than {MAX_TEXT} characters.", "max_length")
    return cleaned


def parse_harm_test(ground: LegalGround, text: object) -> str | None:
    """The recorded harm test: required, in words, when the ground requires one; kept when given
    for another ground; at most ``MAX_HARM_TEST`` characters."""
    if text is not None and not isinstance(text, str):
        raise _invalid("harm_test", "must be text.", "type")
    cleaned = (text or "").strip() or None
    if cleaned is None and ground.requires_harm_test:
        raise _invalid("harm_test", f"the ground {ground.key!r} requires a written harm test: "
                       "state why disclosing outweighs the harm to the person.", "required")
    if cleaned is not None and len(cleaned) > MAX_HARM_TEST:
        raise _invalid("harm_test", f"is longer than {MAX_HARM_TEST} characters.", "max_length")
    return cleaned


def ground_text(ground: LegalGround, text: str | None) -> str:
    """What the register keeps as the ground: the provision as cited that day, and the words."""
    return f"{ground.reference} — {text}" if text else ground.reference


# -- checks against the case ----------------------------------------------------------------


def check_age(ground: LegalGround, birth_date: date | None, on: date) -> None:
    """A ground limited by age (OSL 10:18 a: under 21) refuses a person who was older that day.
    An unknown birth date is left to the caseworker's judgement."""
    if ground.max_age is None or birth_date is None:
        return
    years = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    if years >= ground.max_age:
        raise DomainError(f"legal_ref: the ground {ground.key!r} applies only to a person under "
                          f"{ground.max_age}; the person in this case was older on the day of "
                          "the disclosure.", field="legal_ref", rule="age_limit")


def check_recipient(ground: LegalGround, authority: str) -> None:
    """A ground that names its recipients (OSL 10:18 a: the Police) refuses any other."""
    if not ground.allows(authority):
        allowed = ", ".join(ground.recipients)
        raise DomainError(f"legal_ref: the ground {ground.key!r} does not allow information to "
                          f"leave to {authority}; it allows only {allowed}. Choose another "
                          "legal ground.", field="legal_ref", rule="recipient_not_allowed")


def check_ground(ground: LegalGround, authority: str, harm_test: object,
                 birth_date: date | None, on: date) -> str | None:
    """Every limit of the ground itself, for a disclosure to ``authority`` on day ``on``: the
    recipients it allows, its harm test (returned, cleaned) and its age limit. The register and
    the transfer export both call this; the consent is checked apart (:func:`check_consent`)."""
    check_recipient(ground, authority)
    harm = parse_harm_test(ground, harm_test)
    check_age(ground, birth_date, on)
    return harm


def check_consent(consent: ConsentRecord | None, authority: str, on: date,
                  withdrawals: Iterable[date | None] = ()) -> None:
    """A disclosure on consent needs a consent, given by ``on``, not withdrawn by then, that names
    the recipient's authority. ``withdrawals`` are withdrawals recorded elsewhere on the case
    (a later draft assessment, a case closed because the consent was withdrawn); ``None`` is a
    withdrawal of unknown date and always counts."""
    if consent is None or consent.given_on > on:
        raise DomainError("legal_ref: no consent is recorded on the case's signed assessment for "
                          "that day; record the consent or choose another legal ground.",
                          field="legal_ref", rule="consent_missing")
    if consent.is_withdrawn(on) or any(w is None or w <= on for w in withdrawals):
        raise DomainError("legal_ref: the consent has been withdrawn; nothing may be disclosed "
                          "on it. Choose another legal ground.", field="legal_ref",
                          rule="consent_withdrawn")
    if authority == RECIPIENT_OTHER or Authority(authority) not in consent.authorities:
        named = "this recipient" if authority == RECIPIENT_OTHER else Authority(authority).name_en
        raise DomainError(f"legal_ref: the consent does not cover {named} ({authority}); "
                          "choose another legal ground.", field="legal_ref",
                          rule="consent_not_covering")
