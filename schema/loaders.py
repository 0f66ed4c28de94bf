"""The one DataLoader style: a batch load (`resolvers/<area>/batches.py`: keys in, values in
key order out, no GraphQL) wrapped in a DataLoader made once per request.

Each area names its loaders in `schema/<area>/loaders.py` from its `BATCHES` table:

    ticket_loader = area_loader("tickets", BATCHES)
    rows = await ticket_loader(info, "messages").load(ticket.id)

A loader is per request (per event in subscriptions: `context.reset_loaders()`), so nothing
cached outlives the caller's rights.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from strawberry.dataloader import DataLoader
from strawberry.types import Info
from tortoise.models import Model

from resolvers.batches import by_id

__all__ = ["area_loader", "load_by_id"]

AreaLoader = Callable[[Info, str], DataLoader]


def area_loader(area: str, batches: Mapping[str, Callable[[Any, Any], Any]]) -> AreaLoader:
    """`loader(info, name)`: the request's DataLoader over `batches[name](principal, settings)`."""

    def loader(info: Info, name: str) -> DataLoader:
        context = info.context
        return context.loader(
            f"{area}:{name}",
            lambda: DataLoader(load_fn=batches[name](context.principal, context.settings)),
        )

    return loader


async def load_by_id(info: Info, model: type[Model], object_id: int | None) -> Any:
    """One row by primary key (None for None), batched with the request's other lookups."""
    if object_id is None:
        return None
    loader = info.context.loader(f"{model.__name__}:id", lambda: DataLoader(load_fn=by_id(model)))
    return await loader.load(object_id)
