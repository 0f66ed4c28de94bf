"""What a resolver gets as `info.context`: the caller, the services, per-request memo and loaders."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis
from starlette.requests import Request

from accountdesk.settings import Settings
from models import User
from policies.enforcer import Authorizer
from policies.watcher import PolicyWatcher
from resolvers.identity import ANONYMOUS, Principal
from resolvers.ratelimit import RateLimiter

__all__ = ["Services", "RequestContext"]


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

    async def roles_changed(self, user: User) -> None:
        """Apply a user's new role (or its loss) here at once, and tell the other processes."""
        if user.is_active and user.staff_role:
            await self.authorizer.assign(user.id, user.staff_role.value, "staff")
        elif user.is_active and user.account_type and user.account_id:
            await self.authorizer.assign(
                user.id, user.account_type.value, f"account:{user.account_id}"
            )
        else:
            await self.authorizer.unassign(user.id)
        if self.watcher is not None:
            await self.watcher.announce()


@dataclass
class RequestContext:
    services: Services
    principal: Principal = ANONYMOUS
    request: Request | None = None
    response: Any = None
    client_address: str = "unknown"
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    # The graphql-transport-ws connection_init payload (set by Strawberry on WebSockets).
    connection_params: dict[str, Any] | None = None
    _decisions: dict[tuple[str, str], bool] = field(default_factory=dict)
    _loaders: dict[str, Any] = field(default_factory=dict)

    @property
    def settings(self) -> Settings:
        return self.services.settings

    def can(self, resource: str, action: str) -> bool:
        """Casbin's answer for this caller, asked once per (resource, action) per request."""
        key = (resource, action)
        if key not in self._decisions:
            self._decisions[key] = self.services.authorizer.allowed(
                self.principal, resource, action
            )
        return self._decisions[key]

    def loader(self, name: str, factory):
        """One DataLoader per relation per request, made on first use."""
        if name not in self._loaders:
            self._loaders[name] = factory()
        return self._loaders[name]
