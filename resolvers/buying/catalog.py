"""The catalog: license products per brand, add-ons, point packs and services.

Staff with `catalog.manage` (sales, admin) create, change and retire products; a retired
product is no longer sold but stays on old orders (their lines froze its name and price).
Customers see products on sale only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from models import Brand, Product, ProductKind
from resolvers import clock
from resolvers.buying.rules import CURRENCIES, MAX_PRICE
from resolvers.errors import Conflict, InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id
from resolvers.pagination import Page, keyset_page

__all__ = [
    "ProductData",
    "visible_products",
    "list_products",
    "get_product",
    "create_product",
    "update_product",
    "retire_product",
]

_CODE = re.compile(r"^[a-z0-9][a-z0-9-]{1,59}$")


@dataclass(frozen=True)
class ProductData:
    kind: ProductKind
    code: str
    name: str
    price: int
    currency: str = "USD"
    brand: str | None = None
    description: str = ""
    points: int = 0
    ticket_text: str = ""


def visible_products(principal: Principal, include_retired: bool = False) -> QuerySet:
    if principal.is_staff and include_retired:
        return Product.all()
    return Product.filter(retired_at__isnull=True)


async def list_products(
    principal: Principal,
    first: int,
    after: str | None,
    kind: ProductKind | None = None,
    brand: str | None = None,
    include_retired: bool = False,
) -> Page:
    query = visible_products(principal, include_retired)
    if kind is not None:
        query = query.filter(kind=kind)
    if brand:
        query = query.filter(brand__code=brand)
    return await keyset_page(query, first, after)


async def get_product(principal: Principal, product_id: int | str) -> Product:
    found = await visible_products(principal, include_retired=True).get_or_none(
        id=parse_id(product_id, "product")
    )
    if found is None or (found.retired_at is not None and not principal.is_staff):
        raise NotFound("No such product.")
    return found


async def _checked(data: ProductData) -> dict:
    name = " ".join(data.name.split())
    if not name or len(name) > 200:
        raise InvalidInput("The name takes 1 to 200 characters.", field="name")
    if not 0 <= data.price <= MAX_PRICE:
        raise InvalidInput(f"The price is 0 to {MAX_PRICE} minor units.", field="price")
    if data.currency not in CURRENCIES:
        raise InvalidInput(f"Currencies: {', '.join(sorted(CURRENCIES))}.", field="currency")
    brand = await _brand(data)
    if data.kind is ProductKind.POINTS and not 0 < data.points <= 100_000:
        raise InvalidInput("A point pack holds 1 to 100000 points.", field="points")
    if data.kind is not ProductKind.POINTS and data.points:
        raise InvalidInput("Only point packs carry points.", field="points")
    return dict(
        kind=data.kind,
        name=name,
        price=data.price,
        currency=data.currency,
        brand_id=brand.id if brand else None,
        description=data.description.strip()[:5000],
        points=data.points,
        ticket_text=data.ticket_text.strip()[:5000],
    )


async def _brand(data: ProductData) -> Brand | None:
    needs_brand = data.kind in (ProductKind.LICENSE, ProductKind.ADDON)
    if not needs_brand:
        if data.brand:
            raise InvalidInput("Only licenses and add-ons belong to a brand.", field="brand")
        return None
    brand = await Brand.get_or_none(code=data.brand or "")
    if brand is None:
        raise InvalidInput("No such brand.", field="brand")
    if data.kind is ProductKind.ADDON and not brand.is_main_product:
        raise InvalidInput("Only X-Cart and LiteCommerce licenses carry add-ons.", field="brand")
    return brand


async def create_product(principal: Principal, data: ProductData) -> Product:
    if not _CODE.match(data.code):
        raise InvalidInput("A code is 2 to 60 of a-z, 0-9 and -.", field="code")
    values = await _checked(data)
    now = clock.now()
    try:
        return await Product.create(code=data.code, created_at=now, updated_at=now, **values)
    except IntegrityError:
        raise InvalidInput("A product already has this code.", field="code") from None


async def update_product(principal: Principal, product_id: int | str, data: ProductData) -> Product:
    """Change name, price, text; kind and brand stay (old orders and carts point at them)."""
    product = await get_product(principal, product_id)
    if data.kind is not product.kind:
        raise InvalidInput("A product's kind does not change; add a new one.", field="kind")
    brand = await product.brand if product.brand_id else None
    values = await _checked(
        ProductData(**{**data.__dict__, "brand": brand.code if brand else None})
    )
    await Product.filter(id=product.id).update(updated_at=clock.now(), **values)
    return await Product.get(id=product.id)


async def retire_product(principal: Principal, product_id: int | str) -> Product:
    product = await get_product(principal, product_id)
    changed = await Product.filter(id=product.id, retired_at__isnull=True).update(
        retired_at=clock.now(), updated_at=clock.now()
    )
    if not changed:
        raise Conflict("The product is already retired.")
    return await Product.get(id=product.id)
