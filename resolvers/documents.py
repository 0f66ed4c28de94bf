"""The registry of trusted documents: text stored by its SHA-256, shared by every API process.

Checking that a text is a valid document is the schema's job (`schema/trusted_documents.py`);
this module only names, stores and finds texts. An id is `sha256:` and 64 hex digits: the
digest of the UTF-8 text exactly as registered, so a client's build computes it alone.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError

from models import DocumentSource, TrustedDocument

__all__ = [
    "PREFIX",
    "TRUSTED_SOURCES",
    "Registered",
    "digest_of",
    "parse_document_id",
    "Found",
    "find",
    "register",
    "list_documents",
]

PREFIX = "sha256:"
# Registered at build time or by staff: these may run when only trusted documents are allowed.
TRUSTED_SOURCES = frozenset({DocumentSource.BUILD, DocumentSource.STAFF})
_HEX = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Found:
    text: str
    trusted: bool


@dataclass(frozen=True)
class Registered:
    id: str  # with the prefix, as clients send it
    created: bool
    created_at: datetime


def digest_of(text: str) -> str:
    """The hex SHA-256 of the text's UTF-8 (a lone surrogate is hashed, never a crash)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def parse_document_id(value: object, *, prefixed: bool = True) -> str | None:
    """The hex digest a client's id names, or None when it is not one (wrong prefix, length,
    digits). Apollo's `sha256Hash` comes without the prefix."""
    if not isinstance(value, str):
        return None
    if prefixed:
        if not value.startswith(PREFIX):
            return None
        value = value[len(PREFIX) :]
    value = value.lower()
    return value if _HEX.fullmatch(value) else None


async def find(digest: str) -> Found | None:
    """The registered text and whether it is trusted; None when nothing has this digest."""
    row = await TrustedDocument.filter(id=digest).values_list("text", "source")
    if not row:
        return None
    text, source = row[0]
    return Found(text, DocumentSource(source) in TRUSTED_SOURCES)


async def register(text: str, source: DocumentSource, user_id: int | None = None) -> Registered:
    """Store the text under its digest; registering it again changes nothing, except that a
    build or staff registration makes a client's (APQ) registration trusted."""
    digest = digest_of(text)
    try:
        row, created = await TrustedDocument.get_or_create(
            id=digest, defaults={"text": text, "source": source, "registered_by_id": user_id}
        )
    except IntegrityError:  # another process registered it at the same moment
        row, created = await TrustedDocument.get(id=digest), False
    if not created and source in TRUSTED_SOURCES:
        await TrustedDocument.filter(id=digest, source=DocumentSource.APQ).update(
            source=source, registered_by_id=user_id
        )
    return Registered(id=PREFIX + digest, created=created, created_at=row.created_at)


async def list_documents(*, trusted_only: bool = False) -> list[TrustedDocument]:
    query = TrustedDocument.all().order_by("created_at", "id")
    if trusted_only:
        query = query.filter(source__in=list(TRUSTED_SOURCES))
    return await query
