"""Schema extensions of our own: coded, masked errors with a request id in every log line.

- Parse and validation errors get `extensions.code` (GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED) so clients can tell them apart without reading the message.
- A `DomainError` raised outside a result union (e.g. `first` over the limit in a query) is
  an expected failure: it keeps its message and gets its code (and `field`).
- Unexpected errors are logged with the request id and answered as INTERNAL_SERVER_ERROR,
  without their message or a stack trace. Coded errors (auth, limits) pass unchanged.
- Expected errors are not logged at all (Strawberry logs every error with its traceback): the
  request's one log line carries their code. Only the masked, unexpected ones get a traceback.
"""

from __future__ import annotations

import logging

import strawberry
from graphql import GraphQLError
from strawberry.types import ExecutionContext

from resolvers.errors import DomainError
from schema.strawberry_compat import MaskErrorsThen

__all__ = ["CodedMaskErrors", "QuietSchema", "should_mask", "add_code"]

log = logging.getLogger("accountdesk.graphql")


def should_mask(error: GraphQLError) -> bool:
    if error.extensions and "code" in error.extensions:
        return False
    if isinstance(error.original_error, DomainError):
        return False
    # No original error: the document itself was wrong (syntax, unknown field, bad variable).
    return error.original_error is not None


class QuietSchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Log nothing here: `CodedMaskErrors` logs the unexpected errors, with the request id."""


class CodedMaskErrors(MaskErrorsThen):
    def __init__(self) -> None:
        super().__init__(should_mask_error=should_mask, error_message="Unexpected error.")

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        request_id = getattr(self.execution_context.context, "request_id", "-")
        log.error(
            "request %s failed at %s",
            request_id,
            ".".join(str(p) for p in error.path or []),
            exc_info=error.original_error,
        )
        masked = super().anonymise_error(error)
        masked.extensions = {"code": "INTERNAL_SERVER_ERROR", "requestId": request_id}
        return masked

    def then(self, error: GraphQLError) -> None:
        add_code(error)


def add_code(error: GraphQLError) -> None:
    """Give an error that has none its `extensions.code` (the view calls this too: strawberry
    skips the extension for documents that fail to parse)."""
    if error.extensions and "code" in error.extensions:
        return
    coded: dict[str, str] = {}
    if isinstance(error.original_error, DomainError):
        coded["code"] = error.original_error.code
        if error.original_error.field:
            coded["field"] = error.original_error.field
    elif error.message.startswith("Syntax Error"):
        coded["code"] = "GRAPHQL_PARSE_FAILED"
    elif error.original_error is None and error.path:
        coded["code"] = "BAD_USER_INPUT"
    else:  # unknown fields, wrong types, over a depth, alias or token limit
        coded["code"] = "GRAPHQL_VALIDATION_FAILED"
    error.extensions = {**(error.extensions or {}), **coded}
