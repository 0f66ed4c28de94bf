"""Invoices (SPEC section 5): issued by billing to an account, numbered without gaps per year,
paid through the same payments and webhooks as orders.

Invoice ── InvoiceLine   (frozen once issued)
   └── Payment (models.buying: a payment belongs to an order or to an invoice)

`overdue` is not stored: it is `status = unpaid` and `due_date` before today (UTC).
"""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

__all__ = ["InvoiceStatus", "Invoice", "InvoiceLine"]


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    UNPAID = "unpaid"
    PAID = "paid"
    CANCELLED = "cancelled"


class Invoice(Model):
    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="invoices", on_delete=fields.RESTRICT
    )
    project = fields.ForeignKeyField(
        "models.Project", related_name="invoices", null=True, on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(InvoiceStatus, max_length=20, default=InvoiceStatus.DRAFT)
    # "2026-000123": taken in the issuing transaction from the locked counter row.
    number = fields.CharField(max_length=40, null=True, unique=True)
    currency = fields.CharField(max_length=3)
    total = fields.BigIntField()  # minor units, the sum of the lines, computed by the service
    note = fields.TextField(default="")
    due_date = fields.DateField()
    created_by = fields.ForeignKeyField(
        "models.User", related_name="invoices_created", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField()
    # The invoice's date: when it was issued (a draft: when it was last saved). Lists sort on it.
    dated_at = fields.DatetimeField()
    issued_at = fields.DatetimeField(null=True)
    paid_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    cancel_reason = fields.CharField(max_length=500, default="")
    # Set by the reminder job when it claims the row: one overdue reminder per invoice.
    reminded_at = fields.DatetimeField(null=True)

    class Meta:
        table = "invoice"
        indexes = (("account", "dated_at"), ("status", "due_date"), ("account", "paid_at"))


class InvoiceLine(Model):
    id = fields.IntField(primary_key=True)
    invoice = fields.ForeignKeyField(
        "models.Invoice", related_name="lines", on_delete=fields.CASCADE
    )
    position = fields.IntField()
    description = fields.CharField(max_length=500)
    quantity = fields.IntField()
    unit_price = fields.BigIntField()
    amount = fields.BigIntField()

    class Meta:
        table = "invoice_line"
        unique_together = (("invoice", "position"),)
