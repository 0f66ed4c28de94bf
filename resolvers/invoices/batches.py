"""Batch loads of invoices: keys in, one value per key out, in key order (see
`resolvers/batches.py`); `schema/invoices/loaders.py` wraps them in per-request DataLoaders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from accountdesk.settings import Settings
from models import Account, InvoiceLine, Project
from resolvers.batches import by_id, grouped_by
from resolvers.identity import Principal
from resolvers.invoices.reads import visible

__all__ = ["BATCHES", "invoice_page_lines"]


def _lines(principal: Principal, settings: Settings) -> Callable[[Sequence[int]], Any]:
    def query(ids: list[int]) -> Any:
        return InvoiceLine.filter(invoice_id__in=ids).order_by("invoice_id", "position")

    return grouped_by(query, "invoice_id")


def _project_invoices(principal: Principal, settings: Settings) -> Callable[[Sequence[int]], Any]:
    """A project's invoices the caller may read (no drafts for customers), newest first."""

    def query(ids: list[int]) -> Any:
        return visible(principal).filter(project_id__in=ids).order_by("-dated_at", "-id")

    return grouped_by(query, "project_id")


# name -> the batch for a caller and the settings
BATCHES: dict[str, Callable[[Principal, Settings], Callable[[Sequence[int]], Any]]] = {
    "account": lambda principal, settings: by_id(Account),
    "project": lambda principal, settings: by_id(Project),
    "lines": _lines,
    "project_invoices": _project_invoices,
}


async def invoice_page_lines(
    principal: Principal, settings: Settings, invoice_ids: Sequence[int]
) -> list[list[Any]]:
    """A page of invoices' lines in one statement, in the order of `invoice_ids` (the list then
    answers `lines` at once instead of an awaitable per row, as the orders list does)."""
    if not invoice_ids:
        return []
    return await _lines(principal, settings)(invoice_ids)
