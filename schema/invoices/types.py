"""What invoices and purchases look like to their readers."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry
from strawberry.types import Info

from models import Invoice, InvoiceStatus
from resolvers.invoices import reads
from resolvers.invoices.batches import invoice_page_lines
from resolvers.invoices.purchases import Purchase
from resolvers.storage import sign_link
from schema.accounts import AccountInfo
from schema.buying.types import MoneyType, OrderType, present_order
from schema.direct import direct
from schema.invoices.loaders import invoice_loader
from schema.projects import ProjectType

__all__ = [
    "InvoiceStatusEnum",
    "InvoiceType",
    "InvoiceLineType",
    "PurchaseType",
    "present_invoice",
    "present_invoices",
    "present_purchase",
]

InvoiceStatusEnum = strawberry.enum(InvoiceStatus, name="InvoiceStatus")


@strawberry.enum(name="PurchaseKind")
class PurchaseKindEnum(Enum):
    ORDER = "order"
    INVOICE = "invoice"


@strawberry.type(name="InvoiceLine")
class InvoiceLineType:
    position: int
    description: str
    quantity: int
    unit_price: MoneyType
    amount: MoneyType


def _signed(info: Info, kind: str, object_id: int) -> str | None:
    user_id = info.context.principal.user_id
    if user_id is None:  # an API token reads data, not documents
        return None
    return sign_link(info.context.settings, kind, object_id, user_id)


@strawberry.type(name="Invoice")
class InvoiceType:
    id: strawberry.ID
    number: str | None = strawberry.field(description="YYYY-NNNNNN, given when issued.")
    status: InvoiceStatusEnum
    overdue: bool = strawberry.field(description="Unpaid and past its due date (not stored).")
    total: MoneyType
    due_date: date
    note: str
    created_at: datetime
    dated_at: datetime = strawberry.field(
        description="Issued (a draft: last saved); lists sort on it."
    )
    issued_at: datetime | None
    paid_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str
    account_id: strawberry.Private[int]
    project_id: strawberry.Private[int | None]
    # Set by the list, which loads a whole page's lines up front (see `present_invoices`).
    prefetched_lines: strawberry.Private[list | None] = None

    @strawberry.field
    async def account(self, info: Info) -> AccountInfo:
        return AccountInfo.from_model(await invoice_loader(info, "account").load(self.account_id))

    @strawberry.field
    async def project(self, info: Info) -> ProjectType | None:
        if self.project_id is None:
            return None
        found = await invoice_loader(info, "project").load(self.project_id)
        return ProjectType.from_model(found) if found else None

    @strawberry.field
    @direct
    def lines(self, info: Info) -> list[InvoiceLineType]:
        if self.prefetched_lines is not None:
            return self._present_lines(self.prefetched_lines)

        async def later() -> list[InvoiceLineType]:
            return self._present_lines(await invoice_loader(info, "lines").load(int(self.id)))

        return later()  # type: ignore[return-value]

    def _present_lines(self, rows: list) -> list[InvoiceLineType]:
        currency = self.total.currency
        return [
            InvoiceLineType(
                position=row.position,
                description=row.description,
                quantity=row.quantity,
                unit_price=MoneyType(amount=row.unit_price, currency=currency),
                amount=MoneyType(amount=row.amount, currency=currency),
            )
            for row in rows
        ]

    @strawberry.field(description="The PDF: a signed link for you, valid a few minutes.")
    def pdf_url(self, info: Info) -> str | None:
        return _signed(info, "invoice", int(self.id)) if self.number else None


async def present_invoices(info: Info, invoices: list[Invoice]) -> dict[int, InvoiceType]:
    """A page of invoices with their lines loaded in one statement."""
    context = info.context
    ids = [invoice.id for invoice in invoices]
    lines = await invoice_page_lines(context.principal, context.settings, ids)
    presented = {}
    for invoice, invoice_lines in zip(invoices, lines, strict=True):
        item = present_invoice(invoice)
        item.prefetched_lines = invoice_lines
        presented[invoice.id] = item
    return presented


def present_invoice(invoice: Invoice) -> InvoiceType:
    return InvoiceType(
        id=strawberry.ID(str(invoice.id)),
        number=invoice.number,
        status=invoice.status,
        overdue=reads.is_overdue(invoice),
        total=MoneyType(amount=invoice.total, currency=invoice.currency),
        due_date=invoice.due_date,
        note=invoice.note,
        created_at=invoice.created_at,
        dated_at=invoice.dated_at,
        issued_at=invoice.issued_at,
        paid_at=invoice.paid_at,
        cancelled_at=invoice.cancelled_at,
        cancel_reason=invoice.cancel_reason,
        account_id=invoice.account_id,
        project_id=invoice.project_id,
    )


@strawberry.type(name="Purchase", description="A paid order or a paid invoice.")
class PurchaseType:
    kind: PurchaseKindEnum
    paid_at: datetime
    number: str = strawberry.field(description="The receipt's or the invoice's number.")
    total: MoneyType
    order: OrderType | None
    invoice: InvoiceType | None
    document_kind: strawberry.Private[str]
    object_id: strawberry.Private[int]

    @strawberry.field(description="The receipt or invoice PDF: a signed link, valid a few minutes.")
    def document_url(self, info: Info) -> str | None:
        return _signed(info, self.document_kind, self.object_id)


def present_purchase(purchase: Purchase) -> PurchaseType:
    row = purchase.row
    is_order = purchase.kind == "order"
    return PurchaseType(
        kind=PurchaseKindEnum(purchase.kind),
        paid_at=purchase.paid_at,
        number=(row.receipt_number if is_order else row.number) or "",
        total=MoneyType(amount=row.total, currency=row.currency),
        order=present_order(row) if is_order else None,
        invoice=None if is_order else present_invoice(row),
        document_kind="receipt" if is_order else "invoice",
        object_id=row.id,
    )
