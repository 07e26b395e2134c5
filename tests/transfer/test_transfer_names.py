"""Entry and file names inside packages."""

from __future__ import annotations

import pytest

from utvag.transfer import attachment_entry_name, sanitize_attachment_name
from utvag.transfer.names import has_duplicates, is_valid_attachment_name, is_valid_entry_name


@pytest.mark.parametrize(
    "name",
    ["beslut.pdf", "Anmälan 2025-03-01.docx", "foto (2).jpg", "x", "ÅÄÖ.txt", ".profile"],
)
def test_good_attachment_names(name: str) -> None:
    assert is_valid_attachment_name(name)
    assert attachment_entry_name(name) == "attachments/" + name


@pytest.mark.parametrize(
    "name",
    [
        "",
        ".",
        "..",
        "a/b",
        "a\\b",
        "C:evil",
        "name.",
        " lead",
        "trail ",
        "CON",
        "nul.txt",
        "com1.log",
        "bell\x07",
        "new\nline",
        "rtl\u202egpj.exe",
        "zero\u200bwidth",
        "a" * 201,
        "ä" * 128,  # 256 bytes
        "e\u0301",  # not NFC
        "star*",
        'quote"',
    ],
)
def test_bad_attachment_names(name: str) -> None:
    assert not is_valid_attachment_name(name)
    with pytest.raises(ValueError):
        attachment_entry_name(name)
    fixed = sanitize_attachment_name(name)
    assert is_valid_attachment_name(fixed)


def test_sanitizing_keeps_what_it_can() -> None:
    assert sanitize_attachment_name("rapport: v2/slutlig.pdf") == "rapport_ v2_slutlig.pdf"
    assert sanitize_attachment_name("CON.txt") == "_CON.txt"
    assert sanitize_attachment_name("...") == "attachment"
    assert sanitize_attachment_name("e\u0301.txt") == "\u00e9.txt"
    assert len(sanitize_attachment_name("x" * 500).encode()) <= 255


def test_entry_names() -> None:
    for good in ("case.json", "audit.json", "decision.json", "receipt.json", "attachments/a"):
        assert is_valid_entry_name(good)
    for bad in ("other.json", "attachments/", "attachments/a/b", "/case.json", "Case.json"):
        assert not is_valid_entry_name(bad)


def test_duplicates_ignore_case() -> None:
    assert has_duplicates(["attachments/A.pdf", "attachments/a.PDF"])
    assert has_duplicates(["attachments/Straße", "attachments/STRASSE"])
    assert not has_duplicates(["attachments/a", "attachments/b"])
