"""What a license looks like to its reader.

The holder (and staff) see everything. The target of a waiting transfer sees the license as
`NOT_ACCEPTED`: brand, URL and add-ons, but no key, history or URL changes. The `key` field
also asks the caller's permission, so a type reused elsewhere (a ticket's license picker)
never hands a key to a user who may not read licenses.
"""

from __future__ import annotations

from datetime import date, datetime

import strawberry
from strawberry.types import Info

from models import (
    Account,
    Brand,
    HolderStatus,
    License,
    LicenseHistory,
    LicenseState,
    LicenseTransfer,
    TransferKind,
    TransferStatus,
)
from resolvers.identity import Principal
from resolvers.licenses.access import may_read
from resolvers.licenses.terms import TERMS_TEXT
from schema.licenses.loaders import license_loader
from schema.loaders import load_by_id
from schema.tickets.types import ProductVersionType

__all__ = [
    "BrandType",
    "LicenseType",
    "LicenseTransferType",
    "LicenseHistoryEntry",
    "HolderStatusEnum",
    "present_license",
    "present_transfer",
]

LicenseStateEnum = strawberry.enum(LicenseState, name="LicenseState")
HolderStatusEnum = strawberry.enum(HolderStatus, name="LicenseHolderStatus")
TransferKindEnum = strawberry.enum(TransferKind, name="LicenseTransferKind")
TransferStatusEnum = strawberry.enum(TransferStatus, name="LicenseTransferStatus")


@strawberry.type(name="Brand")
class BrandType:
    id: strawberry.ID
    code: str = strawberry.field(description="What the license filter takes, e.g. xcart5.")
    name: str
    is_main_product: bool

    @strawberry.field(description="The brand's versions, newest first, with their marks.")
    async def versions(self, info: Info) -> list[ProductVersionType]:
        found = await license_loader(info, "brand_versions").load(int(self.id))
        return [ProductVersionType.from_row(row, marks) for row, marks in found]

    @classmethod
    def from_model(cls, brand: Brand) -> BrandType:
        return cls(
            id=strawberry.ID(str(brand.id)),
            code=brand.code,
            name=brand.name,
            is_main_product=brand.is_main_product,
        )


@strawberry.type(name="LicenseAddon")
class LicenseAddonType:
    id: strawberry.ID
    name: str
    purchased_at: datetime
    in_pending_transfer: bool


@strawberry.type(name="LicenseSubscription")
class LicenseSubscriptionType:
    name: str
    period_months: int
    renews_on: date | None
    is_active: bool


@strawberry.type(name="LicenseUrlChange")
class LicenseUrlChangeType:
    old_url: str
    new_url: str
    is_domain_change: bool
    old_removal_due_at: datetime | None = strawberry.field(
        description="Domain changes: the old installation must be removed by then (48 h)."
    )
    is_correction: bool = strawberry.field(
        description="Staff corrected a typo: no domain change was spent."
    )
    changed_at: datetime


@strawberry.type(name="LicenseHistoryEntry")
class LicenseHistoryEntry:
    at: datetime
    action: str
    detail: str
    license_id: strawberry.Private[int]

    @strawberry.field(description="The license, while the caller may still read it.")
    async def license(self, info: Info) -> LicenseType | None:
        found = await load_by_id(info, License, self.license_id)
        principal = info.context.principal
        if found is None or not may_read(principal, found.account_id):
            return None
        return present_license(found, principal)

    @classmethod
    def from_model(cls, row: LicenseHistory) -> LicenseHistoryEntry:
        return cls(at=row.at, action=row.action, detail=row.detail, license_id=row.license_id)


@strawberry.type(name="License")
class LicenseType:
    id: strawberry.ID
    url: str
    state: LicenseStateEnum = strawberry.field(
        description="NOT_ACCEPTED while the license waits for your acceptance."
    )
    status: HolderStatusEnum | None = strawberry.field(description="Your own label for it.")
    version: str | None = strawberry.field(description="The version you run (your label).")
    registered_at: datetime | None
    domain_change_used: bool
    created_at: datetime
    readable: strawberry.Private[bool]
    secret_key: strawberry.Private[str]
    brand_id: strawberry.Private[int]

    @strawberry.field(description="16 capital letters; null when you may not read the license.")
    def key(self, info: Info) -> str | None:
        return self.secret_key if self.readable and info.context.can("license", "read") else None

    @strawberry.field
    async def brand(self, info: Info) -> BrandType:
        return BrandType.from_model(await load_by_id(info, Brand, self.brand_id))

    @strawberry.field
    async def addons(self, info: Info) -> list[LicenseAddonType]:
        rows = await license_loader(info, "addons").load(int(self.id))
        return [
            LicenseAddonType(
                id=strawberry.ID(str(row.id)),
                name=row.name,
                purchased_at=row.purchased_at,
                in_pending_transfer=row.pending_transfer_id is not None,
            )
            for row in rows
        ]

    @strawberry.field
    async def subscriptions(self, info: Info) -> list[LicenseSubscriptionType]:
        if not self.readable:
            return []
        loader = license_loader(info, "subscriptions")
        return [
            LicenseSubscriptionType(
                name=r.name,
                period_months=r.period_months,
                renews_on=r.renews_on,
                is_active=r.is_active,
            )
            for r in await loader.load(int(self.id))
        ]

    @strawberry.field(description="Your account's side of this license's story, oldest first.")
    async def history(self, info: Info) -> list[LicenseHistoryEntry]:
        if not self.readable:
            return []
        loader = license_loader(info, "history")
        return [LicenseHistoryEntry.from_model(row) for row in await loader.load(int(self.id))]

    @strawberry.field
    async def url_changes(self, info: Info) -> list[LicenseUrlChangeType]:
        if not self.readable:
            return []
        loader = license_loader(info, "url_changes")
        return [
            LicenseUrlChangeType(
                old_url=r.old_url,
                new_url=r.new_url,
                is_domain_change=r.is_domain_change,
                old_removal_due_at=r.old_removal_due_at,
                is_correction=r.is_correction,
                changed_at=r.changed_at,
            )
            for r in await loader.load(int(self.id))
        ]

    @strawberry.field(
        description="After a domain change: the software must be gone from the old address by "
        "then (48 h after the change; a reminder mail goes 24 h before). Null when no such "
        "deadline is ahead."
    )
    async def old_installation_removal_due_at(self, info: Info) -> datetime | None:
        if not self.readable:
            return None
        return await license_loader(info, "removal_due").load(int(self.id))

    @strawberry.field(description="The transfer this license waits in, if any.")
    async def pending_transfer(self, info: Info) -> LicenseTransferType | None:
        loader = license_loader(info, "open_transfer")
        rows = await loader.load(int(self.id))
        return present_transfer(rows[0], info.context.principal) if rows else None


def present_license(license: License, principal: Principal) -> LicenseType:
    readable = may_read(principal, license.account_id)
    return LicenseType(
        id=strawberry.ID(str(license.id)),
        url=license.url,
        state=license.state if readable else LicenseState.NOT_ACCEPTED,
        status=HolderStatus(license.holder_status) if license.holder_status else None,
        version=license.holder_version or None,
        registered_at=license.registered_at,
        domain_change_used=license.domain_change_used,
        created_at=license.created_at,
        readable=readable,
        secret_key=license.key,
        brand_id=license.brand_id,
    )


@strawberry.type(name="LicenseTransfer")
class LicenseTransferType:
    id: strawberry.ID
    kind: TransferKindEnum
    status: TransferStatusEnum
    incoming: bool = strawberry.field(description="True when your account is the recipient.")
    target_url: str
    company_name: str = strawberry.field(
        description="The receiving company, as named in the request; see `fromCompany` for the sender."
    )
    points: int
    addon_names: list[str]
    requested_at: datetime
    decided_at: datetime | None
    signature: str | None
    terms_version: str | None
    license_id: strawberry.Private[int]
    target_license_id: strawberry.Private[int | None]
    source_account_id: strawberry.Private[int]
    shows_license_to_target: strawberry.Private[bool]

    @strawberry.field(description="The name of the company sending the license (or add-ons).")
    async def from_company(self, info: Info) -> str:
        account = await load_by_id(info, Account, self.source_account_id)
        return account.name if account else ""

    @strawberry.field(description="The agreement the recipient signs.")
    def terms(self) -> str:
        return TERMS_TEXT

    @strawberry.field(description="The license transferred (or giving the add-ons), if visible.")
    async def license(self, info: Info) -> LicenseType | None:
        found = await load_by_id(info, License, self.license_id)
        principal = info.context.principal
        if found is None:
            return None
        if may_read(principal, found.account_id) or self.shows_license_to_target:
            return present_license(found, principal)
        return None

    @strawberry.field(description="Add-on transfers: the license receiving them, if yours.")
    async def target_license(self, info: Info) -> LicenseType | None:
        found = await load_by_id(info, License, self.target_license_id)
        principal = info.context.principal
        if found is None or not may_read(principal, found.account_id):
            return None
        return present_license(found, principal)


def present_transfer(transfer: LicenseTransfer, principal: Principal) -> LicenseTransferType:
    incoming = transfer.target_account_id == principal.account_id
    waiting = transfer.status is TransferStatus.PENDING
    return LicenseTransferType(
        id=strawberry.ID(str(transfer.id)),
        kind=transfer.kind,
        status=transfer.status,
        incoming=incoming,
        target_url=transfer.target_url,
        company_name=transfer.company_name,
        points=transfer.points,
        addon_names=list(transfer.addon_names),
        requested_at=transfer.requested_at,
        decided_at=transfer.decided_at,
        signature=transfer.signature,
        terms_version=transfer.terms_version,
        license_id=transfer.license_id,
        target_license_id=transfer.target_license_id,
        source_account_id=transfer.source_account_id,
        shows_license_to_target=incoming and waiting and transfer.kind is TransferKind.LICENSE,
    )
