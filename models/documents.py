"""Trusted documents: GraphQL documents registered by their SHA-256, shared by every API process."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

__all__ = ["TrustedDocument", "DocumentSource"]


class DocumentSource(StrEnum):
    """Who registered a document. Only `build` and `staff` ones are trusted; `apq` ones were
    sent by any client (Apollo's automatic persisted queries) and only save bandwidth."""

    BUILD = "build"
    STAFF = "staff"
    APQ = "apq"


class TrustedDocument(Model):
    # The hex SHA-256 of the UTF-8 text exactly as registered; clients send "sha256:<id>".
    id = fields.CharField(primary_key=True, max_length=64)
    text = fields.TextField()
    source = fields.CharEnumField(DocumentSource, max_length=8)
    registered_by = fields.ForeignKeyField(
        "models.User", related_name="registered_documents", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "trusted_document"
