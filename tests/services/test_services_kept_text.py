"""Text typed and not saved when the vault locked is kept in the vault per case and kind, given
back once, and never outlives the case: closing it or destroying it under the retention rules
takes the kept text too. The audit names the kind, never the text."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

import pytest

from utvag.errors import RefusedError, ValidationError
from utvag.services import audit_log, cases, followup, kept_text
from utvag.services.session import Session
from utvag.vault import repo_retention

KIND = "dialog:DecisionDialog:decisionDialog"


def new_case(session: Session, name: str = "Kanarie Kvarhållen") -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": name, "birth_date": "1990-01-02"}})


def test_kept_text_is_given_back_once_for_its_own_case_and_kind(session: Session) -> None:
    case_id, other = new_case(session), new_case(session, "Annan Person")
    typed: dict[str, object] = {"count": 3, "texts": {"1": "Hot mot handläggaren i trapphuset"}}
    assert kept_text.keep(session, case_id, KIND, typed) is True
    assert kept_text.kinds_kept(session, case_id) == [KIND]
    assert kept_text.take_back(session, other, KIND) is None  # another case: nothing
    assert kept_text.take_back(session, case_id, "dialog:ThreatDialog:threat") is None
    assert kept_text.take_back(session, case_id, KIND) == typed
    assert kept_text.take_back(session, case_id, KIND) is None  # taken back: gone
    actions = [(e.action, e.detail) for e in audit_log.entries(session, case_id)
               if e.action.startswith("kept_text.")]
    assert actions == [("kept_text.keep", {"kind": KIND}),
                       ("kept_text.take_back", {"kind": KIND})]


def test_keeping_again_replaces_what_was_kept(session: Session) -> None:
    case_id = new_case(session)
    kept_text.keep(session, case_id, KIND, {"count": 1, "texts": {"0": "först"}})
    kept_text.keep(session, case_id, KIND, {"count": 1, "texts": {"0": "sedan"}})
    assert kept_text.take_back(session, case_id, KIND) == {"count": 1, "texts": {"0": "sedan"}}


def test_nothing_typed_keeps_nothing(session: Session) -> None:
    case_id = new_case(session)
    assert kept_text.keep(session, case_id, KIND, {}) is False
    assert kept_text.kinds_kept(session, case_id) == []


@pytest.mark.parametrize("kind", ["", "x" * 81, None])
def test_a_kind_that_names_nothing_is_refused_and_nothing_kept(session: Session,
                                                               kind: Any) -> None:
    case_id = new_case(session)
    with pytest.raises(ValidationError, match="kind must name"):
        kept_text.keep(session, case_id, kind, {"0": "text"})
    assert kept_text.kinds_kept(session, case_id) == []


def test_text_that_is_not_plain_is_refused_and_nothing_kept(session: Session) -> None:
    case_id = new_case(session)
    with pytest.raises(ValidationError, match="not plain text"):
        kept_text.keep(session, case_id, KIND, {"0": object()})
    assert kept_text.kinds_kept(session, case_id) == []


def test_closing_the_case_removes_its_kept_text_and_refuses_more(session: Session) -> None:
    case_id = new_case(session)
    kept_text.keep(session, case_id, KIND, {"count": 1, "texts": {"0": "osparat"}})
    followup.close_case(session, case_id, "completed")
    assert kept_text.kinds_kept(session, case_id) == []
    with pytest.raises(RefusedError, match="read-only"):
        kept_text.keep(session, case_id, KIND, {"count": 1, "texts": {"0": "igen"}})
    assert kept_text.kinds_kept(session, case_id) == []


def test_retention_finds_the_table_and_destruction_takes_the_kept_text(
        make_vault: Callable[..., Any]) -> None:
    token = secrets.token_hex(6)
    with make_vault(cases=0).open() as session:
        case_id = new_case(session)
        kept_text.keep(session, case_id, KIND, {"count": 1, "texts": {"0": f"Hot {token}"}})
        assert "kept_text" in repo_retention.case_tables(session.vault.conn)
        with session.vault.transaction() as conn:  # what destruction does to a case's rows
            repo_retention.defer_foreign_keys(conn)
            repo_retention.delete_case(conn, case_id, repo_retention.case_tables(conn))
        assert session.vault.conn.execute("SELECT count(*) FROM kept_text").fetchone() == (0,)
