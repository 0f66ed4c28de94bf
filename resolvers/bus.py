"""Events between processes over Redis pub/sub: publish a small JSON payload on a channel, and
listen to one. An event carries ids and states only; a listener reloads what it may see."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import orjson
from redis.asyncio import Redis
from redis.exceptions import RedisError

__all__ = ["publish", "listen"]

log = logging.getLogger("accountdesk.bus")


async def publish(redis: Redis | None, channel: str, payload: dict[str, Any]) -> None:
    """Called after the change committed. A lost event is not a lost change: clients re-query."""
    if redis is None:
        return
    try:
        await redis.publish(channel, orjson.dumps(payload))
    except (RedisError, OSError):  # committed already; a Redis outage must not fail the request
        log.warning("could not publish on %s", channel)


@contextlib.asynccontextmanager
async def listen(redis: Redis, channel: str) -> AsyncIterator[AsyncIterator[dict[str, Any]]]:
    """Subscribe first (so nothing published after this returns is missed), then iterate."""
    pubsub = redis.pubsub()
    await pubsub.subscribe(channel)

    async def events() -> AsyncIterator[dict[str, Any]]:
        async for raw in pubsub.listen():
            if raw.get("type") == "message":
                yield orjson.loads(raw["data"])

    try:
        yield events()
    finally:
        with contextlib.suppress(Exception):
            await pubsub.unsubscribe()
            await pubsub.aclose()
