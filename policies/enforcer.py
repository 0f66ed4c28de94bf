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

    async def align(self, principal: Principal) -> None:
        """Make this process's role link for a signed-in caller the one on their user row.

        The row is read with the session on every request, while a role changed through
        another API process reaches this one's links only when the watcher's message arrives.
        Following the row here makes a change hold from the caller's next request on, whichever
        process takes it. `allowed` itself still decides from the links alone.
        """
        wanted = _role_of(principal)
        if wanted is None or principal.user_id is None:
            return
        role, domain = wanted
        links = self.enforcer.get_model().model["g"]["g"].rm
        if links.get_roles(principal.subject, domain) != [f"role:{role}"]:
            await self.assign(principal.user_id, role, domain)

    async def unassign(self, user_id: int) -> None:
        await self._drop(f"user:{user_id}")
        self.enforcer.build_role_links()
        self._decisions.clear()

    async def _drop(self, subject: str) -> None:
        model = self.enforcer.get_model()
        for rule in model.get_filtered_policy("g", "g", 0, subject):
            model.remove_policy("g", "g", rule)


def _role_of(principal: Principal) -> tuple[str, str] | None:
    """(role, domain) as `Services.roles_changed` assigns them, for a signed-in person."""
    if principal.is_api_token:
        return None
    if principal.staff_role is not None and principal.account_id is None:
        return principal.staff_role.value, "staff"
    if principal.account_type is not None and principal.account_id is not None:
        return principal.account_type.value, f"account:{principal.account_id}"
    return None
