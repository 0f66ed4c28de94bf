"""Health and readiness for load balancers and orchestrators.

- `GET /healthz`: the process is up and answers (liveness): no I/O, never fails while the
  event loop runs.
- `GET /readyz`: the process can serve (readiness): the database answers, Redis answers, and
  every migration file has been applied. 200 with each check's result, or 503 naming the
  failing ones, so a balancer sends no traffic to a process that cannot serve it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from aerich.models import Aerich
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from tortoise import connections

from accountdesk.migrate import APP, MIGRATIONS_DIR

__all__ = ["health_routes", "pending_migrations"]

# A check slower than this counts as failed: the balancer's own timeout is usually a few seconds.
CHECK_SECONDS = 2.0


async def pending_migrations() -> list[str]:
    """Migration files the database has not recorded as applied (oldest first)."""
    files = sorted(
        (p.name for p in (MIGRATIONS_DIR / APP).glob("*.py") if p.name[0].isdigit()),
        key=lambda name: int(name.split("_", 1)[0]),
    )
    applied = set(await Aerich.filter(app=APP).values_list("version", flat=True))
    return [name for name in files if name not in applied]


async def _database() -> str | None:
    await connections.get("default").execute_query("SELECT 1")
    return None


async def _migrations() -> str | None:
    missing = await pending_migrations()
    return f"{len(missing)} pending" if missing else None


def health_routes(services: Callable[[], Any]) -> list[Route]:
    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def redis() -> str | None:
        await services().redis.ping()
        return None

    async def readyz(request: Request) -> Response:
        checks: dict[str, Callable[[], Awaitable[str | None]]] = {
            "database": _database,
            "redis": redis,
            "migrations": _migrations,
        }
        results = {name: await _run(check) for name, check in checks.items()}
        ready = all(result == "ok" for result in results.values())
        body = {"status": "ok" if ready else "unavailable", "checks": results}
        return JSONResponse(body, status_code=200 if ready else 503)

    return [Route("/healthz", healthz), Route("/health", healthz), Route("/readyz", readyz)]


async def _run(check: Callable[[], Awaitable[str | None]]) -> str:
    try:
        problem = await asyncio.wait_for(check(), CHECK_SECONDS)
    except Exception as error:  # noqa: BLE001  # any failure means "not ready", said in one word
        return f"failed: {type(error).__name__}"
    return problem or "ok"
