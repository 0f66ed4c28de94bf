"""`orders(first: 50)` with the lines and licenses of each: the account's order history.

`prepare()` adds 50 paid orders (2 lines and a license each) to the demo owner's account;
they are the newest, so they are the page the query reads.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

import aiosqlite
import orjson
from starlette.requests import Request
from starlette.responses import Response

from .me import session_row, unauthenticated
from .tickets import _all, _keys

QUERY = """query($first: Int!) { orders(first: $first) { edges { node {
  id status receiptNumber awaitingVerification total { amount currency }
  lines { name quantity amount { amount currency } }
  licenses { id url state }
} } } }"""
VARIABLES = {"first": 50}
LOGIN = "owner@demo.test"
EXPECT = b'"receiptNumber":"B-000049"'
REQUESTS = 500
WARMUP = 30
COUNT = 50


async def seed_orders(account_id: int, count: int) -> None:
    """`count` paid orders, each with 2 lines and a pending license (bulk inserts)."""
    from models import Brand, License, Order, OrderLine, OrderStatus, Product, ProductKind
    from resolvers import clock

    now = clock.now()
    brand, _ = await Brand.get_or_create(code="bench-orders", defaults={"name": "X-Cart 5"})
    product, _ = await Product.get_or_create(
        code="bench-license",
        defaults=dict(
            kind=ProductKind.LICENSE,
            name="X-Cart 5",
            brand=brand,
            price=129900,
            created_at=now,
            updated_at=now,
        ),
    )
    start = await Order.filter(account_id=account_id).count()
    numbers = range(start, start + count)
    await Order.bulk_create(
        [
            Order(
                account_id=account_id,
                status=OrderStatus.PAID,
                idempotency_key=f"bench:{account_id}:{i}",
                currency="USD",
                total=259800,
                created_at=now + timedelta(seconds=i),
                terms_version="2026-01",
                terms_accepted_at=now,
                money_back_accepted_at=now,
                paid_at=now,
                receipt_number=f"B-{i:06d}",
                awaiting_verification=1,
            )
            for i in numbers
        ]
    )
    orders = await Order.filter(idempotency_key__startswith=f"bench:{account_id}:").values_list(
        "id", "idempotency_key"
    )
    fresh = [order_id for order_id, key in orders if int(key.rsplit(":", 1)[1]) >= start]
    await OrderLine.bulk_create(
        [
            OrderLine(
                order_id=o,
                product_id=product.id,
                kind=ProductKind.LICENSE,
                name=f"X-Cart 5 #{n}",
                unit_price=129900,
                quantity=1,
                amount=129900,
            )
            for o in fresh
            for n in range(2)
        ]
    )
    await License.bulk_create(
        [
            License(
                key=f"B{account_id:07d}{o:08d}"[-16:],
                account_id=account_id,
                brand=brand,
                url="https://demo.test",
                created_at=now,
                order_id=o,
            )
            for o in fresh
        ]
    )


async def prepare() -> None:
    from models import User

    owner = await User.get(email=LOGIN)
    await seed_orders(owner.account_id, COUNT)


# The statements the app runs for this request (the session lookup is `me`'s).
ORDERS_SQL = """SELECT id, status, receipt_number, awaiting_verification, total, currency
    FROM "order" WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ?"""
LINES_SQL = """SELECT order_id, name, quantity, amount FROM order_line
    WHERE order_id IN ({orders}) ORDER BY id"""
LICENSES_SQL = """SELECT id, order_id, url, state FROM license
    WHERE order_id IN ({orders}) AND account_id = ? ORDER BY id"""


async def bare(request: Request, db: aiosqlite.Connection) -> Response:
    body = orjson.loads(await request.body())
    session = await session_row(request, db)
    if session is None:
        return unauthenticated()
    account_id = session[3]
    first = int(body.get("variables", {}).get("first", 50))
    orders = await _all(db, ORDERS_SQL, (account_id, first + 1))
    orders = orders[:first]
    keys = _keys(o[0] for o in orders)
    lines, licenses = defaultdict(list), defaultdict(list)
    for order_id, name, quantity, amount in await _all(db, LINES_SQL.format(orders=keys)):
        lines[order_id].append(
            {"name": name, "quantity": quantity, "amount": {"amount": amount, "currency": "USD"}}
        )
    for license_id, order_id, url, state in await _all(
        db, LICENSES_SQL.format(orders=keys), (account_id,)
    ):
        licenses[order_id].append({"id": str(license_id), "url": url, "state": state.upper()})
    edges = [
        {
            "node": {
                "id": str(o[0]),
                "status": o[1].upper(),
                "receiptNumber": o[2],
                "awaitingVerification": bool(o[3]),
                "total": {"amount": o[4], "currency": o[5]},
                "lines": lines[o[0]],
                "licenses": licenses[o[0]],
            }
        }
        for o in orders
    ]
    return Response(
        orjson.dumps({"data": {"orders": {"edges": edges}}}), media_type="application/json"
    )
