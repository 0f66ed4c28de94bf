"""The append-only license history: one row per event for each account whose story it is."""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.backends.base.client import BaseDBAsyncClient

from models import LicenseHistory
from resolvers import clock

__all__ = ["LicenseAction", "write_history"]


class LicenseAction:
    """The events a license's history tells (SPEC section 3)."""

    PURCHASE = "purchase"
    VERIFICATION = "verification"
    REGISTRATION = "registration"
    URL_CHANGE = "url_change"
    URL_CORRECTION = "url_correction"  # staff fixed a typo; no allowance spent
    STATUS_CHANGE = "status_change"
    VERSION_CHANGE = "version_change"
    MODULE_PURCHASE = "module_purchase"
    TRANSFER_REQUESTED = "transfer_requested"
    TRANSFER_CANCELLED = "transfer_cancelled"
    TRANSFER_DECLINED = "transfer_declined"
    TRANSFERRED_OUT = "transferred_out"
    ACCEPTANCE = "acceptance"
    ADDONS_OUT = "addons_out"
    ADDONS_IN = "addons_in"


async def write_history(
    using_db: BaseDBAsyncClient,
    license_id: int,
    action: str,
    *,
    actor_id: int | None,
    detail: str,
    account_ids: Sequence[int],
) -> None:
    """One row per account (both sides of a transfer get theirs), in the caller's transaction;
    the history-writer shape of every area (see `resolvers/tickets/records.write_history`)."""
    now = clock.now()
    rows = [
        LicenseHistory(
            license_id=license_id,
            account_id=account_id,
            actor_id=actor_id,
            at=now,
            action=action,
            detail=detail[:500],
        )
        for account_id in dict.fromkeys(account_ids)
    ]
    await LicenseHistory.bulk_create(rows, using_db=using_db)
