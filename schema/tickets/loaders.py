"""DataLoaders of the Communication Center: one statement per relation per request, lean rows.

The message loader applies the caller's visibility (customers never get internal notes), so
no field can forget it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from strawberry.dataloader import DataLoader
from strawberry.types import Info

from models import License, ProductVersion, User
from models.tickets import AccessInfo, TicketAttachment, TicketHistory, TicketMessage
from resolvers.identity import Principal
from resolvers.tickets.catalog import marks_for_brands

__all__ = ["ticket_loader", "prefetch", "resolve"]

_MESSAGE = (
    "id",
    "public_id",
    "ticket_id",
    "author_id",
    "reply_to_id",
    "body",
    "is_internal",
    "from_staff",
    "created_at",
)
_ATTACHMENT = ("id", "message_id", "display_name", "content_type", "size", "created_at")


def _grouped(rows: Sequence[dict], key: str, keys: Sequence[Any]) -> list[list[dict]]:
    groups: dict[Any, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    return [groups.get(k, []) for k in keys]


def _messages(principal: Principal) -> Callable[[], DataLoader]:
    """Messages with their attachments, authors and replied-to IDs: three statements for
    any number of tickets, so every field of a message resolves without waiting again."""

    async def load(ticket_ids: Sequence[int]) -> list[list[dict]]:
        query = TicketMessage.filter(ticket_id__in=set(ticket_ids))
        if not principal.is_staff:
            query = query.filter(is_internal=False)
        rows = await query.order_by("created_at", "id").values(*_MESSAGE)
        files = (
            await TicketAttachment.filter(message_id__in=[r["id"] for r in rows])
            .order_by("id")
            .values(*_ATTACHMENT)
        )
        people = await User.filter(id__in={r["author_id"] for r in rows} - {None}).values(
            "id", "name", "email"
        )
        names = {p["id"]: p["name"] or p["email"] for p in people}
        public_ids = {r["id"]: r["public_id"] for r in rows}
        by_message = dict(
            zip(
                [r["id"] for r in rows],
                _grouped(files, "message_id", [r["id"] for r in rows]),
                strict=True,
            )
        )
        for row in rows:
            row["attachments"] = by_message[row["id"]]
            row["author_name"] = names.get(row["author_id"])
            row["reply_to_public_id"] = public_ids.get(row["reply_to_id"])
        return _grouped(rows, "ticket_id", ticket_ids)

    return lambda: DataLoader(load_fn=load)


def _attachments() -> DataLoader:
    async def load(message_ids: Sequence[int]) -> list[list[dict]]:
        rows = (
            await TicketAttachment.filter(message_id__in=set(message_ids))
            .order_by("id")
            .values(*_ATTACHMENT)
        )
        return _grouped(rows, "message_id", message_ids)

    return DataLoader(load_fn=load)


def _licenses() -> DataLoader:
    async def load(ticket_ids: Sequence[int]) -> list[list[dict]]:
        rows = (
            await License.filter(tickets__id__in=set(ticket_ids))
            .order_by("id")
            .values("id", "url", brand_name="brand__name", ticket_id="tickets__id")
        )
        return _grouped(rows, "ticket_id", ticket_ids)

    return DataLoader(load_fn=load)


def _versions() -> DataLoader:
    async def load(version_ids: Sequence[int]) -> list[Any]:
        rows = await ProductVersion.filter(id__in=set(version_ids)).values(
            "id", "brand_id", "version", "branch", "released_on", brand_name="brand__name"
        )
        marks = await marks_for_brands([r["brand_id"] for r in rows])
        found = {r["id"]: (r, marks[r["id"]]) for r in rows}
        return [found.get(i) for i in version_ids]

    return DataLoader(load_fn=load)


def _history() -> DataLoader:
    async def load(ticket_ids: Sequence[int]) -> list[list[dict]]:
        rows = (
            await TicketHistory.filter(ticket_id__in=set(ticket_ids))
            .order_by("at", "id")
            .values(
                "id", "ticket_id", "actor_id", "at", "action", "from_status", "to_status", "reason"
            )
        )
        return _grouped(rows, "ticket_id", ticket_ids)

    return DataLoader(load_fn=load)


def _access_info() -> DataLoader:
    async def load(ticket_ids: Sequence[int]) -> list[list[dict]]:
        rows = (
            await AccessInfo.filter(ticket_id__in=set(ticket_ids))
            .order_by("id")
            .values("id", "ticket_id", "masked", "created_at", "purged_at")
        )
        return _grouped(rows, "ticket_id", ticket_ids)

    return DataLoader(load_fn=load)


def _people() -> DataLoader:
    async def load(user_ids: Sequence[int]) -> list[str | None]:
        rows = await User.filter(id__in=set(user_ids)).values("id", "name", "email")
        names = {r["id"]: r["name"] or r["email"] for r in rows}
        return [names.get(i) for i in user_ids]

    return DataLoader(load_fn=load)


_FACTORIES: dict[str, Callable[[Principal], Callable[[], DataLoader]]] = {
    "people": lambda principal: _people,
    "messages": _messages,
    "attachments": lambda principal: _attachments,
    "licenses": lambda principal: _licenses,
    "versions": lambda principal: _versions,
    "history": lambda principal: _history,
    "access_info": lambda principal: _access_info,
}


def ticket_loader(info: Info, name: str) -> DataLoader:
    principal = info.context.principal
    return info.context.loader(f"tickets:{name}", _FACTORIES[name](principal))


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
_READY = "tickets:ready"


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

    The same statements the loaders would run, but the fields then resolve synchronously:
    for a page of 50 tickets that saves hundreds of awaits in the executor.
    """
    ready = info.context._loaders.setdefault(_READY, {})
    names = _selected_names(info)
    for field, (loader, attribute) in _PREFETCH.items():
        if field not in names:
            continue
        keys = list({getattr(t, attribute) for t in tickets} - {None})
        values = await ticket_loader(info, loader).load_many(keys)
        ready.update({(loader, k): v for k, v in zip(keys, values, strict=True)})


def resolve(info: Info, loader: str, key: Any, present: Callable[[Any], Any]) -> Any:
    """The value at once when prefetched, else an awaitable through the loader."""
    ready = info.context._loaders.get(_READY)
    if ready is not None and (loader, key) in ready:
        return present(ready[(loader, key)])

    async def later() -> Any:
        return present(await ticket_loader(info, loader).load(key))

    return later()
