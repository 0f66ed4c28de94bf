"""Batch loads of buying: keys in, one value per key out, in key order (see
`resolvers/batches.py`); `schema/buying/loaders.py` wraps them in per-request DataLoaders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from accountdesk.settings import Settings
from models import Account, License, OrderLine
from resolvers.batches import by_id, grouped_by
from resolvers.identity import Principal
from resolvers.scope import scoped

__all__ = ["BATCHES", "order_page"]


def _order_lines(principal: Principal, settings: Settings) -> Callable[[Sequence[int]], Any]:
    return grouped_by(lambda ids: OrderLine.filter(order_id__in=ids).order_by("id"), "order_id")


def _order_licenses(principal: Principal, settings: Settings) -> Callable[[Sequence[int]], Any]:
    def query(ids: list[int]) -> Any:
        return scoped(principal, License.filter(order_id__in=ids)).order_by("id")

    return grouped_by(query, "order_id")


# name -> the batch for a caller and the settings
BATCHES: dict[str, Callable[[Principal, Settings], Callable[[Sequence[int]], Any]]] = {
    "account": lambda principal, settings: by_id(Account),
    "order_lines": _order_lines,
    "order_licenses": _order_licenses,
}


async def order_page(
    principal: Principal, settings: Settings, order_ids: Sequence[int]
) -> tuple[list[list[Any]], list[list[Any]]]:
    """A page of orders' lines and the caller's licenses they bought, one statement each, in
    the order of `order_ids` (a list answers its fields at once instead of per row)."""
    if not order_ids:
        return [], []
    lines = await _order_lines(principal, settings)(order_ids)
    licenses = await _order_licenses(principal, settings)(order_ids)
    return lines, licenses
