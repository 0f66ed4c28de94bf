"""Brands and versions in the database, seeded from `catalog_data` by one idempotent function."""

from __future__ import annotations

from datetime import date

from models import Brand, ProductVersion
from resolvers.licenses.catalog_data import BRANDS

__all__ = ["seed_catalog"]


async def seed_catalog() -> int:
    """Write the brands and versions that are missing (by natural key); returns how many."""
    added = 0
    for entry in BRANDS:
        flags = {k: v for k, v in entry.items() if k not in ("code", "versions")}
        brand, created = await Brand.get_or_create(code=entry["code"], defaults=flags)
        added += created
        known = set(await ProductVersion.filter(brand=brand).values_list("version", flat=True))
        missing = [
            ProductVersion(
                brand=brand, version=version, branch=branch, released_on=date.fromisoformat(day)
            )
            for version, branch, day in entry["versions"]
            if version not in known
        ]
        if missing:
            await ProductVersion.bulk_create(missing)
            added += len(missing)
    return added
