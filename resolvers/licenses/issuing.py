"""Billing's side: a license is issued `pending` (an order) and verified into `active`.

Keys are 16 random capital letters from `secrets`. A collision with an existing key is caught
by the unique index and retried with a new key inside a savepoint, so no key is ever stored
twice and the caller's transaction survives the attempt.
"""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import Account, Brand, License, LicenseAddon, LicenseState, LicenseSubscription
from resolvers import clock, secrets
from resolvers.errors import Conflict, InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id
from resolvers.licenses.history import LicenseAction, write_history
from resolvers.licenses.urls import parse_store_url

__all__ = [
    "KEY_LENGTH",
    "issue_license",
    "verify_license",
    "new_license_key",
    "create_with_unique_key",
]

KEY_LENGTH = 16
KEY_ATTEMPTS = 5


def new_license_key() -> str:
    return secrets.random_letters(KEY_LENGTH)


async def create_with_unique_key(using_db: BaseDBAsyncClient, **fields) -> License:
    for _ in range(KEY_ATTEMPTS):
        key = new_license_key()
        try:
            async with in_transaction() as savepoint:
                return await License.create(key=key, **fields, using_db=savepoint)
        except IntegrityError:
            if not await License.filter(key=key).using_db(using_db).exists():
                raise  # another constraint failed: not ours to retry
    raise Conflict("No free license key was found; try again.")


async def issue_license(
    account_id: int | str,
    brand_code: str,
    url: str,
    addons: Sequence[str] = (),
    subscriptions: Sequence[str] = (),
    actor_id: int | None = None,
) -> License:
    """A purchased license, `pending` until billing verifies the order."""
    store = parse_store_url(url)
    brand = await Brand.get_or_none(code=brand_code)
    if brand is None:
        raise InvalidInput("No such brand.", field="brand")
    if addons and not brand.is_main_product:
        raise InvalidInput("Only X-Cart and LiteCommerce licenses carry add-ons.", field="addons")
    account_id = parse_id(account_id, "account")
    if not await Account.filter(id=account_id).exists():
        raise NotFound("No such account.")
    now = clock.now()
    async with in_transaction() as conn:
        license = await create_with_unique_key(
            conn, account_id=account_id, brand=brand, url=store.url, created_at=now
        )
        await write_history(
            conn,
            license.id,
            LicenseAction.PURCHASE,
            actor_id=actor_id,
            detail=brand.name,
            account_ids=(account_id,),
        )
        for name in addons:
            await LicenseAddon.create(license=license, name=name, purchased_at=now, using_db=conn)
            await write_history(
                conn,
                license.id,
                LicenseAction.MODULE_PURCHASE,
                actor_id=None,
                detail=name,
                account_ids=(account_id,),
            )
        for name in subscriptions:
            await LicenseSubscription.create(license=license, name=name, using_db=conn)
    return license


async def verify_license(principal: Principal, license_id: int | str) -> License:
    license = await License.get_or_none(id=parse_id(license_id, "license"))
    if license is None:
        raise NotFound("No such license.")
    async with in_transaction() as conn:
        changed = (
            await License.filter(id=license.id, state=LicenseState.PENDING)
            .using_db(conn)
            .update(state=LicenseState.ACTIVE)
        )
        if not changed:
            raise Conflict("Only a pending license can be verified.")
        await write_history(
            conn,
            license.id,
            LicenseAction.VERIFICATION,
            actor_id=principal.user_id,
            detail="Order verified by billing",
            account_ids=(license.account_id,),
        )
    license.state = LicenseState.ACTIVE
    return license
