"""Answers documents: a form id, its version and the answers, as stored or read from a file.

File format (see ``docs/assessment-answers.md``)::

    {"form": "defector-assessment", "version": 1, "answers": {"belonging": "Hisingen", ...}}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from utvag.domain.errors import DomainError
from utvag.forms import jsonio


@dataclass(frozen=True)
class AnswersDocument:
    form_id: str
    version: int
    answers: Mapping[str, Any] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"form": self.form_id, "version": self.version, "answers": dict(self.answers)}

    @classmethod
    def from_dict(cls, data: Any) -> AnswersDocument:
        """Read a decoded answers file strictly: exactly ``form``, ``version`` and ``answers``."""
        if not isinstance(data, dict):
            raise DomainError(
                "The answers file must hold a JSON object.", field="answers", rule="type"
            )
        for key in ("form", "version", "answers"):
            if key not in data:
                raise DomainError(f"The answers file needs '{key}'.", field=key, rule="required")
        unknown = sorted(data.keys() - {"form", "version", "answers"})
        if unknown:
            shown = unknown[0][:64]
            raise DomainError(
                f"{shown}: unknown key in the answers file (answers go under 'answers').",
                field=shown,
                rule="unknown_field",
            )
        form_id, version, answers = data["form"], data["version"], data["answers"]
        if not isinstance(form_id, str) or not form_id:
            raise DomainError("form must name a form.", field="form", rule="type")
        if isinstance(version, bool) or not isinstance(version, int):
            raise DomainError("version must be a whole number.", field="version", rule="type")
        if not isinstance(answers, dict):
            raise DomainError(
                "answers must be an object of field ids.", field="answers", rule="type"
            )
        return cls(form_id=form_id, version=version, answers=answers)


def load_answers(path: Path) -> AnswersDocument:
    """Read an answers file; refuses malformed JSON, duplicate keys and unknown top-level keys."""
    return AnswersDocument.from_dict(jsonio.load_path(path, what="answers file"))


def parse_answers(text: str | bytes) -> AnswersDocument:
    return AnswersDocument.from_dict(jsonio.loads(text, what="answers file"))
