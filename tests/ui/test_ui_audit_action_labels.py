"""Every action the services and the vault write to the audit chain is named in the access
logs (the log review, a case's access log) in words, in Swedish and English. A log reviewer who
reads "an action this version does not know" for a guardian's corrected name or a Police threat
request cannot tell what was done to the case."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from utvag.ui.action_labels import unknown_action_label
from utvag.ui.manager.log_model import action_label

SOURCE = Path(__file__).resolve().parents[2] / "desktop" / "utvag"
ACTION = re.compile(r"^[a-z_]+\.[a-z_]+$")
# what writes an audit row, with the action as a plain argument
WRITERS = {"audit", "append", "case_changed", "maybe_case_changed", "refusals", "_replace_with"}


def _written_actions() -> dict[str, str]:
    """Each action a literal in services/ or vault/ hands to an audit writer (or assigns to a
    name ``action`` that one is then given), with the file it is written in."""
    found: dict[str, str] = {}
    for path in [*SOURCE.joinpath("services").rglob("*.py"),
                 *SOURCE.joinpath("vault").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            literals: list[ast.expr] = []
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in WRITERS:
                    literals = list(node.args)
            elif isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "action" for t in node.targets):
                literals = list(ast.walk(node.value))  # type: ignore[arg-type]
            for literal in literals:
                if (isinstance(literal, ast.Constant) and isinstance(literal.value, str)
                        and ACTION.match(literal.value)):
                    found.setdefault(literal.value, str(path.relative_to(SOURCE)))
    return found


def test_the_scan_finds_the_actions_it_should() -> None:
    actions = _written_actions()
    assert len(actions) >= 100
    assert {"case.create", "guardian.correct_name", "police_threat.request",
            "transfer.resend", "vault.rollback_detected"} <= set(actions)


@pytest.mark.usefixtures("qapp")
def test_every_written_action_has_its_words_in_english() -> None:
    unknown = {a: where for a, where in _written_actions().items()
               if action_label(a) in (unknown_action_label(), a)}
    assert unknown == {}


@pytest.mark.usefixtures("qapp", "swedish")
def test_every_written_action_has_its_words_in_swedish() -> None:
    assert unknown_action_label() != "an action this version does not know"
    untranslated = {a: action_label(a) for a in _written_actions()
                    if action_label(a) == unknown_action_label() or not _swedish(action_label(a))}
    assert untranslated == {}


def _swedish(label: str) -> bool:
    """The label is not the English source text (every English one has one of these words)."""
    return not re.search(r"\b(the|a|an|of|was|recorded|read|wrote|sent)\b", label)
