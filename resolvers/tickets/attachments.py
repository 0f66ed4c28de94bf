"""Ticket attachments: checked before anything is written, stored through `resolvers.storage`,
recorded in the message's transaction, read through signed links.

Uploads arrive as objects with `filename` and an async `read(size)` (Starlette's UploadFile,
which Strawberry's `Upload` is on this server).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from accountdesk.settings import Settings
from models.tickets import TicketAttachment
from resolvers.errors import LimitReached
from resolvers.storage import REFUSED_TYPES, Storage, clean_display_name, sniff

__all__ = [
    "AttachmentRefused",
    "IncomingFile",
    "read_uploads",
    "stored_files",
    "record_attachments",
]


class AttachmentRefused(LimitReached):
    code = "FILE_TOO_LARGE"
    default_message = "The file is too large."


@dataclass(frozen=True)
class IncomingFile:
    display_name: str
    content_type: str
    data: bytes


async def read_uploads(settings: Settings, uploads: Sequence[Any]) -> list[IncomingFile]:
    """Read and check every upload: count, size per file and per request, sniffed type."""
    if len(uploads) > settings.max_files_per_request:
        raise AttachmentRefused(
            f"At most {settings.max_files_per_request} files per message.", code="TOO_MANY_FILES"
        )
    files, total = [], 0
    for upload in uploads:
        data = await upload.read(settings.max_upload_bytes + 1)
        name = clean_display_name(getattr(upload, "filename", None))
        if len(data) > settings.max_upload_bytes:
            raise AttachmentRefused(
                f"{name} is larger than {settings.max_upload_bytes // 1024} KiB."
            )
        total += len(data)
        if total > settings.max_request_upload_bytes:
            raise AttachmentRefused(
                f"The files together pass {settings.max_request_upload_bytes // 1024} KiB."
            )
        kind = sniff(data)
        if kind in REFUSED_TYPES:
            raise AttachmentRefused(
                f"{name} is a kind of file we do not accept (web pages and programs).",
                code="FILE_TYPE_REFUSED",
            )
        files.append(IncomingFile(display_name=name, content_type=kind, data=data))
    return files


@contextlib.asynccontextmanager
async def stored_files(
    storage: Storage, files: Sequence[IncomingFile], area: str = "tickets"
) -> AsyncIterator[list[str]]:
    """Write the bytes before the transaction opens; remove them again if it fails."""
    names = [
        await storage.save(area, file.data, file.display_name, file.content_type) for file in files
    ]
    try:
        yield names
    except BaseException:
        for name in names:
            await storage.delete(name)
        raise


async def record_attachments(
    ticket_id: int,
    message_id: int,
    uploader_id: int | None,
    files: Sequence[IncomingFile],
    names: Sequence[str],
    now: datetime,
    using_db: BaseDBAsyncClient,
) -> None:
    if not files:
        return
    await TicketAttachment.bulk_create(
        [
            TicketAttachment(
                ticket_id=ticket_id,
                message_id=message_id,
                stored_name=name,
                display_name=file.display_name,
                content_type=file.content_type,
                size=len(file.data),
                uploaded_by_id=uploader_id,
                created_at=now,
            )
            for file, name in zip(files, names, strict=True)
        ],
        using_db=using_db,
    )
