"""Times are stored in UTC and shown in the caseworker's own time zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from utvag.services.audit_log import AuditEntry
from utvag.ui.labels import local_date, local_time
from utvag.ui.manager.log_model import AuditLogModel


@pytest.fixture
def stockholm(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_log_shows_local_time(stockholm: None) -> None:
    model = AuditLogModel([AuditEntry(1, "2026-01-15T23:30:00.000000+00:00", "anna",
                                      "case.read", 1, {})])
    assert model.index(0, 0).data() == "2026-01-16 00:30:00"


def test_summer_time_and_dates(stockholm: None) -> None:
    assert local_time("2026-07-15T22:30:00+00:00") == "2026-07-16 00:30"
    assert local_date("2026-07-15T22:30:00+00:00") == "2026-07-16"
    assert local_time("not a time") == "not a time"


def test_a_recorded_moment_reopens_as_local_time(stockholm: None, qtbot: Any) -> None:
    """A step or meeting recorded earlier opens in its editor at the local time it was
    recorded, and saving it unchanged stores the same moment (the concern steps and the risk
    meetings share this)."""
    from utvag.ui.case.record_dialog import date_time_edit, local_date_time, local_moment

    edit = date_time_edit()
    edit.setDateTime(local_date_time("2026-07-15T22:30:40+00:00"))
    assert edit.text() == "2026-07-16 00:30"
    assert local_moment(edit).isoformat() == "2026-07-16T00:30:00+02:00"
