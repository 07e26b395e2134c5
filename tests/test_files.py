"""Files Utväg writes are owner-only from the first byte, whatever the user's umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from utvag.files import atomic_write, open_private, private_file


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask a user could have: anything not forced to 0600 shows."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_every_way_of_writing_is_owner_only(tmp_path: Path, open_umask: None) -> None:
    atomic_write(tmp_path / "a", b"one")
    with open_private(tmp_path / "b") as out:
        out.write(b"two")
    private_file(tmp_path / "c")
    assert [mode(tmp_path / n) for n in "abc"] == [0o600, 0o600, 0o600]
    assert (tmp_path / "a").read_bytes() == b"one" and (tmp_path / "b").read_bytes() == b"two"


def test_atomic_write_replaces_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "saved.pdf"
    target.write_bytes(b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["saved.pdf"]


def test_private_file_never_truncates_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "vault.db"
    target.write_bytes(b"data")
    with pytest.raises(FileExistsError):
        private_file(target)
    assert target.read_bytes() == b"data"
