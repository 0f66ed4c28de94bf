"""Sign-up of a new company and the confirmation of its email."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from resolvers import signup
from schema.accounts import UserType
from schema.errors import InputError, LimitError, as_result, result_union
from schema.permissions import Allow
from schema.text_input import CODE, EMAIL, NAME, PASSWORD, SECRET, text, text_field

__all__ = ["SignupMutation"]

SIGNED_UP = (
    "Check your mailbox: a link to confirm the address is on its way. The account works once "
    "the address is confirmed."
)


@strawberry.input
class SignUpInput:
    company: str = text_field(NAME)
    name: str = text_field(NAME)
    email: str = text_field(EMAIL)
    password: str = text_field(PASSWORD)
    referral_code: str | None = text_field(CODE, default=None)


@strawberry.type(description="The same answer whether or not the email was already a login.")
class SignUpAccepted:
    message: str


SignUpResult = result_union("SignUpResult", SignUpAccepted, InputError, LimitError)
ConfirmEmailResult = result_union("ConfirmEmailResult", UserType, InputError)


@strawberry.type
class SignupMutation:
    @strawberry.mutation(
        permission_classes=[Allow("signup.create")],
        description="Register a new company and its primary user; confirm the email to sign in.",
    )
    async def sign_up(self, info: Info, input: SignUpInput) -> SignUpResult:
        context = info.context

        async def work() -> SignUpAccepted:
            form = signup.SignUp(
                input.company, input.name, input.email, input.password, input.referral_code
            )
            await signup.sign_up(
                context.settings, context.services.limiter, form, context.client_address
            )
            return SignUpAccepted(message=SIGNED_UP)

        return await as_result(work())

    @strawberry.mutation(
        permission_classes=[Allow("signup.confirm")],
        description="Confirm a sign-up's email with the link's token; the primary can sign in.",
    )
    async def confirm_email(
        self, info: Info, token: Annotated[str, text(SECRET)]
    ) -> ConfirmEmailResult:
        return await as_result(signup.confirm_email(token), UserType.from_model)
