"""Batch loads of the file area: keys in, one value per key out, in key order (one statement
each, whatever the page's length). `schema/files/loaders.py` wraps them per request."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from accountdesk.settings import Settings
from models import Brand, ProductVersion
from resolvers.files.packs import version_key
from resolvers.identity import Principal

__all__ = ["BATCHES", "versions_by_file", "brand_codes"]


async def versions_by_file(file_ids: Sequence[int]) -> list[list[str]]:
    """The versions of each file, in the order of `file_ids`."""
    rows = await ProductVersion.filter(files__id__in=set(file_ids)).values_list(
        "files__id", "version"
    )
    found: dict[int, list[str]] = defaultdict(list)
    for file_id, version in rows:
        found[file_id].append(version)
    return [sorted(found.get(file_id, []), key=version_key) for file_id in file_ids]


async def brand_codes(brand_ids: Sequence[int]) -> list[str | None]:
    rows = dict(await Brand.filter(id__in=set(brand_ids)).values_list("id", "code"))
    return [rows.get(brand_id) for brand_id in brand_ids]


BATCHES: dict[str, Callable[[Principal, Settings], Callable[[Sequence[Any]], Any]]] = {
    "versions": lambda principal, settings: versions_by_file,
    "brands": lambda principal, settings: brand_codes,
}
