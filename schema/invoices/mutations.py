"""Invoice mutations: billing issues, edits drafts and cancels; buyers pay."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry
from strawberry.types import Info

from resolvers.invoices import issuing
from resolvers.invoices.issuing import InvoiceData, LineData
from resolvers.invoices.paying import pay_invoice
from schema.buying.types import Long
from schema.errors import as_result
from schema.invoices.errors import InvoicePayment, InvoiceResult, PayInvoiceResult
from schema.invoices.types import present_invoice
from schema.permissions import Allow
from schema.text_input import BODY, REASON, TITLE, URL, text, text_field

__all__ = ["InvoiceMutation", "InvoiceInput", "InvoiceLineInput"]


@strawberry.input
class InvoiceLineInput:
    description: str = text_field(TITLE)
    quantity: int
    unit_price: Long = strawberry.field(description="Minor units: 129900 is 1299.00.")
    currency: str = text_field(3, default="USD", description="One currency per invoice.")


@strawberry.input
class InvoiceInput:
    account_id: strawberry.ID
    lines: list[InvoiceLineInput]
    due_date: date
    project_id: strawberry.ID | None = strawberry.field(
        default=None, description="A project of that account."
    )
    note: str = text_field(BODY, default="")


def _data(input: InvoiceInput) -> InvoiceData:
    return InvoiceData(
        account_id=input.account_id,
        lines=[
            LineData(line.description, line.quantity, line.unit_price, line.currency)
            for line in input.lines
        ],
        due_date=input.due_date,
        project_id=input.project_id,
        note=input.note,
    )


@strawberry.type
class InvoiceMutation:
    @strawberry.mutation(
        permission_classes=[Allow("invoice.issue")],
        description="Billing: write and issue an invoice at once (numbered, mailed, immutable).",
    )
    async def issue_invoice(self, info: Info, input: InvoiceInput) -> InvoiceResult:
        work = issuing.issue_invoice(info.context.principal, _data(input))
        return await as_result(work, present_invoice)

    @strawberry.mutation(
        permission_classes=[Allow("invoice.issue")],
        description="Billing: save an invoice as a draft (staff only see it; no number yet).",
    )
    async def create_invoice_draft(self, info: Info, input: InvoiceInput) -> InvoiceResult:
        work = issuing.create_draft(info.context.principal, _data(input))
        return await as_result(work, present_invoice)

    @strawberry.mutation(
        permission_classes=[Allow("invoice.issue")],
        description="Billing: replace a draft's content; an issued invoice refuses.",
    )
    async def update_invoice_draft(
        self, info: Info, id: strawberry.ID, input: InvoiceInput
    ) -> InvoiceResult:
        work = issuing.update_draft(info.context.principal, id, _data(input))
        return await as_result(work, present_invoice)

    @strawberry.mutation(
        permission_classes=[Allow("invoice.issue")],
        description="Billing: issue a draft (numbered, mailed, immutable from then on).",
    )
    async def issue_invoice_draft(self, info: Info, id: strawberry.ID) -> InvoiceResult:
        work = issuing.issue_draft(info.context.principal, id)
        return await as_result(work, present_invoice)

    @strawberry.mutation(
        permission_classes=[Allow("invoice.cancel")],
        description="Billing: cancel a draft or an unpaid invoice; it is kept, with the reason.",
    )
    async def cancel_invoice(
        self, info: Info, id: strawberry.ID, reason: Annotated[str, text(REASON)]
    ) -> InvoiceResult:
        work = issuing.cancel_invoice(info.context.principal, id, reason)
        return await as_result(work, present_invoice)

    @strawberry.mutation(
        permission_classes=[Allow("invoice.pay")],
        description="Pay the whole invoice: a payment page of the processor (one per key).",
    )
    async def pay_invoice(
        self,
        info: Info,
        id: strawberry.ID,
        idempotency_key: Annotated[str, text(100)],
        return_url: Annotated[str | None, text(URL)] = None,
    ) -> PayInvoiceResult:
        async def work() -> InvoicePayment:
            paying = await pay_invoice(
                info.context.settings, info.context.principal, id, idempotency_key, return_url
            )
            return InvoicePayment(
                invoice=present_invoice(paying.invoice), checkout_url=paying.checkout_url
            )

        return await as_result(work())
