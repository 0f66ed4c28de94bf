"""DataLoaders of the Communication Center: one statement per relation per request, lean rows.

The message loader applies the caller's visibility (customers never get internal notes), so
no field can forget it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from strawberry.dataloader import DataLoader
from strawberry.types import Info

from models import ProductVersion
from models.tickets import AccessInfo, TicketAttachment, TicketHistory, TicketMessage
from resolvers.identity import Principal
from resolvers.lean import converter, fetch_converted, keys_sql
from resolvers.tickets.catalog import marks_for_brands

__all__ = ["ticket_loader", "prefetch", "resolve"]

# Hand-written statements (see resolvers/lean.py): for a page of 50 tickets, building the
# Tortoise queries and converting their rows took longer than running them.
_MESSAGES_SQL = (
    'SELECT "id", "public_id", "ticket_id", "author_id", "reply_to_id", "body", "is_internal", '
    '"from_staff", "created_at" FROM "ticket_message" WHERE "ticket_id" IN ({tickets}){visible} '
    'ORDER BY "created_at", "id"'
)
_ATTACHMENTS_SQL = (
    'SELECT "id", "message_id", "display_name", "content_type", "size", "created_at" '
    'FROM "ticket_attachment" WHERE "message_id" IN ({messages}) ORDER BY "id"'
)
_PEOPLE_SQL = 'SELECT "id", "name", "email" FROM "user" WHERE "id" IN ({users})'
_LICENSES_SQL = (
    'SELECT l."id", l."url", b."name" AS "brand_name", tl."ticket_id" FROM "ticket_license" tl '
    'JOIN "license" l ON l."id" = tl."license_id" JOIN "brand" b ON b."id" = l."brand_id" '
    'WHERE tl."ticket_id" IN ({tickets}) ORDER BY l."id"'
)
_VERSIONS_SQL = (
    'SELECT v."id", v."brand_id", v."version", v."branch", v."released_on", '
    'b."name" AS "brand_name" FROM "product_version" v JOIN "brand" b ON b."id" = v."brand_id" '
    'WHERE v."id" IN ({versions})'
)
_MESSAGE_TYPES = {
    "is_internal": converter(TicketMessage, "is_internal"),
    "from_staff": converter(TicketMessage, "from_staff"),
    "created_at": converter(TicketMessage, "created_at"),
}
_ATTACHMENT_TYPES = {"created_at": converter(TicketAttachment, "created_at")}
_VERSION_TYPES = {"released_on": converter(ProductVersion, "released_on")}


def _grouped(rows: Sequence[dict], key: str, keys: Sequence[Any]) -> list[list[dict]]:
    groups: dict[Any, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    return [groups.get(k, []) for k in keys]


async def _attachment_rows(message_ids: Iterable[int]) -> list[dict]:
    return await fetch_converted(
        _ATTACHMENTS_SQL.format(messages=keys_sql(message_ids)), _ATTACHMENT_TYPES
    )


async def _names(user_ids: Iterable[int]) -> dict[int, str]:
    rows = await fetch_converted(_PEOPLE_SQL.format(users=keys_sql(user_ids)), {})
    return {r["id"]: r["name"] or r["email"] for r in rows}


def _messages(principal: Principal) -> Callable[[], DataLoader]:
    """Messages with their attachments, authors and replied-to IDs: three statements for
    any number of tickets, so every field of a message resolves without waiting again."""
    visible = "" if principal.is_staff else ' AND "is_internal" = FALSE'

    async def load(ticket_ids: Sequence[int]) -> list[list[dict]]:
        sql = _MESSAGES_SQL.format(tickets=keys_sql(set(ticket_ids)), visible=visible)
        rows = await fetch_converted(sql, _MESSAGE_TYPES)
        message_ids = [r["id"] for r in rows]
        files = await _attachment_rows(message_ids)
        names = await _names({r["author_id"] for r in rows} - {None})
        public_ids = {r["id"]: r["public_id"] for r in rows}
        by_message = dict(zip(message_ids, _grouped(files, "message_id", message_ids), strict=True))
        for row in rows:
            row["attachments"] = by_message[row["id"]]
            row["author_name"] = names.get(row["author_id"])
            row["reply_to_public_id"] = public_ids.get(row["reply_to_id"])
        return _grouped(rows, "ticket_id", ticket_ids)

    return lambda: DataLoader(load_fn=load)


def _attachments() -> DataLoader:
    async def load(message_ids: Sequence[int]) -> list[list[dict]]:
        rows = await _attachment_rows(set(message_ids))
        return _grouped(rows, "message_id", message_ids)

    return DataLoader(load_fn=load)


def _licenses() -> DataLoader:
    async def load(ticket_ids: Sequence[int]) -> list[list[dict]]:
        rows = await fetch_converted(_LICENSES_SQL.format(tickets=keys_sql(set(ticket_ids))), {})
        return _grouped(rows, "ticket_id", ticket_ids)

    return DataLoader(load_fn=load)


def _versions() -> DataLoader:
    async def load(version_ids: Sequence[int]) -> list[Any]:
        sql = _VERSIONS_SQL.format(versions=keys_sql(set(version_ids)))
        rows = await fetch_converted(sql, _VERSION_TYPES)
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
        names = await _names(set(user_ids))
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
        keys = [
            k for k in {getattr(t, attribute) for t in tickets} - {None} if (loader, k) not in ready
        ]
        # The load function itself: through `load_many` each key cost a future and a callback.
        values = await ticket_loader(info, loader).load_fn(keys) if keys else []
        ready.update({(loader, k): v for k, v in zip(keys, values, strict=True)})


def resolve(info: Info, loader: str, key: Any, present: Callable[[Any], Any]) -> Any:
    """The value at once when prefetched, else an awaitable through the loader."""
    ready = info.context._loaders.get(_READY)
    if ready is not None and (loader, key) in ready:
        return present(ready[(loader, key)])

    async def later() -> Any:
        return present(await ticket_loader(info, loader).load(key))

    return later()
