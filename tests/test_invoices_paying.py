"""Paying invoices: the primary or an advanced secondary, through the same payments, processors
and webhook as orders; in full, once; the payment and the invoice's state commit together."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from models import Invoice, InvoiceStatus, OutboxMail, Payment, PaymentEvent, PaymentStatus
from models.enums import AccountType
from resolvers import clock
from resolvers.buying.processors.base import PaymentEvent as Event
from resolvers.buying.webhooks import apply_event
from resolvers.identity import Principal
from resolvers.invoices.paying import pay_invoice
from tests.buying import post_event
from tests.invoices import CANCEL, INVOICE, PAY, issued

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
ROUNDS = 10


async def _invoice_for_buyer(world, account_type="advanced_secondary"):
    owner = await world.user()
    payer = owner if account_type == "primary" else await world.user(owner.account, account_type)
    invoice = await issued(owner.account_id, total=112345)
    return owner, await world.token(payer), invoice


async def test_an_advanced_secondary_pays_an_invoice_through_the_sandbox(api, world, settings):
    clock.set_now(NOW)
    owner, token, invoice = await _invoice_for_buyer(world)
    paying = (await api.data(PAY, {"id": str(invoice.id), "key": "pay-once-1"}, token))[
        "payInvoice"
    ]
    assert paying["__typename"] == "InvoicePayment", paying
    assert paying["checkoutUrl"].startswith(f"{settings.public_url}/pay/sandbox/sbx_")
    page = await api.client.get(paying["checkoutUrl"].removeprefix(settings.public_url))
    assert f"Invoice {invoice.number}" in page.text and "1123.45 USD" in page.text
    [payment] = await Payment.filter(invoice_id=invoice.id)
    assert (payment.amount, payment.currency, payment.order_id) == (112345, "USD", None)
    status, answer = await post_event(api, settings, payment, "paid")
    assert (status, answer) == (200, {"status": "applied"})
    shown = (await api.data(INVOICE, {"id": str(invoice.id)}, token))["invoice"]
    assert (shown["status"], shown["paidAt"], shown["overdue"]) == (
        "PAID",
        NOW.isoformat(),
        False,
    )
    assert await OutboxMail.filter(
        dedupe_key=f"invoice:{invoice.id}:paid", recipient=owner.contact_email
    ).exists()
    again = await api.data(PAY, {"id": str(invoice.id), "key": "pay-again-2"}, token)
    assert (again["payInvoice"]["code"], again["payInvoice"]["message"]) == (
        "INVOICE_PAID",
        "This invoice is already paid.",
    )
    assert await Payment.filter(invoice_id=invoice.id).count() == 1


async def test_a_cancelled_invoice_cannot_be_paid(api, world):
    owner, token, invoice = await _invoice_for_buyer(world, "primary")
    billing = await world.token(await world.staff("billing", "billing"))
    await api.data(CANCEL, {"id": str(invoice.id), "reason": "wrong amount"}, billing)
    answer = await api.data(PAY, {"id": str(invoice.id), "key": "pay-cancelled"}, token)
    assert answer["payInvoice"]["code"] == "INVOICE_CANCELLED"
    assert not await Payment.filter(invoice_id=invoice.id).exists()


async def test_one_open_payment_per_invoice_and_a_declined_one_can_be_retried(api, world, settings):
    owner, token, invoice = await _invoice_for_buyer(world, "primary")
    first = (await api.data(PAY, {"id": str(invoice.id), "key": "key-aaaa-1"}, token))["payInvoice"]
    same = (await api.data(PAY, {"id": str(invoice.id), "key": "key-aaaa-1"}, token))["payInvoice"]
    other = (await api.data(PAY, {"id": str(invoice.id), "key": "key-bbbb-2"}, token))["payInvoice"]
    assert first["checkoutUrl"] == same["checkoutUrl"] == other["checkoutUrl"]
    [payment] = await Payment.filter(invoice_id=invoice.id)
    assert (await post_event(api, settings, payment, "failed"))[0] == 200
    assert (await Invoice.get(id=invoice.id)).status is InvoiceStatus.UNPAID
    retried = (await api.data(PAY, {"id": str(invoice.id), "key": "key-cccc-3"}, token))[
        "payInvoice"
    ]
    assert retried["checkoutUrl"] != first["checkoutUrl"]
    assert await Payment.filter(invoice_id=invoice.id).count() == 2
    short = (await api.data(PAY, {"id": str(invoice.id), "key": "short"}, token))["payInvoice"]
    assert short["code"] == "INVALID_INPUT"


async def test_a_wrong_amount_leaves_the_invoice_unpaid_and_alerts_billing(api, world, settings):
    owner, token, invoice = await _invoice_for_buyer(world, "primary")
    await api.data(PAY, {"id": str(invoice.id), "key": "partial-1"}, token)
    payment = await Payment.get(invoice_id=invoice.id)
    status, answer = await post_event(api, settings, payment, "paid", amount=1000)
    assert (status, answer) == (400, {"error": "mismatch"})
    assert (await Invoice.get(id=invoice.id)).status is InvoiceStatus.UNPAID
    assert await OutboxMail.filter(dedupe_key__startswith="payment-alert:").count() == 1


async def test_money_for_an_invoice_cancelled_meanwhile_is_ignored_and_billing_told(
    api, world, settings
):
    owner, token, invoice = await _invoice_for_buyer(world, "primary")
    await api.data(PAY, {"id": str(invoice.id), "key": "late-pay-1"}, token)
    billing = await world.token(await world.staff("billing", "billing"))
    await api.data(CANCEL, {"id": str(invoice.id), "reason": "duplicate"}, billing)
    payment = await Payment.get(invoice_id=invoice.id)
    status, answer = await post_event(api, settings, payment, "paid")
    assert (status, answer) == (200, {"status": "ignored"})
    assert (await Invoice.get(id=invoice.id)).status is InvoiceStatus.CANCELLED
    [alert] = await OutboxMail.filter(dedupe_key__startswith="payment-alert:")
    assert "cancelled" in alert.body and "Give the money back" in alert.body


async def test_who_may_pay(api, world):
    owner, token, invoice = await _invoice_for_buyer(world, "primary")
    webmaster = await world.token(await world.user(owner.account, "secondary"))
    body = await api.gql(PAY, {"id": str(invoice.id), "key": "secondary-1"}, webmaster)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    billing = await world.token(await world.staff("billing", "billing"))
    body = await api.gql(PAY, {"id": str(invoice.id), "key": "billing-1"}, billing)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    stranger = await world.token(await world.user())
    for invoice_id in (str(invoice.id), "abc", str(2**64)):
        answer = await api.data(PAY, {"id": invoice_id, "key": "stranger-1"}, stranger)
        assert answer["payInvoice"]["code"] == "NOT_FOUND"
    assert not await Payment.all().exists()


def _payer(user) -> Principal:
    return Principal(
        user_id=user.id, account_id=user.account_id, account_type=AccountType(user.account_type)
    )


@pytest.mark.postgres_only
async def test_two_pay_calls_racing_open_one_payment(world, settings):
    owner = await world.user()
    buyer = await world.user(owner.account, "advanced_secondary")
    for round_number in range(ROUNDS):
        invoice = await issued(owner.account_id)
        keys = (f"race-{round_number}-a", f"race-{round_number}-a" if round_number % 2 else
                f"race-{round_number}-b")  # fmt: skip
        answers = await asyncio.gather(
            pay_invoice(settings, _payer(owner), invoice.id, keys[0]),
            pay_invoice(settings, _payer(buyer), invoice.id, keys[1]),
        )
        assert answers[0].checkout_url == answers[1].checkout_url
        assert await Payment.filter(invoice_id=invoice.id).count() == 1


@pytest.mark.postgres_only
async def test_the_webhook_for_an_invoice_delivered_twice_at_once_applies_once(world, settings):
    owner = await world.user()
    for round_number in range(ROUNDS):
        invoice = await issued(owner.account_id)
        await pay_invoice(settings, _payer(owner), invoice.id, f"twice-key-{round_number}")
        payment = await Payment.get(invoice_id=invoice.id)
        event = Event(f"evt_inv_{round_number}", "paid", payment.reference, payment.amount, "USD")
        other = Event(f"evt_other_{round_number}", "paid", payment.reference, payment.amount, "USD")
        outcomes = await asyncio.gather(
            apply_event(settings, "sandbox", event),
            apply_event(settings, "sandbox", event),
            apply_event(settings, "sandbox", other),
        )
        assert sorted(outcomes) == ["applied", "duplicate", "ignored"], outcomes
        assert (await Invoice.get(id=invoice.id)).status is InvoiceStatus.PAID
        assert (await Payment.get(id=payment.id)).status is PaymentStatus.PAID
        assert await OutboxMail.filter(dedupe_key=f"invoice:{invoice.id}:paid").count() == 1
        assert await PaymentEvent.filter(payment_id=payment.id).count() == 2
