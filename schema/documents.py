"""`registerTrustedDocument`: staff add a document clients may then run by its id."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from models import DocumentSource
from resolvers import documents
from schema.errors import InputError, result_union
from schema.permissions import Allow
from schema.text_input import DOCUMENT, text
from schema.trusted_documents import operation_names

__all__ = ["DocumentMutation", "TrustedDocumentType"]


@strawberry.type(
    name="TrustedDocument",
    description="A registered document: clients send its `id` as `documentId`.",
)
class TrustedDocumentType:
    id: str = strawberry.field(description="`sha256:` and the hex SHA-256 of the text as sent.")
    operation_names: list[str] = strawberry.field(
        description='The operations it holds, by name ("" for an anonymous one).'
    )
    created: bool = strawberry.field(description="False when it was registered already.")
    registered_at: datetime


RegisterTrustedDocumentResult = result_union(
    "RegisterTrustedDocumentResult", TrustedDocumentType, InputError
)


@strawberry.type
class DocumentMutation:
    @strawberry.mutation(
        permission_classes=[Allow("trusted_document.register")],
        description="Register a document (checked against this schema first) as trusted.",
    )
    async def register_trusted_document(
        self, info: Info, document: Annotated[str, text(DOCUMENT)]
    ) -> RegisterTrustedDocumentResult:
        checked = info.schema.trusted_documents.check(document)  # type: ignore[attr-defined]
        if checked.errors:
            message = f"The document is not valid here: {checked.errors[0].message}"
            return InputError(code="INVALID_INPUT", message=message, field="document")
        principal = info.context.principal
        registered = await documents.register(document, DocumentSource.STAFF, principal.user_id)
        return TrustedDocumentType(
            id=registered.id,
            operation_names=operation_names(checked.document),
            created=registered.created,
            registered_at=registered.created_at,
        )
