"""Stripe Checkout behind the processor interface, with the official `stripe` package.

- `create_payment` opens a Checkout Session (one line: the order's total, in minor units) and
  answers its hosted page; the session id is the payment's reference.
- `verify` is Stripe's own check of the `Stripe-Signature` header
  (`stripe.WebhookSignature.verify_header`: timestamped HMAC-SHA256, constant-time compare,
  5-minute tolerance) with STRIPE_WEBHOOK_SECRET.
- `parse` maps the Checkout events: `checkout.session.completed` with `payment_status`
  `paid` and `checkout.session.async_payment_succeeded` are paid;
  `checkout.session.async_payment_failed` and `checkout.session.expired` are failed; any
  other event is acknowledged and ignored.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from typing import Any

import stripe

from accountdesk.settings import Settings
from resolvers.buying.processors.base import (
    TOLERANCE_SECONDS,
    Checkout,
    PaymentEvent,
    PaymentRequest,
    WebhookRejected,
)

__all__ = ["StripeProcessor", "SIGNATURE_HEADER", "session_parameters"]

SIGNATURE_HEADER = "stripe-signature"
_PAID = {"checkout.session.completed", "checkout.session.async_payment_succeeded"}
_FAILED = {"checkout.session.async_payment_failed", "checkout.session.expired"}


def session_parameters(request: PaymentRequest) -> dict[str, Any]:
    """What the Checkout Session is asked for: the service computed the amount, not Stripe."""
    return {
        "mode": "payment",
        "client_reference_id": str(request.payment_id),
        "metadata": {"payment_id": str(request.payment_id)},
        "line_items": [
            {
                "quantity": 1,
                "price_data": {
                    "currency": request.currency.lower(),
                    "unit_amount": request.amount,
                    "product_data": {"name": request.description},
                },
            }
        ],
        "success_url": request.return_url,
        "cancel_url": request.return_url,
    }


class StripeProcessor:
    name = "stripe"

    def __init__(self, settings: Settings) -> None:
        self.client = stripe.StripeClient(settings.stripe_secret_key)
        self.webhook_secret = settings.stripe_webhook_secret

    def new_reference(self) -> str:
        # Replaced by the session id once Stripe answers; unique until then.
        return "stripe-unset-" + secrets.token_urlsafe(16)

    async def create_payment(self, request: PaymentRequest) -> Checkout:
        session = await self.client.v1.checkout.sessions.create_async(
            params=session_parameters(request)  # type: ignore[arg-type]
        )
        return Checkout(reference=session.id, url=session.url or "")

    def verify(self, headers: Mapping[str, str], body: bytes, now: float) -> None:
        try:
            stripe.WebhookSignature.verify_header(
                body, headers.get(SIGNATURE_HEADER), self.webhook_secret, TOLERANCE_SECONDS
            )
        except stripe.SignatureVerificationError as refused:
            raise WebhookRejected(f"bad Stripe signature: {refused.user_message}") from None
        except UnicodeDecodeError:
            raise WebhookRejected("bad Stripe signature: the body is not UTF-8") from None

    def parse(self, body: bytes) -> PaymentEvent | None:
        try:
            event = json.loads(body)
            kind = event["type"]
            session = event["data"]["object"]
            if kind in _PAID and session.get("payment_status", "paid") == "paid":
                outcome = "paid"
            elif kind in _FAILED:
                outcome = "failed"
            else:
                return None
            return PaymentEvent(
                event_id=str(event["id"])[:200],
                kind=outcome,
                reference=str(session["id"])[:200],
                amount=int(session["amount_total"]),
                currency=str(session["currency"]).upper()[:3],
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            raise WebhookRejected("not a Stripe Checkout event") from None

    async def refund(self, reference: str, amount: int) -> None:
        session = await self.client.v1.checkout.sessions.retrieve_async(reference)
        await self.client.v1.refunds.create_async(
            params={"payment_intent": str(session.payment_intent), "amount": amount}
        )
