"""The read side of invoices: the list, one invoice, and purchases."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from resolvers.errors import NotFound
from resolvers.invoices import purchases, reads
from resolvers.pagination import check_first
from schema.invoices.types import (
    InvoiceStatusEnum,
    InvoiceType,
    PurchaseType,
    present_invoice,
    present_invoices,
    present_purchase,
)
from schema.pagination import Connection, connection
from schema.permissions import Allow
from schema.text_input import CURSOR, text

__all__ = ["InvoiceQuery", "InvoiceFilter"]


@strawberry.input
class InvoiceFilter:
    status: InvoiceStatusEnum | None = None
    overdue: bool | None = strawberry.field(default=None, description="Unpaid and past due.")
    project_id: strawberry.ID | None = None
    account_id: strawberry.ID | None = strawberry.field(default=None, description="Staff only.")


@strawberry.type
class InvoiceQuery:
    @strawberry.field(
        permission_classes=[Allow("invoice.read")],
        description="Newest first. Customers: their account's issued invoices; staff: all.",
    )
    async def invoices(
        self,
        info: Info,
        filter: InvoiceFilter | None = None,
        first: int = 20,
        after: Annotated[str | None, text(CURSOR)] = None,
    ) -> Connection[InvoiceType]:
        check_first(first, info.context.settings.max_page_size)
        chosen = filter or InvoiceFilter()
        page = await reads.list_invoices(
            info.context.principal,
            first,
            after,
            chosen.status,
            chosen.overdue,
            chosen.project_id,
            chosen.account_id,
        )
        presented = await present_invoices(info, page.items)
        return connection(page, lambda invoice: presented[invoice.id])

    @strawberry.field(permission_classes=[Allow("invoice.read")])
    async def invoice(self, info: Info, id: strawberry.ID) -> InvoiceType | None:
        try:
            return present_invoice(await reads.get_invoice(info.context.principal, id))
        except NotFound:
            return None

    @strawberry.field(
        permission_classes=[Allow("purchase.read")],
        description="Paid orders and paid invoices of the account, newest first.",
    )
    async def purchases(
        self, info: Info, first: int = 20, after: Annotated[str | None, text(CURSOR)] = None
    ) -> Connection[PurchaseType]:
        check_first(first, info.context.settings.max_page_size)
        page = await purchases.list_purchases(info.context.principal, first, after)
        return connection(page, present_purchase)
