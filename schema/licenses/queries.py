"""The read side: licenses, one license, incoming transfers, history, certificates."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from resolvers.errors import NotFound
from resolvers.licenses import certificates, queries
from resolvers.pagination import check_first
from resolvers.tickets.catalog import list_brands
from schema.errors import ConflictError, ForbiddenError, NotFoundError, as_result, result_union
from schema.licenses.types import (
    BrandType,
    HolderStatusEnum,
    LicenseHistoryEntry,
    LicenseTransferType,
    LicenseType,
    present_license,
    present_transfer,
)
from schema.pagination import Connection, connection
from schema.permissions import Allow

__all__ = ["LicenseQuery", "LicenseFilter", "LicenseCertificate"]


@strawberry.input
class LicenseFilter:
    url: str | None = strawberry.field(default=None, description="A part of the URL.")
    brand: str | None = strawberry.field(default=None, description="A brand code, e.g. xcart5.")
    status: HolderStatusEnum | None = None


@strawberry.type
class LicenseCertificate:
    license_id: strawberry.ID
    text: str = strawberry.field(description="Paste all of it, both parts, into the store.")


LicenseCertificateResult = result_union(
    "LicenseCertificateResult", LicenseCertificate, NotFoundError, ForbiddenError, ConflictError
)


def _first(info: Info, first: int) -> None:
    check_first(first, info.context.settings.max_page_size)


@strawberry.type
class LicenseQuery:
    @strawberry.field(
        permission_classes=[Allow("license.read")],
        description="Your licenses (and those waiting for your acceptance); no filter = all.",
    )
    async def licenses(
        self,
        info: Info,
        filter: LicenseFilter | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[LicenseType]:
        _first(info, first)
        chosen = filter or LicenseFilter()
        principal = info.context.principal
        page = await queries.list_licenses(
            principal, first, after, url=chosen.url, brand=chosen.brand, status=chosen.status
        )
        return connection(page, lambda row: present_license(row, principal))

    @strawberry.field(
        permission_classes=[Allow("product_version.read")],
        description="Every brand with its versions: the license filter's and the ticket form's "
        "choices.",
    )
    async def brands(self, info: Info) -> list[BrandType]:
        return [BrandType.from_model(brand) for brand in await list_brands()]

    @strawberry.field(permission_classes=[Allow("license.read")])
    async def license(self, info: Info, id: strawberry.ID) -> LicenseType | None:
        principal = info.context.principal
        try:
            return present_license(await queries.get_license(principal, id), principal)
        except NotFound:
            return None

    @strawberry.field(
        permission_classes=[Allow("license.read")],
        description="Licenses and add-ons other companies are transferring to you.",
    )
    async def incoming_license_transfers(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Connection[LicenseTransferType]:
        _first(info, first)
        principal = info.context.principal
        page = await queries.incoming_transfers(principal, first, after)
        return connection(page, lambda row: present_transfer(row, principal))

    @strawberry.field(
        permission_classes=[Allow("license.read")],
        description="Your account's license history, newest first, licenses transferred away too.",
    )
    async def license_history(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Connection[LicenseHistoryEntry]:
        _first(info, first)
        page = await queries.account_history(info.context.principal, first, after)
        return connection(page, LicenseHistoryEntry.from_model)

    @strawberry.field(
        permission_classes=[Allow("license.certificate")],
        description="LiteCommerce: the signed certificate a store checks offline.",
    )
    async def license_certificate(self, info: Info, id: strawberry.ID) -> LicenseCertificateResult:
        work = certificates.license_certificate(info.context.settings, info.context.principal, id)
        return await as_result(work, lambda text: LicenseCertificate(license_id=id, text=text))

    @strawberry.field(
        permission_classes=[Allow("license.read")],
        description="The Ed25519 public key (PEM) that verifies license certificates.",
    )
    def license_certificate_public_key(self, info: Info) -> str:
        return certificates.public_key_pem(info.context.settings)
