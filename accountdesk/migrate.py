"""Applying the aerich migrations under `migrations/models/` to the configured database.

The migration files hold SQL for SQLite and for PostgreSQL side by side and pick by the
connection's dialect (see `accountdesk.makemigrations`), so one set of files serves both.
"""

from __future__ import annotations

from pathlib import Path

from aerich import Command
from tortoise.exceptions import OperationalError

from accountdesk.database import tortoise_config
from accountdesk.settings import Settings

__all__ = ["MIGRATIONS_DIR", "APP", "apply_pending", "pending"]

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
APP = "models"


def _command(settings: Settings) -> Command:
    return Command(tortoise_config(settings), app=APP, location=str(MIGRATIONS_DIR))


async def apply_pending(settings: Settings) -> list[str]:
    """Apply every migration the database has not seen, each in its own transaction."""
    command = _command(settings)
    await command.init()
    return await command.upgrade(run_in_transaction=True)


async def pending(settings: Settings) -> list[str]:
    command = _command(settings)
    await command.init()
    try:
        return await command.heads()
    except OperationalError:  # no aerich table yet: everything is pending
        return await command.history()
