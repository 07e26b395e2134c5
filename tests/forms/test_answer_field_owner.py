"""Only the form's evaluators (``utvag/forms``) know the answers' field ids: every other module
reads :class:`~utvag.forms.facts.AssessmentFacts`, so renaming a field in a new form version
cannot silently break a due item, a statistic, a transfer or a tab.

The field ids come from every version of every form definition in ``resources/forms``.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

from forms_helpers import FORMS_DIR, REPO

SOURCE = REPO / "desktop" / "utvag"
OWNER = SOURCE / "forms"

# Words that are a field id and also name something else, allowed as that something else; a
# read of them from answers is still caught by ``test_no_module_reads_answers_by_field_id``.
OTHER_MEANINGS = {
    "consent_withdrawn": "a case status, a closure reason, a rule and a message",
    "relocation": "a member of the outcome and a kind of follow-up record",
    "belonging": "an attribute of the domain's assessment and the field of its errors",
    "protection_need": "an attribute of the domain's assessment and the field of its errors",
}
# Modules (by their path below utvag/) that use field-like words for their own members.
OWN_MEMBERS = {
    "services/consultation/payload": "the consultation format's members (docs/transfer-format.md), "
                            "filled from AssessmentFacts",
    "services/threat": "the input keys of a threat follow-up (utvag followup threat)",
    "cli/commands_followup": "the CLI options of a threat follow-up, passed as the service's keys",
    "services/young_people": "a member of the young person's positions (consent_given_on)",
    "ui/assessment/screens": "the screenshots type answers into the wizard's editors, "
                             "as a user would",
}


def field_ids() -> frozenset[str]:
    ids: set[str] = set()
    for path in FORMS_DIR.glob("*/v*.json"):
        definition = json.loads(path.read_text(encoding="utf-8"))
        ids.update(f["id"] for step in definition["steps"] for f in step["fields"])
    return frozenset(ids)


def modules() -> list[Path]:
    return [p for p in sorted(SOURCE.rglob("*.py")) if OWNER not in p.parents]


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def field_words(source: str, ids: frozenset[str]) -> list[tuple[int, str]]:
    """(line, word) of each string in ``source`` (docstrings aside) that is a field id."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value in ids and id(node) not in skip]


def _named_answers(node: ast.expr) -> bool:
    name = node.id if isinstance(node, ast.Name) else (
        node.attr if isinstance(node, ast.Attribute) else "")
    return "answers" in name.lower()


def answer_reads(source: str, ids: frozenset[str]) -> list[tuple[int, str]]:
    """(line, field id) of each ``answers["id"]`` or ``answers.get("id")`` in ``source``, on
    anything whose name says it holds answers."""
    found = []
    for node in ast.walk(ast.parse(source)):
        key: ast.expr | None = None
        if isinstance(node, ast.Subscript) and _named_answers(node.value):
            key = node.slice
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in ("get", "pop", "setdefault")
              and _named_answers(node.func.value) and node.args):
            key = node.args[0]
        if isinstance(key, ast.Constant) and key.value in ids:
            found.append((key.lineno, str(key.value)))
    return found


def test_the_scan_finds_a_raw_read() -> None:
    ids = frozenset({"threat_level"})
    planted = 'level = row.answers.get("threat_level")\nother = answers["threat_level"]\n'
    assert answer_reads(planted, ids) == [(1, "threat_level"), (2, "threat_level")]
    assert field_words(planted, ids) == [(1, "threat_level"), (2, "threat_level")]
    assert field_words('"""threat_level in a docstring is fine."""\n', ids) == []
    assert answer_reads('x = facts.threat_level\n', ids) == []


def test_no_module_outside_forms_reads_answers_by_field_id() -> None:
    ids = field_ids()
    assert {"threat_level", "consent_given", "person_minor"} <= ids
    found = [f"{p.relative_to(SOURCE)}:{line}: {word}" for p in modules()
             for line, word in answer_reads(p.read_text(encoding="utf-8"), ids)]
    assert found == [], "read AssessmentFacts (utvag.forms.facts) instead of the answers"


def test_no_module_outside_forms_names_a_field_of_the_form() -> None:
    ids = field_ids()
    found = [f"{p.relative_to(SOURCE)}:{line}: {word}" for p in modules()
             if p.relative_to(SOURCE).with_suffix("").as_posix() not in OWN_MEMBERS
             for line, word in field_words(p.read_text(encoding="utf-8"), ids)
             if word not in OTHER_MEANINGS]
    assert found == [], ("a form field id outside utvag/forms: read AssessmentFacts, or let "
                         "the evaluator give what the module needs")
