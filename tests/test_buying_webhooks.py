"""The payment webhook: verified before parsed, applied once, in any order (SPEC section 5)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

import pytest

from models import (
    LiabilityBalance,
    LiabilityEntry,
    License,
    Order,
    OrderStatus,
    OutboxMail,
    PaymentEvent,
    PaymentStatus,
    Ticket,
)
from resolvers import clock
from resolvers.buying.processors.base import PaymentEvent as Event
from resolvers.buying.webhooks import apply_event
from tests.buying import (
    ADD,
    CHECKOUT,
    catalog,
    checkout_input,
    payment_of,
    post_event,
    signed_event,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
ROUNDS = 10


async def _ordered(api, world, *codes: str):
    products = await catalog()
    owner = await world.user()
    token = await world.token(owner)
    for code in codes:
        await api.data(ADD, {"product": str(products[code].id)}, token)
    placed = (await api.data(CHECKOUT, {"input": checkout_input()}, token))["checkout"]
    return owner, token, await payment_of(placed["order"]["id"])


async def _nothing_changed(payment) -> None:
    assert await Order.filter(id=payment.order_id, status=OrderStatus.AWAITING_PAYMENT).exists()
    assert await License.all().count() == 0
    assert await LiabilityEntry.all().count() == 0


async def test_bad_signature_old_timestamp_and_garbage_change_nothing(api, world, settings, caplog):
    clock.set_now(NOW)
    owner, token, payment = await _ordered(api, world, "xcart5-business", "points-10")
    body, headers = signed_event(settings, payment, "paid")
    forged = {**headers, "x-sandbox-signature": headers["x-sandbox-signature"][:-4] + "0000"}
    cases = [
        (body, forged, "bad signature"),
        (body, {}, "no signature"),
        (body.replace(b'"amount": ', b'"amount": 1'), headers, "bad signature"),
    ]
    old, old_headers = signed_event(settings, payment, "paid", at=int(NOW.timestamp()) - 301)
    cases.append((old, old_headers, "tolerance"))
    garbage, garbage_headers = b"not json", {}
    from resolvers.buying.processors.sandbox import SandboxProcessor

    garbage_headers["x-sandbox-signature"] = SandboxProcessor(settings).signature(
        garbage, int(NOW.timestamp())
    )
    cases.append((garbage, garbage_headers, "not a sandbox payment event"))
    caplog.set_level(logging.WARNING, "accountdesk.payments")
    for content, sent_headers, why in cases:
        response = await api.client.post(
            "/webhooks/payments/sandbox", content=content, headers=sent_headers
        )
        assert response.status_code == 400, why
        assert why in response.json()["error"]
        assert why in caplog.text
    unknown = await api.client.post("/webhooks/payments/paypal", content=body, headers=headers)
    assert unknown.status_code == 404
    await _nothing_changed(payment)
    assert await PaymentEvent.all().count() == 0


async def test_a_wrong_amount_or_currency_is_recorded_and_alerts_billing(api, world, settings):
    owner, token, payment = await _ordered(api, world, "points-10")
    status, body = await post_event(api, settings, payment, "paid", amount=payment.amount - 1)
    assert (status, body) == (400, {"error": "mismatch"})
    status, _ = await post_event(api, settings, payment, "paid", currency="EUR")
    assert status == 400
    await _nothing_changed(payment)
    assert await PaymentEvent.filter(outcome="mismatch").count() == 2
    alerts = await OutboxMail.filter(recipient="billing@accountdesk.local")
    assert len(alerts) == 2 and "mismatch" in alerts[0].subject


async def test_an_unknown_payment_is_refused(api, world, settings):
    owner, token, payment = await _ordered(api, world, "points-10")
    payment.reference = "sbx_unknown"
    status, body = await post_event(api, settings, payment, "paid")
    assert (status, body) == (400, {"error": "unknown payment"})


async def test_paid_once_per_event_and_per_transaction(api, world, settings):
    owner, token, payment = await _ordered(api, world, "points-10")
    first = await post_event(api, settings, payment, "paid", event_id="evt_1")
    again = await post_event(api, settings, payment, "paid", event_id="evt_1")
    other_event = await post_event(api, settings, payment, "paid", event_id="evt_2")
    assert [first, again, other_event] == [
        (200, {"status": "applied"}),
        (200, {"status": "duplicate"}),
        (200, {"status": "ignored"}),
    ]
    assert await LiabilityEntry.filter(account_id=owner.account_id).count() == 1
    order = await Order.get(id=payment.order_id)
    assert order.status is OrderStatus.PAID and order.receipt_number.endswith("-000001")


async def test_a_late_failed_after_paid_changes_nothing_and_paid_after_failed_wins(
    api, world, settings
):
    owner, token, payment = await _ordered(api, world, "points-10")
    await post_event(api, settings, payment, "paid")
    assert await post_event(api, settings, payment, "failed") == (200, {"status": "ignored"})
    assert (await Order.get(id=payment.order_id)).status is OrderStatus.PAID
    other_owner, _, second = await _ordered_again(api, world)
    assert await post_event(api, settings, second, "failed") == (200, {"status": "applied"})
    assert (await Order.get(id=second.order_id)).status is OrderStatus.FAILED
    assert await post_event(api, settings, second, "paid") == (200, {"status": "applied"})
    assert (await Order.get(id=second.order_id)).status is OrderStatus.PAID


async def _ordered_again(api, world):
    from models import Product

    owner = await world.user()
    token = await world.token(owner)
    await api.data(ADD, {"product": str((await Product.get(code="points-10")).id)}, token)
    placed = (await api.data(CHECKOUT, {"input": checkout_input()}, token))["checkout"]
    return owner, token, await payment_of(placed["order"]["id"])


async def test_receipt_numbers_run_per_year_without_gaps(api, world, settings):
    clock.set_now(NOW)
    owner, token, payment = await _ordered(api, world, "points-10")
    await post_event(api, settings, payment, "paid")
    _, _, second = await _ordered_again(api, world)
    await post_event(api, settings, second, "paid")
    clock.set_now(NOW + timedelta(days=365))
    _, _, third = await _ordered_again(api, world)
    await post_event(api, settings, third, "paid")
    numbers = [o.receipt_number for o in await Order.all().order_by("id")]
    assert numbers == ["R-2026-000001", "R-2026-000002", "R-2027-000001"]


def _event(payment, kind, event_id):
    return Event(event_id, kind, payment.reference, payment.amount, payment.currency)


@pytest.mark.postgres_only
async def test_the_same_event_delivered_twice_at_once_applies_once(api, world, settings):
    products = await catalog()
    del products
    for round_number in range(ROUNDS):
        owner, _, payment = await _ordered_again(api, world)
        event = _event(payment, "paid", f"evt_twice_{round_number}")
        outcomes = await asyncio.gather(
            apply_event(settings, "sandbox", event), apply_event(settings, "sandbox", event)
        )
        assert sorted(outcomes) == ["applied", "duplicate"]
        assert await LiabilityEntry.filter(account_id=owner.account_id).count() == 1
    assert await Order.filter(status=OrderStatus.PAID).count() == ROUNDS


@pytest.mark.postgres_only
async def test_paid_and_failed_at_once_end_paid_with_one_effect(api, world, settings):
    await catalog()
    for round_number in range(ROUNDS):
        owner, _, payment = await _ordered_again(api, world)
        outcomes = await asyncio.gather(
            apply_event(settings, "sandbox", _event(payment, "paid", f"p{round_number}")),
            apply_event(settings, "sandbox", _event(payment, "failed", f"f{round_number}")),
        )
        assert "applied" in outcomes
        stored = await payment_of(payment.order_id)
        assert stored.status is PaymentStatus.PAID
        assert (await Order.get(id=payment.order_id)).status is OrderStatus.PAID
        assert await LiabilityEntry.filter(account_id=owner.account_id).count() == 1
    receipts = await Order.all().values_list("receipt_number", flat=True)
    assert len(set(receipts)) == ROUNDS


async def test_a_service_opens_a_sales_ticket(api, world, settings):
    owner, token, payment = await _ordered(api, world, "installation")
    await post_event(api, settings, payment, "paid")
    ticket = await Ticket.get(account_id=owner.account_id)
    assert (ticket.type.value, ticket.department.value) == ("sales", "sales")
    message = await ticket.messages.all().first()
    assert message.body == "Thank you for ordering installation services"
    # The account holds the service it paid for, in the unit billing adjusts it by.
    held = await LiabilityBalance.filter(account_id=owner.account_id).values_list("unit", "balance")
    assert held == [("service:installation", 1)]
