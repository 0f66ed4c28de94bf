"""The buying mails, written to the outbox in the transaction of the step they tell of."""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from accountdesk.settings import Settings
from models import Order, User
from resolvers import outbox

__all__ = ["money", "order_received", "payment_received", "licenses_activated", "alert_billing"]


def money(amount: int, currency: str) -> str:
    """Minor units as a printed amount: 129900 USD -> "1299.00 USD"."""
    sign = "-" if amount < 0 else ""
    whole, cents = divmod(abs(amount), 100)
    return f"{sign}{whole}.{cents:02d} {currency}"


async def _buyer_address(order: Order, conn: BaseDBAsyncClient) -> str | None:
    if order.created_by_id is None:
        return None
    rows = (
        await User.filter(id=order.created_by_id)
        .using_db(conn)
        .values_list("contact_email", flat=True)
    )
    return rows[0] if rows else None


async def _to_buyer(order: Order, event: str, subject: str, body: str, conn) -> None:
    address = await _buyer_address(order, conn)
    if address:
        await outbox.enqueue(address, subject, body, f"order:{order.id}:{event}", using_db=conn)


async def order_received(order: Order, conn: BaseDBAsyncClient) -> None:
    await _to_buyer(
        order,
        "received",
        f"Order #{order.id} received",
        f"We received your order #{order.id} of {money(order.total, order.currency)}. "
        "It is placed once the payment arrives.",
        conn,
    )


async def payment_received(order: Order, conn: BaseDBAsyncClient) -> None:
    waits = (
        " Licenses become active once billing verifies the order."
        if order.awaiting_verification
        else ""
    )
    await _to_buyer(
        order,
        "paid",
        f"Payment received, receipt {order.receipt_number}",
        f"Thank you: order #{order.id} is paid ({money(order.total, order.currency)}). "
        f"Your receipt {order.receipt_number} is under Orders.{waits}",
        conn,
    )


async def licenses_activated(order: Order, keys: list[str], conn: BaseDBAsyncClient) -> None:
    await _to_buyer(
        order,
        "verified",
        f"Order #{order.id}: licenses active",
        f"Billing verified order #{order.id}. Active now: {', '.join(keys)}.",
        conn,
    )


async def alert_billing(
    settings: Settings, event_key: str, subject: str, body: str, conn: BaseDBAsyncClient
) -> None:
    address = settings.timers.department_address("billing")
    await outbox.enqueue(address, subject, body, f"payment-alert:{event_key}", using_db=conn)
