"""Sign-up: a new company registers itself and its primary (SPEC section 1).

The account and its primary are created at once, the primary inactive until the email is
confirmed through a one-time link; unconfirmed sign-ups are purged after
SIGNUP_CONFIRMATION_TTL_HOURS. The answer never tells whether the email is taken: both paths
hash the password, write a mail and answer the same words. The owner of a taken email gets a
mail that someone tried (and the link again if that sign-up is still unconfirmed). Attempts are
counted per email and per client address before anything is looked up.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import Account, SignupConfirmation, User
from models.enums import AccountType
from resolvers import clock, outbox
from resolvers.accounts import normalize_email
from resolvers.errors import InvalidInput, LimitReached
from resolvers.passwords import check_new_password, hash_password
from resolvers.ratelimit import RateLimiter
from resolvers.secrets import new_token, token_hash

__all__ = [
    "SignUp",
    "sign_up",
    "confirm_email",
    "purge_unconfirmed",
    "referrer_of",
    "CONFIRM_PREFIX",
    "TooManySignUps",
]

CONFIRM_PREFIX = "adc"
_HOUR = timedelta(hours=1)


class TooManySignUps(LimitReached):
    code = "RATE_LIMITED"
    default_message = "Too many sign-ups from here. Try again in an hour."


class SignUp:
    """What a sign-up form sends, cleaned."""

    def __init__(
        self, company: str, name: str, email: str, password: str, referral_code: str | None
    ) -> None:
        self.company = _words(company, "company", 200)
        self.name = _words(name, "name", 200)
        self.email = normalize_email(email)
        check_new_password(password)
        self.password = password
        self.referral_code = (referral_code or "").strip().upper() or None
        if self.referral_code and len(self.referral_code) > 16:
            raise InvalidInput("No such referral code.", field="referralCode")


def _words(value: str, field: str, maximum: int) -> str:
    value = " ".join(value.split())
    if not value or len(value) > maximum:
        raise InvalidInput(f"Write 1 to {maximum} characters.", field=field)
    return value


async def sign_up(
    settings: Settings, limiter: RateLimiter, form: SignUp, client_address: str
) -> bool:
    """Register `form`; True when a new account was made (for tests and logs, never for the caller)."""
    within_email = await limiter.hit(f"signup:email:{form.email}", settings.signups_per_hour, _HOUR)
    within_address = await limiter.hit(
        f"signup:address:{client_address}", settings.signups_per_address_per_hour, _HOUR
    )
    if not (within_email and within_address):
        raise TooManySignUps()
    referrer = await referrer_of(form.referral_code)
    password_hash = hash_password(form.password)  # on both paths, so both take as long
    try:
        async with in_transaction() as conn:
            existing = await User.filter(email=form.email).using_db(conn).first()
            if existing is not None:
                await _mail_taken(settings, existing, conn)
                return False
            await _create(settings, form, password_hash, referrer, conn)
            return True
    except IntegrityError:
        # The same email signed up twice at once: the other request made the account.
        return False


async def referrer_of(code: str | None) -> int | None:
    if not code:
        return None
    found = await Account.filter(referral_code=code).values_list("id", flat=True)
    if not found:
        raise InvalidInput("No such referral code.", field="referralCode")
    return found[0]


async def _create(
    settings: Settings,
    form: SignUp,
    password_hash: str,
    referrer: int | None,
    conn: BaseDBAsyncClient,
) -> None:
    now = clock.now()
    account = await Account.create(
        name=form.company,
        referred_by_id=referrer,
        referred_at=now if referrer else None,
        using_db=conn,
    )
    user = await User.create(
        account=account,
        email=form.email,
        contact_email=form.email,
        name=form.name,
        account_type=AccountType.PRIMARY,
        password_hash=password_hash,
        is_active=False,
        using_db=conn,
    )
    await _send_link(settings, user, now, conn)


async def _send_link(
    settings: Settings, user: User, now: datetime, conn: BaseDBAsyncClient
) -> None:
    secret = new_token(CONFIRM_PREFIX)
    confirmation = await SignupConfirmation.create(
        user_id=user.id,
        token_hash=token_hash(secret),
        created_at=now,
        expires_at=now + settings.signup_confirmation_ttl,
        using_db=conn,
    )
    days = settings.signup_confirmation_ttl.days or 1
    link = f"{settings.public_url}/confirm-email?token={quote(secret)}"
    body = (
        f"Hello {user.name},\n\n"
        f"welcome to AccountDesk. To activate the account of your company, confirm your "
        f"email within {days} days by opening this link:\n\n    {link}\n\n"
        "If you did not sign up, ignore this mail: the sign-up is deleted by itself.\n"
    )
    await outbox.enqueue(
        user.email,
        "Confirm your AccountDesk sign-up",
        body,
        dedupe_key=f"signup:confirmation:{confirmation.id}",
        using_db=conn,
    )


async def _mail_taken(settings: Settings, user: User, conn: BaseDBAsyncClient) -> None:
    now = clock.now()
    pending = await SignupConfirmation.filter(
        user_id=user.id, confirmed_at__isnull=True, expires_at__gt=now
    ).using_db(conn)
    if pending and not user.is_active:
        # Still unconfirmed: the owner of the address gets a fresh link (and only they do).
        await _send_link(settings, user, now, conn)
        return
    body = (
        f"Hello {user.name or user.email},\n\n"
        f"someone tried to sign up a new company on AccountDesk with your address {user.email}.\n"
        "Your login already exists, so nothing was created. If it was you, sign in, or use "
        f"'Unable to log in' at {settings.public_url} to set a new password.\n"
    )
    await outbox.enqueue(
        user.email,
        "Someone tried to sign up with your address",
        body,
        dedupe_key=f"signup:taken:{user.id}:{new_token('t')}",
        using_db=conn,
    )


def _invalid_link() -> InvalidInput:
    return InvalidInput(
        "This confirmation link is unknown, used or expired. Sign up again.",
        code="INVALID_TOKEN",
        field="token",
    )


async def confirm_email(token: str) -> User:
    """Activate the primary of a sign-up; the link works once, until it expires."""
    if not token.startswith(f"{CONFIRM_PREFIX}_") or len(token) > 200:
        raise _invalid_link()
    now = clock.now()
    rows = await SignupConfirmation.filter(
        token_hash=token_hash(token), confirmed_at__isnull=True, expires_at__gt=now
    ).values("id", "user_id")
    if not rows:
        raise _invalid_link()
    async with in_transaction() as conn:
        claimed = (
            await SignupConfirmation.filter(id=rows[0]["id"], confirmed_at__isnull=True)
            .using_db(conn)
            .update(confirmed_at=now)
        )
        if not claimed:
            raise _invalid_link()
        user_id = rows[0]["user_id"]
        # Older links of the same sign-up die with this one.
        await (
            SignupConfirmation.filter(user_id=user_id, confirmed_at__isnull=True)
            .using_db(conn)
            .update(confirmed_at=now)
        )
        await User.filter(id=user_id, removed_at__isnull=True).using_db(conn).update(is_active=True)
    return await User.get(id=user_id)


async def purge_unconfirmed(settings: Settings, now: datetime | None = None) -> int:
    """Delete sign-ups never confirmed within their time; returns how many accounts went."""
    now = now or clock.now()
    cutoff = now - settings.signup_confirmation_ttl
    candidates = set(
        await SignupConfirmation.filter(
            confirmed_at__isnull=True, created_at__lte=cutoff, user__is_active=False
        ).values_list("user_id", flat=True)
    )
    if not candidates:
        return 0
    async with in_transaction() as conn:
        # A confirmed link, or a newer one still running, keeps the sign-up.
        keep = await (
            SignupConfirmation.filter(user_id__in=candidates)
            .filter(Q(confirmed_at__isnull=False) | Q(created_at__gt=cutoff))
            .using_db(conn)
            .values_list("user_id", flat=True)
        )
        stale = await (
            User.filter(id__in=candidates - set(keep), is_active=False)
            .using_db(conn)
            .values_list("id", "account_id")
        )
        if not stale:
            return 0
        user_ids = [user_id for user_id, _ in stale]
        await SignupConfirmation.filter(user_id__in=user_ids).using_db(conn).delete()
        await User.filter(id__in=user_ids).using_db(conn).delete()
        await Account.filter(id__in=[account for _, account in stale]).using_db(conn).delete()
    return len(stale)
