"""Demo buying: the catalog, one paid and verified order, one paid order awaiting billing's
verification, and a cart with lines, all in Demo Store (found again by their order keys)."""

from __future__ import annotations

from accountdesk.settings import Settings
from models import Account, Order, Payment, Product, User
from models.enums import AccountType, StaffRole
from resolvers.buying.cart import add_to_cart
from resolvers.buying.catalog_data import seed_products
from resolvers.buying.checkout import CheckoutRequest, checkout
from resolvers.buying.orders import verify_order
from resolvers.buying.processors.base import PaymentEvent
from resolvers.buying.webhooks import apply_event
from resolvers.identity import Principal
from resolvers.licenses.catalog import seed_catalog

__all__ = ["seed"]

SALES = Principal(staff_role=StaffRole.SALES)
# (order key, [(product code, quantity)], store URL, verified)
ORDERS = [
    (
        "demo-order-verified",
        [("xcart5-business", 1), ("points-10", 1)],
        "https://shop2.demo-store.test",
        True,
    ),
    (
        "demo-order-waiting",
        [("litecommerce", 1), ("installation", 1)],
        "https://lc2.demo-store.test",
        False,
    ),
]
CART = [("points-50", 1), ("customization", 1)]


async def seed() -> str:
    await seed_catalog()
    added = await seed_products(SALES)
    account = await Account.get_or_none(name="Demo Store")
    if account is None:
        return f"buying: {added} products added"
    owner = await User.get(account=account, account_type=AccountType.PRIMARY)
    principal = Principal(user_id=owner.id, account_id=account.id, account_type=AccountType.PRIMARY)
    billing = await User.get_or_none(email="billing@vendor.test")
    placed = 0
    for key, lines, url, verified in ORDERS:
        if await Order.filter(idempotency_key=f"{account.id}:{key}").exists():
            continue
        await paid_order(principal, key, lines, url)
        if verified and billing is not None:
            order = await Order.get(idempotency_key=f"{account.id}:{key}")
            await verify_order(
                Principal(user_id=billing.id, staff_role=StaffRole.BILLING), order.id
            )
        placed += 1
    if placed:
        for code, quantity in CART:
            await add_to_cart(principal, await _product_id(code), quantity)
    return f"buying: {added} products, {placed} paid orders added"


async def _product_id(code: str) -> int:
    return (await Product.get(code=code)).id


async def paid_order(principal: Principal, key: str, lines, url: str) -> None:
    settings = Settings()
    for code, quantity in lines:
        await add_to_cart(principal, await _product_id(code), quantity)
    placed = await checkout(settings, principal, CheckoutRequest(key, True, True, url))
    payment = await Payment.get(order_id=placed.order.id)
    event = PaymentEvent(f"demo-{key}", "paid", payment.reference, payment.amount, payment.currency)
    await apply_event(settings, payment.processor, event)
