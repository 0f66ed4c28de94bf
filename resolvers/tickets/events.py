"""Live ticket events over Redis pub/sub: one channel per ticket, so any API process that holds
a subscriber hears a change made through any other process.

An event carries ids only; the subscriber reloads what it may see (and re-checks the right to
see it) for every event, so nothing private travels through Redis.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from redis.asyncio import Redis

from resolvers import bus

__all__ = ["TicketEvent", "channel", "publish", "listen"]


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
    payload = {"kind": event.kind, "message_id": event.message_id, "status": event.status}
    await bus.publish(redis, channel(event.ticket_id), payload)


@contextlib.asynccontextmanager
async def listen(redis: Redis, ticket_id: int) -> AsyncIterator[AsyncIterator[TicketEvent]]:
    """Subscribe first (so nothing published after this returns is missed), then iterate."""
    async with bus.listen(redis, channel(ticket_id)) as stream:

        async def events() -> AsyncIterator[TicketEvent]:
            async for data in stream:
                yield TicketEvent(
                    ticket_id=ticket_id,
                    kind=data["kind"],
                    message_id=data.get("message_id"),
                    status=data.get("status"),
                )

        yield events()
