"""The `accountdesk` command: serve, worker, migrate, seed-demo, export-schema, create-staff.

A capability adds its own commands in a module with `add_commands(subparsers)` and one line in
`COMMAND_MODULES`. Each sub-command sets a handler with `parser.set_defaults(handler=...)`
(`func` works too); a handler takes the parsed `argparse.Namespace` and returns an exit code or
None, or a coroutine that does (run here with `asyncio.run`). Handlers that need the database
wrap their work in `with_database(settings, work)`.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from accountdesk.preflight import PreflightError
from accountdesk.settings import Settings, SettingsError

__all__ = ["main", "build_parser", "COMMAND_MODULES", "with_database", "load_settings"]

T = TypeVar("T")

# One line per command module; each has `add_commands(subparsers)`.
COMMAND_MODULES: list[str] = [
    "accountdesk.commands",
    "accountdesk.cli_licenses",
    "accountdesk.cli_sweep",
    "accountdesk.cli_documents",
]


class CommandError(Exception):
    """A failure the user can fix; printed as one line, without a traceback."""


def load_settings() -> Settings:
    return Settings.from_env()


async def with_database(
    settings: Settings, work: Callable[[], Awaitable[T]], migrations: str = "refuse"
) -> T:
    """Run `work` with Tortoise connected to the configured database, then disconnect.

    First the database must answer (one line and exit 2 if not) and have every migration:
    `migrations="refuse"` stops on pending ones, `"apply_sqlite"` applies them on SQLite (the
    embedded default) and refuses them on PostgreSQL, `"ignore"` is for `migrate` itself.
    """
    from tortoise import Tortoise

    from accountdesk.preflight import check_database, connect_database

    await connect_database(settings)
    try:
        if migrations != "ignore":
            for name in await check_database(settings, migrations == "apply_sqlite"):
                print(f"applied migration {name}")
        return await work()
    finally:
        await Tortoise.close_connections()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="accountdesk",
        description="AccountDesk: the GraphQL backend of a software vendor's customer portal.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_commands(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], Any] | None = getattr(args, "handler", None) or getattr(
        args, "func", None
    )
    if handler is None:  # pragma: no cover - every sub-command sets one
        parser.print_help()
        return 2
    try:
        result = handler(args)
        if inspect.isawaitable(result):
            result = asyncio.run(_await(result))
    except (SettingsError, CommandError, PreflightError) as error:
        print(f"accountdesk: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return int(result or 0)


async def _await(result: Awaitable[Any]) -> Any:
    return await result
