"""Batch loads of the Communication Center: keys in, one value per key out, in key order.

`schema/tickets/loaders.py` wraps each in a per-request DataLoader; one statement per relation
for any number of keys (hand-written in `resolvers/sql/tickets.py` where a ticket page runs it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from accountdesk.settings import Settings
from models.tickets import AccessInfo, TicketHistory
from resolvers import clock
from resolvers.batches import grouped_rows
from resolvers.identity import Principal
from resolvers.sql import Keys
from resolvers.sql.tickets import (
    ATTACHMENTS,
    LICENSES,
    MESSAGES,
    PEOPLE,
    VERSIONS,
    VISIBLE_MESSAGES,
)
from resolvers.tickets.access import sees_internal_notes
from resolvers.tickets.catalog import marks_for_brands
from resolvers.tickets.properties import hotrush_disables_left_for_ids
from resolvers.tickets.queue import priority_factors_for_ids
from resolvers.tickets.timers import closes_at_for_ids

__all__ = ["BATCHES", "Batch"]

Batch = Callable[[Sequence[Any]], Any]  # async: keys -> values in key order


async def _names(user_ids: Iterable[int]) -> dict[int, str]:
    rows = await PEOPLE.fetch(Keys(user_ids))
    return {r["id"]: r["name"] or r["email"] for r in rows}


def messages(principal: Principal) -> Batch:
    """Messages with their attachments, authors and replied-to IDs: three statements for any
    number of tickets, so every field of a message resolves without waiting again."""
    statement = MESSAGES if sees_internal_notes(principal) else VISIBLE_MESSAGES

    async def load(ticket_ids: Sequence[int]) -> list[list[dict]]:
        rows = await statement.fetch(Keys(set(ticket_ids)))
        message_ids = [r["id"] for r in rows]
        files = await ATTACHMENTS.fetch(Keys(message_ids))
        names = await _names({r["author_id"] for r in rows} - {None})
        public_ids = {r["id"]: r["public_id"] for r in rows}
        by_message = dict(zip(message_ids, grouped_rows(files, "message_id", message_ids),
                              strict=True))  # fmt: skip
        for row in rows:
            row["attachments"] = by_message[row["id"]]
            row["author_name"] = names.get(row["author_id"])
            row["reply_to_public_id"] = public_ids.get(row["reply_to_id"])
        return grouped_rows(rows, "ticket_id", ticket_ids)

    return load


async def attachments(message_ids: Sequence[int]) -> list[list[dict]]:
    rows = await ATTACHMENTS.fetch(Keys(set(message_ids)))
    return grouped_rows(rows, "message_id", message_ids)


async def licenses(ticket_ids: Sequence[int]) -> list[list[dict]]:
    rows = await LICENSES.fetch(Keys(set(ticket_ids)))
    return grouped_rows(rows, "ticket_id", ticket_ids)


async def versions(version_ids: Sequence[int]) -> list[Any]:
    """(version row, its marks) per id, None for an unknown one."""
    rows = await VERSIONS.fetch(Keys(set(version_ids)))
    marks = await marks_for_brands([r["brand_id"] for r in rows])
    found = {r["id"]: (r, marks[r["id"]]) for r in rows}
    return [found.get(i) for i in version_ids]


async def history(ticket_ids: Sequence[int]) -> list[list[dict]]:
    rows = (
        await TicketHistory.filter(ticket_id__in=set(ticket_ids))
        .order_by("at", "id")
        .values("id", "ticket_id", "actor_id", "at", "action", "from_status", "to_status", "reason")
    )
    return grouped_rows(rows, "ticket_id", ticket_ids)


async def access_info(ticket_ids: Sequence[int]) -> list[list[dict]]:
    rows = (
        await AccessInfo.filter(ticket_id__in=set(ticket_ids))
        .order_by("id")
        .values("id", "ticket_id", "masked", "created_at", "purged_at")
    )
    return grouped_rows(rows, "ticket_id", ticket_ids)


async def people(user_ids: Sequence[int]) -> list[str | None]:
    names = await _names(set(user_ids))
    return [names.get(i) for i in user_ids]


def priority_weights(settings: Settings) -> Batch:
    """Per account id: the factor its tickets' nominal weights get in the queue."""

    async def load(account_ids: Sequence[int]) -> list[float]:
        return await priority_factors_for_ids(
            account_ids, clock.now() - settings.timers.priority_window
        )

    return load


def closes_at(settings: Settings) -> Batch:
    async def load(ticket_ids: Sequence[int]) -> list[Any]:
        return await closes_at_for_ids(ticket_ids, settings.timers, clock.now())

    return load


# name -> the batch for a caller and the settings (the messages depend on who asks)
BATCHES: dict[str, Callable[[Principal, Settings], Batch]] = {
    "people": lambda principal, settings: people,
    "messages": lambda principal, settings: messages(principal),
    "attachments": lambda principal, settings: attachments,
    "licenses": lambda principal, settings: licenses,
    "versions": lambda principal, settings: versions,
    "history": lambda principal, settings: history,
    "access_info": lambda principal, settings: access_info,
    "closes_at": lambda principal, settings: closes_at(settings),
    # keyed by account id: what an account's people see of its standing
    "hotrush_disables_left": lambda principal, settings: hotrush_disables_left_for_ids,
    "priority_weights": lambda principal, settings: priority_weights(settings),
}
