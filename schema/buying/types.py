"""What products, carts, orders and liabilities look like to their readers."""

from __future__ import annotations

from datetime import datetime
from typing import NewType

import strawberry
from strawberry.types import Info

from models import (
    Brand,
    CartLine,
    LiabilityBalance,
    LiabilityEntry,
    Order,
    OrderStatus,
    Product,
    ProductKind,
)
from resolvers.buying.batches import order_page
from resolvers.buying.mails import money
from resolvers.storage import sign_link
from schema.accounts import AccountInfo
from schema.buying.loaders import buying_loader
from schema.direct import direct
from schema.licenses.types import BrandType, LicenseType, present_license
from schema.loaders import load_by_id

__all__ = [
    "Long",
    "MoneyType",
    "ProductKindEnum",
    "OrderStatusEnum",
    "ProductType",
    "CartType",
    "OrderType",
    "LiabilityBalanceType",
    "LiabilityEntryType",
    "present_product",
    "present_cart",
    "present_order",
    "present_orders",
    "present_balance",
    "present_entry",
]


def _long(value: object) -> int:
    number = int(value)  # type: ignore[arg-type]
    if isinstance(value, bool) or not -(2**63) <= number < 2**63:
        raise ValueError("Long is a 64-bit integer")
    return number


Long = strawberry.scalar(
    NewType("Long", int),
    serialize=int,
    parse_value=_long,
    description="A 64-bit integer (money in minor units: 129900 is 1299.00).",
)
ProductKindEnum = strawberry.enum(ProductKind, name="ProductKind")
OrderStatusEnum = strawberry.enum(OrderStatus, name="OrderStatus")


@strawberry.type(
    name="Money", description="An amount in minor units (cents) of a currency; never a float."
)
class MoneyType:
    amount: Long
    currency: str

    @strawberry.field(description="For people: 1299.00 USD.")
    def formatted(self) -> str:
        return money(self.amount, self.currency)


@strawberry.type(name="Product")
class ProductType:
    id: strawberry.ID
    code: str
    kind: ProductKindEnum
    name: str
    description: str
    price: MoneyType
    points: int
    retired: bool
    brand_id: strawberry.Private[int | None]

    @strawberry.field
    async def brand(self, info: Info) -> BrandType | None:
        found = await load_by_id(info, Brand, self.brand_id)
        return BrandType.from_model(found) if found else None


def present_product(product: Product) -> ProductType:
    return ProductType(
        id=strawberry.ID(str(product.id)),
        code=product.code,
        kind=product.kind,
        name=product.name,
        description=product.description,
        price=MoneyType(amount=product.price, currency=product.currency),
        points=product.points,
        retired=product.retired_at is not None,
        brand_id=product.brand_id,
    )


@strawberry.type(name="CartLine")
class CartLineType:
    id: strawberry.ID
    product: ProductType
    quantity: int
    amount: MoneyType
    license_id: strawberry.ID | None = strawberry.field(description="Add-ons: the license.")
    retired: bool = strawberry.field(description="No longer sold: remove it to check out.")


@strawberry.type(name="Cart")
class CartType:
    lines: list[CartLineType]
    totals: list[MoneyType] = strawberry.field(description="One per currency in the cart.")
    needs_store_url: bool = strawberry.field(description="Software in the cart: checkout asks.")


def present_cart(lines: list[CartLine]) -> CartType:
    totals: dict[str, int] = {}
    presented = []
    for line in lines:
        product = line.product
        amount = product.price * line.quantity
        totals[product.currency] = totals.get(product.currency, 0) + amount
        presented.append(
            CartLineType(
                id=strawberry.ID(str(line.id)),
                product=present_product(product),
                quantity=line.quantity,
                amount=MoneyType(amount=amount, currency=product.currency),
                license_id=strawberry.ID(str(line.license_id)) if line.license_id else None,
                retired=product.retired_at is not None,
            )
        )
    return CartType(
        lines=presented,
        totals=[MoneyType(amount=a, currency=c) for c, a in sorted(totals.items())],
        needs_store_url=any(line.product.kind is ProductKind.LICENSE for line in lines),
    )


@strawberry.type(name="OrderLine")
class OrderLineType:
    name: str = strawberry.field(description="As it was when ordered.")
    kind: ProductKindEnum
    quantity: int
    unit_price: MoneyType
    amount: MoneyType
    points: int
    license_id: strawberry.ID | None


@strawberry.type(name="Order")
class OrderType:
    id: strawberry.ID
    status: OrderStatusEnum
    total: MoneyType
    store_url: str
    created_at: datetime
    paid_at: datetime | None
    receipt_number: str | None
    awaiting_verification: bool
    verified_at: datetime | None
    terms_version: str
    terms_accepted_at: datetime
    money_back_accepted_at: datetime
    account_id: strawberry.Private[int]
    # Set by a list that loaded a whole page's lines and licenses up front (see `present_orders`):
    # the fields then answer at once instead of an awaitable per row.
    prefetched_lines: strawberry.Private[list | None] = None
    prefetched_licenses: strawberry.Private[list | None] = None

    @strawberry.field
    async def account(self, info: Info) -> AccountInfo:
        found = await buying_loader(info, "account").load(self.account_id)
        return AccountInfo.from_model(found)

    @strawberry.field
    @direct
    def lines(self, info: Info) -> list[OrderLineType]:
        if self.prefetched_lines is not None:
            return self._present_lines(self.prefetched_lines)

        async def later() -> list[OrderLineType]:
            rows = await buying_loader(info, "order_lines").load(int(self.id))
            return self._present_lines(rows)

        return later()  # type: ignore[return-value]

    def _present_lines(self, rows: list) -> list[OrderLineType]:
        currency = self.total.currency
        return [
            OrderLineType(
                name=row.name,
                kind=row.kind,
                quantity=row.quantity,
                unit_price=MoneyType(amount=row.unit_price, currency=currency),
                amount=MoneyType(amount=row.amount, currency=currency),
                points=row.points,
                license_id=strawberry.ID(str(row.license_id)) if row.license_id else None,
            )
            for row in rows
        ]

    @strawberry.field(description="Licenses this order bought (pending until verified).")
    @direct
    def licenses(self, info: Info) -> list[LicenseType]:
        principal = info.context.principal
        if self.prefetched_licenses is not None:
            return [present_license(row, principal) for row in self.prefetched_licenses]

        async def later() -> list[LicenseType]:
            rows = await buying_loader(info, "order_licenses").load(int(self.id))
            return [present_license(row, principal) for row in rows]

        return later()  # type: ignore[return-value]

    @strawberry.field(description="The receipt PDF: a signed link for you, valid a few minutes.")
    def receipt_url(self, info: Info) -> str | None:
        user_id = info.context.principal.user_id
        if self.receipt_number is None or user_id is None:
            return None
        return sign_link(info.context.settings, "receipt", int(self.id), user_id)


async def present_orders(info: Info, orders: list[Order]) -> dict[int, OrderType]:
    """A page of orders with their lines and licenses loaded in one statement each."""
    context = info.context
    ids = [order.id for order in orders]
    lines, licenses = await order_page(context.principal, context.settings, ids)
    presented = {}
    for order, order_lines, order_licenses in zip(orders, lines, licenses, strict=True):
        item = present_order(order)
        item.prefetched_lines = order_lines
        item.prefetched_licenses = order_licenses
        presented[order.id] = item
    return presented


def present_order(order: Order) -> OrderType:
    return OrderType(
        id=strawberry.ID(str(order.id)),
        status=order.status,
        total=MoneyType(amount=order.total, currency=order.currency),
        store_url=order.store_url,
        created_at=order.created_at,
        paid_at=order.paid_at,
        receipt_number=order.receipt_number,
        awaiting_verification=bool(order.awaiting_verification),
        verified_at=order.verified_at,
        terms_version=order.terms_version,
        terms_accepted_at=order.terms_accepted_at,
        money_back_accepted_at=order.money_back_accepted_at,
        account_id=order.account_id,
    )


@strawberry.type(name="LiabilityBalance")
class LiabilityBalanceType:
    account_id: strawberry.ID
    unit: str = strawberry.field(description="`points`, or `service:<product code>`.")
    balance: Long


def present_balance(row: LiabilityBalance) -> LiabilityBalanceType:
    return LiabilityBalanceType(
        account_id=strawberry.ID(str(row.account_id)), unit=row.unit, balance=row.balance
    )


@strawberry.type(name="LiabilityEntry")
class LiabilityEntryType:
    unit: str
    amount: Long = strawberry.field(description="Credit above zero, debit below.")
    kind: str
    note: str
    at: datetime
    order_id: strawberry.ID | None


def present_entry(row: LiabilityEntry) -> LiabilityEntryType:
    return LiabilityEntryType(
        unit=row.unit,
        amount=row.amount,
        kind=row.kind,
        note=row.note,
        at=row.at,
        order_id=strawberry.ID(str(row.order_id)) if row.order_id else None,
    )
