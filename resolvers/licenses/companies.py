"""A new company made for a transfer: an account, its primary user and a one-time password link.

The link is a `PasswordReset` row (only the token's hash is stored), so the person sets a
password through the same reset flow as "Unable to log in". It lives longer than a reset
link: the recipient may read the mail days later.
"""

from __future__ import annotations

from datetime import timedelta

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from accountdesk.settings import Settings
from models import Account, User
from models.enums import AccountType
from resolvers import outbox
from resolvers.errors import InvalidInput
from resolvers.password_reset import issue_password_link

__all__ = ["WELCOME_LINK_TTL", "create_company"]

WELCOME_LINK_TTL = timedelta(days=7)


async def create_company(
    settings: Settings,
    company_name: str,
    contact_name: str,
    email: str,
    sender_name: str,
    using_db: BaseDBAsyncClient,
) -> User:
    company_name = " ".join(company_name.split())
    if not company_name or len(company_name) > 200:
        raise InvalidInput("The company needs a name (up to 200 characters).", field="companyName")
    if await User.filter(email=email).using_db(using_db).exists():
        raise _email_taken()
    account = await Account.create(name=company_name, using_db=using_db)
    try:
        user = await User.create(
            account=account,
            email=email,
            contact_email=email,
            name=" ".join(contact_name.split())[:200],
            account_type=AccountType.PRIMARY,
            password_hash="",
            using_db=using_db,
        )
    except IntegrityError:
        # A racing request took the email between our check and our insert (the unique
        # login made us wait for its commit): the same answer as if it had been first.
        raise _email_taken() from None
    _, token = await issue_password_link(user.id, WELCOME_LINK_TTL, using_db)
    link = f"{settings.public_url}/reset-password?token={token}"
    body = (
        f"{sender_name} is transferring a software license to {company_name}, and opened a "
        f"customer account for you.\n\nSet your password (the link works once, for "
        f"{WELCOME_LINK_TTL.days} days):\n{link}\n\nThen sign in with {email} and accept the "
        "license under My licenses."
    )
    await outbox.enqueue(
        email, "Your new customer account", body, f"welcome:user:{user.id}", using_db=using_db
    )
    return user


def _email_taken() -> InvalidInput:
    return InvalidInput(
        "This email is already a login; transfer to the existing customer instead.",
        code="EMAIL_TAKEN",
        field="recipientEmail",
    )
