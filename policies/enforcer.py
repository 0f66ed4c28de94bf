"""The process's Casbin enforcer and the one question every resolver asks: may this caller do it?

Casbin decides on the role the principal carries (its account type or staff role, read with
the session on every request, so a changed role counts from the next request); no user is a
row of the policy. `enforce()` is synchronous and walks the policy rows, so a decision is
memoized per (role, resource, action) here and per request by `RequestContext.can`.
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
# pycasbin logs every refused check ("Request: ... ---> False") at WARNING: a refusal is an
# answer, not a problem of the server. Set here, so no logging configuration can undo it.
logging.getLogger("casbin").setLevel(logging.ERROR)


class Authorizer:
    def __init__(self, enforcer: casbin.AsyncEnforcer) -> None:
        self.enforcer = enforcer
        self._reload_lock = asyncio.Lock()
        # (role or scope, resource, action) -> decision, until the policy is reloaded. Casbin
        # compiles its matcher on every enforce(); this keeps that off most requests. Bounded
        # by the policy's size: the keys are roles and scopes, never users.
        self._decisions: dict[tuple[str, str, str], bool] = {}

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
                self._enforce(f"scope:{scope}", resource, action) for scope in principal.scopes
            )
        role = principal.role
        return role is not None and self._enforce(f"role:{role}", resource, action)

    def _enforce(self, subject: str, resource: str, action: str) -> bool:
        key = (subject, resource, action)
        decision = self._decisions.get(key)
        if decision is None:
            decision = self._decisions[key] = self.enforcer.enforce(*key)
        return decision
