"""What the holder (the primary) does to a license: status, version, registration, URL.

URL rule (SPEC section 3): another folder or host on the same registrable domain, any number
of times; another registrable domain once per license, only with the acknowledgement that the
old installation is removed within 48 hours. Every change goes to the license history and to
the account's log ticket, in the same transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from models import Brand, HolderStatus, License, LicenseState, LicenseUrlChange, ProductVersion
from resolvers import clock
from resolvers.errors import Conflict, InvalidInput
from resolvers.identity import Principal
from resolvers.licenses.access import owned_license, require_primary
from resolvers.licenses.errors import AcknowledgementRequired, DomainChangeUsed
from resolvers.licenses.history import LicenseAction, write_history
from resolvers.licenses.urls import StoreUrl, parse_store_url
from resolvers.tickets.log_ticket import append_to_log_ticket

__all__ = [
    "OLD_INSTALL_REMOVAL",
    "set_status",
    "set_version",
    "register_installation",
    "change_url",
]

OLD_INSTALL_REMOVAL = timedelta(hours=48)


async def set_status(principal: Principal, license_id: int | str, status: HolderStatus) -> License:
    require_primary(principal)
    status = HolderStatus(status)
    async with in_transaction() as conn:
        license = await owned_license(principal, license_id, conn)
        if license.holder_status != status:
            license.holder_status = status
            await license.save(update_fields=["holder_status"], using_db=conn)
            await write_history(
                conn,
                license.id,
                LicenseAction.STATUS_CHANGE,
                actor_id=principal.user_id,
                detail=status,
                account_ids=(license.account_id,),
            )
    return license


async def set_version(principal: Principal, license_id: int | str, version: str) -> License:
    require_primary(principal)
    async with in_transaction() as conn:
        license = await owned_license(principal, license_id, conn)
        known = ProductVersion.filter(brand_id=license.brand_id, version=version)
        if version and not await known.using_db(conn).exists():
            raise InvalidInput("This version is not in the brand's version list.", field="version")
        if license.holder_version != version:
            license.holder_version = version
            await license.save(update_fields=["holder_version"], using_db=conn)
            await write_history(
                conn,
                license.id,
                LicenseAction.VERSION_CHANGE,
                actor_id=principal.user_id,
                detail=version or "none",
                account_ids=(license.account_id,),
            )
    return license


async def register_installation(principal: Principal, license_id: int | str) -> License:
    """X-Cart 4 only: the evaluation installation becomes a commercial one."""
    require_primary(principal)
    async with in_transaction() as conn:
        license = await owned_license(principal, license_id, conn)
        brand = await Brand.get(id=license.brand_id).using_db(conn)
        if not brand.registers_installations:
            raise Conflict(f"{brand.name} installations are not registered; only X-Cart 4 ones.")
        if license.state is not LicenseState.ACTIVE:
            raise Conflict("Only an active license can be registered.")
        if license.registered_at is not None:
            raise Conflict("This installation is already registered.")
        license.registered_at = clock.now()
        await license.save(update_fields=["registered_at"], using_db=conn)
        await write_history(
            conn,
            license.id,
            LicenseAction.REGISTRATION,
            actor_id=principal.user_id,
            detail="Evaluation installation registered as commercial",
            account_ids=(license.account_id,),
        )
    return license


async def change_url(
    principal: Principal, license_id: int | str, url: str, acknowledge_old_install_removal: bool
) -> License:
    require_primary(principal)
    new = parse_store_url(url)
    async with in_transaction() as conn:
        license = await owned_license(principal, license_id, conn)
        old = parse_store_url(license.url)
        if new.url == old.url:
            raise InvalidInput("The license already has this URL.", field="url")
        due = await _move(license, old, new, acknowledge_old_install_removal, conn)
        await _log_url_change(principal, license, old.url, new.url, due, conn)
    license.url = new.url
    license.domain_change_used = license.domain_change_used or due is not None
    return license


async def _move(
    license: License, old: StoreUrl, new: StoreUrl, acknowledged: bool, conn
) -> datetime | None:
    """Write the new URL. A domain change spends the license's one allowance and returns the
    old installation's removal deadline; a folder move (same site) returns None."""
    if new.site == old.site:
        await License.filter(id=license.id).using_db(conn).update(url=new.url)
        return None
    if license.domain_change_used:
        raise DomainChangeUsed()
    if not acknowledged:
        raise AcknowledgementRequired(field="acknowledgeOldInstallRemoval")
    # Conditional on the flag: without row locks (SQLite) two changes still spend it once.
    unspent = License.filter(id=license.id, domain_change_used=False).using_db(conn)
    if not await unspent.update(domain_change_used=True, url=new.url):
        raise DomainChangeUsed()
    return clock.now() + OLD_INSTALL_REMOVAL


async def _log_url_change(
    principal: Principal, license: License, old: str, new: str, due: datetime | None, conn
) -> None:
    """The change row, the license history and the account's log ticket, in one transaction."""
    await LicenseUrlChange.create(
        license_id=license.id,
        changed_by_id=principal.user_id,
        old_url=old,
        new_url=new,
        is_domain_change=due is not None,
        old_removal_due_at=due,
        changed_at=clock.now(),
        using_db=conn,
    )
    brand = await Brand.get(id=license.brand_id).using_db(conn)
    # No key in the text: the log ticket is read by users who may not see keys.
    text = _describe(f"{brand.name} license #{license.id}", old, new, due)
    actor = principal.user_id
    await write_history(
        conn,
        license.id,
        LicenseAction.URL_CHANGE,
        actor_id=actor,
        detail=text,
        account_ids=(license.account_id,),
    )
    await append_to_log_ticket(license.account_id, text, using_db=conn)


def _describe(subject: str, old: str, new: str, due: datetime | None) -> str:
    if due is None:
        return f"{subject}: URL changed from {old} to {new} (same domain)."
    return (
        f"{subject}: URL changed from {old} to {new} (domain change). The software must be "
        f"removed from {old} by {due:%Y-%m-%d %H:%M} UTC."
    )
