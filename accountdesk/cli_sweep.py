"""`accountdesk sweep [--now ISO-TIME] [--dry-run]`: run every ticket sweep once, now.

For operators: catch up after downtime, or see what the timers would do at a given moment
(`--now 2026-03-01T00:00:00Z --dry-run`). Prints one line per change and a summary.

`--now` in the future is for `--dry-run` previews only: a real run then would close tickets
early and date its mails (and history) ahead, so they would wait until that moment. A real
run with `--now` in the past acts as of that moment; its mails are sent at once.

    python -m accountdesk.cli_sweep --dry-run     # the same, without the main command
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TextIO

from accountdesk.preflight import PreflightError
from accountdesk.settings import Settings, SettingsError

__all__ = ["add_commands", "run_sweep", "main", "parse_moment"]


def parse_moment(text: str) -> datetime:
    """An ISO 8601 time; without a zone it is read as UTC."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO time: {text!r} (e.g. 2026-03-01T09:30:00Z)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sweep",
        help="run the ticket timers once (pre-close, close, deadlines, access-info purge)",
        description=__doc__.split("\n\n")[0],
    )
    _arguments(parser)
    parser.set_defaults(handler=run_sweep)


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--now",
        type=parse_moment,
        default=None,
        metavar="ISO-TIME",
        help="sweep as if it were this moment (default: the current time); a moment in the "
        "future needs --dry-run (a preview), a past one changes and mails as of then",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would change, change nothing"
    )


def run_sweep(args: argparse.Namespace, settings: Settings | None = None) -> int:
    settings = settings or Settings.from_env()
    if args.now is not None and not args.dry_run and args.now > datetime.now(UTC):
        raise SettingsError(
            "--now in the future only previews: add --dry-run (a real run acts at the current time)"
        )
    return asyncio.run(_sweep(settings, args.now, args.dry_run, sys.stdout))


async def _sweep(settings: Settings, now: datetime | None, dry_run: bool, out: TextIO) -> int:
    from tortoise import Tortoise

    from accountdesk.preflight import check_database, connect_database
    from resolvers import clock
    from resolvers.tickets.sweep import sweep_all

    await connect_database(settings)
    try:
        await check_database(settings)
        if now is not None:
            clock.set_now(now)  # the mails and history rows carry this moment too
        report = await sweep_all(settings.timers, now=now, dry_run=dry_run)
    finally:
        await Tortoise.close_connections()
    verb = "would change" if dry_run else "changed"
    for change in report.changes:
        target = change.to_status or "overdue"
        print(
            f"{change.rule}: ticket #{change.number} {change.from_status} -> {target}",
            file=out,
        )
    counts = ", ".join(f"{name} {count}" for name, count in report.counts().items())
    purge = f"access info purged {report.purged_access_info}"
    print(f"{verb} {len(report.changes)} tickets at {report.now.isoformat()}", file=out)
    print(f"{counts}; {purge}", file=out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="accountdesk sweep", description=__doc__)
    _arguments(parser)
    args = parser.parse_args(argv)
    try:
        return run_sweep(args)
    except (SettingsError, PreflightError) as error:
        print(f"accountdesk: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
