"""Reading invoices. Customers see their account's issued invoices (never drafts), newest
first; staff see every account's, drafts included, and may narrow to one account. Another
account's invoice is NOT_FOUND, like a missing one.

`overdue` is computed, never stored: unpaid with a due date before today (UTC).
"""

from __future__ import annotations

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from models import Invoice, InvoiceStatus
from resolvers import clock
from resolvers.errors import NotFound
from resolvers.identity import Principal
from resolvers.ids import id_or_none, parse_id
from resolvers.pagination import Page, keyset_page
from resolvers.scope import scoped

__all__ = ["is_overdue", "visible", "list_invoices", "get_invoice"]


def is_overdue(invoice: Invoice) -> bool:
    return invoice.status is InvoiceStatus.UNPAID and invoice.due_date < clock.now().date()


def _overdue_q() -> Q:
    return Q(status=InvoiceStatus.UNPAID, due_date__lt=clock.now().date())


def visible(principal: Principal) -> QuerySet:
    query = scoped(principal, Invoice.all())
    if not principal.is_staff:
        query = query.exclude(status=InvoiceStatus.DRAFT)
    return query


async def list_invoices(
    principal: Principal,
    first: int,
    after: str | None,
    status: InvoiceStatus | None = None,
    overdue: bool | None = None,
    project_id: int | str | None = None,
    account_id: int | str | None = None,
) -> Page:
    query = visible(principal)
    if status is not None:
        query = query.filter(status=status)
    if overdue is not None:
        query = query.filter(_overdue_q() if overdue else ~_overdue_q())
    # A filter on an id that cannot exist matches nothing (id 0 is never given out)
    if project_id is not None:
        query = query.filter(project_id=id_or_none(project_id) or 0)
    if account_id is not None and principal.is_staff:
        query = query.filter(account_id=id_or_none(account_id) or 0)
    return await keyset_page(
        query,
        first,
        after,
        order=[("dated_at", True)],
    )


async def get_invoice(principal: Principal, invoice_id: int | str) -> Invoice:
    found = await visible(principal).filter(id=parse_id(invoice_id, "invoice")).first()
    if found is None:
        raise NotFound("No such invoice.")
    return found
