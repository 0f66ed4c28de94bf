"""Add-on transfers (SPEC section 3): selected add-ons of a license move to another main license.

To one of the account's own licenses the move happens at once (recorded as an accepted
transfer); to another company's key it waits for that company's primary to accept it, like a
license. A key that is not an X-Cart or LiteCommerce license gets TARGET_NOT_MAIN_LICENSE,
whether or not it exists, so the answer tells nothing about other companies' keys.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tortoise.transactions import in_transaction

from models import (
    Brand,
    License,
    LicenseAddon,
    LicenseTransfer,
    TransferKind,
    TransferStatus,
)
from resolvers import clock
from resolvers.errors import InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_ids
from resolvers.licenses.access import owned_license, require_primary
from resolvers.licenses.errors import TargetNotMainLicense
from resolvers.licenses.history import LicenseAction, write_history
from resolvers.licenses.transfers import (
    ensure_transferable,
    hold_points,
    notify_primary,
    open_transfer,
)

__all__ = ["transfer_addons"]

_KEY = re.compile(r"^[A-Z]{16}$")
MAX_ADDONS = 100


async def transfer_addons(
    principal: Principal,
    license_id: int | str,
    addon_ids: Sequence[int | str],
    target_key: str,
    points: int = 0,
) -> LicenseTransfer:
    require_primary(principal)
    wanted = _ids(addon_ids)
    key = target_key.strip().upper()
    if points < 0:
        raise InvalidInput("Points cannot be negative.", field="points")
    async with in_transaction() as conn:
        source_id = (await owned_license(principal, license_id, conn, lock=False)).id
        target = await _main_license(key, conn)
        if target.id == source_id:
            raise InvalidInput("The add-ons are on this license already.", field="targetKey")
        locked = {row.id: row for row in await _lock(sorted({source_id, target.id}), conn)}
        source, target = locked[source_id], locked[target.id]
        if source.account_id != principal.account_id:
            raise NotFound("No such license.")
        await ensure_transferable(source, conn)
        addons = await LicenseAddon.filter(id__in=wanted, license_id=source.id).using_db(conn)
        if len(addons) != len(wanted):
            raise NotFound("No such add-on on this license.")
        names = [addon.name for addon in sorted(addons, key=lambda a: a.id)]
        if target.account_id != source.account_id:
            return await _offer(principal, source, target, wanted, names, points, conn)
        if points:
            raise InvalidInput(
                "Points stay in your account between your own licenses.", field="points"
            )
        return await _move_now(principal, source, target, wanted, names, conn)


async def _offer(
    principal: Principal,
    source: License,
    target: License,
    ids: list[int],
    names: list[str],
    points: int,
    conn,
) -> LicenseTransfer:
    """Another company's license: the add-ons (and points) wait for its primary's signature."""
    await hold_points(source.account_id, points, conn)
    transfer = await open_transfer(
        conn,
        kind=TransferKind.ADDONS,
        license_id=source.id,
        source_account_id=source.account_id,
        target_account_id=target.account_id,
        target_license_id=target.id,
        points=points,
        addon_names=names,
        requested_by_id=principal.user_id,
    )
    await LicenseAddon.filter(id__in=ids).using_db(conn).update(pending_transfer_id=transfer.id)
    listed = ", ".join(names)
    await write_history(
        conn,
        source.id,
        LicenseAction.TRANSFER_REQUESTED,
        actor_id=principal.user_id,
        detail=f"Add-ons offered to another company: {listed} ({points} points)",
        account_ids=(source.account_id,),
    )
    await notify_primary(
        target.account_id,
        f"transfer:{transfer.id}:requested",
        "Add-ons wait for your acceptance",
        f"Add-ons ({listed}) are being transferred to one of your licenses. "
        "Sign in and accept them under My licenses.",
        conn,
    )
    return transfer


def _ids(addon_ids: Sequence[int | str]) -> list[int]:
    if not addon_ids or len(addon_ids) > MAX_ADDONS:
        raise InvalidInput(f"Choose between 1 and {MAX_ADDONS} add-ons.", field="addonIds")
    return sorted(set(parse_ids(addon_ids, "add-on on this license")))


async def _main_license(key: str, conn) -> License:
    if not _KEY.match(key):
        raise TargetNotMainLicense(field="targetKey")
    target = await License.filter(key=key).using_db(conn).first()
    if (
        target is None
        or not await Brand.filter(id=target.brand_id, is_main_product=True).using_db(conn).exists()
    ):
        raise TargetNotMainLicense(field="targetKey")
    return target


async def _lock(ids: list[int], conn) -> list[License]:
    return await License.filter(id__in=ids).order_by("id").select_for_update().using_db(conn)


async def _move_now(
    principal: Principal, source: License, target: License, ids: list[int], names: list[str], conn
) -> LicenseTransfer:
    now = clock.now()
    await LicenseAddon.filter(id__in=ids).using_db(conn).update(license_id=target.id)
    transfer = await LicenseTransfer.create(
        kind=TransferKind.ADDONS,
        status=TransferStatus.ACCEPTED,
        license_id=source.id,
        source_account_id=source.account_id,
        target_account_id=target.account_id,
        target_license_id=target.id,
        addon_names=names,
        requested_by_id=principal.user_id,
        requested_at=now,
        decided_by_id=principal.user_id,
        decided_at=now,
        using_db=conn,
    )
    listed = ", ".join(names)
    await write_history(
        conn,
        source.id,
        LicenseAction.ADDONS_OUT,
        actor_id=principal.user_id,
        detail=f"Add-ons moved to license #{target.id}: {listed}",
        account_ids=(source.account_id,),
    )
    await write_history(
        conn,
        target.id,
        LicenseAction.ADDONS_IN,
        actor_id=principal.user_id,
        detail=f"Add-ons moved from license #{source.id}: {listed}",
        account_ids=(target.account_id,),
    )
    return transfer
