"""What a terminal gets of stored text, and which names are one line."""

from __future__ import annotations

import json
import unicodedata

import pytest

from utvag.domain.display_text import is_one_line, terminal_safe


def test_nothing_a_terminal_acts_on_is_printed_as_itself() -> None:
    acted_on = [c for c in map(chr, range(0x3000))
                if (unicodedata.category(c) == "Cc" and c not in "\t\n\r")
                or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]
    assert all(terminal_safe(c) == f"\\u{ord(c):04x}" for c in acted_on)
    # a carriage return that would go back and print over the line, but not a line's end
    assert terminal_safe("Signerad\rFALSK\r\n") == "Signerad\\u000dFALSK\r\n"
    ordinary = "Rad ett\n\tåäö ÅÄÖ é ü 中文 العربية"
    assert terminal_safe(ordinary) == ordinary


def test_json_output_still_reads_back_as_the_text() -> None:
    text = "a\x85b\u202ec\x7fd\u2066e"
    printed = terminal_safe(json.dumps({"text": text}, ensure_ascii=False))
    assert json.loads(printed) == {"text": text}


@pytest.mark.parametrize("name", ["Anna\u202eBerg", "Anna\x1b[2J", "Anna\nBerg", "Anna\tBerg",
                                  "Anna\u2028Berg", "Anna\x85Berg", "Anna\u2069"])
def test_a_name_with_controls_or_direction_characters_is_not_one_line(name: str) -> None:
    assert not is_one_line(name)


@pytest.mark.parametrize("name", ["Anna Berg", "Åsa Öberg-Ääkkönen", "محمد علي", "O'Brien <ÖB>"])
def test_ordinary_names_are_one_line(name: str) -> None:
    assert is_one_line(name)
