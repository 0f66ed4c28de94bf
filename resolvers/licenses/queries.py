"""Reading licenses: the filtered list, one license, incoming transfers, an account's history."""

from __future__ import annotations

from datetime import datetime

from models import License, LicenseHistory, LicenseTransfer, TransferStatus
from resolvers.errors import NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id
from resolvers.licenses.access import visible_licenses
from resolvers.pagination import Page, keyset_page
from resolvers.scope import scoped

__all__ = ["list_licenses", "get_license", "incoming_transfers", "account_history"]


async def list_licenses(
    principal: Principal,
    first: int,
    after: str | None = None,
    url: str | None = None,
    brand: str | None = None,
    status: str | None = None,
) -> Page:
    """Filters (SPEC section 3): URL substring, brand code, holder status; none = all."""
    query = visible_licenses(principal)
    if url and url.strip():
        query = query.filter(url__icontains=url.strip())
    if brand:
        query = query.filter(brand__code=brand)
    if status:
        query = query.filter(holder_status=status)
    return await keyset_page(query, first, after)


async def get_license(principal: Principal, license_id: int | str) -> License:
    found = await visible_licenses(principal).filter(id=parse_id(license_id, "license")).first()
    if found is None:
        raise NotFound("No such license.")
    return found


async def incoming_transfers(principal: Principal, first: int, after: str | None = None) -> Page:
    """Transfers waiting for this account's acceptance, oldest first."""
    query = scoped(
        principal, LicenseTransfer.filter(status=TransferStatus.PENDING), "target_account_id"
    )
    return await keyset_page(query, first, after)


async def account_history(principal: Principal, first: int, after: str | None = None) -> Page:
    """The account's side of every license story, including licenses it transferred away."""
    query = scoped(principal, LicenseHistory.all())
    return await keyset_page(
        query, first, after, order=[("at", True)], parse={"at": datetime.fromisoformat}
    )
