"""License operations (primary only) and billing's issue/verify."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from resolvers.licenses import addons, corrections, holder, issuing, transfers
from resolvers.licenses.transfers import NewCompany, Requested
from schema.errors import as_result
from schema.licenses.errors import (
    AcceptLicenseTransferResult,
    ChangeLicenseUrlResult,
    LicenseResult,
    LicenseTransferDecisionResult,
    RequestLicenseTransferResult,
    TransferAddonsResult,
)
from schema.licenses.types import HolderStatusEnum, present_license, present_transfer
from schema.permissions import Allow

__all__ = ["LicenseMutation"]


@strawberry.input
class NewCompanyInput:
    company_name: str
    contact_name: str = ""
    details: str = strawberry.field(default="", description="Address, phone, VAT number...")


@strawberry.input
class RequestLicenseTransferInput:
    license_id: strawberry.ID
    target_url: str
    recipient_email: str = strawberry.field(
        description="An existing customer's primary contact email, or the new company's login."
    )
    new_company: NewCompanyInput | None = strawberry.field(
        default=None, description="Given: a new account and primary user are created."
    )
    points: int = 0


@strawberry.input
class TransferAddonsInput:
    license_id: strawberry.ID
    addon_ids: list[strawberry.ID]
    target_key: str = strawberry.field(description="Your own license key or another company's.")
    points: int = 0


@strawberry.input
class IssueLicenseInput:
    account_id: strawberry.ID
    brand: str
    url: str
    addons: list[str] = strawberry.field(default_factory=list)
    subscriptions: list[str] = strawberry.field(default_factory=list)


def _license(info: Info):
    principal = info.context.principal
    return lambda license: present_license(license, principal)


def _transfer(info: Info):
    principal = info.context.principal
    return lambda transfer: present_transfer(transfer, principal)


@strawberry.type
class LicenseMutation:
    @strawberry.mutation(permission_classes=[Allow("license.set_status")])
    async def set_license_status(
        self, info: Info, id: strawberry.ID, status: HolderStatusEnum
    ) -> LicenseResult:
        work = holder.set_status(info.context.principal, id, status)
        return await as_result(work, _license(info))

    @strawberry.mutation(permission_classes=[Allow("license.set_version")])
    async def set_license_version(
        self, info: Info, id: strawberry.ID, version: str
    ) -> LicenseResult:
        work = holder.set_version(info.context.principal, id, version)
        return await as_result(work, _license(info))

    @strawberry.mutation(
        permission_classes=[Allow("license.register")],
        description="X-Cart 4: turn the evaluation installation into a commercial one.",
    )
    async def register_installation(self, info: Info, id: strawberry.ID) -> LicenseResult:
        work = holder.register_installation(info.context.principal, id)
        return await as_result(work, _license(info))

    @strawberry.mutation(
        permission_classes=[Allow("license.change_url")],
        description="Same domain: any number of times. Another domain: once, acknowledged.",
    )
    async def change_license_url(
        self,
        info: Info,
        id: strawberry.ID,
        url: str,
        acknowledge_old_install_removal: bool = False,
    ) -> ChangeLicenseUrlResult:
        work = holder.change_url(info.context.principal, id, url, acknowledge_old_install_removal)
        return await as_result(work, _license(info))

    @strawberry.mutation(
        permission_classes=[Allow("license.correct_url")],
        description="Staff: correct a typo in a license URL; the holder's domain change stays "
        "unspent. Recorded in the history and the account's log ticket with the reason.",
    )
    async def correct_license_url(
        self, info: Info, id: strawberry.ID, url: str, reason: str
    ) -> LicenseResult:
        work = corrections.correct_url(info.context.principal, id, url, reason)
        return await as_result(work, _license(info))

    @strawberry.mutation(permission_classes=[Allow("license.transfer")])
    async def request_license_transfer(
        self, info: Info, input: RequestLicenseTransferInput
    ) -> RequestLicenseTransferResult:
        company = input.new_company
        principal = info.context.principal

        async def work():
            requested: Requested = await transfers.request_transfer(
                info.context.settings,
                principal,
                input.license_id,
                input.target_url,
                input.recipient_email,
                input.points,
                NewCompany(company.company_name, company.contact_name, company.details)
                if company
                else None,
            )
            return requested.transfer

        return await as_result(work(), _transfer(info))

    @strawberry.mutation(permission_classes=[Allow("license.transfer")])
    async def cancel_license_transfer(
        self, info: Info, transfer_id: strawberry.ID
    ) -> LicenseTransferDecisionResult:
        work = transfers.cancel_transfer(info.context.principal, transfer_id)
        return await as_result(work, _transfer(info))

    @strawberry.mutation(
        permission_classes=[Allow("license.accept")],
        description="Sign the terms with your name between slashes: /John Smith/.",
    )
    async def accept_license_transfer(
        self, info: Info, transfer_id: strawberry.ID, signature: str
    ) -> AcceptLicenseTransferResult:
        work = transfers.accept_transfer(info.context.principal, transfer_id, signature)
        return await as_result(work, _transfer(info))

    @strawberry.mutation(permission_classes=[Allow("license.accept")])
    async def decline_license_transfer(
        self, info: Info, transfer_id: strawberry.ID
    ) -> LicenseTransferDecisionResult:
        work = transfers.decline_transfer(info.context.principal, transfer_id)
        return await as_result(work, _transfer(info))

    @strawberry.mutation(permission_classes=[Allow("license.transfer_addons")])
    async def transfer_addons(self, info: Info, input: TransferAddonsInput) -> TransferAddonsResult:
        work = addons.transfer_addons(
            info.context.principal,
            input.license_id,
            input.addon_ids,
            input.target_key,
            input.points,
        )
        return await as_result(work, _transfer(info))

    @strawberry.mutation(
        permission_classes=[Allow("license.verify")], description="Billing: pending -> active."
    )
    async def verify_license(self, info: Info, id: strawberry.ID) -> LicenseResult:
        work = issuing.verify_license(info.context.principal, id)
        return await as_result(work, _license(info))

    @strawberry.mutation(
        permission_classes=[Allow("license.issue")],
        description="Billing: a new `pending` license for an account (an order).",
    )
    async def issue_license(self, info: Info, input: IssueLicenseInput) -> LicenseResult:
        work = issuing.issue_license(
            input.account_id,
            input.brand,
            input.url,
            input.addons,
            input.subscriptions,
            actor_id=info.context.principal.user_id,
        )
        return await as_result(work, _license(info))
