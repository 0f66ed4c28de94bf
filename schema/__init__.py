"""The GraphQL schema: Strawberry types and the root fields of every capability.

Thin by design: a root field checks its declared permission, calls one use case in
`resolvers/` and presents the result. A capability adds its Query/Mutation classes to the
tuples below.
"""

from __future__ import annotations

import logging

import strawberry
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
)
from strawberry.tools import merge_types

from accountdesk.observe import tracing
from accountdesk.settings import Settings
from schema.accounts import AccountMutation, AccountQuery
from schema.affiliate import AffiliateMutation, AffiliateQuery
from schema.api_tokens import ApiTokenMutation, ApiTokenQuery
from schema.buying import BuyingMutation, BuyingQuery
from schema.complaints import ComplaintMutation, ComplaintQuery
from schema.direct import install_direct_resolvers
from schema.document_limits import CheckedDocuments, DocumentLimits
from schema.documents import DocumentMutation
from schema.extensions import CodedMaskErrors, QuietSchema
from schema.files import FileMutation, FileQuery, FileSubscription
from schema.graphql_compat import PlannedExecutor
from schema.invoices import InvoiceMutation, InvoiceQuery
from schema.licenses import LicenseMutation, LicenseQuery
from schema.observe import ObserveOperation, TraceRootFields
from schema.password_reset import PasswordResetMutation
from schema.projects import ProjectMutation, ProjectQuery
from schema.signup import SignupMutation
from schema.text_input import install_text_checks
from schema.tickets import TicketMutation, TicketQuery, TicketSubscription
from schema.trusted_documents import DocumentRegistry
from schema.trusted_requests import TrustedDocuments

__all__ = ["build_schema", "QUERIES", "MUTATIONS", "SUBSCRIPTIONS"]

QUERIES: tuple[type, ...] = (
    AccountQuery,
    ApiTokenQuery,
    TicketQuery,
    LicenseQuery,
    ProjectQuery,
    ComplaintQuery,
    AffiliateQuery,
    BuyingQuery,
    FileQuery,
    InvoiceQuery,
)
MUTATIONS: tuple[type, ...] = (
    AccountMutation,
    ApiTokenMutation,
    PasswordResetMutation,
    TicketMutation,
    LicenseMutation,
    ProjectMutation,
    FileMutation,
    ComplaintMutation,
    SignupMutation,
    AffiliateMutation,
    BuyingMutation,
    InvoiceMutation,
    DocumentMutation,
)
SUBSCRIPTIONS: tuple[type, ...] = (TicketSubscription, FileSubscription)

log = logging.getLogger("accountdesk.graphql")


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    settings = settings or Settings()
    query = merge_types("Query", QUERIES)
    mutation = merge_types("Mutation", MUTATIONS)
    subscription = merge_types("Subscription", SUBSCRIPTIONS) if SUBSCRIPTIONS else None
    traced = [TraceRootFields] if tracing.enabled() else []
    checked = CheckedDocuments(maxsize=512)
    planned = settings.graphql_execution == "compiled"
    limit_rules = _limit_rules(settings)
    limits = (settings.max_fields, settings.max_expanded_fields, settings.max_field_repeats)
    registry: DocumentRegistry | None = None
    schema = QuietSchema(
        query=query,
        mutation=mutation,
        subscription=subscription,
        extensions=[
            # Before DocumentLimits: a named document skips its validation.
            lambda: TrustedDocuments(registry, settings, maxsize=512),
            lambda: DocumentLimits(*limits, checked),
            lambda: MaxTokensLimiter(max_token_count=settings.max_tokens),
            limit_rules,
            CodedMaskErrors,
            ObserveOperation,
            *traced,
        ],
        execution_context_class=PlannedExecutor if planned else None,
    )
    registry = DocumentRegistry(schema, limit_rules().validation_rules, limits)
    # The one way to a registered document's parsed and validated form (CLI, staff upload).
    schema.trusted_documents = registry  # type: ignore[attr-defined]
    install_direct_resolvers(schema)
    install_text_checks(schema)
    return schema


def _limit_rules(settings: Settings):
    """The depth and alias limits as one factory whose rule classes are made once.

    `CheckedDocuments` remembers a document's validation per schema, so the rules must be the
    same for every request: a limiter made per request would bring new rule classes each time.
    """
    rules = [
        *QueryDepthLimiter(max_depth=settings.max_query_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=settings.max_aliases).validation_rules,
    ]
    return lambda: AddValidationRules(rules)
