"""Payments: opened with an order or an invoice, addressed by the processor.

The row is written in the order's (or the invoice payment's) transaction with a provisional
reference; the processor is asked for the checkout address after the commit (a network call
never holds a transaction open), and the answer is stored. A checkout repeated with the same
key finds the stored address, or asks again if the first call never got one.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from accountdesk.settings import Settings
from models import Invoice, Order, Payment, PaymentStatus
from resolvers import clock
from resolvers.buying.processors import default_processor, processor_for
from resolvers.buying.processors.base import PaymentRequest

__all__ = [
    "open_payment",
    "open_invoice_payment",
    "payment_address",
    "checkout_address",
    "payment_for_order",
]


async def _open(settings: Settings, conn: BaseDBAsyncClient, **fields) -> Payment:
    processor = default_processor(settings)
    return await Payment.create(
        processor=processor.name,
        reference=processor.new_reference(),
        created_at=clock.now(),
        using_db=conn,
        **fields,
    )


async def open_payment(
    settings: Settings, order: Order, return_url: str, conn: BaseDBAsyncClient
) -> Payment:
    return await _open(
        settings,
        conn,
        account_id=order.account_id,
        order_id=order.id,
        amount=order.total,
        currency=order.currency,
        return_url=return_url,
    )


async def open_invoice_payment(
    settings: Settings, invoice: Invoice, key: str, return_url: str, conn: BaseDBAsyncClient
) -> Payment:
    """The invoice's total, in full: a payment is never partial."""
    return await _open(
        settings,
        conn,
        account_id=invoice.account_id,
        invoice_id=invoice.id,
        idempotency_key=key,
        amount=invoice.total,
        currency=invoice.currency,
        return_url=return_url,
    )


async def payment_for_order(order_id: int) -> Payment | None:
    return await Payment.filter(order_id=order_id).order_by("-id").first()


async def payment_address(settings: Settings, order: Order) -> str:
    """Where the buyer pays; empty once the order is no longer awaiting payment."""
    payment = await payment_for_order(order.id)
    if payment is None:
        return ""
    return await checkout_address(settings, payment, f"Order #{order.id}")


async def checkout_address(settings: Settings, payment: Payment, description: str) -> str:
    """The processor's page for a pending payment (asked once, then stored); else empty."""
    if payment.status is not PaymentStatus.PENDING:
        return ""
    if payment.checkout_url:
        return payment.checkout_url
    processor = processor_for(settings, payment.processor)
    if processor is None:
        return ""
    checkout = await processor.create_payment(
        PaymentRequest(
            payment_id=payment.id,
            reference=payment.reference,
            amount=payment.amount,
            currency=payment.currency,
            description=description,
            return_url=payment.return_url or settings.public_url,
        )
    )
    await Payment.filter(id=payment.id, checkout_url="").update(
        reference=checkout.reference, checkout_url=checkout.url
    )
    return checkout.url
