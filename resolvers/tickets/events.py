"""Live ticket events over Redis pub/sub: one channel per ticket, so any API process that holds
a subscriber hears a change made through any other process.

An event carries ids only; the subscriber reloads what it may see (and re-checks the right to
see it) for every event, so nothing private travels through Redis.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

import orjson
from redis.asyncio import Redis
from redis.exceptions import RedisError

__all__ = ["TicketEvent", "channel", "publish", "listen"]

log = logging.getLogger("accountdesk.tickets.events")


@dataclass(frozen=True)
class TicketEvent:
    ticket_id: int
    kind: str  # "message" or "status"
    message_id: int | None = None
    status: str | None = None


def channel(ticket_id: int) -> str:
    return f"accountdesk:ticket:{ticket_id}"


async def publish(redis: Redis | None, event: TicketEvent) -> None:
    """Called after the change committed. A lost event is not a lost change: clients re-query."""
    if redis is None:
        return
    payload = orjson.dumps(
        {"kind": event.kind, "message_id": event.message_id, "status": event.status}
    )
    try:
        await redis.publish(channel(event.ticket_id), payload)
    except (RedisError, OSError):  # committed already; a Redis outage must not fail the request
        log.warning("could not publish %s for ticket %s", event.kind, event.ticket_id)


@contextlib.asynccontextmanager
async def listen(redis: Redis, ticket_id: int) -> AsyncIterator[AsyncIterator[TicketEvent]]:
    """Subscribe first (so nothing published after this returns is missed), then iterate."""
    pubsub = redis.pubsub()
    await pubsub.subscribe(channel(ticket_id))

    async def events() -> AsyncIterator[TicketEvent]:
        async for raw in pubsub.listen():
            if raw.get("type") != "message":
                continue
            data = orjson.loads(raw["data"])
            yield TicketEvent(
                ticket_id=ticket_id,
                kind=data["kind"],
                message_id=data.get("message_id"),
                status=data.get("status"),
            )

    try:
        yield events()
    finally:
        with contextlib.suppress(Exception):
            await pubsub.unsubscribe()
            await pubsub.aclose()
