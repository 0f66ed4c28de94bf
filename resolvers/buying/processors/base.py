"""The payment processor interface, and the timestamped HMAC that webhooks are signed with.

A processor creates a payment (answering the address the buyer pays at), verifies a webhook
before anything reads it, parses it into a `PaymentEvent`, and refunds later (invoices,
money-back). The sandbox and Stripe implement it; `processor_for` picks one by name.

    header = sign(secret, body, timestamp)          # "t=1767225600,v1=5257a8..."
    check_signature(secret, header, body, now)      # raises WebhookRejected, or returns
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "TOLERANCE_SECONDS",
    "PaymentEvent",
    "PaymentRequest",
    "Checkout",
    "WebhookRejected",
    "Processor",
    "sign",
    "check_signature",
]

TOLERANCE_SECONDS = 300  # a signed webhook older (or newer) than this is refused


@dataclass(frozen=True)
class PaymentEvent:
    event_id: str
    kind: str  # "paid" or "failed"
    reference: str  # the processor's transaction: which payment this is about
    amount: int
    currency: str


@dataclass(frozen=True)
class PaymentRequest:
    payment_id: int
    reference: str
    amount: int
    currency: str
    description: str
    return_url: str


@dataclass(frozen=True)
class Checkout:
    reference: str
    url: str


class WebhookRejected(Exception):
    """A webhook that is not acted on: the reason goes to the log and the 400 answer."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


class Processor(Protocol):
    name: str

    def new_reference(self) -> str:
        """The payment's reference before the processor knows it (replaced by `create_payment`)."""
        ...

    async def create_payment(self, request: PaymentRequest) -> Checkout: ...

    def verify(self, headers: Mapping[str, str], body: bytes, now: float) -> None:
        """Raise WebhookRejected unless the body is signed by the processor, recently."""
        ...

    def parse(self, body: bytes) -> PaymentEvent | None:
        """The event (None: a kind this service does not act on); WebhookRejected for garbage."""
        ...

    async def refund(self, reference: str, amount: int) -> None: ...


def _digest(secret: bytes, timestamp: str, body: bytes) -> str:
    return hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def sign(secret: bytes, body: bytes, timestamp: int) -> str:
    return f"t={timestamp},v1={_digest(secret, str(timestamp), body)}"


def check_signature(
    secret: bytes, header: str, body: bytes, now: float, tolerance: int = TOLERANCE_SECONDS
) -> None:
    parts: dict[str, list[str]] = {}
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        parts.setdefault(key, []).append(value)
    timestamp = (parts.get("t") or [""])[0]
    if not timestamp.isdigit() or not parts.get("v1"):
        raise WebhookRejected("no signature, or not one of ours")
    expected = _digest(secret, timestamp, body)
    # Every candidate is compared in constant time; any match is enough (key rotation).
    if not any(hmac.compare_digest(expected, candidate) for candidate in parts["v1"]):
        raise WebhookRejected("bad signature")
    if abs(now - int(timestamp)) > tolerance:
        raise WebhookRejected("signature timestamp outside the 5-minute tolerance")
