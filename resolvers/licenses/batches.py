"""Batch loads of licensing: keys in, one value per key out, in key order (see
`resolvers/batches.py`); `schema/licenses/loaders.py` wraps them in per-request DataLoaders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from accountdesk.settings import Settings
from models import (
    LicenseAddon,
    LicenseHistory,
    LicenseSubscription,
    LicenseTransfer,
    LicenseUrlChange,
)
from resolvers import clock
from resolvers.batches import grouped_by
from resolvers.identity import Principal
from resolvers.licenses.removal import removal_due_for_ids
from resolvers.scope import scoped
from resolvers.tickets.catalog import versions_for_brands

__all__ = ["BATCHES"]


def _by_license(model: Any, key: str = "license_id", own_account: bool = False):
    """Rows of `model` per license id; `own_account`: only the caller's account's rows."""

    def for_caller(principal: Principal, settings: Settings) -> Callable[[Sequence[int]], Any]:
        def query(ids: list[int]) -> Any:
            rows = model.filter(**{f"{key}__in": ids}).order_by("id")
            return scoped(principal, rows) if own_account else rows

        return grouped_by(query, key)

    return for_caller


# name -> the batch for a caller and the settings
BATCHES: dict[str, Callable[[Principal, Settings], Callable[[Sequence[int]], Any]]] = {
    "addons": _by_license(LicenseAddon),
    "subscriptions": _by_license(LicenseSubscription),
    "history": _by_license(LicenseHistory, own_account=True),
    "url_changes": _by_license(LicenseUrlChange),
    "open_transfer": _by_license(LicenseTransfer, key="open_license_id"),
    "removal_due": lambda principal, settings: lambda ids: removal_due_for_ids(ids, clock.now()),
    "brand_versions": lambda principal, settings: versions_for_brands,
}
