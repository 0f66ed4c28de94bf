"""Start-up checks: a command stops at once, with one line and a non-zero status, when the
database or Redis it needs does not answer or the database lacks migrations.

Each check has its own time limit, so a command gives up well within 10 seconds instead of
starting half-working (and retrying with tracebacks) or crashing later on a missing table.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from accountdesk.settings import Settings

__all__ = [
    "PreflightError",
    "check_database",
    "check_redis",
    "connect_database",
    "pending_line",
    "where",
]

DATABASE_SECONDS = 6.0
REDIS_SECONDS = 3.0


class PreflightError(Exception):
    """Printed as one line by the CLI (a `CommandError` too, see `accountdesk.cli`)."""


def where(url: str) -> str:
    """A URL without its credentials, for messages."""
    parts = urlsplit(url)
    if parts.scheme in ("unix", "sqlite") or not parts.hostname:
        return f"{parts.scheme}://{parts.path or parts.netloc}"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}{parts.path}"


def pending_line(count: int) -> str:
    return f"{count} database migration(s) pending: run `accountdesk migrate` first"


def _reason(error: BaseException) -> str:
    if isinstance(error, TimeoutError | asyncio.TimeoutError):
        return "no answer in time"
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _unusable(settings: Settings, error: BaseException) -> PreflightError:
    return PreflightError(
        f"cannot use the database at {where(settings.database_url)} (DATABASE_URL): "
        f"{_reason(error)}"
    )


async def connect_database(settings: Settings) -> None:
    from tortoise import Tortoise

    from accountdesk.database import tortoise_config

    try:
        async with asyncio.timeout(DATABASE_SECONDS):
            await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
    except Exception as error:  # noqa: BLE001 - any failure to reach it is the one line
        raise _unusable(settings, error) from None


async def check_database(settings: Settings, apply_on_sqlite: bool = False) -> list[str]:
    """Reach the database (Tortoise initialised) and refuse pending migrations; on SQLite, when
    asked (the embedded default's `serve` and `seed-demo`), apply them instead. Returns the
    migrations applied."""
    from accountdesk.migrate import apply_pending, pending

    try:
        async with asyncio.timeout(DATABASE_SECONDS):
            if apply_on_sqlite and settings.is_sqlite:
                return await apply_pending(settings)
            waiting = await pending(settings)
    except Exception as error:  # noqa: BLE001 - any failure to reach it is the one line
        raise _unusable(settings, error) from None
    if waiting:
        raise PreflightError(pending_line(len(waiting)))
    return []


async def check_redis(url: str) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(url, socket_connect_timeout=REDIS_SECONDS, socket_timeout=REDIS_SECONDS)
    try:
        async with asyncio.timeout(REDIS_SECONDS + 1):
            await client.ping()
    except Exception as error:  # noqa: BLE001 - any failure to reach it is the one line
        raise PreflightError(
            f"cannot reach Redis at {where(url)} (REDIS_URL): {_reason(error)}"
        ) from None
    finally:
        await client.aclose()
