"""Buying's mutations: catalog (staff), cart and checkout (buyers), verification and
adjustments (billing)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from models import Product
from resolvers.buying import cart, catalog, ledger, orders
from resolvers.buying.catalog import ProductData
from resolvers.buying.checkout import MAX_KEY, CheckoutRequest, checkout
from resolvers.buying.ledger import MAX_REASON
from schema.buying.errors import (
    AdjustLiabilityResult,
    CartResult,
    CheckoutResult,
    CheckoutSessionType,
    OrderResult,
    ProductResult,
)
from schema.buying.types import (
    Long,
    ProductKindEnum,
    present_balance,
    present_cart,
    present_order,
    present_product,
)
from schema.errors import as_result
from schema.permissions import Allow
from schema.text_input import BODY, CODE, NAME, URL, text_field

__all__ = ["BuyingMutation"]

PRODUCT_CODE = Product._meta.fields_map["code"].max_length


@strawberry.input
class ProductInput:
    kind: ProductKindEnum
    code: str = text_field(PRODUCT_CODE)
    name: str = text_field(NAME)
    price: Long = strawberry.field(description="Minor units: 129900 is 1299.00.")
    currency: str = text_field(CODE, default="USD")
    brand: str | None = text_field(CODE, default=None, description="Licenses and add-ons.")
    description: str = text_field(BODY, default="")
    points: int = strawberry.field(default=0, description="Point packs: points per unit.")
    ticket_text: str = text_field(
        BODY,
        default="",
        description="Services: the first message of the ticket the purchase opens.",
    )


@strawberry.input
class CheckoutInput:
    idempotency_key: str = text_field(
        MAX_KEY,
        description="Your key for this attempt (8-100 characters): a retry gets the same order.",
    )
    accept_terms: bool
    accept_money_back: bool
    store_url: str | None = text_field(URL, default=None, description="Needed for software.")
    return_url: str | None = text_field(
        URL,
        default=None,
        description="Where the payment page sends the buyer back (allowed origins).",
    )


@strawberry.input
class AdjustLiabilityInput:
    account_id: strawberry.ID
    unit: str = text_field(NAME, default="points", description="`points` or `service:<code>`.")
    amount: int = strawberry.field(description="Signed: above zero credits, below debits.")
    reason: str = text_field(MAX_REASON)


def _data(input: ProductInput) -> ProductData:
    return ProductData(
        kind=input.kind,
        code=input.code.strip(),
        name=input.name,
        price=input.price,
        currency=input.currency.strip().upper(),
        brand=input.brand,
        description=input.description,
        points=input.points,
        ticket_text=input.ticket_text,
    )


@strawberry.type
class BuyingMutation:
    @strawberry.mutation(permission_classes=[Allow("catalog.manage")])
    async def create_product(self, info: Info, input: ProductInput) -> ProductResult:
        work = catalog.create_product(info.context.principal, _data(input))
        return await as_result(work, present_product)

    @strawberry.mutation(permission_classes=[Allow("catalog.manage")])
    async def update_product(
        self, info: Info, id: strawberry.ID, input: ProductInput
    ) -> ProductResult:
        work = catalog.update_product(info.context.principal, id, _data(input))
        return await as_result(work, present_product)

    @strawberry.mutation(
        permission_classes=[Allow("catalog.manage")],
        description="No longer sold; stays on old orders, flagged in carts.",
    )
    async def retire_product(self, info: Info, id: strawberry.ID) -> ProductResult:
        work = catalog.retire_product(info.context.principal, id)
        return await as_result(work, present_product)

    @strawberry.mutation(permission_classes=[Allow("cart.manage")])
    async def add_to_cart(
        self,
        info: Info,
        product_id: strawberry.ID,
        quantity: int = 1,
        license_id: strawberry.ID | None = None,
    ) -> CartResult:
        work = cart.add_to_cart(info.context.principal, product_id, quantity, license_id)
        return await as_result(work, present_cart)

    @strawberry.mutation(permission_classes=[Allow("cart.manage")])
    async def set_cart_quantity(
        self, info: Info, line_id: strawberry.ID, quantity: int
    ) -> CartResult:
        work = cart.set_cart_quantity(info.context.principal, line_id, quantity)
        return await as_result(work, present_cart)

    @strawberry.mutation(permission_classes=[Allow("cart.manage")])
    async def remove_from_cart(self, info: Info, line_id: strawberry.ID) -> CartResult:
        work = cart.remove_from_cart(info.context.principal, line_id)
        return await as_result(work, present_cart)

    @strawberry.mutation(
        permission_classes=[Allow("cart.manage")],
        description="'Add more to this license': the add-ons go to the cart for that license.",
    )
    async def add_addons_to_license(
        self, info: Info, license_id: strawberry.ID, addon_ids: list[strawberry.ID]
    ) -> CartResult:
        work = cart.add_addons_to_license(info.context.principal, license_id, addon_ids)
        return await as_result(work, present_cart)

    @strawberry.mutation(
        permission_classes=[Allow("order.checkout")],
        description="The cart becomes an order (one per idempotency key) and a payment page.",
    )
    async def checkout(self, info: Info, input: CheckoutInput) -> CheckoutResult:
        request = CheckoutRequest(
            idempotency_key=input.idempotency_key,
            accept_terms=input.accept_terms,
            accept_money_back=input.accept_money_back,
            store_url=input.store_url,
            return_url=input.return_url,
        )

        async def work() -> CheckoutSessionType:
            placed = await checkout(info.context.settings, info.context.principal, request)
            return CheckoutSessionType(
                order=present_order(placed.order), checkout_url=placed.checkout_url
            )

        return await as_result(work())

    @strawberry.mutation(
        permission_classes=[Allow("order.verify")],
        description="Billing: the paid order's pending licenses become active.",
    )
    async def verify_order(self, info: Info, id: strawberry.ID) -> OrderResult:
        return await as_result(orders.verify_order(info.context.principal, id), present_order)

    @strawberry.mutation(
        permission_classes=[Allow("liability.adjust")],
        description="Billing: correct a balance, with a reason; never below zero.",
    )
    async def adjust_liability(
        self, info: Info, input: AdjustLiabilityInput
    ) -> AdjustLiabilityResult:
        work = ledger.adjust(
            info.context.principal, input.account_id, input.unit, input.amount, input.reason
        )
        return await as_result(work, present_balance)
