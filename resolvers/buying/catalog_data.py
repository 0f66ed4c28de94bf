"""The vendor's catalog for the demo brands: data, written by the idempotent `seed_products`."""

from __future__ import annotations

from models import Product, ProductKind
from resolvers.buying.catalog import ProductData, create_product
from resolvers.identity import Principal

__all__ = ["PRODUCTS", "seed_products"]

PRODUCTS = [
    ProductData(
        ProductKind.LICENSE, "xcart5-business", "X-Cart 5 Business", 129900, brand="xcart5"
    ),
    ProductData(ProductKind.LICENSE, "xcart4-gold", "X-Cart 4 Gold", 49900, brand="xcart4"),
    ProductData(ProductKind.LICENSE, "litecommerce", "LiteCommerce", 39900, brand="litecommerce"),
    ProductData(ProductKind.LICENSE, "xpayments", "X-Payments", 29900, brand="xpayments"),
    ProductData(ProductKind.ADDON, "xcart5-wholesale", "Wholesale pricing", 9900, brand="xcart5"),
    ProductData(ProductKind.ADDON, "xcart5-gift", "Gift certificates", 4900, brand="xcart5"),
    ProductData(ProductKind.ADDON, "xcart5-loyalty", "Loyalty program", 7900, brand="xcart5"),
    ProductData(ProductKind.ADDON, "xcart4-options", "Product options", 3900, brand="xcart4"),
    ProductData(ProductKind.POINTS, "points-10", "10 tech-support points", 25000, points=10),
    ProductData(ProductKind.POINTS, "points-50", "50 tech-support points", 110000, points=50),
    ProductData(ProductKind.SERVICE, "installation", "Installation service", 15000),
    ProductData(
        ProductKind.SERVICE,
        "customization",
        "Customization (10 hours)",
        90000,
        ticket_text="Thank you for ordering customization services",
    ),
]


async def seed_products(principal: Principal) -> int:
    """Write the products that are missing (by code); returns how many."""
    known = set(await Product.all().values_list("code", flat=True))
    added = 0
    for data in PRODUCTS:
        if data.code not in known:
            await create_product(principal, data)
            added += 1
    return added
