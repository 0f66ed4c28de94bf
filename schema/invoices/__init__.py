"""Invoices and purchases (SPEC section 5)."""

from schema.invoices.mutations import InvoiceMutation
from schema.invoices.queries import InvoiceQuery

__all__ = ["InvoiceMutation", "InvoiceQuery"]
