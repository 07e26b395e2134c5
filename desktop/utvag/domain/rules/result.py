"""The result of applying one rule: whether it holds, with reasons and warnings."""

from __future__ import annotations

from dataclasses import dataclass

from utvag.domain.messages import Message


@dataclass(frozen=True)
class RuleResult:
    met: bool
    reasons: tuple[Message, ...] = ()
    warnings: tuple[Message, ...] = ()
