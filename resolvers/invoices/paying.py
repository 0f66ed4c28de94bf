"""Paying an invoice: through the same payments, processors and webhook as orders.

`pay_invoice` opens one payment for the invoice's whole total (never partial) and answers the
processor's page. The invoice row is locked while the payment is chosen, so two racing calls
open one payment: a repeated key finds its own payment, and a new key while a payment is
still pending gets that pending payment (one open payment per invoice). A paid, cancelled or
draft invoice refuses with its own code.

`settle` is the webhook's effect for an invoice payment, in the webhook's transaction (the
payment row locked): unpaid -> paid with `paid_at`, and the mail. A payment that arrives for
an invoice already paid or cancelled is recorded as ignored and billing is alerted (money to
give back).
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import Invoice, InvoiceStatus, Payment, PaymentStatus
from resolvers import clock
from resolvers.buying import mails
from resolvers.buying.checkout import allowed_return_url
from resolvers.buying.payments import checkout_address, open_invoice_payment
from resolvers.errors import Conflict, Forbidden, InvalidInput
from resolvers.identity import Principal
from resolvers.invoices import notify, rules
from resolvers.invoices.reads import get_invoice

__all__ = ["InvoiceCheckout", "InvoiceNotPayable", "pay_invoice", "settle"]


class InvoiceNotPayable(Conflict):
    code = "INVOICE_PAID"


@dataclass(frozen=True)
class InvoiceCheckout:
    invoice: Invoice
    checkout_url: str


def _refuse_unless_payable(invoice: Invoice) -> None:
    if invoice.status is not rules.PAYABLE:
        code, message = rules.NOT_PAYABLE[invoice.status]
        raise InvoiceNotPayable(message, code=code)


def _key(invoice: Invoice, raw: str) -> str:
    key = raw.strip()
    if not 8 <= len(key) <= 100 or not key.isprintable():
        raise InvalidInput(
            "The idempotency key is 8 to 100 printable characters.", field="idempotencyKey"
        )
    return f"{invoice.id}:{key}"


async def pay_invoice(
    settings: Settings,
    principal: Principal,
    invoice_id: int | str,
    idempotency_key: str,
    return_url: str | None = None,
) -> InvoiceCheckout:
    if principal.account_id is None:
        raise Forbidden("Invoices are paid by their account.")
    invoice = await get_invoice(principal, invoice_id)
    key = _key(invoice, idempotency_key)
    back = allowed_return_url(settings, return_url)
    _refuse_unless_payable(invoice)
    payment = await Payment.get_or_none(idempotency_key=key)
    if payment is None:
        try:
            payment = await _open(settings, invoice.id, key, back)
        except IntegrityError:  # the same key, racing: the other call's payment stands
            payment = await Payment.get(idempotency_key=key)
    address = await checkout_address(settings, payment, f"Invoice {invoice.number}")
    return InvoiceCheckout(invoice=await Invoice.get(id=invoice.id), checkout_url=address)


async def _open(settings: Settings, invoice_id: int, key: str, return_url: str) -> Payment:
    async with in_transaction() as conn:
        invoice = await Invoice.filter(id=invoice_id).select_for_update().using_db(conn).first()
        _refuse_unless_payable(invoice)
        pending = (
            await Payment.filter(invoice_id=invoice_id, status=PaymentStatus.PENDING)
            .using_db(conn)
            .order_by("-id")
            .first()
        )
        if pending is not None:
            return pending
        return await open_invoice_payment(settings, invoice, key, return_url, conn)


async def settle(settings: Settings, payment: Payment, event_key: str, conn) -> tuple[str, str]:
    """Call with the payment row locked and the payment just marked paid."""
    now = clock.now()
    changed = (
        await Invoice.filter(id=payment.invoice_id, status=InvoiceStatus.UNPAID)
        .using_db(conn)
        .update(status=InvoiceStatus.PAID, paid_at=now)
    )
    invoice = await Invoice.get(id=payment.invoice_id).using_db(conn)
    if not changed:
        await mails.alert_billing(
            settings,
            event_key,
            f"Payment {payment.id} for invoice {invoice.number}, which is {invoice.status.value}",
            f"Payment {payment.id} ({mails.money(payment.amount, payment.currency)}) arrived for "
            f"invoice {invoice.number}, which is already {invoice.status.value}. "
            "Give the money back through the processor.",
            conn,
        )
        return "ignored", f"invoice {invoice.number} was already {invoice.status.value}"
    await notify.paid(invoice, conn)
    return "applied", f"invoice {invoice.number} paid"
