"""The account's cart (primary and advanced secondary; what either adds belongs to the account).

A line is a product, a quantity and, for an add-on, the license it is bought for. Adding a
product already in the cart raises its quantity. An add-on needs a license of its brand in the
account that does not already carry it (or wait in a cart line for it). A line whose product
was retired stays, flagged, until the buyer removes it; checkout refuses it.
"""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models import CartLine, License, LicenseAddon, Product, ProductKind
from resolvers import clock
from resolvers.buying.catalog import get_product
from resolvers.buying.rules import MAX_CART_LINES, MAX_QUANTITY
from resolvers.errors import Forbidden, InvalidInput, LimitReached, NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id

__all__ = [
    "cart_lines",
    "add_to_cart",
    "set_cart_quantity",
    "remove_from_cart",
    "add_addons_to_license",
]


def _account(principal: Principal) -> int:
    if principal.account_id is None:
        raise Forbidden("Carts belong to customer accounts.")
    return principal.account_id


async def cart_lines(principal: Principal) -> list[CartLine]:
    """The account's lines, oldest first, products and licenses loaded (one statement)."""
    account_id = _account(principal)
    return (
        await CartLine.filter(account_id=account_id)
        .select_related("product", "license")
        .order_by("id")
    )


def _quantity(quantity: int) -> int:
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(f"A quantity is 1 to {MAX_QUANTITY}.", field="quantity")
    return quantity


async def _addon_license(account_id: int, product: Product, license_id) -> License:
    if license_id is None:
        raise InvalidInput("An add-on is bought for one of your licenses.", field="licenseId")
    license = await License.get_or_none(id=parse_id(license_id, "license"), account_id=account_id)
    if license is None:
        raise NotFound("No such license.")
    if license.brand_id != product.brand_id:
        raise InvalidInput("This add-on is for another brand's licenses.", field="licenseId")
    if await LicenseAddon.filter(license_id=license.id, name=product.name).exists():
        raise InvalidInput("The license already has this add-on.", field="licenseId")
    return license


async def add_to_cart(
    principal: Principal, product_id, quantity: int = 1, license_id=None
) -> list[CartLine]:
    account_id = _account(principal)
    _quantity(quantity)
    product = await get_product(principal, product_id)
    license = None
    if product.kind is ProductKind.ADDON:
        license = await _addon_license(account_id, product, license_id)
        quantity = 1  # one add-on per license
    elif license_id is not None:
        raise InvalidInput("Only add-ons are bought for a license.", field="licenseId")
    await _add_line(principal, account_id, product, license, quantity)
    return await cart_lines(principal)


async def _add_line(principal, account_id: int, product: Product, license, quantity: int) -> None:
    key = f"{account_id}:{product.id}:{license.id if license else 0}"
    async with in_transaction() as conn:
        existing = CartLine.filter(line_key=key).using_db(conn)
        if product.kind is ProductKind.ADDON and await existing.exists():
            return  # already waiting in the cart for this license
        raised = await existing.filter(quantity__lte=MAX_QUANTITY - quantity).update(
            quantity=F("quantity") + quantity
        )
        if raised:
            return
        if await existing.exists():
            raise InvalidInput(f"A line holds at most {MAX_QUANTITY}.", field="quantity")
        if await CartLine.filter(account_id=account_id).using_db(conn).count() >= MAX_CART_LINES:
            raise LimitReached(f"A cart holds at most {MAX_CART_LINES} lines.")
        try:
            async with in_transaction() as savepoint:
                await CartLine.create(
                    account_id=account_id,
                    product_id=product.id,
                    license_id=license.id if license else None,
                    line_key=key,
                    quantity=quantity,
                    added_by_id=principal.user_id,
                    added_at=clock.now(),
                    using_db=savepoint,
                )
        except IntegrityError:
            # Another request added the same line meanwhile: add to its quantity instead.
            await existing.filter(quantity__lte=MAX_QUANTITY - quantity).update(
                quantity=F("quantity") + quantity
            )


async def _own_line(principal: Principal, line_id) -> CartLine:
    account_id = _account(principal)
    line = await CartLine.get_or_none(id=parse_id(line_id, "cart line"), account_id=account_id)
    if line is None:
        raise NotFound("No such cart line.")
    return line


async def set_cart_quantity(principal: Principal, line_id, quantity: int) -> list[CartLine]:
    line = await _own_line(principal, line_id)
    _quantity(quantity)
    if quantity != 1 and await Product.filter(id=line.product_id, kind=ProductKind.ADDON).exists():
        raise InvalidInput("An add-on is bought once per license.", field="quantity")
    await CartLine.filter(id=line.id).update(quantity=quantity)
    return await cart_lines(principal)


async def remove_from_cart(principal: Principal, line_id) -> list[CartLine]:
    line = await _own_line(principal, line_id)
    await CartLine.filter(id=line.id).delete()
    return await cart_lines(principal)


async def add_addons_to_license(
    principal: Principal, license_id, addon_ids: Sequence
) -> list[CartLine]:
    """ "Add more to this license": the chosen add-ons go to the cart for that license."""
    if not addon_ids or len(addon_ids) > MAX_CART_LINES:
        raise InvalidInput(f"Choose 1 to {MAX_CART_LINES} add-ons.", field="addonIds")
    account_id = _account(principal)
    chosen = []
    for addon_id in dict.fromkeys(addon_ids):  # every add-on checked before any is added
        product = await get_product(principal, addon_id)
        if product.kind is not ProductKind.ADDON:
            raise InvalidInput("Only add-ons are added to a license.", field="addonIds")
        chosen.append((product, await _addon_license(account_id, product, license_id)))
    for product, license in chosen:
        await _add_line(principal, account_id, product, license, 1)
    return await cart_lines(principal)
