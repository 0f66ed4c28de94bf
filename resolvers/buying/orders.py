"""Reading orders and billing's verification.

Customers see their account's orders, newest first. Staff (billing, sales, heads) see every
account's; without a filter the paid orders awaiting verification come first. Another
account's order is NOT_FOUND, like a missing one.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.transactions import in_transaction

from models import License, LicenseState, Order, OrderStatus
from resolvers import clock
from resolvers.buying import mails
from resolvers.errors import Conflict, NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id
from resolvers.licenses.history import LicenseAction, write_history
from resolvers.pagination import Page, keyset_page
from resolvers.scope import scoped

__all__ = ["list_orders", "get_order", "verify_order"]


async def list_orders(
    principal: Principal,
    first: int,
    after: str | None,
    status: OrderStatus | None = None,
    awaiting_verification: bool | None = None,
) -> Page:
    query = scoped(principal, Order.all())
    if status is not None:
        query = query.filter(status=status)
    if awaiting_verification is not None:
        query = query.filter(awaiting_verification=int(awaiting_verification))
    order = [("created_at", True)]
    if principal.is_staff and status is None and awaiting_verification is None:
        order = [("awaiting_verification", True), *order]
    return await keyset_page(
        query, first, after, order=order, parse={"created_at": datetime.fromisoformat}
    )


async def get_order(principal: Principal, order_id: int | str, using_db=None) -> Order:
    query = scoped(principal, Order.filter(id=parse_id(order_id, "order"))).using_db(using_db)
    found = await query.first()
    if found is None:
        raise NotFound("No such order.")
    return found


async def verify_order(principal: Principal, order_id: int | str) -> Order:
    """Billing: the paid order's pending licenses become active (history: verification)."""
    order = await get_order(principal, order_id)
    async with in_transaction() as conn:
        now = clock.now()
        changed = (
            await Order.filter(id=order.id, status=OrderStatus.PAID, verified_at__isnull=True)
            .using_db(conn)
            .update(verified_at=now, verified_by_id=principal.user_id, awaiting_verification=0)
        )
        if not changed:
            raise Conflict("Only a paid order not yet verified can be verified.")
        pending = License.filter(order_id=order.id, state=LicenseState.PENDING).using_db(conn)
        licenses = await pending.order_by("id")
        await pending.update(state=LicenseState.ACTIVE)
        for license in licenses:
            await write_history(
                conn,
                license.id,
                LicenseAction.VERIFICATION,
                actor_id=principal.user_id,
                detail=f"Order #{order.id} verified by billing",
                account_ids=(license.account_id,),
            )
        if licenses:
            await mails.licenses_activated(order, [lic.key for lic in licenses], conn)
    return await Order.get(id=order.id)
