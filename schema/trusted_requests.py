"""Requests by document id, Apollo's automatic persisted queries, and the trusted-only mode.

A request names a registered document in one of two forms:

- `{"documentId": "sha256:<hex>", ...}` (GraphQL over HTTP's trusted documents; the view moves
  the key into the request's extensions, see `DOCUMENT_ID`);
- `{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "<hex>"}}, ...}` (Apollo
  Client, Apollo Kotlin and iOS). Without `query`, an unknown hash is answered with Apollo's
  `PersistedQueryNotFound` (code PERSISTED_QUERY_NOT_FOUND), on which the clients send the
  hash again with the text; with `query`, the hash must be the text's, and the text is
  registered (source `apq`) once it validates, unless only trusted documents are allowed.

A named document runs from the registry's cache: no parsing, no validation. With
`ONLY_TRUSTED_DOCUMENTS`, anything else is refused (TRUSTED_DOCUMENT_REQUIRED) before any
resolver runs, except for the callers `TRUSTED_DOCUMENTS_EXCEPT` lists, and except for a text
that is itself a trusted document (what WebSocket clients send: they cannot send an id).

A refused request still needs a document for Strawberry to go on to validation, where the
refusal is answered: a one-field placeholder of an allowed operation type, never executed.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLError,
    NameNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from graphql import OperationType as CoreOperationType
from strawberry.extensions import ParserCache
from strawberry.types.graphql import OperationType

from accountdesk.settings import Settings
from models import DocumentSource
from resolvers import documents
from schema.trusted_documents import Checked, DocumentRegistry

__all__ = ["TrustedDocuments", "DOCUMENT_ID", "GRAPHIQL_HEADER", "refusal"]

log = logging.getLogger("accountdesk.graphql")

# Where the view puts a request's top-level `documentId` (Strawberry keeps only extensions).
DOCUMENT_ID = "documentId"
# Sent by our GraphiQL page; any program can send it too, so it only counts when
# TRUSTED_DOCUMENTS_EXCEPT lists `graphiql` (see docs/trusted-documents.md).
GRAPHIQL_HEADER = "x-accountdesk-graphiql"

_MESSAGES = {
    "PERSISTED_QUERY_NOT_FOUND": "PersistedQueryNotFound",  # the text Apollo's clients match
    "PERSISTED_QUERY_HASH_MISMATCH": "provided sha does not match query",
    "PERSISTED_QUERY_VERSION_UNSUPPORTED": "Unsupported persisted query version; send 1.",
    "DOCUMENT_ID_INVALID": "A document id is `sha256:` and 64 hex digits (Apollo's "
    "`sha256Hash`: the 64 hex digits).",
    "TRUSTED_DOCUMENT_REQUIRED": "This server runs registered (trusted) documents only: send "
    "a `documentId` your build registered.",
}


def refusal(code: str) -> GraphQLError:
    return GraphQLError(_MESSAGES[code], extensions={"code": code})


class _Refused(Exception):
    def __init__(self, code: str) -> None:
        self.code = code


class TrustedDocuments(ParserCache):
    """Resolves a request's document before Strawberry parses; the parser cache otherwise."""

    def __init__(self, registry: DocumentRegistry, settings: Settings, maxsize: int) -> None:
        super().__init__(maxsize=maxsize)
        self.registry = registry
        self.only_trusted = settings.only_trusted_documents
        self.exceptions = frozenset(settings.trusted_documents_except)
        self.answer: tuple[GraphQLError, ...] | None = None  # set: validation is skipped
        self.register_as: str | None = None  # the hex digest to register the text under
        self.valid = False  # the text passed validation (registered after it ran)

    async def on_operation(self) -> AsyncIterator[None]:
        context = self.execution_context
        try:
            checked = await self._resolve(context)
        except _Refused as refused:
            self.answer = (refusal(refused.code),)
            context.graphql_document = _placeholder(context)
        else:
            if checked is not None:
                context.query = checked.text
                if checked.document is not None:
                    context.graphql_document = checked.document
                    self.answer = checked.errors
                # else: the text does not parse; Strawberry parses it again and says why
        yield
        if self.register_as and self.valid:
            await self._register(context)

    async def _register(self, context: Any) -> None:
        """Keep a client's text for its next hash-only request; the request ran already, so a
        failure here only costs that client one more round trip."""
        try:
            await documents.register(context.query, DocumentSource.APQ)
        except Exception:  # noqa: BLE001 - a lost connection, a full disk: logged, not answered
            log.warning("could not register an automatic persisted query", exc_info=True)
            return
        self.registry.keep(
            self.register_as, Checked(context.query, context.graphql_document, (), False)
        )

    def on_parse(self) -> Iterator[None]:
        if self.execution_context.graphql_document is None:
            yield from super().on_parse()
        else:
            yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if self.answer is not None:
            context.pre_execution_errors = list(self.answer)
        yield
        self.valid = not context.pre_execution_errors

    async def _resolve(self, context: Any) -> Checked | None:
        extensions = context.operation_extensions or {}
        query = context.query
        if DOCUMENT_ID in extensions:
            digest = documents.parse_document_id(extensions[DOCUMENT_ID])
            return await self._named(digest, query)
        persisted = extensions.get("persistedQuery")
        if persisted is not None:
            if not isinstance(persisted, dict) or persisted.get("version") != 1:
                raise _Refused("PERSISTED_QUERY_VERSION_UNSUPPORTED")
            digest = documents.parse_document_id(persisted.get("sha256Hash"), prefixed=False)
            return await self._named(digest, query, automatic=True)
        if not self.only_trusted or not isinstance(query, str) or self._excepted(context):
            return None
        found = await self.registry.document(documents.digest_of(query), trusted_only=True)
        if found is None:
            raise _Refused("TRUSTED_DOCUMENT_REQUIRED")
        return found

    async def _named(self, digest: str | None, query: Any, automatic: bool = False) -> Any:
        if digest is None:
            raise _Refused("DOCUMENT_ID_INVALID")
        if isinstance(query, str) and query and documents.digest_of(query) != digest:
            raise _Refused("PERSISTED_QUERY_HASH_MISMATCH")
        found = await self.registry.document(digest, trusted_only=self.only_trusted)
        if found is not None:
            return found
        if not (isinstance(query, str) and query and automatic):
            raise _Refused("PERSISTED_QUERY_NOT_FOUND")
        if self.only_trusted and not self._excepted(self.execution_context):
            raise _Refused("TRUSTED_DOCUMENT_REQUIRED")
        if not self.only_trusted:
            self.register_as = digest  # Apollo's second request: the hash with its text
        return None

    def _excepted(self, context: Any) -> bool:
        request_context = context.context
        principal = getattr(request_context, "principal", None)
        if "staff" in self.exceptions and principal is not None and principal.is_staff:
            return True
        request = getattr(request_context, "request", None)
        return (
            "graphiql" in self.exceptions
            and request is not None
            and request.headers.get(GRAPHIQL_HEADER) == "1"
        )


_PREFERENCE = (OperationType.QUERY, OperationType.MUTATION, OperationType.SUBSCRIPTION)


def _placeholder(context: Any) -> DocumentNode:
    """`<type> <name> { __typename }` of a type the transport allows, named as the request
    asked (so Strawberry finds the operation and goes on to validation)."""
    allowed = [kind for kind in _PREFERENCE if kind in context.allowed_operations]
    kind = CoreOperationType((allowed or [OperationType.QUERY])[0].value)
    name = context.operation_name
    operation = OperationDefinitionNode(
        operation=kind,
        name=NameNode(value=name) if isinstance(name, str) else None,
        variable_definitions=(),
        directives=(),
        selection_set=SelectionSetNode(selections=(FieldNode(name=NameNode(value="__typename")),)),
    )
    return DocumentNode(definitions=(operation,))
