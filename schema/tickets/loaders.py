"""The DataLoaders of the Communication Center (see `schema/loaders.py`), and the prefetch of a
page's relations.

The message batch applies the caller's visibility (`access.sees_internal_notes`), so no field
can forget it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from strawberry.types import Info

from resolvers.tickets.batches import BATCHES
from schema.loaders import area_loader

__all__ = ["ticket_loader", "prefetch", "resolve"]

ticket_loader = area_loader("tickets", BATCHES)

# GraphQL field of a ticket -> (loader, what it is keyed by)
_PREFETCH = {
    "messages": ("messages", "id"),
    "licenses": ("licenses", "id"),
    "history": ("history", "id"),
    "accessInfo": ("access_info", "id"),
    "productVersion": ("versions", "product_version_id"),
    "author": ("people", "author_id"),
    "assignee": ("people", "assignee_id"),
}


def _selected_names(info: Info) -> set[str]:
    names: set[str] = set()
    stack: list[Any] = list(info.selected_fields)
    while stack:
        selection = stack.pop()
        if getattr(selection, "name", None):
            names.add(selection.name)
        stack.extend(getattr(selection, "selections", None) or [])
    return names


async def prefetch(info: Info, tickets: Sequence[Any]) -> None:
    """Load the relations the query asks for, for a whole page of tickets, up front.

    The same batches the loaders run, but the fields then resolve synchronously: for a page
    of 50 tickets that saves hundreds of awaits in the executor.
    """
    ready = info.context.prefetched
    names = _selected_names(info)
    for field, (loader, attribute) in _PREFETCH.items():
        if field not in names:
            continue
        keys = [
            k for k in {getattr(t, attribute) for t in tickets} - {None} if (loader, k) not in ready
        ]
        # The batch itself: through `load_many` each key cost a future and a callback.
        values = await ticket_loader(info, loader).load_fn(keys) if keys else []
        ready.update({(loader, k): v for k, v in zip(keys, values, strict=True)})


def resolve(info: Info, loader: str, key: Any, present: Callable[[Any], Any]) -> Any:
    """The value at once when prefetched, else an awaitable through the loader."""
    ready = info.context.prefetched
    if (loader, key) in ready:
        return present(ready[(loader, key)])

    async def later() -> Any:
        return present(await ticket_loader(info, loader).load(key))

    return later()
