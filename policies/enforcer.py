"""The process's Casbin enforcer and the one question every resolver asks: may this caller do it?

`enforce()` is synchronous and walks the policy rows, so a decision is taken once per
(principal, resource, action) per request and memoized by the caller (`RequestContext.can`).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import casbin

from policies.adapter import PolicyAdapter
from resolvers.identity import Principal

__all__ = ["Authorizer", "MODEL_FILE"]

MODEL_FILE = Path(__file__).resolve().parent.parent / "casbin_model.conf"
log = logging.getLogger("accountdesk.policies")


class Authorizer:
    def __init__(self, enforcer: casbin.AsyncEnforcer) -> None:
        self.enforcer = enforcer
        self._reload_lock = asyncio.Lock()

    @classmethod
    async def load(cls) -> Authorizer:
        enforcer = casbin.AsyncEnforcer(str(MODEL_FILE), PolicyAdapter())
        await enforcer.load_policy()
        return cls(enforcer)

    async def reload(self) -> None:
        async with self._reload_lock:
            await self.enforcer.load_policy()
        log.debug("policy reloaded")

    def allowed(self, principal: Principal, resource: str, action: str) -> bool:
        if principal.is_api_token:
            # A token acts through its scopes only (scope rows grant reads, never writes).
            return any(
                self.enforcer.enforce(f"scope:{scope}", principal.domain, resource, action)
                for scope in principal.scopes
            )
        return self.enforcer.enforce(principal.subject, principal.domain, resource, action)

    async def assign(self, user_id: int, role: str, domain: str) -> None:
        """Apply a role change in this process at once; other processes hear it via the watcher."""
        subject = f"user:{user_id}"
        await self._drop(subject)
        self.enforcer.get_model().add_policy("g", "g", [subject, f"role:{role}", domain])
        self.enforcer.build_role_links()

    async def unassign(self, user_id: int) -> None:
        await self._drop(f"user:{user_id}")
        self.enforcer.build_role_links()

    async def _drop(self, subject: str) -> None:
        model = self.enforcer.get_model()
        for rule in model.get_filtered_policy("g", "g", 0, subject):
            model.remove_policy("g", "g", rule)
