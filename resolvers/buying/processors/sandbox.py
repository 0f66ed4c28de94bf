"""The sandbox processor: the service's own payment page, so the whole flow runs on one machine.

`GET /pay/sandbox/<reference>` shows the order with Pay and Decline; the choice queues a job
that signs a webhook and posts it to `/webhooks/payments/sandbox`, as a real processor would,
asynchronously. The signing key is derived from SECRET_KEY, so every process agrees on it.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping

from accountdesk.settings import Settings
from resolvers.buying.processors.base import (
    Checkout,
    PaymentEvent,
    PaymentRequest,
    WebhookRejected,
    check_signature,
    sign,
)

__all__ = ["SandboxProcessor", "SIGNATURE_HEADER", "event_body"]

SIGNATURE_HEADER = "x-sandbox-signature"
_KINDS = {"payment.paid": "paid", "payment.failed": "failed"}


class SandboxProcessor:
    name = "sandbox"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.secret = hashlib.sha256(b"sandbox-webhook:" + settings.secret_key.encode()).digest()

    def new_reference(self) -> str:
        return "sbx_" + secrets.token_urlsafe(24)

    async def create_payment(self, request: PaymentRequest) -> Checkout:
        url = f"{self.settings.public_url}/pay/sandbox/{request.reference}"
        return Checkout(reference=request.reference, url=url)

    def signature(self, body: bytes, timestamp: int) -> str:
        return sign(self.secret, body, timestamp)

    def verify(self, headers: Mapping[str, str], body: bytes, now: float) -> None:
        check_signature(self.secret, headers.get(SIGNATURE_HEADER, ""), body, now)

    def parse(self, body: bytes) -> PaymentEvent | None:
        try:
            data = json.loads(body)
            kind = _KINDS[data["type"]]
            event = PaymentEvent(
                event_id=str(data["id"])[:200],
                kind=kind,
                reference=str(data["payment"])[:200],
                amount=int(data["amount"]),
                currency=str(data["currency"]).upper()[:3],
            )
        except (ValueError, KeyError, TypeError):
            raise WebhookRejected("not a sandbox payment event") from None
        return event

    async def refund(self, reference: str, amount: int) -> None:
        return None  # nothing left the buyer's pocket


def event_body(event_id: str, kind: str, reference: str, amount: int, currency: str) -> bytes:
    return json.dumps(
        {
            "id": event_id,
            "type": f"payment.{kind}",
            "payment": reference,
            "amount": amount,
            "currency": currency,
        }
    ).encode()
