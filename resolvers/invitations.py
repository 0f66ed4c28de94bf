"""Inviting a person into the account: `createUser` mails them a one-time link to set their
password (the reset flow's tokens, alive for INVITATION_TTL_HOURS), in the same transaction
that creates the login, so there is never a login without its invitation or the reverse."""

from __future__ import annotations

from urllib.parse import quote

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import Account, User
from models.enums import AccountType
from resolvers import accounts, outbox
from resolvers.identity import Principal
from resolvers.password_reset import issue_password_link

__all__ = ["invite_user", "send_invitation"]


async def invite_user(
    settings: Settings,
    principal: Principal,
    email: str,
    name: str,
    account_type: AccountType,
    password: str | None,
) -> User:
    async with in_transaction() as conn:
        user = await accounts.create_user(
            principal, email, name, account_type, password, using_db=conn
        )
        await send_invitation(settings, user, principal, conn)
    return user


async def send_invitation(
    settings: Settings, user: User, inviter: Principal, conn: BaseDBAsyncClient
) -> None:
    [company] = (
        await Account.filter(id=user.account_id).using_db(conn).values_list("name", flat=True)
    )
    reset, secret = await issue_password_link(user.id, settings.invitation_ttl, conn)
    days = settings.invitation_ttl.days or 1
    link = f"{settings.public_url}/reset-password?token={quote(secret)}"
    body = (
        f"Hello {user.name or user.email},\n\n"
        f"{inviter.email or 'The primary user'} added you to the AccountDesk account of "
        f"{company}. Your login is {user.email}.\n"
        f"Choose your password within {days} days through this link (it works once):\n\n"
        f"    {link}\n\n"
        "Later, 'Unable to log in' on the sign-in page sends a new link.\n"
    )
    await outbox.enqueue(
        user.email,
        f"You are invited to {company} on AccountDesk",
        body,
        dedupe_key=f"invitation:{reset.id}",
        using_db=conn,
    )
