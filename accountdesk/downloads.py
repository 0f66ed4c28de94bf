"""Downloads through short-lived signed links: `GET /files/<kind>/<id>?user=&expires=&signature=`
(stored files, ticket attachments, upgrade packs), `GET /files/receipt/<order id>?...`
(receipt PDFs, drawn from the frozen order at download) and `GET /files/invoice/<id>?...`
(invoice PDFs, drawn from the invoice as it stands: a paid one carries its stamp).

The signature proves the link was made by this server for that user and has not expired; the
right to read the object is then checked again, as of now (a user disabled, a ticket moved, a
license transferred away since the link was made gets 404, like a missing file).

On the local disk the bytes are streamed from here, in chunks, with `Range` (one range:
`206` with `Content-Range`, `416` when it starts past the end), a strong `ETag` (stored files
never change) and `If-Range`. On S3 the answer is a redirect to the store's presigned link,
which does the same itself. Never rendered by the browser (`attachment`, `nosniff`).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from accountdesk.services import Services
from models import User
from models.enums import AccountType, Department, StaffRole
from resolvers.buying.receipts import readable_receipt, receipt_pdf
from resolvers.errors import NotFound
from resolvers.files.readable import READERS, Downloadable
from resolvers.identity import Principal
from resolvers.ids import id_or_none
from resolvers.invoices.documents import invoice_pdf, readable_invoice
from resolvers.storage import Storage, attachment_disposition, storage_for, verify_link

__all__ = ["download_routes", "byte_range", "etag_for"]

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_MISSING = "Not found, or the link expired."

log = logging.getLogger("accountdesk.files")


async def _principal(user_id: int) -> Principal | None:
    rows = await User.filter(id=user_id, is_active=True).values(
        "id", "account_id", "email", "account_type", "staff_role", "department"
    )
    if not rows:
        return None
    row = rows[0]
    return Principal(
        user_id=row["id"],
        account_id=row["account_id"],
        email=row["email"],
        account_type=AccountType(row["account_type"]) if row["account_type"] else None,
        staff_role=StaffRole(row["staff_role"]) if row["staff_role"] else None,
        department=Department(row["department"]) if row["department"] else None,
    )


def etag_for(stored_name: str) -> str:
    """Stored objects are written once under a new name, so the name identifies the bytes."""
    return '"' + hashlib.sha256(stored_name.encode()).hexdigest()[:32] + '"'


def byte_range(header: str, size: int) -> tuple[int, int] | None | str:
    """[start, end) of a one-range `Range` header; None to send it all; "unsatisfiable"."""
    match = _RANGE.match(header.strip())
    if match is None:
        return None  # absent, several ranges or another unit: the whole file, as RFC 9110 allows
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:
        suffix = int(last)
        if suffix == 0:
            return "unsatisfiable"
        return max(size - suffix, 0), size
    start = int(first)
    end = min(int(last) + 1, size) if last else size
    if start >= size or (last and int(last) < start):
        return "unsatisfiable"
    return start, end


def _headers(found: Downloadable, etag: str) -> dict[str, str]:
    return {
        "content-disposition": attachment_disposition(found.display_name),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
        "accept-ranges": "bytes",
        "etag": etag,
    }


def _serve(request: Request, storage: Storage, found: Downloadable) -> Response:
    etag = etag_for(found.stored_name)
    headers = _headers(found, etag)
    wanted = byte_range(request.headers.get("range", ""), found.size)
    if_range = request.headers.get("if-range")
    if if_range is not None and if_range != etag:
        wanted = None  # the client's partial copy is of other bytes: send them all
    if wanted == "unsatisfiable":
        headers["content-range"] = f"bytes */{found.size}"
        return Response(status_code=416, headers=headers)
    start, end = wanted if wanted else (0, found.size)
    headers["content-length"] = str(end - start)
    status = 200
    if wanted:
        status = 206
        headers["content-range"] = f"bytes {start}-{end - 1}/{found.size}"
    body = storage.read(found.stored_name, start, end) if end > start else iter(())
    return StreamingResponse(
        body, status_code=status, media_type=found.content_type, headers=headers
    )


async def _link_holder(
    current: Services, request: Request, kind: str
) -> tuple[Principal, int] | None:
    """The person a valid, unexpired link was made for, and the object's id."""
    object_id = request.path_params["object_id"]
    user_id = verify_link(current.settings, kind, object_id, request.query_params)
    key = id_or_none(object_id)
    if user_id is None or key is None:
        return None
    principal = await _principal(user_id)
    return (principal, key) if principal is not None else None


def _pdf(content: bytes, filename: str) -> Response:
    return Response(
        content,
        media_type="application/pdf",
        headers={
            "content-disposition": f'attachment; filename="{filename}"',
            "x-content-type-options": "nosniff",
            "cache-control": "private, no-store",
        },
    )


def download_routes(services: Callable[[], Services]) -> list[Route]:
    async def download(request: Request) -> Response:
        current = services()
        reader = READERS.get(request.path_params["kind"])
        holder = await _link_holder(current, request, request.path_params["kind"])
        found = await reader(*holder, current.authorizer) if reader and holder else None
        if found is None:
            return PlainTextResponse(_MISSING, status_code=404)
        storage = storage_for(current.settings)
        presigned = await storage.presigned_url(found.stored_name, current.settings.signed_link_ttl)
        if presigned is not None:
            return RedirectResponse(
                presigned, status_code=307, headers={"cache-control": "no-store"}
            )
        if not await storage.exists(found.stored_name):
            # Known to the database, absent from this process's FILES_DIR: on several machines
            # the files must be on storage they all share (or FILES_URL).
            log.warning("%s: stored file missing from FILES_DIR", request.url.path)
            return PlainTextResponse(_MISSING, status_code=404)
        return _serve(request, storage, found)

    async def _linked(request: Request, kind: str, resource: str, read: Any) -> Any:
        """The document a signed link names, if its holder may still read it; else None."""
        current = services()
        holder = await _link_holder(current, request, kind)
        if not holder or not current.authorizer.allowed(holder[0], resource, "read"):
            return None
        try:
            return await read(*holder)
        except NotFound:
            return None

    async def receipt(request: Request) -> Response:
        order = await _linked(request, "receipt", "order", readable_receipt)
        if order is None:
            return PlainTextResponse(_MISSING, status_code=404)
        return _pdf(await receipt_pdf(order), f"receipt-{order.receipt_number}.pdf")

    async def invoice(request: Request) -> Response:
        found = await _linked(request, "invoice", "invoice", readable_invoice)
        if found is None:
            return PlainTextResponse(_MISSING, status_code=404)
        document = await invoice_pdf(services().settings, found)
        return _pdf(document, f"invoice-{found.number}.pdf")

    return [
        Route("/files/receipt/{object_id}", receipt, methods=["GET"]),
        Route("/files/invoice/{object_id}", invoice, methods=["GET"]),
        Route("/files/{kind}/{object_id}", download, methods=["GET"]),
    ]
