"""The Stripe Checkout adapter, offline: webhooks signed locally with the test secret are
checked by Stripe's own code, then applied like the sandbox's."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

from models import Order, OrderStatus, Payment
from resolvers.buying.processors.base import PaymentRequest
from resolvers.buying.processors.stripe import session_parameters
from tests.buying import ADD, CHECKOUT, catalog, checkout_input

SECRET = "whsec_test_" + "s" * 24


def _stripe_settings(settings):
    return settings.with_changes(stripe_secret_key="sk_test_offline", stripe_webhook_secret=SECRET)


def _signed(payload: dict, secret: str = SECRET, at: int | None = None) -> tuple[bytes, dict]:
    body = json.dumps(payload).encode()
    timestamp = int(time.time()) if at is None else at
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return body, {"stripe-signature": f"t={timestamp},v1={digest.hexdigest()}"}


def _event(session_id: str, amount: int, kind: str = "checkout.session.completed", **extra):
    session = {
        "id": session_id,
        "amount_total": amount,
        "currency": "usd",
        "payment_status": "paid",
        **extra,
    }
    return {"id": f"evt_{session_id}_{kind}", "type": kind, "data": {"object": session}}


async def _stripe_payment(api, world) -> Payment:
    products = await catalog()
    token = await world.token(await world.user())
    await api.data(ADD, {"product": str(products["points-10"].id)}, token)
    placed = (await api.data(CHECKOUT, {"input": checkout_input()}, token))["checkout"]
    payment = await Payment.get(order_id=int(placed["order"]["id"]))
    # As if Stripe had answered the session: the processor and its session id.
    await Payment.filter(id=payment.id).update(processor="stripe", reference="cs_test_1")
    return await Payment.get(id=payment.id)


async def test_a_locally_signed_stripe_webhook_pays_the_order(api_with, world, settings):
    async with api_with(**_stripe_settings(settings).__dict__) as api:
        payment = await _stripe_payment(api, world)
        body, headers = _signed(_event("cs_test_1", payment.amount))
        response = await api.client.post("/webhooks/payments/stripe", content=body, headers=headers)
        assert (response.status_code, response.json()) == (200, {"status": "applied"})
        again = await api.client.post("/webhooks/payments/stripe", content=body, headers=headers)
        assert again.json() == {"status": "duplicate"}
    assert (await Order.get(id=payment.order_id)).status is OrderStatus.PAID


async def test_stripes_check_refuses_wrong_secret_old_timestamp_and_garbage(
    api_with, world, settings
):
    async with api_with(**_stripe_settings(settings).__dict__) as api:
        payment = await _stripe_payment(api, world)
        event = _event("cs_test_1", payment.amount)
        cases = [
            _signed(event, secret="whsec_other"),
            _signed(event, at=int(time.time()) - 301),
            (json.dumps(event).encode(), {}),
            _signed({"nonsense": True}),
        ]
        for body, headers in cases:
            response = await api.client.post(
                "/webhooks/payments/stripe", content=body, headers=headers
            )
            assert response.status_code == 400, response.json()
        other = _signed({"id": "evt_x", "type": "customer.created", "data": {"object": {}}})
        ignored = await api.client.post(
            "/webhooks/payments/stripe", content=other[0], headers=other[1]
        )
        assert ignored.json() == {"status": "ignored"}
    assert (await Order.get(id=payment.order_id)).status is OrderStatus.AWAITING_PAYMENT


async def test_an_expired_session_fails_the_order(api_with, world, settings):
    async with api_with(**_stripe_settings(settings).__dict__) as api:
        payment = await _stripe_payment(api, world)
        body, headers = _signed(
            _event("cs_test_1", payment.amount, "checkout.session.expired", payment_status="unpaid")
        )
        response = await api.client.post("/webhooks/payments/stripe", content=body, headers=headers)
        assert response.json() == {"status": "applied"}
    assert (await Order.get(id=payment.order_id)).status is OrderStatus.FAILED


async def test_without_stripe_keys_the_stripe_endpoint_does_not_exist(api):
    body, headers = _signed(_event("cs_test_1", 100))
    response = await api.client.post("/webhooks/payments/stripe", content=body, headers=headers)
    assert response.status_code == 404


def test_the_checkout_session_asks_the_services_amount_in_minor_units():
    request = PaymentRequest(7, "ref", 129900, "USD", "Order #3", "https://app.example/done")
    parameters = session_parameters(request)
    assert parameters["client_reference_id"] == "7"
    assert parameters["line_items"][0]["price_data"] == {
        "currency": "usd",
        "unit_amount": 129900,
        "product_data": {"name": "Order #3"},
    }
