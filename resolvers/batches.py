"""Batch loads shared by every area: keys in, one value per key out, in key order.

An area's own batches live in `resolvers/<area>/batches.py`; `schema/loaders.py` wraps a
batch in a DataLoader made once per request.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from tortoise.models import Model
from tortoise.queryset import QuerySet

__all__ = ["grouped_rows", "by_id", "grouped_by"]


def grouped_rows(rows: Sequence[Any], key: str, keys: Sequence[Any]) -> list[list[Any]]:
    """Rows (dicts or models) grouped by `key`, one list per key of `keys`, in that order."""
    groups: dict[Any, list[Any]] = defaultdict(list)
    for row in rows:
        groups[row[key] if isinstance(row, dict) else getattr(row, key)].append(row)
    return [groups.get(k, []) for k in keys]


def by_id(model: type[Model]) -> Callable[[Sequence[int]], Any]:
    async def load(ids: Sequence[int]) -> list[Any]:
        rows = {row.id: row for row in await model.filter(id__in=set(ids))}
        return [rows.get(i) for i in ids]

    return load


def grouped_by(query: Callable[[list[Any]], QuerySet], key: str) -> Callable[[Sequence[Any]], Any]:
    """Models grouped by a foreign key: `grouped_by(lambda ids: Addon.filter(license_id__in=ids),
    "license_id")`."""

    async def load(keys: Sequence[Any]) -> list[list[Any]]:
        return grouped_rows(await query(list(set(keys))), key, keys)

    return load
