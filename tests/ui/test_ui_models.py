"""Every item model passes Qt's model tester: case list (full, empty, after more pages), the
proxy in front of it, and the per-case audit log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from conftest import UiVault, create_vault
from utvag.services import audit_log, cases
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_list_model import PAGE_SIZE, CaseListModel, CaseListProxy
from utvag.ui.manager.log_model import AuditLogModel


@pytest.fixture
def big_session(big_vault: UiVault) -> Iterator[Session]:
    with big_vault.open() as session:
        yield session


def fetcher(session: Session) -> Any:
    return lambda offset, limit: cases.list_cases(session, offset=offset, limit=limit)


def test_case_list_model_with_data(qtmodeltester: Any, big_session: Session) -> None:
    model = CaseListModel(fetcher(big_session))
    model.reload()
    assert model.rowCount() == PAGE_SIZE
    qtmodeltester.check(model)


def test_case_list_model_after_fetch_more(qtmodeltester: Any, big_session: Session) -> None:
    model = CaseListModel(fetcher(big_session))
    model.reload()
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 3 * PAGE_SIZE
    qtmodeltester.check(model)


def test_case_list_model_empty(qtmodeltester: Any, tmp_path: Path) -> None:
    empty = create_vault(tmp_path / "empty", Policy(keyring_allowed=False))
    with empty.open() as session:
        model = CaseListModel(fetcher(session))
        model.reload()
        assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
        qtmodeltester.check(model)


def test_case_list_proxy(qtmodeltester: Any, big_session: Session) -> None:
    model = CaseListModel(fetcher(big_session))
    proxy = CaseListProxy()
    proxy.setSourceModel(model)
    model.reload()
    qtmodeltester.check(proxy)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(proxy)


def test_audit_log_model(qtmodeltester: Any, vault: UiVault) -> None:
    with vault.open() as session:
        case_id = cases.list_cases(session)[0].id
        cases.get_case(session, case_id)
        model = AuditLogModel(audit_log.entries(session, case_id))
        assert model.rowCount() == 2
        qtmodeltester.check(model)
        model.set_rows(audit_log.entries(session))
        qtmodeltester.check(model)
        qtmodeltester.check(AuditLogModel([]))
