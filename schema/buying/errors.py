"""The buying capability's error types and the result unions of its mutations."""

from __future__ import annotations

import strawberry

from schema.buying.types import CartType, LiabilityBalanceType, OrderType, ProductType
from schema.errors import (
    ConflictError,
    ForbiddenError,
    InputError,
    LimitError,
    NotFoundError,
    error_type,
    result_union,
)
from schema.licenses.errors import NotEnoughPointsError

__all__ = [
    "CheckoutSessionType",
    "ProductResult",
    "CartResult",
    "CheckoutResult",
    "OrderResult",
    "AdjustLiabilityResult",
]

CartEmptyError = error_type("CartEmptyError", ("CART_EMPTY",), "The cart is empty.")
ProductRetiredError = error_type(
    "ProductRetiredError",
    ("PRODUCT_RETIRED",),
    "A product in the cart is no longer sold; remove its line first.",
)
TermsNotAcceptedError = error_type(
    "TermsNotAcceptedError",
    ("TERMS_NOT_ACCEPTED",),
    "Ordering needs the terms of service and the money-back policy accepted.",
)
CartProblemError = error_type(
    "CartProblemError",
    ("MIXED_CURRENCIES", "ADDON_NOT_AVAILABLE"),
    "The cart cannot become one order as it is (mixed currencies, an add-on no longer fits).",
)


@strawberry.type(name="CheckoutSession", description="The order placed, and where to pay for it.")
class CheckoutSessionType:
    order: OrderType
    checkout_url: str = strawberry.field(
        description="The payment processor's page; empty once the order is no longer unpaid."
    )


_COMMON = (NotFoundError, ForbiddenError, ConflictError, InputError)

ProductResult = result_union("ProductResult", ProductType, *_COMMON)
CartResult = result_union("CartResult", CartType, *_COMMON, LimitError)
CheckoutResult = result_union(
    "CheckoutResult",
    CheckoutSessionType,
    *_COMMON,
    CartEmptyError,
    ProductRetiredError,
    TermsNotAcceptedError,
    CartProblemError,
)
OrderResult = result_union("OrderResult", OrderType, *_COMMON)
AdjustLiabilityResult = result_union(
    "AdjustLiabilityResult", LiabilityBalanceType, *_COMMON, NotEnoughPointsError
)
