"""Case text and input files off the command line.

Text given in argv is visible to every local user (``ps``, ``/proc``) and kept in shell history, so
every option that takes case text also has a ``--…-file FILE`` form, and ``FILE`` may be ``-`` for
standard input. An option given as ``KEY=TEXT`` (repeatable, e.g. ``--guardian-note
GUARDIAN_ID=TEXT``) has a ``--…-file KEY=FILE`` form. Input-file options of other commands
(``case new --json``, ``case note --text-file``, ``assess --answers``) accept ``-`` the same way.

``prepare`` runs before any command, so an unreadable file is refused before the vault is
unlocked. Standard input can be read once: two options reading it, or an option reading it while
the passphrase would come from it too, are refused with a usage error before anything is read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from utvag.errors import UsageError

STDIN = "-"
MAX_TEXT_BYTES = 1024 * 1024
_TEXT = "text_options"  # parser default: [(dest, file dest)] of the command's text options
_KEYED = "keyed_text_options"  # parser default: [(dest, file dest, convert)] of KEY=TEXT options
_INPUTS = "input_options"  # parser default: dests of file options that accept "-"


def _flag(dest: str) -> str:
    return "--" + dest.replace("_", "-")


def _append_default(parser: argparse.ArgumentParser, name: str, value: object) -> None:
    parser.set_defaults(**{name: [*(parser.get_default(name) or []), value]})


def _unsafe_help(flag: str, help: str | None) -> str:
    return (help + "; " if help else "") + f"visible to other local users, prefer {flag}-file"


def text_option(parser: argparse.ArgumentParser, flag: str, *, required: bool = False,
                help: str | None = None, dest: str | None = None) -> None:
    """Add ``flag TEXT`` (the unsafe form, kept for scripts) and ``flag-file FILE``; exactly one
    when *required*, at most one otherwise. The command reads the text from ``args.<dest>``
    (by default the flag's name)."""
    name = flag.lstrip("-").replace("-", "_")
    dest = dest or name
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument(flag, dest=dest, metavar="TEXT", help=_unsafe_help(flag, help))
    group.add_argument(f"{flag}-file", dest=f"{name}_file", metavar="FILE",
                       help="read the text from FILE ('-': standard input)")
    _append_default(parser, _TEXT, (dest, f"{name}_file"))


def keyed_text_option(parser: argparse.ArgumentParser, flag: str, *, key: str,
                      convert: Callable[[str], Any] | None = None, metavar: str | None = None,
                      help: str | None = None) -> None:
    """Add the repeatable ``flag KEY=TEXT`` (the unsafe form) and ``flag-file KEY=FILE``, the
    text of the same KEY read from FILE. ``args.<dest>`` lists every value of both, each
    ``KEY=TEXT`` passed through *convert* (an argparse type, so a refusal never echoes it)."""
    dest = flag.lstrip("-").replace("-", "_")

    def key_and_file(text: str) -> tuple[str, str]:
        given, sep, source = text.partition("=")
        if not sep or not given or not source:
            raise UsageError(f"{flag}-file takes {key}=FILE.")
        return given, source

    parser.add_argument(flag, dest=dest, action="append", default=[], type=convert or str,
                        metavar=metavar or f"{key}=TEXT", help=_unsafe_help(flag, help))
    parser.add_argument(f"{flag}-file", dest=f"{dest}_file", action="append", default=[],
                        type=key_and_file, metavar=f"{key}=FILE",
                        help=f"as {flag}, the text read from FILE ('-': standard input)")
    _append_default(parser, _KEYED, (dest, f"{dest}_file", convert))


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
    keyed: list[tuple[str, str, Callable[[str], Any] | None]] = list(
        getattr(args, _KEYED, None) or [])
    inputs: list[str] = list(getattr(args, _INPUTS, None) or [])
    from_stdin = [d for d in [f for _, f in texts] + inputs if is_stdin(getattr(args, d, None))]
    from_stdin += [f for _, f, _c in keyed for _k, source in getattr(args, f, None) or []
                   if is_stdin(source)]
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
    for dest, file_dest, convert in keyed:
        values = list(getattr(args, dest, None) or [])
        for key, source in getattr(args, file_dest, None) or []:
            item = f"{key}={_strip_final_newlines(read_text(source))}"
            values.append(item if convert is None else convert(item))
        setattr(args, dest, values)


def _strip_final_newlines(text: str) -> str:
    """A text file ends with a line break that is not part of the text."""
    return text.rstrip("\r\n")
