"""Case text and input files off the command line.

Text given in argv is visible to every local user (``ps``, ``/proc``) and kept in shell history, so
every option that takes case text also has a ``--…-file FILE`` form, and ``FILE`` may be ``-`` for
standard input. Input-file options of other commands (``case new --json``, ``case note
--text-file``, ``assess --answers``) accept ``-`` the same way.

``prepare`` runs before any command, so an unreadable file is refused before the vault is
unlocked. Standard input can be read once: two options reading it, or an option reading it while
the passphrase would come from it too, are refused with a usage error before anything is read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from utvag.errors import UsageError

STDIN = "-"
MAX_TEXT_BYTES = 1024 * 1024
_TEXT = "text_options"  # parser default: [(dest, file dest)] of the command's text options
_INPUTS = "input_options"  # parser default: dests of file options that accept "-"


def _flag(dest: str) -> str:
    return "--" + dest.replace("_", "-")


def _append_default(parser: argparse.ArgumentParser, name: str, value: object) -> None:
    parser.set_defaults(**{name: [*(parser.get_default(name) or []), value]})


def text_option(parser: argparse.ArgumentParser, flag: str, *, required: bool = False,
                help: str | None = None) -> None:
    """Add ``flag TEXT`` (the unsafe form, kept for scripts) and ``flag-file FILE``; exactly one
    when *required*, at most one otherwise. The command reads the text from ``args.<dest>``."""
    dest = flag.lstrip("-").replace("-", "_")
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument(flag, dest=dest, metavar="TEXT",
                       help=(help + "; " if help else "")
                       + f"visible to other local users, prefer {flag}-file")
    group.add_argument(f"{flag}-file", dest=f"{dest}_file", metavar="FILE",
                       help="read the text from FILE ('-': standard input)")
    _append_default(parser, _TEXT, (dest, f"{dest}_file"))


def accepts_stdin(parser: argparse.ArgumentParser, dest: str) -> None:
    """Mark the file option *dest* as one that may be ``-`` (read with :func:`read_bytes`)."""
    _append_default(parser, _INPUTS, dest)


def is_stdin(source: object) -> bool:
    return str(source) == STDIN


def read_bytes(source: Path | str, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The content of *source*, a file or ``-`` for standard input; at most *limit* bytes."""
    try:
        if is_stdin(source):
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(source, "rb") as handle:
                data = handle.read(limit + 1)
    except OSError as exc:
        raise UsageError(f"Cannot read {_name(source)}.") from exc
    if len(data) > limit:
        raise UsageError(f"{_name(source)} is larger than {limit} bytes.")
    return data


def read_text(source: Path | str, limit: int = MAX_TEXT_BYTES) -> str:
    """UTF-8 text of *source*; a byte-order mark is not content, and Windows or old Mac line
    breaks become ``\n`` (as when Python reads a text file)."""
    try:
        text = read_bytes(source, limit).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"Cannot read {_name(source)} as UTF-8 text.") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _name(source: Path | str) -> str:
    return "standard input" if is_stdin(source) else str(source)


def passphrase_from_stdin(args: argparse.Namespace) -> bool:
    """Whether unlocking would read the passphrase from standard input."""
    return (getattr(args, "passphrase_file", None) is None and not getattr(args, "keyring", False)
            and getattr(args, "recovery_key_file", None) is None and not sys.stdin.isatty())


def prepare(args: argparse.Namespace) -> None:
    """Check every stdin use of the command, then fill its text options from their files."""
    texts: list[tuple[str, str]] = list(getattr(args, _TEXT, None) or [])
    inputs: list[str] = list(getattr(args, _INPUTS, None) or [])
    from_stdin = [d for d in [f for _, f in texts] + inputs if is_stdin(getattr(args, d, None))]
    if not from_stdin:
        pass
    elif len(from_stdin) > 1:
        raise UsageError("Only one option can read standard input ('-'): "
                         + ", ".join(_flag(d) for d in from_stdin) + ".")
    elif passphrase_from_stdin(args):
        raise UsageError(f"{_flag(from_stdin[0])} reads standard input, and so would the "
                         "passphrase: give it with --passphrase-file (or use --keyring).")
    for dest, file_dest in texts:
        source = getattr(args, file_dest, None)
        if source is not None:
            setattr(args, dest, _strip_final_newlines(read_text(source)))


def _strip_final_newlines(text: str) -> str:
    """A text file ends with a line break that is not part of the text."""
    return text.rstrip("\r\n")
