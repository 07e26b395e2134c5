"""``utvag stats contribute`` and ``utvag stats merge``: the city-wide statistics.

A unit seals its year's exact counts to the city office's key card (``contribute``); the city
office's vault adds up every unit's contribution and only then suppresses small counts
(``merge``). Arguments and output paths are checked before the passphrase is asked for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from utvag.cli import arguments
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.services import statistics, statistics_contribution, statistics_merge
from utvag.services.transfer.keys import check_new_file

NOT_ENCRYPTED = ("utvag: note: {path} is not encrypted. It holds only de-identified, suppressed "
                 "counts; store it as your unit's routine says.\n")


def register(stats_parser: argparse.ArgumentParser) -> None:
    sub = stats_parser.add_subparsers(dest="stats_cmd", required=False)
    s = sub.add_parser("contribute", help="seal the year's counts to the city office's key "
                                          "card (encrypted and signed)")
    s.add_argument("--year", type=arguments.year, required=True, metavar="YYYY")
    s.add_argument("--to", required=True, metavar="CARD",
                   help="the city office's key card file (trusted here), or its name")
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=contribute)
    s = sub.add_parser("merge", help="add up the units' contributions (city office) and "
                                     "suppress small counts in the combined table")
    s.add_argument("files", nargs="+", type=Path, metavar="FILE")
    s.add_argument("--out", type=Path, metavar="FILE",
                   help="also write the combined tables as CSV (not encrypted)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=merge)


def contribute(args: argparse.Namespace) -> int:
    statistics_contribution.check_arguments(args.year, args.out)
    with open_session(args) as s:
        result = statistics_contribution.contribute(s, args.year, args.to, args.out)
    emit(result.to_json(), args.json,
         f"Wrote the {result.year} contribution for {result.to_unit} "
         f"({result.to_fingerprint}) to {result.path}; package {result.package_id}, valid "
         f"until {result.expires[:10]}.")
    return 0


def merge(args: argparse.Namespace) -> int:
    paths = statistics_merge.check_paths(args.files)
    if args.out is not None:
        check_new_file(args.out)
    with open_session(args) as s:
        result = statistics_merge.merge(s, paths)
        if args.out is not None:
            statistics_merge.export_csv(s, result, args.out)
            sys.stderr.write(NOT_ENCRYPTED.format(path=args.out))
    lines = [f"{c.contributor}: {c.file} ({c.fingerprint}, package {c.package_id})"
             for c in result.contributions]
    emit(result.to_json(), args.json,
         "\n".join([*lines, statistics.to_csv(result.report).rstrip("\n")]))
    return 0


__all__ = ["register"]
