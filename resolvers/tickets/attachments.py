"""Ticket attachments: checked before anything is written, stored through `resolvers.storage`,
recorded in the message's transaction, read through signed links.

Uploads arrive as objects with `filename` and an async `read(size)` (Starlette's UploadFile,
which Strawberry's `Upload` is on this server).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Sequence
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from models.tickets import TicketAttachment
from resolvers.storage import Storage
from resolvers.uploads import IncomingFile

__all__ = [
    "stored_files",
    "record_attachments",
]


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
