"""Which characters text that Utväg shows may hold.

A name, a case number or a user is shown on one line, in a label, a list, the import preview or
a terminal. Control characters there (an escape sequence rewrites what a terminal shows, a line
break adds a line that looks like the app's own) and bidirectional formatting characters
(``rapport<U+202E>fdp.exe`` reads as ``rapportexe.pdf``) make the screen say something other
than what is stored. Such text is refused, whoever typed or sent it. Text of several lines
that Utväg composes and checks before it leaves (a question to SAV, SAV's answer, a guardian's
reason not to be contacted) may hold line breaks and tabs but nothing else of that kind
(:func:`is_clean_text`). A journal note (pasted from anywhere, and signed, so never corrected)
is kept as written; :func:`terminal_safe` is what a terminal gets.
"""

from __future__ import annotations

import re
import unicodedata

# Embeddings, overrides and isolates: they reorder what follows them on screen.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# What a terminal acts on: the controls (Unicode category Cc is exactly U+0000-U+001F and
# U+007F-U+009F) but tab and line feed, a carriage return not ending a line (it would go back
# and print over the line), and the bidirectional formatting above.
_NEUTRALISED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")
_LINE_BREAKS = frozenset({"Zl", "Zp"})


def is_one_line(text: str) -> bool:
    """No control character, line or paragraph separator, or bidirectional formatting."""
    return not any(ch in BIDI_CONTROLS or unicodedata.category(ch) == "Cc"
                   or unicodedata.category(ch) in _LINE_BREAKS for ch in text)


def is_clean_text(text: str) -> bool:
    """Text of one or more lines: tabs and line ends (a line feed, a carriage return before one,
    a line or paragraph separator) but no other control character and no bidirectional
    formatting."""
    return _NEUTRALISED.search(text) is None


def terminal_safe(text: str) -> str:
    """*text* with every control character but a tab or a line end, and every bidirectional
    formatting character, written out as its code (``\\u001b``, ``\\u202e``): an escape
    sequence in a stored note can neither rewrite the terminal nor reorder what is printed, and
    inside a JSON string the code is the same character, so JSON output stays valid."""
    return _NEUTRALISED.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
