"""Every option of every command that takes free text has a ``--…-file`` twin, so case text never
has to be typed where every local user can read it (``ps``, ``/proc/PID/cmdline``) and the shell
keeps it. The walk covers the whole argparse tree: a new command with a plain free-text option
fails here until the option gets its twin (``text_input.text_option`` or ``keyed_text_option``)
or is named below as not case text, with the reason."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from utvag.cli.main import build_parser

# Formats whose value is a date or a time: the parser's metavar says so, and the services read
# the value as one (anything else is refused).
DATE_METAVARS = {"YYYY-MM-DD", "YYYY-MM-DDTHH:MM", "YYYY-MM", "YYYY"}

# Options judged not case text: codes, ids, key material and the names of the vault's own staff
# as their key cards or the case list already name them. Each line says why.
NOT_CASE_TEXT = {
    # the holder of a caseworker's or manager's vault: a staff member, printed on the key card
    "init --holder",
    # a status code (open, investigation, awaiting_transfer, …)
    "case list --status",
    # a key card's fingerprint, read out over the phone: public key material
    "keys trust --fingerprint",
    "keys untrust card_id",
    # package ids, as the export or import printed them: random identifiers
    "transfer resend package_id",
    "transfer receipt-out package_id",
    "consult show package_id",
    "consult answer package_id",
    "consult receipt-out package_id",
    # a legal ground's key from the table of 'utvag disclose grounds'
    "transfer export --legal-ref",
    "disclose add --ground",
    # a colleague of the unit, as their key card or the case's assignment names them
    "transfer handover --to",
    "risk reassign --to",
    "risk conflict add --caseworker",
    # the manager whose trusted key card to seal for
    "logreview send --manager",
    "incident report --manager",
    # the city office's key card: a file or its name
    "stats contribute --to",
    # GUARDIAN_ID=POSITION: an id and a position code
    "consent positions --guardian",
    # a reason code for revealing a protected identity (contact, investigation, …)
    "guardian list --reason",
    "guardian show --reason",
}


def _no_text(action: argparse.Action) -> bool:
    """A flag, a choice (subcommands too), a file, a number or id, a case, a date or time."""
    kind = action.type
    return (action.nargs == 0 or action.choices is not None or kind is Path
            or getattr(kind, "whole_number", False) or action.metavar in DATE_METAVARS
            or getattr(kind, "__name__", "") in ("as_of_date", "as_of_time"))


def _commands(parser: argparse.ArgumentParser,
              path: tuple[str, ...] = ()) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    yield " ".join(path), parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _commands(child, (*path, name))


def _twins(parser: argparse.ArgumentParser) -> dict[str, str]:
    """The command's text options: the text's dest -> its file twin's dest."""
    plain = parser.get_default("text_options") or []
    keyed = [(dest, twin) for dest, twin, _convert in
             parser.get_default("keyed_text_options") or []]
    return dict([*plain, *keyed])


def _name(command: str, action: argparse.Action) -> str:
    return f"{command} {(action.option_strings or [action.dest])[0]}".strip()


def _free_text_options() -> Iterator[tuple[str, argparse.Action, dict[str, str]]]:
    for command, parser in _commands(build_parser()):
        twins = _twins(parser)
        for action in parser._actions:
            if _no_text(action) or action.dest in twins.values():
                continue  # subcommands, --help and --version too; or the file twin itself
            yield command, action, twins


def test_every_free_text_option_has_a_file_twin_or_is_judged_not_case_text() -> None:
    unsafe = sorted(_name(command, action) for command, action, twins in _free_text_options()
                    if action.dest not in twins and _name(command, action) not in NOT_CASE_TEXT)
    assert unsafe == [], "free text only on the command line (add a -file twin): " + ", ".join(
        unsafe)


def test_the_list_of_options_judged_not_case_text_names_only_options_that_exist() -> None:
    found = {_name(command, action) for command, action, _twins in _free_text_options()}
    assert sorted(NOT_CASE_TEXT - found) == []


def test_each_twin_is_named_for_its_option_and_the_plain_form_warns() -> None:
    checked = 0
    for command, parser in _commands(build_parser()):
        by_dest = {a.dest: a for a in parser._actions}
        for dest, twin in _twins(parser).items():
            plain, file = by_dest[dest], by_dest[twin]
            assert file.option_strings == [plain.option_strings[0] + "-file"], command
            assert "visible to other local users" in (plain.help or ""), (command, dest)
            assert "standard input" in (file.help or ""), (command, twin)
            checked += 1
    assert checked >= 60  # every command's text options, not a stray few


def test_the_decision_texts_named_in_the_audit_have_their_twins() -> None:
    commands = dict(_commands(build_parser()))
    for command, dests in {"decision record": ("what", "role", "appeal_notice"),
                           "decision special": ("justification",),
                           "decision application": ("applicant", "applied_for")}.items():
        assert set(dests) <= set(_twins(commands[command])), command
