"""Purchases: everything the account bought, paid orders and paid invoices, newest first.

One page reads at most `first + 1` rows from each table with the same keyset condition, merges
them by (paid_at, kind, id), and keeps `first`: two statements whatever the page size. The
cursor is (paid_at, kind rank, id), so a page boundary between an order and an invoice paid
in the same instant is exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.expressions import Q

from models import Invoice, InvoiceStatus, Order, OrderStatus
from resolvers.identity import Principal
from resolvers.pagination import Page, decode_cursor, encode_cursor
from resolvers.scope import scoped

__all__ = ["Purchase", "list_purchases"]

# Kind rank: within one instant, orders sort before invoices (descending rank).
_SOURCES = (("order", 1, Order, OrderStatus.PAID), ("invoice", 0, Invoice, InvoiceStatus.PAID))


@dataclass(frozen=True)
class Purchase:
    kind: str  # "order" or "invoice"
    paid_at: datetime
    row: Order | Invoice


def _beyond(rank: int, after: list | None) -> Q | None:
    if after is None:
        return None
    paid_at, after_rank, after_id = datetime.fromisoformat(after[0]), int(after[1]), int(after[2])
    earlier = Q(paid_at__lt=paid_at)
    if rank < after_rank:
        return earlier | Q(paid_at=paid_at)
    if rank == after_rank:
        return earlier | Q(paid_at=paid_at, id__lt=after_id)
    return earlier


async def list_purchases(principal: Principal, first: int, after: str | None) -> Page:
    cursor = decode_cursor(after, 3) if after else None
    found: list[tuple[tuple, Purchase]] = []
    for kind, rank, model, paid in _SOURCES:
        query = scoped(principal, model.filter(status=paid, paid_at__isnull=False))
        condition = _beyond(rank, cursor)
        if condition is not None:
            query = query.filter(condition)
        rows = await query.order_by("-paid_at", "-id").limit(first + 1)
        found += [((row.paid_at, rank, row.id), Purchase(kind, row.paid_at, row)) for row in rows]
    found.sort(key=lambda pair: pair[0], reverse=True)
    page = found[:first]
    return Page(
        items=[purchase for _, purchase in page],
        cursors=[encode_cursor(list(key)) for key, _ in page],
        has_next_page=len(found) > first,
        has_previous_page=bool(after),
    )
