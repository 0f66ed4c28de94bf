"""API tokens for partner dashboards (SPEC section 1): read-only, scoped, revocable, shown once.

Only the SHA-256 of a secret is stored; the secret itself is returned once, by `create`.
Which scopes exist is the policy file's business (its `scope:*` rows); the schema passes that
closed list in, so it is written down in one place only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from models import ApiToken
from resolvers import clock
from resolvers.auth import API_TOKEN_PREFIX
from resolvers.errors import Forbidden, InvalidInput, LimitReached
from resolvers.identity import Principal
from resolvers.scope import get_scoped, scoped
from resolvers.secrets import new_token, token_hash

__all__ = ["IssuedApiToken", "create_api_token", "list_api_tokens", "revoke_api_token"]

MAX_ACTIVE_TOKENS = 50


@dataclass(frozen=True)
class IssuedApiToken:
    secret: str
    token: ApiToken


def _clean_scopes(scopes: Iterable[str], known: Collection[str]) -> list[str]:
    chosen = sorted(set(scopes))
    if not chosen:
        raise InvalidInput("Choose at least one scope.", field="scopes")
    unknown = [scope for scope in chosen if scope not in known]
    if unknown:
        raise InvalidInput(f"Unknown scope: {', '.join(unknown)}.", field="scopes")
    return chosen


async def create_api_token(
    principal: Principal, name: str, scopes: Iterable[str], known_scopes: Collection[str]
) -> IssuedApiToken:
    if not principal.is_primary:
        raise Forbidden("Only the account's primary user creates API tokens.", code="NOT_PRIMARY")
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise InvalidInput("Name the token (1 to 100 characters).", field="name")
    chosen = _clean_scopes(scopes, known_scopes)
    active = ApiToken.filter(account_id=principal.account_id, revoked_at__isnull=True)
    if await active.count() >= MAX_ACTIVE_TOKENS:
        raise LimitReached(f"An account holds at most {MAX_ACTIVE_TOKENS} active API tokens.")
    secret = new_token(API_TOKEN_PREFIX)
    token = await ApiToken.create(
        account_id=principal.account_id,
        created_by_id=principal.user_id,
        name=name,
        token_hash=token_hash(secret),
        scopes=chosen,
        created_at=clock.now(),
    )
    return IssuedApiToken(secret=secret, token=token)


def list_api_tokens(principal: Principal):
    """The account's tokens that still work, newest first (a queryset for `keyset_page`)."""
    return scoped(principal, ApiToken.filter(revoked_at__isnull=True))


async def revoke_api_token(principal: Principal, token_id: int | str) -> ApiToken:
    """Revoke at once: the next request with the token is refused. Revoking twice is harmless."""
    token = await get_scoped(principal, ApiToken, token_id, what="API token")
    if token.revoked_at is None:
        now = clock.now()
        await ApiToken.filter(id=token.id, revoked_at__isnull=True).update(revoked_at=now)
        token.revoked_at = now
    return token
