"""Downloads through short-lived signed links: `GET /files/attachment/<id>?user=&expires=&signature=`
(ticket attachments), `GET /files/receipt/<order id>?...` (receipt PDFs) and
`GET /files/invoice/<invoice id>?...` (invoice PDFs).

The signature proves the link was made by this server for that user and has not expired; the
right to read the ticket is then checked again, as of now (a user disabled, a ticket moved or
an account changed since the link was made gets 404, like a missing file). The answer is
streamed, never rendered by the browser (`attachment`, `nosniff`).
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from accountdesk.services import Services
from models import User
from models.enums import AccountType, Department, StaffRole
from resolvers.buying.receipts import readable_receipt, receipt_pdf
from resolvers.errors import NotFound
from resolvers.identity import Principal
from resolvers.ids import id_or_none
from resolvers.invoices.documents import invoice_pdf, readable_invoice
from resolvers.storage import storage_for, verify_link
from resolvers.tickets.attachments import readable_attachment

__all__ = ["download_routes"]


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


_MISSING = "Not found, or the link expired."


async def _link_holder(
    current: Services, request: Request, kind: str, permission: tuple[str, str]
) -> tuple[Principal, int] | None:
    """The person a valid, unexpired link was made for, if they still hold the permission."""
    object_id = request.path_params["object_id"]
    user_id = verify_link(current.settings, kind, object_id, request.query_params)
    key = id_or_none(object_id)
    if user_id is None or key is None:
        return None
    principal = await _principal(user_id)
    if principal is None or not current.authorizer.allowed(principal, *permission):
        return None
    return principal, key


def download_routes(services: Callable[[], Services]) -> list[Route]:
    async def attachment(request: Request) -> Response:
        current = services()
        holder = await _link_holder(current, request, "attachment", ("file", "read_ticket"))
        found = await readable_attachment(*holder) if holder else None
        if found is None:
            return PlainTextResponse(_MISSING, status_code=404)
        name = quote(found["display_name"])
        return StreamingResponse(
            storage_for(current.settings).open(found["stored_name"]),
            media_type=found["content_type"],
            headers={
                "content-disposition": f"attachment; filename*=UTF-8''{name}",
                "x-content-type-options": "nosniff",
                "cache-control": "private, no-store",
                "content-length": str(found["size"]),
            },
        )

    async def receipt(request: Request) -> Response:
        holder = await _link_holder(services(), request, "receipt", ("order", "read"))
        try:
            order = await readable_receipt(*holder) if holder else None
        except NotFound:
            order = None
        if order is None:
            return PlainTextResponse(_MISSING, status_code=404)
        return _pdf(await receipt_pdf(order), f"receipt-{order.receipt_number}.pdf")

    async def invoice(request: Request) -> Response:
        current = services()
        holder = await _link_holder(current, request, "invoice", ("invoice", "read"))
        try:
            found = await readable_invoice(*holder) if holder else None
        except NotFound:
            found = None
        if found is None:
            return PlainTextResponse(_MISSING, status_code=404)
        return _pdf(await invoice_pdf(current.settings, found), f"invoice-{found.number}.pdf")

    return [
        Route("/files/attachment/{object_id}", attachment, methods=["GET"]),
        Route("/files/receipt/{object_id}", receipt, methods=["GET"]),
        Route("/files/invoice/{object_id}", invoice, methods=["GET"]),
    ]


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
