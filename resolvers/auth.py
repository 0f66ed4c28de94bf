"""Sign-in, sign-out and turning a bearer token into a `Principal`.

The token lookup runs on every request, so it is one hand-written joined statement,
and the idle clock is written at most once a minute per session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from accountdesk.settings import Settings
from models import ApiToken, Session, User
from models.enums import AccountType, Department, StaffRole
from resolvers import clock
from resolvers.errors import DomainError
from resolvers.identity import Principal
from resolvers.passwords import verify_password
from resolvers.ratelimit import RateLimiter
from resolvers.secrets import new_token, token_hash
from resolvers.sql.accounts import SESSION_LOOKUP

__all__ = [
    "SESSION_PREFIX",
    "API_TOKEN_PREFIX",
    "IssuedSession",
    "InvalidCredentials",
    "TooManyAttempts",
    "login",
    "logout",
    "principal_for_token",
]

SESSION_PREFIX = "ads"
API_TOKEN_PREFIX = "adt"
_TOUCH_EVERY = timedelta(minutes=1)


class InvalidCredentials(DomainError):
    code = "INVALID_CREDENTIALS"
    default_message = "The email or the password is wrong."


class TooManyAttempts(DomainError):
    code = "RATE_LIMITED"
    default_message = "Too many sign-in attempts. Wait a few minutes and try again."


@dataclass(frozen=True)
class IssuedSession:
    token: str
    expires_at: datetime
    user: User


async def login(
    settings: Settings, limiter: RateLimiter, email: str, password: str, client_address: str
) -> IssuedSession:
    email = email.strip().lower()
    within_account = await limiter.hit(
        f"login:account:{email}", settings.login_attempts_per_account, settings.login_window
    )
    within_address = await limiter.hit(
        f"login:address:{client_address}",
        settings.login_attempts_per_address,
        settings.login_window,
    )
    if not (within_account and within_address):
        raise TooManyAttempts()
    user = await User.get_or_none(email=email)
    # Verify even for unknown or disabled users, so the answer time tells nothing.
    valid = verify_password(user.password_hash if user else None, password)
    if user is None or not valid or not user.is_active:
        raise InvalidCredentials()
    await limiter.clear(f"login:account:{email}")
    now = clock.now()
    token = new_token(SESSION_PREFIX)
    expires_at = min(now + settings.session_idle, now + settings.session_absolute)
    await Session.create(
        user=user,
        token_hash=token_hash(token),
        created_at=now,
        last_seen_at=now,
        expires_at=now + settings.session_absolute,
    )
    return IssuedSession(token=token, expires_at=expires_at, user=user)


async def logout(principal: Principal) -> bool:
    if principal.session_id is None:
        return False
    updated = await Session.filter(id=principal.session_id, revoked_at=None).update(
        revoked_at=clock.now()
    )
    return bool(updated)


async def principal_for_token(settings: Settings, token: str) -> Principal | None:
    """The caller behind a bearer token, or None when the token is unknown, expired or revoked."""
    if token.startswith(f"{API_TOKEN_PREFIX}_"):
        return await _principal_for_api_token(token)
    if not token.startswith(f"{SESSION_PREFIX}_"):
        return None
    now = clock.now()
    rows = await SESSION_LOOKUP.fetch(token_hash(token), now, now - settings.session_idle, True)
    if not rows:
        return None
    row = rows[0]
    if row["last_seen_at"] < now - _TOUCH_EVERY:
        await Session.filter(id=row["id"]).update(last_seen_at=now)
    return Principal(
        user_id=row["user_id"],
        account_id=row["account_id"],
        email=row["email"],
        account_type=_enum(AccountType, row["account_type"]),
        staff_role=_enum(StaffRole, row["staff_role"]),
        department=_enum(Department, row["department"]),
        session_id=row["id"],
    )


async def _principal_for_api_token(token: str) -> Principal | None:
    # A token dies with its creator's login: disabling the person stops their tokens at once.
    rows = await ApiToken.filter(
        token_hash=token_hash(token), revoked_at__isnull=True, created_by__is_active=True
    ).values("id", "account_id", "scopes", "last_used_at")
    if not rows:
        return None
    row = rows[0]
    now = clock.now()
    if row["last_used_at"] is None or row["last_used_at"] < now - _TOUCH_EVERY:
        await ApiToken.filter(id=row["id"]).update(last_used_at=now)
    return Principal(
        account_id=row["account_id"], api_token_id=row["id"], scopes=frozenset(row["scopes"])
    )


def _enum(kind, value):
    return kind(value) if value is not None else None
