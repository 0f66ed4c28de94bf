"""The invoice rules that are numbers and names, in one place."""

from __future__ import annotations

from models import InvoiceStatus
from resolvers.buying.rules import CURRENCIES, MAX_PRICE

__all__ = [
    "CURRENCIES",
    "MAX_LINES",
    "MAX_QUANTITY",
    "MAX_UNIT_PRICE",
    "MAX_DESCRIPTION",
    "MAX_NOTE",
    "PAYABLE",
    "NOT_PAYABLE",
    "REMINDER_BATCH",
]

MAX_LINES = 100  # an invoice of more lines is a typo or an attack; split it
MAX_QUANTITY = 10_000
MAX_UNIT_PRICE = MAX_PRICE  # 10^12 minor units; 100 lines x 10^4 x 10^12 still fits 64 bits
MAX_DESCRIPTION = 500
MAX_NOTE = 2000
PAYABLE = InvoiceStatus.UNPAID
# Why an invoice that is not unpaid cannot be paid: (code, message).
NOT_PAYABLE = {
    InvoiceStatus.PAID: ("INVOICE_PAID", "This invoice is already paid."),
    InvoiceStatus.CANCELLED: (
        "INVOICE_CANCELLED",
        "This invoice was cancelled; it cannot be paid.",
    ),
    InvoiceStatus.DRAFT: ("INVOICE_DRAFT", "This invoice is a draft; billing has not issued it."),
}
REMINDER_BATCH = 500  # overdue invoices claimed per transaction by the reminder job
