"""People of a customer account and their own profiles (SPEC section 1)."""

from __future__ import annotations

import re
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models import PasswordReset, Session, User
from models.enums import AccountType, NewsletterTopic
from resolvers import clock
from resolvers.errors import Forbidden, InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.passwords import check_new_password, hash_password, verify_password
from resolvers.scope import get_scoped, scoped
from resolvers.sql.accounts import PROFILE

__all__ = [
    "list_users",
    "get_user",
    "create_user",
    "set_user_type",
    "disable_user",
    "enable_user",
    "remove_user",
    "update_profile",
    "set_newsletter_subscriptions",
    "normalize_email",
    "profile",
]

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
# The primary is made by the vendor (a purchase or a transfer), never by `createUser`.
_ASSIGNABLE = (AccountType.ADVANCED_SECONDARY, AccountType.SECONDARY)


def normalize_email(email: str, field: str = "email") -> str:
    email = email.strip().lower()
    if len(email) > 254 or not _EMAIL.match(email):
        raise InvalidInput("This is not an email address.", field=field)
    return email


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if len(name) > 200:
        raise InvalidInput("The name is longer than 200 characters.", field="name")
    return name


async def profile(principal: Principal) -> dict:
    """The caller and their account's name in one statement: `me` is on every client's first
    screen, and building its query and two model objects cost more than running it."""
    [row] = await PROFILE.fetch(principal.user_id)
    return row


async def list_users(principal: Principal) -> list[User]:
    people = User.filter(staff_role__isnull=True, removed_at__isnull=True)
    return await scoped(principal, people).order_by("id")


async def get_user(principal: Principal, user_id: int | str) -> User:
    user = await get_scoped(principal, User, user_id, what="user")
    if user.removed_at is not None:
        raise NotFound("No such user.")
    return user


async def create_user(
    principal: Principal,
    email: str,
    name: str,
    account_type: AccountType,
    password: str | None,
    using_db: BaseDBAsyncClient | None = None,
) -> User:
    email = normalize_email(email)
    if account_type not in _ASSIGNABLE:
        raise InvalidInput("An account has one primary user.", field="accountType")
    if password is not None:
        check_new_password(password)
    if await User.filter(email=email).using_db(using_db).exists():
        raise InvalidInput("This email is already a login.", code="EMAIL_TAKEN", field="email")
    return await User.create(
        account_id=principal.account_id,
        email=email,
        contact_email=email,
        name=_clean_name(name),
        account_type=account_type,
        password_hash=hash_password(password) if password else "",
        using_db=using_db,
    )


async def _other_user_of_account(principal: Principal, user_id: int | str) -> User:
    user = await get_user(principal, user_id)
    if user.id == principal.user_id:
        raise Forbidden("You cannot change your own account type or disable yourself.")
    if user.account_type is AccountType.PRIMARY:
        raise NotFound("No such user.")  # the primary is not managed here
    return user


async def set_user_type(
    principal: Principal, user_id: int | str, account_type: AccountType
) -> User:
    if account_type not in _ASSIGNABLE:
        raise InvalidInput("An account has one primary user.", field="accountType")
    user = await _other_user_of_account(principal, user_id)
    user.account_type = account_type
    await user.save(update_fields=["account_type"])
    return user


async def disable_user(principal: Principal, user_id: int | str) -> User:
    user = await _other_user_of_account(principal, user_id)
    async with in_transaction() as conn:
        await User.filter(id=user.id).using_db(conn).update(is_active=False)
        await _end_sessions(user.id, clock.now(), conn)
    user.is_active = False
    return user


async def enable_user(principal: Principal, user_id: int | str) -> User:
    """Let a disabled person sign in again (a removed one is gone: invite the address anew)."""
    user = await _other_user_of_account(principal, user_id)
    if not user.is_active:
        await User.filter(id=user.id).update(is_active=True)
        user.is_active = True
    return user


async def remove_user(principal: Principal, user_id: int | str) -> User:
    """Remove a person from the account: they can no longer sign in, their address is free to
    be invited again, and what they wrote stays (tickets and history keep the row)."""
    user = await _other_user_of_account(principal, user_id)
    now = clock.now()
    async with in_transaction() as conn:
        await (
            User.filter(id=user.id)
            .using_db(conn)
            .update(
                is_active=False,
                removed_at=now,
                email=f"removed-{user.id}@removed.invalid",
                password_hash="",
            )
        )
        await _end_sessions(user.id, now, conn)
        await (
            PasswordReset.filter(user_id=user.id, used_at__isnull=True)
            .using_db(conn)
            .update(used_at=now)
        )
    user.is_active = False
    user.removed_at = now
    return user


async def _end_sessions(user_id: int, now: datetime, conn: BaseDBAsyncClient) -> None:
    await (
        Session.filter(user_id=user_id, revoked_at__isnull=True)
        .using_db(conn)
        .update(revoked_at=now)
    )


async def update_profile(
    principal: Principal,
    name: str | None = None,
    contact_email: str | None = None,
    current_password: str | None = None,
    new_password: str | None = None,
) -> User:
    user = await User.get(id=principal.user_id)
    changed = []
    if name is not None:
        user.name = _clean_name(name)
        changed.append("name")
    if contact_email is not None:
        user.contact_email = normalize_email(contact_email, field="contactEmail")
        changed.append("contact_email")
    if new_password is not None:
        if not verify_password(user.password_hash, current_password or ""):
            raise InvalidInput("The current password is wrong.", field="currentPassword")
        check_new_password(new_password)
        user.password_hash = hash_password(new_password)
        changed.append("password_hash")
    if changed:
        await user.save(update_fields=changed)
    return user


async def set_newsletter_subscriptions(principal: Principal, topics: list[NewsletterTopic]) -> User:
    user = await User.get(id=principal.user_id)
    user.newsletter_topics = sorted({NewsletterTopic(t).value for t in topics})
    await user.save(update_fields=["newsletter_topics"])
    return user
