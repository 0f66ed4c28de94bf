"""The bare comparison server: Starlette + aiosqlite + orjson, one route per scenario.

python bench/bare.py --database var/bench.sqlite3 --port 8102
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import AsyncIterator
from functools import partial

import aiosqlite
import scenarios
import uvicorn
from starlette.applications import Starlette
from starlette.routing import Route


def create_bare_app(database: str) -> Starlette:
    state: dict[str, aiosqlite.Connection] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state["db"] = await aiosqlite.connect(database)
        await state["db"].execute("PRAGMA journal_mode=WAL")
        try:
            yield
        finally:
            await state["db"].close()

    def route(name: str) -> Route:
        handler = scenarios.load(name).bare

        async def endpoint(request, handler=handler):
            return await handler(request, state["db"])

        return Route(f"/bare/{name}", endpoint, methods=["POST"])

    return Starlette(routes=[route(name) for name in scenarios.available()], lifespan=lifespan)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(
        partial(create_bare_app, args.database),
        factory=True,
        host="127.0.0.1",
        port=args.port,
        log_level="warning",
        access_log=False,
    )


if __name__ == "__main__":
    main()
