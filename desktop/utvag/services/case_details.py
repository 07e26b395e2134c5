"""A case as ``case show`` and the services hand it out whole: its fields, the person (masked
when protected), notes, attachments, the result of the signed assessment, the consent and the
relatives' warnings. Its JSON (``to_json``) is what ``utvag case show`` prints."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from utvag.domain.case_records import Attachment, Case, JournalNote
from utvag.domain.messages import Message
from utvag.services.results import JsonResult

if TYPE_CHECKING:
    from utvag.services.consent import ConsentState
    from utvag.services.process_end import ProcessEnding


@dataclass(frozen=True)
class AssessmentResult(JsonResult):
    """The result of the signed assessment in force (criteria, route, special defector,
    relocation), and where the case goes now (SAV's later decision counts)."""

    assessment_id: int
    signed_at: str | None
    is_defector: bool | None
    criteria: dict[str, bool] | None
    route_to: str | None
    special_defector: bool | None
    relocation: str | None
    routed_now_to: str | None


@dataclass(frozen=True)
class CaseDetails:
    """The case with everything ``case show`` prints. The case's person has its identity
    masked (``[protected identity]``) when ``identity_masked``."""

    case: Case
    identity_masked: bool
    notes: tuple[JournalNote, ...]
    attachments: tuple[Attachment, ...]
    assessment: AssessmentResult | None
    consent: ConsentState
    warnings: tuple[Message, ...]
    # The signed assessment in force ends the defector process: the case is to be closed.
    process_ending: ProcessEnding | None = None

    def to_json(self) -> dict[str, Any]:
        fields = asdict(self.case)
        person = {**fields.pop("person"), "identity_masked": self.identity_masked}
        return {**fields, "person": person,
                "notes": [asdict(n) for n in self.notes],
                "attachments": [asdict(a) for a in self.attachments],
                "assessment": self.assessment.to_json() if self.assessment else None,
                "consent": self.consent.to_json(),
                "warnings": [m.to_dict() for m in self.warnings],
                "process_ending": self.process_ending.to_json() if self.process_ending
                else None}
