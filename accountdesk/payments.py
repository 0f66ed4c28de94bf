"""Payment routes: the sandbox processor's page and the webhook endpoint of every processor.

GET  /pay/sandbox/<reference>        the order (or invoice) and Pay / Decline (the reference is the secret)
POST /pay/sandbox/<reference>        the choice: the signed webhook is queued, the buyer sent back
POST /webhooks/payments/<processor>  verified, applied once, answered 2xx after the commit
"""

from __future__ import annotations

import html
from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from accountdesk.services import Services
from jobs.payments import queue_sandbox_webhook
from models import Invoice, InvoiceLine, OrderLine, Payment, PaymentStatus
from resolvers.buying.mails import money
from resolvers.buying.webhooks import MAX_BODY, receive

__all__ = ["payment_routes"]

_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Sandbox payment</title></head>
<body><h1>Sandbox payment</h1><p>{subject}: nothing is charged; this page stands in for a
payment processor.</p><table>{rows}</table><p><strong>Total: {total}</strong></p>{actions}
</body></html>"""
_ACTIONS = """<form method="post"><button name="choice" value="pay">Pay</button>
<button name="choice" value="decline">Decline</button></form>"""


async def _pending(reference: str) -> Payment | None:
    if not reference.startswith("sbx_") or len(reference) > 200:
        return None
    return await Payment.get_or_none(processor="sandbox", reference=reference)


async def _what_is_paid(payment: Payment) -> tuple[str, list[tuple[str, int, int]]]:
    """The order's or the invoice's lines, as (name, quantity, amount)."""
    if payment.invoice_id is not None:
        invoice = await Invoice.get(id=payment.invoice_id)
        rows = await InvoiceLine.filter(invoice_id=invoice.id).order_by("position")
        return f"Invoice {invoice.number}", [(r.description, r.quantity, r.amount) for r in rows]
    lines = await OrderLine.filter(order_id=payment.order_id).order_by("id")
    return f"Order #{payment.order_id}", [(line.name, line.quantity, line.amount) for line in lines]


def payment_routes(services: Callable[[], Services]) -> list[Route]:
    async def sandbox_page(request: Request) -> Response:
        payment = await _pending(request.path_params["reference"])
        if payment is None:
            return HTMLResponse("No such payment.", status_code=404)
        if request.method == "POST":
            return await _choose(request, payment)
        subject, lines = await _what_is_paid(payment)
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{quantity}</td>"
            f"<td>{money(amount, payment.currency)}</td></tr>"
            for name, quantity, amount in lines
        )
        decided = f"<p>This payment is {payment.status.value}.</p>"
        return HTMLResponse(
            _PAGE.format(
                subject=html.escape(subject),
                rows=rows,
                total=money(payment.amount, payment.currency),
                actions=_ACTIONS if payment.status is PaymentStatus.PENDING else decided,
            ),
            headers={"cache-control": "no-store", "x-frame-options": "DENY"},
        )

    async def _choose(request: Request, payment: Payment) -> Response:
        form = await request.form()
        choice = {"pay": "paid", "decline": "failed"}.get(str(form.get("choice", "")))
        if choice is None:
            return HTMLResponse("Choose Pay or Decline.", status_code=400)
        await queue_sandbox_webhook(services().redis, payment.reference, choice)
        if payment.return_url:
            return RedirectResponse(payment.return_url, status_code=303)
        return HTMLResponse("<p>Thank you. You can close this page.</p>")

    async def webhook(request: Request) -> Response:
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > MAX_BODY:
            return JSONResponse({"error": "body too large"}, status_code=400)
        body = await request.body()
        received = await receive(
            services().settings, request.path_params["processor"], request.headers, body
        )
        if received.outcome in ("applied", "mismatch"):
            await services().mail_queued()  # after the commit: its mail goes out now
        key = "status" if received.status < 300 else "error"
        return JSONResponse({key: received.outcome}, status_code=received.status)

    return [
        Route("/pay/sandbox/{reference}", sandbox_page, methods=["GET", "POST"]),
        Route("/webhooks/payments/{processor}", webhook, methods=["POST"]),
    ]
