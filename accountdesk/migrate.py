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

__all__ = ["MIGRATIONS_DIR", "APP", "apply_pending", "pending", "version_files"]

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
APP = "models"


def _command(settings: Settings) -> Command:
    return Command(tortoise_config(settings), app=APP, location=str(MIGRATIONS_DIR))


async def apply_pending(settings: Settings) -> list[str]:
    """Apply every migration the database has not seen, each in its own transaction."""
    command = _command(settings)
    await command.init()
    return await command.upgrade(run_in_transaction=True)


def version_files() -> list[str]:
    """The migration files in the order aerich applies them (by their leading number)."""
    names = [
        path.name
        for path in (MIGRATIONS_DIR / APP).glob("*.py")
        if "_" in path.stem and path.stem.split("_")[0].isdigit()
    ]
    return sorted(names, key=lambda name: int(name.split("_")[0]))


async def pending(settings: Settings) -> list[str]:
    """The migrations the connected database has not applied (Tortoise must be initialised).

    Read straight from aerich's table: a start-up check must be quick, and aerich's own
    `Command.init` reconnects and imports every migration first.
    """
    from aerich.models import Aerich

    try:
        applied = set(await Aerich.filter(app=APP).values_list("version", flat=True))
    except OperationalError:  # no aerich table yet: everything is pending
        applied = set()
    return [name for name in version_files() if name not in applied]
