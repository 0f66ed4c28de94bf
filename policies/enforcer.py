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
        # (subject, domain, resource, action) -> decision, until the policy or a role changes.
        # Casbin compiles its matcher on every enforce(); this keeps that off most requests.
        self._decisions: dict[tuple[str, str, str, str], bool] = {}

    @classmethod
    async def load(cls) -> Authorizer:
        enforcer = casbin.AsyncEnforcer(str(MODEL_FILE), PolicyAdapter())
        await enforcer.load_policy()
        return cls(enforcer)

    async def reload(self) -> None:
        async with self._reload_lock:
            await self.enforcer.load_policy()
            self._decisions.clear()
        log.debug("policy reloaded")

    def allowed(self, principal: Principal, resource: str, action: str) -> bool:
        if principal.is_api_token:
            # A token acts through its scopes only (scope rows grant reads, never writes).
            return any(
                self._enforce(f"scope:{scope}", principal.domain, resource, action)
                for scope in principal.scopes
            )
        return self._enforce(principal.subject, principal.domain, resource, action)

    def _enforce(self, subject: str, domain: str, resource: str, action: str) -> bool:
        key = (subject, domain, resource, action)
        decision = self._decisions.get(key)
        if decision is None:
            if len(self._decisions) > 100_000:  # bounded: a cache, not a second policy store
                self._decisions.clear()
            decision = self._decisions[key] = self.enforcer.enforce(*key)
        return decision

    async def assign(self, user_id: int, role: str, domain: str) -> None:
        """Apply a role change in this process at once; other processes hear it via the watcher."""
        subject = f"user:{user_id}"
        await self._drop(subject)
        self.enforcer.get_model().add_policy("g", "g", [subject, f"role:{role}", domain])
        self.enforcer.build_role_links()
        self._decisions.clear()

    async def unassign(self, user_id: int) -> None:
        await self._drop(f"user:{user_id}")
        self.enforcer.build_role_links()
        self._decisions.clear()

    async def _drop(self, subject: str) -> None:
        model = self.enforcer.get_model()
        for rule in model.get_filtered_policy("g", "g", 0, subject):
            model.remove_policy("g", "g", rule)
