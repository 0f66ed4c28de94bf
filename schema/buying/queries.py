"""The read side of buying: catalog, cart, orders, liabilities."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from resolvers.buying import cart, catalog, ledger, orders
from resolvers.errors import NotFound
from resolvers.pagination import check_first
from schema.buying.types import (
    CartType,
    LiabilityBalanceType,
    LiabilityEntryType,
    OrderStatusEnum,
    OrderType,
    ProductKindEnum,
    ProductType,
    present_balance,
    present_cart,
    present_entry,
    present_order,
    present_orders,
    present_product,
)
from schema.pagination import Connection, connection
from schema.permissions import Allow

__all__ = ["BuyingQuery", "ProductFilter", "OrderFilter"]


@strawberry.input
class ProductFilter:
    kind: ProductKindEnum | None = None
    brand: str | None = strawberry.field(default=None, description="A brand code, e.g. xcart5.")
    include_retired: bool = strawberry.field(default=False, description="Staff only.")


@strawberry.input
class OrderFilter:
    status: OrderStatusEnum | None = None
    awaiting_verification: bool | None = None


@strawberry.type(name="Liabilities")
class LiabilitiesType:
    account_id: strawberry.Private[int | None]
    balances: list[LiabilityBalanceType]

    @strawberry.field(description="The ledger, newest first.")
    async def entries(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Connection[LiabilityEntryType]:
        check_first(first, info.context.settings.max_page_size)
        page = await ledger.entries(info.context.principal, first, after, self.account_id)
        return connection(page, present_entry)


@strawberry.type
class BuyingQuery:
    @strawberry.field(permission_classes=[Allow("catalog.read")])
    async def products(
        self,
        info: Info,
        filter: ProductFilter | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[ProductType]:
        check_first(first, info.context.settings.max_page_size)
        chosen = filter or ProductFilter()
        page = await catalog.list_products(
            info.context.principal, first, after, chosen.kind, chosen.brand, chosen.include_retired
        )
        return connection(page, present_product)

    @strawberry.field(permission_classes=[Allow("catalog.read")])
    async def product(self, info: Info, id: strawberry.ID) -> ProductType | None:
        try:
            return present_product(await catalog.get_product(info.context.principal, id))
        except NotFound:
            return None

    @strawberry.field(permission_classes=[Allow("cart.manage")])
    async def cart(self, info: Info) -> CartType:
        return present_cart(await cart.cart_lines(info.context.principal))

    @strawberry.field(
        permission_classes=[Allow("order.read")],
        description="Newest first; staff without a filter: awaiting verification first.",
    )
    async def orders(
        self,
        info: Info,
        filter: OrderFilter | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[OrderType]:
        check_first(first, info.context.settings.max_page_size)
        chosen = filter or OrderFilter()
        page = await orders.list_orders(
            info.context.principal, first, after, chosen.status, chosen.awaiting_verification
        )
        presented = await present_orders(info, page.items)
        return connection(page, lambda order: presented[order.id])

    @strawberry.field(permission_classes=[Allow("order.read")])
    async def order(self, info: Info, id: strawberry.ID) -> OrderType | None:
        try:
            return present_order(await orders.get_order(info.context.principal, id))
        except NotFound:
            return None

    @strawberry.field(
        permission_classes=[Allow("liability.read")],
        description="Tech-support points and prepaid services; staff name the account.",
    )
    async def liabilities(
        self, info: Info, account_id: strawberry.ID | None = None
    ) -> LiabilitiesType:
        principal = info.context.principal
        rows = await ledger.balances(principal, account_id)
        chosen = int(account_id) if principal.is_staff and account_id else None
        return LiabilitiesType(account_id=chosen, balances=[present_balance(r) for r in rows])
