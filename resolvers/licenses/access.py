"""Who sees which license, and the primary-only rule every license operation starts with.

A customer sees the account's own licenses, plus a license another account is transferring
to it (as `not_accepted`, key hidden) until the transfer is decided. Staff see every license.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from models import License, LicenseTransfer, TransferKind, TransferStatus
from resolvers.errors import NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id
from resolvers.licenses.errors import NotPrimary
from resolvers.scope import scoped

__all__ = [
    "require_primary",
    "visible_licenses",
    "owned_license",
    "may_read",
    "owned_transfer",
]


def require_primary(principal: Principal) -> None:
    """SPEC section 1: license operations belong to the primary, whatever a policy file says."""
    if not principal.is_primary:
        raise NotPrimary()


def may_read(principal: Principal, license_account_id: int) -> bool:
    """Full view (key, history) for staff and the holder; anyone else gets less or nothing."""
    return principal.is_staff or license_account_id == principal.account_id


def visible_licenses(principal: Principal) -> QuerySet:
    if principal.is_staff:
        return License.all()
    if principal.account_id is None:
        return License.filter(id__in=[])
    incoming = LicenseTransfer.filter(
        target_account_id=principal.account_id,
        status=TransferStatus.PENDING,
        kind=TransferKind.LICENSE,
    ).values("license_id")
    return License.filter(Q(account_id=principal.account_id) | Q(id__in=Subquery(incoming)))


async def owned_license(
    principal: Principal,
    license_id: int | str,
    using_db: BaseDBAsyncClient | None,
    lock: bool = True,
) -> License:
    """The caller's own license, row-locked for the rest of the transaction."""
    query = scoped(principal, License.filter(id=parse_id(license_id, "license"))).using_db(using_db)
    found = await (query.select_for_update() if lock else query).first()
    if found is None:
        raise NotFound("No such license.")
    return found


async def owned_transfer(
    principal: Principal, transfer_id: int | str, side: str, using_db: BaseDBAsyncClient
) -> LicenseTransfer:
    """A transfer the caller's account is the `source` or `target` of, row-locked."""
    query = LicenseTransfer.filter(id=parse_id(transfer_id, "transfer"))
    found = (
        await scoped(principal, query, f"{side}_account_id")
        .select_for_update()
        .using_db(using_db)
        .first()
    )
    if found is None:
        raise NotFound("No such transfer.")
    return found
