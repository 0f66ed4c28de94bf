"""The GraphQL schema: Strawberry types and the root fields of every capability.

Thin by design: a root field checks its declared permission, calls one use case in
`resolvers/` and presents the result. A capability adds its Query/Mutation classes to the
tuples below.
"""

from __future__ import annotations

import strawberry
from strawberry.extensions import (
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.tools import merge_types

from accountdesk.settings import Settings
from schema.accounts import AccountMutation, AccountQuery
from schema.extensions import CodedMaskErrors
from schema.projects import ProjectMutation

__all__ = ["build_schema", "QUERIES", "MUTATIONS", "SUBSCRIPTIONS"]

QUERIES: tuple[type, ...] = (AccountQuery,)
MUTATIONS: tuple[type, ...] = (AccountMutation, ProjectMutation)
SUBSCRIPTIONS: tuple[type, ...] = ()


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    settings = settings or Settings()
    query = merge_types("Query", QUERIES)
    mutation = merge_types("Mutation", MUTATIONS)
    subscription = merge_types("Subscription", SUBSCRIPTIONS) if SUBSCRIPTIONS else None
    return strawberry.Schema(
        query=query,
        mutation=mutation,
        subscription=subscription,
        extensions=[
            lambda: ParserCache(maxsize=512),
            lambda: ValidationCache(maxsize=512),
            lambda: MaxTokensLimiter(max_token_count=settings.max_tokens),
            lambda: QueryDepthLimiter(max_depth=settings.max_query_depth),
            lambda: MaxAliasesLimiter(max_alias_count=settings.max_aliases),
            CodedMaskErrors,
        ],
    )
