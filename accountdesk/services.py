"""Request services: the long-lived parts every request of one process shares (wiring)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis

from accountdesk.settings import Settings
from policies.enforcer import Authorizer
from policies.watcher import PolicyWatcher
from resolvers.ratelimit import RateLimiter

__all__ = ["Services"]


@dataclass
class Services:
    """Long-lived parts shared by every request of one process."""

    settings: Settings
    authorizer: Authorizer
    redis: Redis
    watcher: PolicyWatcher | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def limiter(self) -> RateLimiter:
        return RateLimiter(self.redis)

    async def mail_queued(self) -> None:
        """Call after a commit that queued mail: a worker sends it now instead of at the next tick."""
        from jobs.mail import nudge

        await nudge(self.redis)

    async def pack_requested(self, pack_id: int) -> None:
        """Queue the build of an upgrade pack (a worker picks it up)."""
        from jobs.packs import enqueue_build

        await enqueue_build(self.redis, pack_id)
