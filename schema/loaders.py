"""DataLoaders, one per relation, made per request through `RequestContext.loader`.

account = await info.context.loader("account", by_id(Account)).load(user.account_id)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from strawberry.dataloader import DataLoader
from tortoise.models import Model
from tortoise.queryset import QuerySet

__all__ = ["by_id", "grouped", "load_by_id"]


def by_id(model: type[Model]) -> Callable[[], DataLoader]:
    async def load(ids: Sequence[int]) -> list[Any]:
        rows = {row.id: row for row in await model.filter(id__in=set(ids))}
        return [rows.get(i) for i in ids]

    return lambda: DataLoader(load_fn=load)


def grouped(queryset: Callable[[Sequence[Any]], QuerySet], key: str) -> Callable[[], DataLoader]:
    """Rows grouped by a foreign key: `grouped(lambda ids: Message.filter(ticket_id__in=ids), "ticket_id")`."""

    async def load(keys: Sequence[Any]) -> list[list[Any]]:
        groups: dict[Any, list[Any]] = defaultdict(list)
        for row in await queryset(list(set(keys))):
            groups[getattr(row, key)].append(row)
        return [groups.get(k, []) for k in keys]

    return lambda: DataLoader(load_fn=load)


async def load_by_id(info: Any, model: type[Model], object_id: int | None) -> Any:
    if object_id is None:
        return None
    return await info.context.loader(f"{model.__name__}:id", by_id(model)).load(object_id)
