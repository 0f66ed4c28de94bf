"""Buying (SPEC section 5): the catalog, carts, orders, payments and their webhooks, numbered
documents.

Product ── CartLine (an account's cart)
   └── OrderLine ── Order ── Payment ── PaymentEvent   (one row per processor event id)
DocumentCounter   one row per (kind, year): receipt numbers now, invoice numbers later

A payment belongs to an order or to an invoice (models.invoices): exactly one of the two.
"""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

__all__ = [
    "ProductKind",
    "OrderStatus",
    "PaymentStatus",
    "Product",
    "CartLine",
    "Order",
    "OrderLine",
    "Payment",
    "PaymentEvent",
    "DocumentCounter",
]


class ProductKind(StrEnum):
    LICENSE = "license"
    ADDON = "addon"
    POINTS = "points"
    SERVICE = "service"


class OrderStatus(StrEnum):
    AWAITING_PAYMENT = "awaiting_payment"
    PAID = "paid"
    FAILED = "failed"
    CANCELLED = "cancelled"


class PaymentStatus(StrEnum):
    PENDING = "pending"
    PAID = "paid"
    FAILED = "failed"


class Product(Model):
    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=60, unique=True)
    kind = fields.CharEnumField(ProductKind, max_length=20)
    name = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    # Licenses and add-ons belong to a brand; points and services do not.
    brand = fields.ForeignKeyField(
        "models.Brand", related_name="products", null=True, on_delete=fields.RESTRICT
    )
    price = fields.BigIntField()  # minor units of `currency`
    currency = fields.CharField(max_length=3, default="USD")
    points = fields.IntField(default=0)  # point packs: points credited per unit
    # Services: the first message of the sales ticket the purchase opens.
    ticket_text = fields.TextField(default="")
    retired_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "product"


class CartLine(Model):
    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="cart_lines", on_delete=fields.CASCADE
    )
    product = fields.ForeignKeyField(
        "models.Product", related_name="cart_lines", on_delete=fields.CASCADE
    )
    # Add-ons: the license they are bought for.
    license = fields.ForeignKeyField(
        "models.License", related_name="cart_lines", null=True, on_delete=fields.CASCADE
    )
    # "<account>:<product>:<license or 0>": one line per product (and license) per cart,
    # even when two requests add it at once (a nullable column would let NULLs repeat).
    line_key = fields.CharField(max_length=60, unique=True)
    quantity = fields.IntField(default=1)
    added_by = fields.ForeignKeyField(
        "models.User", related_name="cart_lines", null=True, on_delete=fields.SET_NULL
    )
    added_at = fields.DatetimeField()

    class Meta:
        table = "cart_line"


class Order(Model):
    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="orders", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(OrderStatus, max_length=20, default=OrderStatus.AWAITING_PAYMENT)
    # "<account>:<client key>": one order per key, whatever the race.
    idempotency_key = fields.CharField(max_length=160, unique=True)
    currency = fields.CharField(max_length=3)
    total = fields.BigIntField()
    store_url = fields.CharField(max_length=500, default="")
    created_by = fields.ForeignKeyField(
        "models.User", related_name="orders", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField()
    # The acceptances, stored with the order: when, which terms, who.
    terms_version = fields.CharField(max_length=40)
    terms_accepted_at = fields.DatetimeField()
    money_back_accepted_at = fields.DatetimeField()
    paid_at = fields.DatetimeField(null=True)
    receipt_number = fields.CharField(max_length=40, null=True, unique=True)
    # Paid orders with software wait for billing; 1 sorts them first in billing's list.
    awaiting_verification = fields.IntField(default=0)
    verified_at = fields.DatetimeField(null=True)
    verified_by = fields.ForeignKeyField(
        "models.User", related_name="verified_orders", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "order"
        indexes = (("account", "created_at"), ("awaiting_verification", "created_at"))


class OrderLine(Model):
    """A line frozen at checkout: name and price as they were, whatever the catalog does later."""

    id = fields.BigIntField(primary_key=True)
    order = fields.ForeignKeyField("models.Order", related_name="lines", on_delete=fields.CASCADE)
    product = fields.ForeignKeyField(
        "models.Product", related_name="order_lines", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(ProductKind, max_length=20)
    name = fields.CharField(max_length=200)
    unit_price = fields.BigIntField()
    quantity = fields.IntField()
    amount = fields.BigIntField()
    points = fields.IntField(default=0)
    # Add-ons: the license they join.
    license = fields.ForeignKeyField(
        "models.License", related_name="order_lines", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "order_line"


class Payment(Model):
    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="payments", on_delete=fields.RESTRICT
    )
    order = fields.ForeignKeyField(
        "models.Order", related_name="payments", null=True, on_delete=fields.RESTRICT
    )
    invoice = fields.ForeignKeyField(
        "models.Invoice", related_name="payments", null=True, on_delete=fields.RESTRICT
    )
    # Invoices: "<invoice>:<client key>", so a repeated payInvoice finds its payment.
    idempotency_key = fields.CharField(max_length=160, null=True, unique=True)
    processor = fields.CharField(max_length=20)
    # The processor's transaction (sandbox: a random reference; Stripe: the session id).
    reference = fields.CharField(max_length=200, unique=True)
    amount = fields.BigIntField()
    currency = fields.CharField(max_length=3)
    status = fields.CharEnumField(PaymentStatus, max_length=10, default=PaymentStatus.PENDING)
    checkout_url = fields.CharField(max_length=1000, default="")
    return_url = fields.CharField(max_length=1000, default="")
    created_at = fields.DatetimeField()
    completed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "payment"


class PaymentEvent(Model):
    """Append-only: one row per processor event, written in the transaction of its effect."""

    id = fields.BigIntField(primary_key=True)
    # "<processor>:<event id>": a redelivered event finds its row and changes nothing.
    event_key = fields.CharField(max_length=250, unique=True)
    payment = fields.ForeignKeyField(
        "models.Payment", related_name="events", on_delete=fields.RESTRICT
    )
    kind = fields.CharField(max_length=20)
    amount = fields.BigIntField()
    currency = fields.CharField(max_length=3)
    # applied, ignored (a late or repeated outcome), mismatch (amount or currency)
    outcome = fields.CharField(max_length=20)
    detail = fields.CharField(max_length=500, default="")
    received_at = fields.DatetimeField()

    class Meta:
        table = "payment_event"


class DocumentCounter(Model):
    """Numbers of printable documents: one row per (kind, year), e.g. "receipt:2026"."""

    name = fields.CharField(max_length=40, primary_key=True)
    value = fields.BigIntField()

    class Meta:
        table = "document_counter"
