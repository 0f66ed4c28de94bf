"""Password reset ("Unable to log in"): ask for a link by mail, then set a new password with it."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from resolvers import password_reset
from schema.errors import InputError, LimitError, as_result, result_union
from schema.permissions import Allow

__all__ = ["PasswordResetMutation"]

REQUESTED = "If this address is a login, a mail with a reset link is on its way."


@strawberry.type(description="The same answer whether or not the address is a login.")
class PasswordResetRequested:
    message: str


@strawberry.type(description="The password is set; every session of the login has ended.")
class PasswordChanged:
    email: str


RequestPasswordResetResult = result_union(
    "RequestPasswordResetResult", PasswordResetRequested, InputError, LimitError
)
ResetPasswordResult = result_union("ResetPasswordResult", PasswordChanged, InputError)


@strawberry.type
class PasswordResetMutation:
    @strawberry.mutation(permission_classes=[Allow("password_reset.request")])
    async def request_password_reset(self, info: Info, email: str) -> RequestPasswordResetResult:
        context = info.context

        async def work() -> PasswordResetRequested:
            # The mail, if any, is sent when the request ends (see `schema.observe`).
            await password_reset.request_password_reset(
                context.settings, context.services.limiter, email, context.client_address
            )
            return PasswordResetRequested(message=REQUESTED)

        return await as_result(work())

    @strawberry.mutation(permission_classes=[Allow("password_reset.complete")])
    async def reset_password(
        self, info: Info, token: str, new_password: str
    ) -> ResetPasswordResult:
        return await as_result(
            password_reset.reset_password(token, new_password),
            lambda user: PasswordChanged(email=user.email),
        )
