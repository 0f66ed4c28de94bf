"""What a resolver gets as `info.context`: the caller, the services, per-request memo and loaders."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

from accountdesk.services import Services
from accountdesk.settings import Settings
from resolvers.identity import ANONYMOUS, Principal

__all__ = ["RequestContext"]


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
    # (loader name, key) -> value, filled by a list's prefetch (schema/tickets/loaders.py).
    prefetched: dict[tuple[str, Any], Any] = field(default_factory=dict)

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

    def loader(self, name: str, factory: Callable[[], Any]) -> Any:
        """One DataLoader per relation per request, made on first use (see schema/loaders.py)."""
        if name not in self._loaders:
            self._loaders[name] = factory()
        return self._loaders[name]

    def reset_loaders(self) -> None:
        """Forget every loaded value: a subscription calls it per event."""
        self._loaders.clear()
        self.prefetched.clear()
