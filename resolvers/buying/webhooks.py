"""Payment webhooks: verified, then applied exactly once, in any order.

1. The processor checks the signature (timestamped HMAC-SHA256, 5 minutes either way,
   constant-time compare) before anything reads the body; then it parses the event.
2. The payment is found by the processor's transaction reference and its row locked.
3. The event id is recorded (`payment_event.event_key` is unique) in the same transaction as
   the effect: a redelivery finds its row and changes nothing (2xx, "duplicate").
4. Amount and currency must match the payment; a mismatch is recorded, billing is alerted,
   nothing is paid (400).
5. `paid` wins: pending or failed -> paid (the money was taken); a `failed` after `paid`, or
   a second `paid` for the same transaction, is recorded as ignored.
The endpoint answers 2xx only after the commit.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import Order, OrderStatus, Payment, PaymentEvent, PaymentStatus
from resolvers import clock
from resolvers.buying import mails
from resolvers.buying.fulfilment import fulfil_order
from resolvers.buying.processors import processor_for
from resolvers.buying.processors.base import PaymentEvent as Event
from resolvers.buying.processors.base import WebhookRejected
from resolvers.invoices.paying import settle

__all__ = ["Received", "receive", "apply_event", "MAX_BODY"]

log = logging.getLogger("accountdesk.payments")
MAX_BODY = 256 * 1024


@dataclass(frozen=True)
class Received:
    status: int
    outcome: str  # applied, ignored, duplicate, mismatch, or why it was refused


async def receive(
    settings: Settings, processor_name: str, headers: Mapping[str, str], body: bytes
) -> Received:
    try:
        event = _verified_event(settings, processor_name, headers, body)
        if event is None:
            return Received(200, "ignored")
        outcome = await apply_event(settings, processor_name, event)
    except WebhookRejected as refused:
        log.warning("webhook %s refused: %s", processor_name, refused.reason)
        return Received(refused.status, refused.reason)
    log.info("webhook %s event %s: %s", processor_name, event.event_id, outcome)
    return Received(400 if outcome == "mismatch" else 200, outcome)


def _verified_event(
    settings: Settings, processor_name: str, headers: Mapping[str, str], body: bytes
) -> Event | None:
    """The processor's event, signature checked; None for a kind of event we do not act on."""
    processor = processor_for(settings, processor_name)
    if processor is None:
        raise WebhookRejected("no such payment processor", status=404)
    if len(body) > MAX_BODY:
        raise WebhookRejected("body too large")
    processor.verify(headers, body, clock.now().timestamp())
    return processor.parse(body)


async def apply_event(settings: Settings, processor_name: str, event: Event) -> str:
    if event.kind not in ("paid", "failed"):
        raise WebhookRejected(f"unknown event kind {event.kind!r}")
    key = f"{processor_name}:{event.event_id}"
    try:
        async with in_transaction() as conn:
            payment = await (
                Payment.filter(processor=processor_name, reference=event.reference)
                .select_for_update()
                .using_db(conn)
                .first()
            )
            if payment is None:
                raise WebhookRejected("unknown payment")
            if await PaymentEvent.filter(event_key=key).using_db(conn).exists():
                return "duplicate"
            outcome, detail = await _effect(settings, payment, event, key, conn)
            await PaymentEvent.create(
                event_key=key,
                payment_id=payment.id,
                kind=event.kind,
                amount=event.amount,
                currency=event.currency,
                outcome=outcome,
                detail=detail[:500],
                received_at=clock.now(),
                using_db=conn,
            )
    except IntegrityError:
        # The same event, delivered twice at once: the other delivery committed it.
        if await PaymentEvent.filter(event_key=key).exists():
            return "duplicate"
        raise
    return outcome


async def _effect(settings, payment: Payment, event: Event, key: str, conn) -> tuple[str, str]:
    if (event.amount, event.currency) != (payment.amount, payment.currency):
        detail = (
            f"expected {mails.money(payment.amount, payment.currency)}, "
            f"got {mails.money(event.amount, event.currency)}"
        )
        await mails.alert_billing(
            settings,
            key,
            f"Payment {payment.id}: amount or currency mismatch",
            f"A {event.kind} event for payment {payment.id} ({_about(payment)}) "
            f"does not match: {detail}. Nothing was marked paid.",
            conn,
        )
        return "mismatch", detail
    if event.kind == "paid":
        return await _paid(settings, payment, key, conn)
    return await _failed(payment, conn)


def _about(payment: Payment) -> str:
    if payment.invoice_id is not None:
        return f"invoice id {payment.invoice_id}"
    return f"order #{payment.order_id}"


async def _paid(settings, payment: Payment, key: str, conn) -> tuple[str, str]:
    if payment.status is PaymentStatus.PAID:
        return "ignored", "the transaction was already paid"
    now = clock.now()
    await (
        Payment.filter(id=payment.id)
        .using_db(conn)
        .update(status=PaymentStatus.PAID, completed_at=now)
    )
    if payment.invoice_id is not None:
        return await settle(settings, payment, key, conn)
    order = await Order.filter(id=payment.order_id).using_db(conn).first()
    if order is None or order.status is OrderStatus.PAID:
        return "ignored", "the order was already paid"
    await fulfil_order(settings, order, conn)
    return "applied", f"order #{order.id} paid, receipt {order.receipt_number}"


async def _failed(payment: Payment, conn) -> tuple[str, str]:
    if payment.status is not PaymentStatus.PENDING:
        return "ignored", f"the payment is already {payment.status.value}"
    await (
        Payment.filter(id=payment.id)
        .using_db(conn)
        .update(status=PaymentStatus.FAILED, completed_at=clock.now())
    )
    if payment.order_id is not None:  # an invoice stays unpaid: it can be paid again
        await (
            Order.filter(id=payment.order_id, status=OrderStatus.AWAITING_PAYMENT)
            .using_db(conn)
            .update(status=OrderStatus.FAILED)
        )
    return "applied", "payment failed"
