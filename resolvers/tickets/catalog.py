"""What a ticket form offers: the account's licenses and a brand's versions with their marks.

Version marks (SPEC "Version marks"): the latest version of the latest branch is current;
any other version of the latest branch is `obsolete`; a version of an earlier branch, or
one released more than a year ago, is `out_of_guarantee`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from models import Brand, License, ProductVersion
from resolvers import clock
from resolvers.errors import NotFound
from resolvers.identity import Principal
from resolvers.sql import Keys
from resolvers.sql.tickets import BRAND_VERSIONS

__all__ = [
    "VersionMarks",
    "version_marks",
    "product_versions",
    "license_options",
    "GUARANTEE",
    "list_brands",
    "versions_for_brands",
]

GUARANTEE = timedelta(days=365)


@dataclass(frozen=True)
class VersionMarks:
    obsolete: bool
    out_of_guarantee: bool


def _key(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text))


def version_marks(versions: Sequence[dict], today: date) -> dict[int, VersionMarks]:
    """Marks for one brand's versions (rows with id, version, branch, released_on)."""
    if not versions:
        return {}
    latest_branch = max((v["branch"] for v in versions), key=_key)
    in_latest = [v for v in versions if v["branch"] == latest_branch]
    current = max(in_latest, key=lambda v: _key(v["version"]))["id"]
    marks = {}
    for v in versions:
        old = v["released_on"] < today - GUARANTEE
        earlier = v["branch"] != latest_branch
        marks[v["id"]] = VersionMarks(
            obsolete=not earlier and v["id"] != current, out_of_guarantee=earlier or old
        )
    return marks


_FIELDS = ("id", "brand_id", "version", "branch", "released_on")


async def marks_for_brands(brand_ids: Sequence[int]) -> dict[int, VersionMarks]:
    """Marks of every version of these brands, in one statement (hand-written: it runs for
    every ticket list that shows versions)."""
    rows = await BRAND_VERSIONS.fetch(Keys(set(brand_ids)))
    today = clock.now().date()
    marks: dict[int, VersionMarks] = {}
    for brand_id in set(brand_ids):
        marks.update(version_marks([r for r in rows if r["brand_id"] == brand_id], today))
    return marks


async def product_versions(brand: str) -> list[tuple[dict, VersionMarks]]:
    found = await Brand.filter(code=brand).values_list("id", flat=True)
    if not found:
        found = await Brand.filter(name=brand).values_list("id", flat=True)
    if not found:
        raise NotFound("No such brand.")
    rows = await ProductVersion.filter(brand_id=found[0]).values(*_FIELDS)
    marks = version_marks(rows, clock.now().date())
    rows.sort(key=lambda r: _key(r["version"]), reverse=True)
    return [(row, marks[row["id"]]) for row in rows]


async def list_brands() -> list[Brand]:
    """Every brand, by name: the license filter's and the ticket form's choices."""
    return await Brand.all().order_by("name", "id")


async def versions_for_brands(brand_ids: Sequence[int]) -> list[list[tuple[dict, VersionMarks]]]:
    """Each brand's versions with their marks, newest first, in one statement (a DataLoader's
    load function)."""
    rows = await BRAND_VERSIONS.fetch(Keys(set(brand_ids)))
    today = clock.now().date()
    found = []
    for brand_id in brand_ids:
        versions = [row for row in rows if row["brand_id"] == brand_id]
        marks = version_marks(versions, today)
        versions.sort(key=lambda r: _key(r["version"]), reverse=True)
        found.append([(row, marks[row["id"]]) for row in versions])
    return found


async def license_options(principal: Principal) -> list[dict]:
    """The account's licenses a ticket may be about: id, brand and URL, nothing more."""
    if principal.account_id is None:
        return []
    return (
        await License.filter(account_id=principal.account_id)
        .order_by("id")
        .values("id", "url", brand_name="brand__name")
    )
