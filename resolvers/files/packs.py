"""Upgrade packs (SPEC section 4): one archive of a version's package and chosen add-ons.

    queued ──job claims──> building ──> ready (downloadable 7 days, then removed)
                                   └──> failed (with a reason) ──request again / retry──> queued

- X-Cart 4.1.0 and later only (`MINIMUM_VERSION`, data).
- The choice (license, add-ons, free add-ons, version, archive) is digested; while a pack of
  that choice is queued or building, `open_choice` holds the digest under a unique constraint,
  so two requests (or two processes) get the same pack. A ready pack of the same choice is
  handed out again until it expires.
- The job (`jobs/packs.py`) builds it through `resolvers.files.archive`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from models import License, LicenseAddon, LicenseState, ProductVersion
from models.files import ArchiveFormat, FileFolder, FileKind, PackStatus, StoredFile, UpgradePack
from resolvers import clock
from resolvers.errors import Conflict, InvalidInput, NotFound
from resolvers.files.keys import key_of, stored_file_key
from resolvers.identity import Principal
from resolvers.scope import scoped

__all__ = [
    "MINIMUM_VERSION",
    "PACK_LIFETIME",
    "PackChoice",
    "request_pack",
    "retry_pack",
    "get_pack",
    "visible_packs",
    "pack_members",
    "pack_file_name",
    "version_key",
]

# Brands whose upgrade packs are built, and the first version they are built for.
MINIMUM_VERSION = {"xcart4": (4, 1, 0)}
PACK_LIFETIME = timedelta(days=7)
MAX_ADDONS = 100


@dataclass(frozen=True)
class PackChoice:
    license_id: str
    addon_ids: list[str]
    free_addon_ids: list[str]
    target_version: str
    archive: ArchiveFormat


def version_key(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return ()


def visible_packs(principal: Principal) -> QuerySet:
    if principal.account_id is None:
        return UpgradePack.filter(id__in=[])
    return scoped(principal, UpgradePack.all())


async def get_pack(principal: Principal, pack_id: object) -> UpgradePack:
    number = key_of(pack_id, "upgrade pack")
    found = await visible_packs(principal).filter(id=number).first()
    if found is None:
        raise NotFound("No such upgrade pack.")
    return found


async def _license(principal: Principal, choice: PackChoice) -> License:
    number = key_of(choice.license_id, "license")
    found = None
    if principal.account_id is not None:
        found = (
            await License.filter(id=number, account_id=principal.account_id)
            .select_related("brand")
            .first()
        )
    if found is None:
        raise NotFound("No such license.")
    if found.state is not LicenseState.ACTIVE:
        raise Conflict("Upgrade packs are built for active licenses only.")
    if found.brand.code not in MINIMUM_VERSION:
        raise InvalidInput("Upgrade packs exist for X-Cart 4 licenses only.", field="licenseId")
    return found


async def _version(license: License, wanted: str) -> ProductVersion:
    found = await ProductVersion.filter(brand_id=license.brand_id, version=wanted.strip()).first()
    if found is None:
        raise InvalidInput("No such version of this product.", field="targetVersion")
    if version_key(found.version) < MINIMUM_VERSION[license.brand.code]:
        raise InvalidInput(
            "Upgrade packs are built for X-Cart 4.1.0 and later.", field="targetVersion"
        )
    return found


def _ids(values: list[str], field: str, parse: Callable[[Any, str], int] = key_of) -> list[int]:
    if len(values) > MAX_ADDONS:
        raise InvalidInput(f"At most {MAX_ADDONS} add-ons.", field=field)
    return sorted({parse(value, "add-on") for value in values})


async def _check_addons(license: License, addon_ids: list[int], free_ids: list[int]) -> None:
    owned = await LicenseAddon.filter(license_id=license.id, id__in=addon_ids).count()
    if owned != len(addon_ids):
        raise NotFound("No such add-on on this license.")
    free = await StoredFile.filter(
        id__in=free_ids,
        folder=FileFolder.PRODUCT,
        kind=FileKind.ADDON,
        is_free_addon=True,
        brand_id=license.brand_id,
    ).count()
    if free != len(free_ids):
        raise NotFound("No such free add-on.")


def _digest(account_id: int, license_id: int, addons, free, version_id: int, archive) -> str:
    text = f"{account_id}|{license_id}|{addons}|{free}|{version_id}|{archive.value}"
    return hashlib.sha256(text.encode()).hexdigest()


async def request_pack(principal: Principal, choice: PackChoice) -> tuple[UpgradePack, bool]:
    """The pack for this choice, and whether a build must be queued for it."""
    license = await _license(principal, choice)
    version = await _version(license, choice.target_version)
    addon_ids = _ids(choice.addon_ids, "addonIds")
    free_ids = _ids(choice.free_addon_ids, "freeAddonIds", stored_file_key)
    await _check_addons(license, addon_ids, free_ids)
    digest = _digest(
        license.account_id, license.id, addon_ids, free_ids, version.id, choice.archive
    )
    now = clock.now()
    current = await UpgradePack.filter(
        Q(open_choice=digest) | Q(choice=digest, status=PackStatus.READY, expires_at__gt=now)
    ).first()
    if current is not None:
        return current, False
    failed = await UpgradePack.filter(choice=digest, status=PackStatus.FAILED).first()
    if failed is not None:
        return await retry_pack(principal, failed.id), True
    try:
        created = await UpgradePack.create(
            account_id=license.account_id,
            license_id=license.id,
            target_version_id=version.id,
            addon_ids=addon_ids,
            free_addon_ids=free_ids,
            archive=choice.archive,
            choice=digest,
            open_choice=digest,
            requested_by_id=principal.user_id,
            created_at=now,
        )
    except IntegrityError:  # another request opened the same choice a moment ago
        return await UpgradePack.get(open_choice=digest), False
    return created, True


async def retry_pack(principal: Principal, pack_id: object) -> UpgradePack:
    """A failed pack goes back to the queue (same id); any other state is left as it is."""
    pack = await get_pack(principal, pack_id)
    if pack.status is not PackStatus.FAILED:
        raise Conflict("Only a failed upgrade pack can be retried.")
    try:
        await UpgradePack.filter(id=pack.id, status=PackStatus.FAILED).update(
            status=PackStatus.QUEUED, open_choice=pack.choice, reason="", progress=0
        )
    except IntegrityError:
        return await UpgradePack.get(open_choice=pack.choice)
    return await UpgradePack.get(id=pack.id)


@dataclass(frozen=True)
class Member:
    path: str  # inside the archive
    stored_name: str
    size: int


async def pack_members(pack: UpgradePack) -> list[Member]:
    """The published files the archive holds; InvalidInput says what is missing."""
    license = await License.get(id=pack.license_id)
    names = await LicenseAddon.filter(
        id__in=pack.addon_ids, license_id=pack.license_id
    ).values_list("name", flat=True)
    base = StoredFile.filter(
        folder=FileFolder.PRODUCT, brand_id=license.brand_id, versions__id=pack.target_version_id
    ).order_by("-created_at", "-id")
    package = await base.filter(kind=FileKind.PACKAGE).first()
    if package is None:
        raise InvalidInput("No installation package of this version is published.")
    members = [package]
    for name in names:
        addon = await base.filter(kind=FileKind.ADDON, addon_name=name).first()
        if addon is None:
            raise InvalidInput(f"No package of the add-on {name} is published for this version.")
        members.append(addon)
    for free_id in pack.free_addon_ids:
        addon = await base.filter(id=free_id).first()
        if addon is None:
            raise InvalidInput("A chosen free add-on has no package for this version.")
        members.append(addon)
    return [
        Member(
            f"{'addons/' if m.kind is FileKind.ADDON else ''}{m.display_name}",
            m.stored_name,
            m.size,
        )
        for m in members
    ]


async def pack_file_name(pack: UpgradePack) -> str:
    version = await ProductVersion.get(id=pack.target_version_id)
    suffix = "zip" if pack.archive is ArchiveFormat.ZIP else "tgz"
    return f"upgrade-pack-{pack.id}-{version.version}.{suffix}"
