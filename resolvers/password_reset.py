"""Password reset ("Unable to log in"): a one-time link sent by mail (SPEC section 1).

The answer to a request is the same whether or not the address is a login, and requests are
counted per address and per client before anything is looked up. A link works once, until
it expires, and only the newest link of a user works. Setting the password ends every
session of the user.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import PasswordReset, Session, User
from resolvers import clock, outbox
from resolvers.accounts import normalize_email
from resolvers.errors import InvalidInput, LimitReached
from resolvers.passwords import check_new_password, hash_password
from resolvers.ratelimit import RateLimiter
from resolvers.secrets import new_token, token_hash

__all__ = [
    "request_password_reset",
    "reset_password",
    "TooManyResetRequests",
    "RESET_PREFIX",
    "issue_password_link",
]

RESET_PREFIX = "adr"
_HOUR = timedelta(hours=1)


class TooManyResetRequests(LimitReached):
    code = "RATE_LIMITED"
    default_message = "Too many password reset requests. Try again in an hour."


def _invalid_link() -> InvalidInput:
    return InvalidInput(
        "This reset link is unknown, used or expired. Ask for a new one.",
        code="INVALID_TOKEN",
        field="token",
    )


async def request_password_reset(
    settings: Settings, limiter: RateLimiter, email: str, client_address: str
) -> bool:
    """Queue a reset mail when `email` is an active login; True when a mail was queued.

    Callers must answer the same either way; the return value is for tests and logs.
    """
    email = normalize_email(email)
    within_email = await limiter.hit(
        f"password_reset:email:{email}", settings.password_reset_per_hour, _HOUR
    )
    within_address = await limiter.hit(
        f"password_reset:address:{client_address}",
        settings.password_reset_per_address_per_hour,
        _HOUR,
    )
    if not (within_email and within_address):
        raise TooManyResetRequests()
    user = await User.get_or_none(email=email, is_active=True)
    if user is None:
        return False
    now = clock.now()
    async with in_transaction() as conn:
        # Only the newest link works: an older one in a forgotten mail is dead from now on.
        await (
            PasswordReset.filter(user_id=user.id, used_at__isnull=True)
            .using_db(conn)
            .update(used_at=now)
        )
        reset, secret = await issue_password_link(user.id, settings.password_reset_ttl, conn)
        await outbox.enqueue(
            user.email,
            "Reset your AccountDesk password",
            _mail_body(settings, user, secret),
            dedupe_key=f"password_reset:{reset.id}",
            using_db=conn,
        )
    return True


async def issue_password_link(
    user_id: int, lifetime: timedelta, using_db: BaseDBAsyncClient
) -> tuple[PasswordReset, str]:
    """A one-time link secret for `resetPassword`; only its hash is stored."""
    secret = new_token(RESET_PREFIX)
    now = clock.now()
    reset = await PasswordReset.create(
        user_id=user_id,
        token_hash=token_hash(secret),
        created_at=now,
        expires_at=now + lifetime,
        using_db=using_db,
    )
    return reset, secret


def _mail_body(settings: Settings, user: User, secret: str) -> str:
    minutes = int(settings.password_reset_ttl.total_seconds() // 60)
    link = f"{settings.public_url}/reset-password?token={quote(secret)}"
    return (
        f"Hello {user.name or user.email},\n\n"
        f"someone asked to reset the password of the AccountDesk login {user.email}.\n"
        f"To choose a new password, open this link within {minutes} minutes:\n\n"
        f"    {link}\n\n"
        "The link works once. If you did not ask for it, ignore this mail: "
        "your password stays as it is.\n"
    )


async def reset_password(token: str, new_password: str) -> User:
    """Set the password through a link; the link dies and every session of the user ends."""
    if not token.startswith(f"{RESET_PREFIX}_"):
        raise _invalid_link()
    now = clock.now()
    rows = await PasswordReset.filter(
        token_hash=token_hash(token),
        used_at__isnull=True,
        expires_at__gt=now,
        user__is_active=True,
    ).values("id", "user_id")
    if not rows:
        raise _invalid_link()
    check_new_password(new_password)
    password_hash = hash_password(new_password)
    async with in_transaction() as conn:
        # The conditional update is the one-time check: of two racing uses, one wins.
        claimed = (
            await PasswordReset.filter(id=rows[0]["id"], used_at__isnull=True)
            .using_db(conn)
            .update(used_at=now)
        )
        if not claimed:
            raise _invalid_link()
        user_id = rows[0]["user_id"]
        await User.filter(id=user_id).using_db(conn).update(password_hash=password_hash)
        await (
            Session.filter(user_id=user_id, revoked_at__isnull=True)
            .using_db(conn)
            .update(revoked_at=now)
        )
    return await User.get(id=user_id)
