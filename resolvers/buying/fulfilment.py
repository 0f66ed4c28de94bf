"""What a paid order does, all inside the transaction that records the payment event:

- the order is `paid` with the next receipt number (the PDF is drawn from the frozen lines);
- each license bought is a new `pending` license (history: purchase) until billing verifies
  the order (`verify_order`, history: verification);
- add-ons join their license (history: module purchase);
- points and prepaid services are credited to the ledger;
- a service opens a sales ticket with the service's text (or the standard thanks);
- a referred account's order earns its referrer the affiliate commission (once per order);
- the buyer is mailed.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from accountdesk.settings import Settings
from models import LicenseAddon, LicenseState, Order, OrderLine, OrderStatus, ProductKind
from models.tickets import TicketKind
from resolvers import affiliate, clock
from resolvers.buying import ledger, mails
from resolvers.buying.numbering import next_number
from resolvers.buying.rules import SERVICE_TICKET_TEXT
from resolvers.licenses.history import LicenseAction, write_history
from resolvers.licenses.issuing import create_with_unique_key
from resolvers.tickets.conversation import open_vendor_ticket

__all__ = ["fulfil_order"]


async def fulfil_order(settings: Settings, order: Order, conn: BaseDBAsyncClient) -> None:
    """Call with the order's payment row locked and the order not yet paid."""
    lines = await OrderLine.filter(order_id=order.id).using_db(conn).select_related("product")
    order.status = OrderStatus.PAID
    order.paid_at = clock.now()
    order.receipt_number = await next_number(conn, "receipt")
    order.awaiting_verification = int(any(ln.kind is ProductKind.LICENSE for ln in lines))
    await (
        Order.filter(id=order.id)
        .using_db(conn)
        .update(
            status=order.status,
            paid_at=order.paid_at,
            receipt_number=order.receipt_number,
            awaiting_verification=order.awaiting_verification,
        )
    )
    for line in lines:
        await _DELIVER[line.kind](settings, order, line, conn)
    await affiliate.accrue_commission(
        settings, order.id, order.account_id, order.total, order.currency, order.paid_at, conn
    )
    await mails.payment_received(order, conn)


async def _licenses(settings, order: Order, line: OrderLine, conn) -> None:
    for _ in range(line.quantity):
        license = await create_with_unique_key(
            conn,
            account_id=order.account_id,
            brand_id=line.product.brand_id,
            url=order.store_url,
            state=LicenseState.PENDING,
            created_at=clock.now(),
            order_id=order.id,
        )
        detail = f"Order #{order.id}: {line.name}"
        await write_history(
            conn,
            license.id,
            LicenseAction.PURCHASE,
            actor_id=order.created_by_id,
            detail=detail,
            account_ids=(order.account_id,),
        )


async def _addon(settings, order: Order, line: OrderLine, conn) -> None:
    await LicenseAddon.create(
        license_id=line.license_id, name=line.name, purchased_at=clock.now(), using_db=conn
    )
    await write_history(
        conn,
        line.license_id,
        LicenseAction.MODULE_PURCHASE,
        actor_id=order.created_by_id,
        detail=f"Order #{order.id}: {line.name}",
        account_ids=(order.account_id,),
    )


def _bought(order: Order, line: OrderLine) -> ledger.Change:
    return ledger.Change(
        ledger.Kind.PURCHASE,
        f"Order #{order.id}: {line.name}",
        order_id=order.id,
        actor_id=order.created_by_id,
    )


async def _points(settings, order: Order, line: OrderLine, conn) -> None:
    await ledger.credit(conn, order.account_id, ledger.POINTS, line.points, _bought(order, line))


async def _service(settings, order: Order, line: OrderLine, conn) -> None:
    unit = ledger.service_unit(line.product.code)
    await ledger.credit(conn, order.account_id, unit, line.quantity, _bought(order, line))
    await open_vendor_ticket(
        settings,
        order.account_id,
        TicketKind.SALES,
        f"Order #{order.id}: {line.name}",
        line.product.ticket_text or SERVICE_TICKET_TEXT,
        conn,
    )


_DELIVER = {
    ProductKind.LICENSE: _licenses,
    ProductKind.ADDON: _addon,
    ProductKind.POINTS: _points,
    ProductKind.SERVICE: _service,
}
