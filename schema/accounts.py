"""Sign-in, the caller, the people of an account and their profiles."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from models import Account, User
from models.enums import AccountType, Department, NewsletterTopic, StaffRole
from resolvers import account_lookup, accounts, auth, invitations
from resolvers.errors import NotFound
from resolvers.tickets.batches import BATCHES as TICKET_BATCHES
from schema.errors import (
    ForbiddenError,
    InputError,
    LimitError,
    NotFoundError,
    as_result,
    error_type,
    result_union,
)
from schema.loaders import area_loader, load_by_id
from schema.pagination import Connection, connection
from schema.permissions import Allow
from schema.text_input import CURSOR, EMAIL, NAME, PASSWORD, SEARCH, text, text_field

__all__ = ["AccountQuery", "AccountMutation", "UserType", "AccountInfo"]

# The Communication Center's loaders (the same per-request DataLoaders as `ticket_loader`).
ticket_loader = area_loader("tickets", TICKET_BATCHES)

AccountTypeEnum = strawberry.enum(AccountType, name="AccountType")
StaffRoleEnum = strawberry.enum(StaffRole, name="StaffRole")
DepartmentEnum = strawberry.enum(Department, name="Department")
NewsletterTopicEnum = strawberry.enum(NewsletterTopic, name="NewsletterTopic")

LoginError = error_type(
    "LoginError",
    ("INVALID_CREDENTIALS",),
    "The email or password is wrong (the same answer for an unknown email).",
)


@strawberry.type(name="Account")
class AccountInfo:
    id: strawberry.ID
    name: str

    @strawberry.field(
        description="HotRush disables left for tickets past `submitted` (3 per account; "
        "disabling a `submitted` ticket is free)."
    )
    async def hotrush_disables_left(self, info: Info) -> int:
        return await ticket_loader(info, "hotrush_disables_left").load(int(self.id))

    @strawberry.field(
        description="What the queue multiplies a ticket's nominal weight (major 3, normal 2, "
        "minor 1) by: 2 / the mean weight of the account's tickets opened in the last 90 days; "
        "1.0 when it marks tickets like everyone, below 1 when it marks most of them major."
    )
    async def effective_priority_weight(self, info: Info) -> float:
        return await ticket_loader(info, "priority_weights").load(int(self.id))

    @classmethod
    def from_model(cls, account: Account) -> AccountInfo:
        return cls(id=strawberry.ID(str(account.id)), name=account.name)


@strawberry.type(name="User")
class UserType:
    id: strawberry.ID
    email: str
    name: str
    contact_email: str
    account_type: AccountTypeEnum | None
    staff_role: StaffRoleEnum | None
    department: DepartmentEnum | None
    is_active: bool
    newsletter_topics: list[NewsletterTopicEnum]
    account_id: strawberry.Private[int | None]
    # Set when the account came with the user's row (`me`), so no second query is needed.
    known_account: strawberry.Private[AccountInfo | None] = None

    @strawberry.field
    async def account(self, info: Info) -> AccountInfo | None:
        if self.known_account is not None:
            return self.known_account
        account = await load_by_id(info, Account, self.account_id)
        return AccountInfo.from_model(account) if account else None

    @classmethod
    def from_model(cls, user: User) -> UserType:
        return cls(
            id=strawberry.ID(str(user.id)),
            email=user.email,
            name=user.name,
            contact_email=user.contact_email,
            account_type=user.account_type,
            staff_role=user.staff_role,
            department=user.department,
            is_active=user.is_active,
            newsletter_topics=[NewsletterTopic(t) for t in user.newsletter_topics],
            account_id=user.account_id,
        )

    @classmethod
    def from_profile(cls, row: dict) -> UserType:
        """From `resolvers.accounts.profile`'s row (the user's fields and `account__name`)."""
        account_id = row["account_id"]
        return cls(
            id=strawberry.ID(str(row["id"])),
            email=row["email"],
            name=row["name"],
            contact_email=row["contact_email"],
            account_type=row["account_type"],
            staff_role=row["staff_role"],
            department=row["department"],
            is_active=row["is_active"],
            newsletter_topics=[NewsletterTopic(t) for t in row["newsletter_topics"]],
            account_id=account_id,
            known_account=(
                AccountInfo(id=strawberry.ID(str(account_id)), name=row["account__name"])
                if account_id is not None
                else None
            ),
        )


@strawberry.type(name="Session")
class SessionType:
    token: str
    expires_at: datetime
    user: UserType


@strawberry.input
class CreateUserInput:
    email: str = text_field(EMAIL)
    name: str = text_field(NAME, default="")
    account_type: AccountTypeEnum = AccountType.SECONDARY
    password: str | None = text_field(
        PASSWORD,
        default=None,
        description="Optional: the invitation mail always carries a link to choose a password.",
    )


@strawberry.input
class UpdateProfileInput:
    name: str | None = text_field(NAME, default=None)
    contact_email: str | None = text_field(EMAIL, default=None)
    current_password: str | None = text_field(PASSWORD, default=None)
    new_password: str | None = text_field(PASSWORD, default=None)


@strawberry.type(description="The person removed from the account.")
class RemovedUser:
    id: strawberry.ID


RemoveUserResult = result_union("RemoveUserResult", RemovedUser, NotFoundError, ForbiddenError)
LoginResult = result_union("LoginResult", SessionType, LoginError, LimitError, InputError)
UserResult = result_union("UserResult", UserType, NotFoundError, ForbiddenError, InputError)
ProfileResult = result_union("ProfileResult", UserType, InputError)


@strawberry.type
class AccountQuery:
    @strawberry.field(permission_classes=[Allow("profile.read")], description="The caller.")
    async def me(self, info: Info) -> UserType:
        return UserType.from_profile(await accounts.profile(info.context.principal))

    @strawberry.field(
        permission_classes=[Allow("user.read")], description="The people of your account."
    )
    async def users(self, info: Info) -> list[UserType]:
        return [UserType.from_model(u) for u in await accounts.list_users(info.context.principal)]

    @strawberry.field(
        permission_classes=[Allow("account.search")],
        description="Staff: customer accounts whose company name or a person's email contains "
        "`search`, or that hold the license key `search`; by name.",
    )
    async def accounts(
        self,
        info: Info,
        search: Annotated[str, text(SEARCH)],
        first: int = 20,
        after: Annotated[str | None, text(CURSOR)] = None,
    ) -> Connection[AccountInfo]:
        context = info.context
        page = await account_lookup.search_accounts(
            context.settings, context.principal, search, first, after
        )
        return connection(page, AccountInfo.from_model)

    @strawberry.field(permission_classes=[Allow("user.read")])
    async def user(self, info: Info, id: strawberry.ID) -> UserType | None:
        try:
            found = await accounts.get_user(info.context.principal, id)
        except NotFound:
            return None
        return UserType.from_model(found)


@strawberry.type
class AccountMutation:
    @strawberry.mutation(permission_classes=[Allow("session.create")])
    async def login(
        self,
        info: Info,
        email: Annotated[str, text(EMAIL)],
        password: Annotated[str, text(PASSWORD)],
    ) -> LoginResult:
        context = info.context

        def present(issued: auth.IssuedSession) -> SessionType:
            return SessionType(
                token=issued.token,
                expires_at=issued.expires_at,
                user=UserType.from_model(issued.user),
            )

        return await as_result(
            auth.login(
                context.settings, context.services.limiter, email, password, context.client_address
            ),
            present,
        )

    @strawberry.mutation(
        permission_classes=[Allow("session.delete")], description="End this session."
    )
    async def logout(self, info: Info) -> bool:
        return await auth.logout(info.context.principal)

    @strawberry.mutation(
        permission_classes=[Allow("user.create")],
        description="Add a person; they get an invitation mail with a link to set their password.",
    )
    async def create_user(self, info: Info, input: CreateUserInput) -> UserResult:
        context = info.context
        work = invitations.invite_user(
            context.settings,
            context.principal,
            input.email,
            input.name,
            input.account_type,
            input.password,
        )
        return await as_result(work, UserType.from_model)

    @strawberry.mutation(permission_classes=[Allow("user.set_type")])
    async def set_user_type(
        self, info: Info, id: strawberry.ID, account_type: AccountTypeEnum
    ) -> UserResult:
        return await as_result(
            accounts.set_user_type(info.context.principal, id, account_type), UserType.from_model
        )

    @strawberry.mutation(permission_classes=[Allow("user.disable")])
    async def disable_user(self, info: Info, id: strawberry.ID) -> UserResult:
        return await as_result(
            accounts.disable_user(info.context.principal, id), UserType.from_model
        )

    @strawberry.mutation(
        permission_classes=[Allow("user.enable")],
        description="Let a disabled person sign in again.",
    )
    async def enable_user(self, info: Info, id: strawberry.ID) -> UserResult:
        return await as_result(
            accounts.enable_user(info.context.principal, id), UserType.from_model
        )

    @strawberry.mutation(
        permission_classes=[Allow("user.remove")],
        description="Remove a person: no more sign-in, the address is free; what they wrote stays.",
    )
    async def remove_user(self, info: Info, id: strawberry.ID) -> RemoveUserResult:
        return await as_result(
            accounts.remove_user(info.context.principal, id),
            lambda user: RemovedUser(id=strawberry.ID(str(user.id))),
        )

    @strawberry.mutation(permission_classes=[Allow("profile.update")])
    async def update_profile(self, info: Info, input: UpdateProfileInput) -> ProfileResult:
        return await as_result(
            accounts.update_profile(
                info.context.principal,
                name=input.name,
                contact_email=input.contact_email,
                current_password=input.current_password,
                new_password=input.new_password,
            ),
            UserType.from_model,
        )

    @strawberry.mutation(permission_classes=[Allow("newsletter.update")])
    async def set_newsletter_subscriptions(
        self, info: Info, topics: list[NewsletterTopicEnum]
    ) -> UserType:
        user = await accounts.set_newsletter_subscriptions(info.context.principal, topics)
        return UserType.from_model(user)
