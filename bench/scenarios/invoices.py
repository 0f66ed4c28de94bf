"""`invoices(first: 50)` with the lines of each: the account's invoice list.

`prepare()` adds 50 issued invoices (3 lines each) to the demo owner's account; they are the
newest, so they are the page the query reads.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import aiosqlite
import orjson
from starlette.requests import Request
from starlette.responses import Response

from .me import session_row, unauthenticated
from .tickets import _all, _keys

QUERY = """query($first: Int!) { invoices(first: $first) { edges { node {
  id number status overdue dueDate total { amount currency }
  lines { description quantity amount { amount currency } }
} } } }"""
VARIABLES = {"first": 50}
LOGIN = "owner@demo.test"
EXPECT = b'"number":"B-000049"'
REQUESTS = 500
WARMUP = 30
COUNT = 50
LINES = 3


async def seed_invoices(account_id: int, count: int) -> None:
    """`count` unpaid invoices dated after everything else, each with 3 lines (bulk inserts)."""
    from models import Invoice, InvoiceLine, InvoiceStatus
    from resolvers import clock

    now = clock.now() + timedelta(days=1)
    start = await Invoice.filter(account_id=account_id, number__startswith="B-").count()
    await Invoice.bulk_create(
        [
            Invoice(
                account_id=account_id,
                status=InvoiceStatus.UNPAID,
                number=f"B-{i:06d}",
                currency="USD",
                total=LINES * 10000,
                due_date=now.date() + timedelta(days=30),
                created_at=now,
                dated_at=now + timedelta(seconds=i),
                issued_at=now,
            )
            for i in range(start, start + count)
        ]
    )
    fresh = await Invoice.filter(
        account_id=account_id, number__in=[f"B-{i:06d}" for i in range(start, start + count)]
    ).values_list("id", flat=True)
    await InvoiceLine.bulk_create(
        [
            InvoiceLine(
                invoice_id=invoice_id,
                position=n + 1,
                description=f"Work package {n + 1}",
                quantity=1,
                unit_price=10000,
                amount=10000,
            )
            for invoice_id in fresh
            for n in range(LINES)
        ]
    )


async def prepare() -> None:
    from models import User

    owner = await User.get(email=LOGIN)
    await seed_invoices(owner.account_id, COUNT)


# The statements the app runs for this request (the session lookup is `me`'s).
INVOICES_SQL = """SELECT id, number, status, due_date, total, currency FROM invoice
    WHERE account_id = ? AND status <> 'draft' ORDER BY dated_at DESC, id DESC LIMIT ?"""
LINES_SQL = """SELECT invoice_id, description, quantity, amount FROM invoice_line
    WHERE invoice_id IN ({invoices}) ORDER BY invoice_id, position"""


async def bare(request: Request, db: aiosqlite.Connection) -> Response:
    body = orjson.loads(await request.body())
    session = await session_row(request, db)
    if session is None:
        return unauthenticated()
    first = int(body.get("variables", {}).get("first", 50))
    invoices = (await _all(db, INVOICES_SQL, (session[3], first + 1)))[:first]
    lines = defaultdict(list)
    keys = _keys(row[0] for row in invoices)
    for invoice_id, description, quantity, amount in await _all(
        db, LINES_SQL.format(invoices=keys)
    ):
        lines[invoice_id].append(
            {
                "description": description,
                "quantity": quantity,
                "amount": {"amount": amount, "currency": "USD"},
            }
        )
    today = date.today().isoformat()
    edges = [
        {
            "node": {
                "id": str(row[0]),
                "number": row[1],
                "status": row[2].upper(),
                "overdue": row[2] == "unpaid" and str(row[3]) < today,
                "dueDate": str(row[3]),
                "total": {"amount": row[4], "currency": row[5]},
                "lines": lines[row[0]],
            }
        }
        for row in invoices
    ]
    return Response(
        orjson.dumps({"data": {"invoices": {"edges": edges}}}), media_type="application/json"
    )
