"""The invoices capability's error types and the result unions of its mutations."""

from __future__ import annotations

import strawberry

from schema.errors import (
    ConflictError,
    ForbiddenError,
    InputError,
    NotFoundError,
    error_type,
    result_union,
)
from schema.invoices.types import InvoiceType

__all__ = ["InvoicePayment", "InvoiceResult", "PayInvoiceResult"]

InvoiceNotPayableError = error_type(
    "InvoiceNotPayableError",
    ("INVOICE_PAID", "INVOICE_CANCELLED", "INVOICE_DRAFT"),
    "The invoice cannot be paid: it is already paid, cancelled, or still a draft.",
)


@strawberry.type(description="The invoice, and where to pay it.")
class InvoicePayment:
    invoice: InvoiceType
    checkout_url: str = strawberry.field(description="The payment processor's page.")


_COMMON = (NotFoundError, ForbiddenError, ConflictError, InputError)

InvoiceResult = result_union("InvoiceResult", InvoiceType, *_COMMON)
PayInvoiceResult = result_union(
    "PayInvoiceResult", InvoicePayment, *_COMMON, InvoiceNotPayableError
)
