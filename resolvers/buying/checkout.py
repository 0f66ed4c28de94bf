"""Checkout: the cart becomes an order with frozen names and prices, and a payment is opened.

One order per (account, idempotency key): the key is a unique column, so of two concurrent
checkouts with one key one inserts and the other, after the first commits, fails on the
index, rolls back whole and answers the first's order. A repeated call answers the same
order and payment address (the processor is asked again only if the first call never got one).
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import CartLine, LicenseAddon, Order, OrderLine, ProductKind
from resolvers import clock
from resolvers.buying.cart import cart_lines
from resolvers.buying.mails import order_received
from resolvers.buying.payments import open_payment, payment_address
from resolvers.buying.rules import TERMS_VERSION
from resolvers.errors import Conflict, Forbidden, InvalidInput
from resolvers.identity import Principal
from resolvers.licenses.urls import parse_store_url

__all__ = [
    "CheckoutRequest",
    "Placed",
    "checkout",
    "CartEmpty",
    "ProductRetired",
    "TermsNotAccepted",
    "MAX_KEY",
]

MAX_KEY = 100  # an idempotency key's longest, after trimming


@dataclass(frozen=True)
class CheckoutRequest:
    idempotency_key: str
    accept_terms: bool
    accept_money_back: bool
    store_url: str | None = None
    return_url: str | None = None


@dataclass(frozen=True)
class Placed:
    order: Order
    checkout_url: str


class CartEmpty(Conflict):
    code = "CART_EMPTY"
    default_message = "The cart is empty."


class ProductRetired(Conflict):
    code = "PRODUCT_RETIRED"
    default_message = "A product in the cart is no longer sold; remove it first."


class TermsNotAccepted(InvalidInput):
    code = "TERMS_NOT_ACCEPTED"
    default_message = "Accept the terms of service and the money-back policy to order."


def _key(principal: Principal, raw: str) -> str:
    key = raw.strip()
    if not 8 <= len(key) <= MAX_KEY or not key.isprintable():
        raise InvalidInput(
            f"The idempotency key is 8 to {MAX_KEY} printable characters.", field="idempotencyKey"
        )
    return f"{principal.account_id}:{key}"


def _check(request: CheckoutRequest) -> None:
    if not request.accept_terms:
        raise TermsNotAccepted(field="acceptTerms")
    if not request.accept_money_back:
        raise TermsNotAccepted(field="acceptMoneyBack")


async def checkout(settings: Settings, principal: Principal, request: CheckoutRequest) -> Placed:
    if principal.account_id is None:
        raise Forbidden("Orders belong to customer accounts.")
    key = _key(principal, request.idempotency_key)
    _check(request)
    existing = await Order.get_or_none(idempotency_key=key)
    if existing is None:
        lines = await _priced_lines(principal)
        store_url = _store_url(request, lines)
        return_url = allowed_return_url(settings, request.return_url)
        try:
            existing = await _place(principal, key, lines, store_url, return_url, settings)
        except IntegrityError:
            existing = await Order.get_or_none(idempotency_key=key)
            if existing is None:
                raise
    return Placed(order=existing, checkout_url=await payment_address(settings, existing))


async def _priced_lines(principal: Principal) -> list[CartLine]:
    lines = await cart_lines(principal)
    if not lines:
        raise CartEmpty()
    if any(line.product.retired_at is not None for line in lines):
        raise ProductRetired()
    if len({line.product.currency for line in lines}) > 1:
        raise Conflict("The cart mixes currencies; order them separately.", code="MIXED_CURRENCIES")
    for line in lines:
        if line.product.kind is ProductKind.ADDON:
            owned = line.license is not None and line.license.account_id == principal.account_id
            taken = (
                owned
                and await LicenseAddon.filter(
                    license_id=line.license_id, name=line.product.name
                ).exists()
            )
            if not owned or taken:
                raise Conflict(
                    f"{line.product.name}: the license left the account or already has it.",
                    code="ADDON_NOT_AVAILABLE",
                )
    return lines


def _store_url(request: CheckoutRequest, lines: list[CartLine]) -> str:
    if not any(line.product.kind is ProductKind.LICENSE for line in lines):
        return ""
    if not (request.store_url or "").strip():
        raise InvalidInput("Software needs the URL of the store it runs on.", field="storeUrl")
    return parse_store_url(request.store_url, field="storeUrl").url


def allowed_return_url(settings: Settings, raw: str | None) -> str:
    """Only an address of this service or of an allowed web app (no open redirect)."""
    if not raw:
        return ""
    allowed = (settings.public_url, *settings.cors_origins)
    if not any(raw == origin or raw.startswith(origin.rstrip("/") + "/") for origin in allowed):
        raise InvalidInput(
            "The return address must be one of the allowed origins.", field="returnUrl"
        )
    return raw[:1000]


async def _place(principal, key, lines, store_url, return_url, settings) -> Order:
    now = clock.now()
    total = sum(line.product.price * line.quantity for line in lines)
    async with in_transaction() as conn:
        order = await Order.create(
            account_id=principal.account_id,
            idempotency_key=key,
            currency=lines[0].product.currency,
            total=total,
            store_url=store_url,
            created_by_id=principal.user_id,
            created_at=now,
            terms_version=TERMS_VERSION,
            terms_accepted_at=now,
            money_back_accepted_at=now,
            using_db=conn,
        )
        await OrderLine.bulk_create([_frozen(order, line) for line in lines], using_db=conn)
        await CartLine.filter(id__in=[line.id for line in lines]).using_db(conn).delete()
        await open_payment(settings, order, return_url, conn)
        await order_received(order, conn)
    return order


def _frozen(order: Order, line: CartLine) -> OrderLine:
    product = line.product
    return OrderLine(
        order_id=order.id,
        product_id=product.id,
        kind=product.kind,
        name=product.name,
        unit_price=product.price,
        quantity=line.quantity,
        amount=product.price * line.quantity,
        points=product.points * line.quantity,
        license_id=line.license_id,
    )
