"""The rows the buying types load per request, by key (one statement per relation per page)."""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.queryset import QuerySet

from models import Account, License, OrderLine, Product
from resolvers.identity import Principal
from resolvers.scope import scoped

__all__ = ["order_lines", "order_licenses", "accounts", "products"]


def order_lines(order_ids: Sequence[int]) -> QuerySet:
    return OrderLine.filter(order_id__in=order_ids).order_by("id")


def order_licenses(principal: Principal):
    def query(order_ids: Sequence[int]) -> QuerySet:
        return scoped(principal, License.filter(order_id__in=order_ids)).order_by("id")

    return query


async def accounts(ids: Sequence[int]) -> list[Account | None]:
    found = {row.id: row for row in await Account.filter(id__in=set(ids))}
    return [found.get(i) for i in ids]


async def products(ids: Sequence[int]) -> list[Product | None]:
    found = {row.id: row for row in await Product.filter(id__in=set(ids))}
    return [found.get(i) for i in ids]
