"""The product-file gate (SPEC section 4), in SQL, and why a caller sees no product files.

Product files and security patches show only for brands the account holds an `active`
license of; add-on packages only for add-ons carried by such a license (free add-ons with any
license of the brand). A pending license opens nothing, a secondary user sees nothing, and
once every license was transferred away the folder is empty. The license's `account_id` is
what moves at acceptance, so the files follow it in the same transaction, with no copy.
"""

from __future__ import annotations

from enum import StrEnum

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from models import License, LicenseAddon, LicenseState
from models.enums import AccountType
from models.files import FileKind
from resolvers.identity import Principal

__all__ = ["NoProductFilesReason", "gated", "why_no_product_files"]


class NoProductFilesReason(StrEnum):
    SECONDARY_USER = "secondary_user"
    PENDING_LICENSE = "pending_license"
    NO_LICENSE = "no_license"


def gated(account_id: int, queryset: QuerySet) -> QuerySet:
    """Product files (or patches) the account's active licenses open."""
    brands = License.filter(account_id=account_id, state=LicenseState.ACTIVE).values("brand_id")
    addons = LicenseAddon.filter(
        license__account_id=account_id, license__state=LicenseState.ACTIVE
    ).values("name")
    return queryset.filter(brand_id__in=Subquery(brands)).filter(
        ~Q(kind=FileKind.ADDON) | Q(is_free_addon=True) | Q(addon_name__in=Subquery(addons))
    )


async def why_no_product_files(principal: Principal) -> NoProductFilesReason | None:
    """None when product files are open to the caller (or the caller is staff)."""
    if not principal.is_customer:
        return None
    if principal.account_type is AccountType.SECONDARY:
        return NoProductFilesReason.SECONDARY_USER
    states = set(
        await License.filter(account_id=principal.account_id).values_list("state", flat=True)
    )
    if LicenseState.ACTIVE in states:
        return None
    if LicenseState.PENDING in states:
        return NoProductFilesReason.PENDING_LICENSE
    return NoProductFilesReason.NO_LICENSE
