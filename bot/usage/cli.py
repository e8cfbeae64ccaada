"""`python -m bot stats`: argument parsing and printing only; the work is in report.py and render.py."""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sqlite3
import sys
from collections.abc import Mapping
from pathlib import Path

from bot.usage.config import UsageConfig, UsageConfigError
from bot.usage.render import FORMATS, render
from bot.usage.report import GAPS_ONLY, PERIODS, SECTIONS, build_report
from bot.usage.suppress import DEFAULT_MIN_COUNT

DEFAULT_DAYS = 30
EXAMPLE = """example:
  python -m bot stats --from 2025-01-01 --to 2025-03-31 --by month --format html --out reports/q1.html"""


class _ArgumentError(Exception):
    """A command-line argument that cannot be used."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _ArgumentError(message)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write it like 2025-01-31") from None


def _min_count(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return int(value)


def make_parser() -> argparse.ArgumentParser:
    """The `stats` argument parser."""
    parser = _Parser(
        prog="python -m bot stats",
        description="Show the anonymous usage counts: messages by intent and language, outcomes,\n"
                    "what the bot could not answer, new conversations by campaign source, people\n"
                    "per day and events that could not be recorded. Counts below --min-count are\n"
                    "shown as <N in every format.",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", metavar="PATH", type=Path,
                        help="usage database (default: $BOT_DATABASE or data/usage.sqlite3)")
    parser.add_argument("--from", dest="first", metavar="DATE", type=_date,
                        help=f"first UTC day, e.g. 2025-01-01 (default: {DEFAULT_DAYS - 1} days before --to)")
    parser.add_argument("--to", dest="last", metavar="DATE", type=_date,
                        help="last UTC day, included (default: today)")
    parser.add_argument("--by", choices=PERIODS, help="split the counts by day, ISO week or month")
    parser.add_argument("--format", dest="fmt", choices=FORMATS, default="table",
                        help="output format (default: table); html is one self-contained file")
    parser.add_argument("--out", metavar="FILE", type=Path, help="write to FILE instead of the screen")
    parser.add_argument("--min-count", metavar="N", type=_min_count, default=DEFAULT_MIN_COUNT,
                        help=f"show counts below N as <N (default: {DEFAULT_MIN_COUNT})")
    parser.add_argument("--gaps", action="store_true",
                        help="only declined messages by nearest intent and language:"
                             " what people ask that the bot cannot answer")
    return parser


def stats_command(argv: list[str], env: Mapping[str, str] | None = None) -> int:
    """Run `stats` with `argv` (without the command name); return the exit status."""
    try:
        args = make_parser().parse_args(argv)
        database = args.db or UsageConfig.from_env(env).database
        last = args.last or dt.datetime.now(dt.timezone.utc).date()
        first = args.first or last - dt.timedelta(days=DEFAULT_DAYS - 1)
        if first > last:
            raise _ArgumentError(f"--from {first} is after --to {last}")
        names = GAPS_ONLY if args.gaps else tuple(SECTIONS)
        text = asyncio.run(_report_text(database, first, last, args.by, names, args.fmt, args.min_count))
        if args.out:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(text, encoding="utf-8")
            print(f"Wrote {args.out}", file=sys.stderr)
        else:
            sys.stdout.write(text)
    except SystemExit as done:  # --help
        return int(done.code or 0)
    except (_ArgumentError, UsageConfigError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except (sqlite3.Error, OSError) as exc:
        print(f"Error: cannot read the usage counts ({exc}).", file=sys.stderr)
        return 1
    return 0


async def _report_text(database: Path, first: dt.date, last: dt.date, by: str | None,
                       names: tuple[str, ...], fmt: str, min_count: int) -> str:
    from bot.usage.store import Store  # the database driver loads only when a report runs

    async with Store(database) as store:
        report = await build_report(store, first, last, by=by, names=names)
    return render(report, fmt, min_count)
