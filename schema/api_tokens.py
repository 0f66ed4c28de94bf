"""API tokens for partner dashboards: create (the secret shown once), list, revoke."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from models import ApiToken
from policies.scopes import API_TOKEN_SCOPES
from resolvers import api_tokens
from resolvers.pagination import check_first, keyset_page
from schema.errors import (
    ForbiddenError,
    InputError,
    LimitError,
    NotFoundError,
    as_result,
    result_union,
)
from schema.pagination import Connection, connection
from schema.permissions import Allow
from schema.text_input import CURSOR, NAME, text

__all__ = ["ApiTokenQuery", "ApiTokenMutation", "ApiTokenType", "ApiTokenScope"]

ApiTokenScope = strawberry.enum(
    enum.Enum(  # type: ignore[misc]
        "ApiTokenScope", {scope.replace(":", "_").upper(): scope for scope in API_TOKEN_SCOPES}
    ),
    description="What a token may read (the `scope:*` rows of the policy file).",
)


@strawberry.type(name="ApiToken", description="A read-only credential for a partner dashboard.")
class ApiTokenType:
    id: strawberry.ID
    name: str
    scopes: list[ApiTokenScope]
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def from_model(cls, token: ApiToken) -> ApiTokenType:
        return cls(
            id=strawberry.ID(str(token.id)),
            name=token.name,
            scopes=[ApiTokenScope(scope) for scope in token.scopes],
            created_at=token.created_at,
            last_used_at=token.last_used_at,
            revoked_at=token.revoked_at,
        )


@strawberry.type
class NewApiToken:
    secret: str = strawberry.field(
        description="Send as `Authorization: Bearer <secret>`. Shown this once, never again."
    )
    api_token: ApiTokenType


CreateApiTokenResult = result_union(
    "CreateApiTokenResult", NewApiToken, ForbiddenError, InputError, LimitError
)
RevokeApiTokenResult = result_union("RevokeApiTokenResult", ApiTokenType, NotFoundError)


@strawberry.type
class ApiTokenQuery:
    @strawberry.field(
        permission_classes=[Allow("api_token.manage")],
        description="The account's API tokens that still work, newest first.",
    )
    async def api_tokens(
        self, info: Info, first: int = 50, after: Annotated[str | None, text(CURSOR)] = None
    ) -> Connection[ApiTokenType]:
        check_first(first, info.context.settings.max_page_size)
        page = await keyset_page(
            api_tokens.list_api_tokens(info.context.principal),
            first,
            after,
            order=[("created_at", True)],
        )
        return connection(page, ApiTokenType.from_model)


@strawberry.type
class ApiTokenMutation:
    @strawberry.mutation(permission_classes=[Allow("api_token.manage")])
    async def create_api_token(
        self, info: Info, name: Annotated[str, text(NAME)], scopes: list[ApiTokenScope]
    ) -> CreateApiTokenResult:
        return await as_result(
            api_tokens.create_api_token(
                info.context.principal, name, [s.value for s in scopes], API_TOKEN_SCOPES
            ),
            lambda issued: NewApiToken(
                secret=issued.secret, api_token=ApiTokenType.from_model(issued.token)
            ),
        )

    @strawberry.mutation(
        permission_classes=[Allow("api_token.manage")],
        description="Stop a token at once; its next request is refused.",
    )
    async def revoke_api_token(self, info: Info, id: strawberry.ID) -> RevokeApiTokenResult:
        return await as_result(
            api_tokens.revoke_api_token(info.context.principal, id), ApiTokenType.from_model
        )
