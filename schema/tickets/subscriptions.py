"""`ticketEvents(ticketId)`: new messages and status changes of one ticket, live.

Authorized when the subscription starts (the ticket must be visible, else NOT_FOUND) and
again for every event (the sign-in still valid, the ticket still visible, internal notes
only for staff). Events come through Redis, so a change made through any API process
reaches subscribers connected to any other.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from resolvers.errors import NotFound
from resolvers.tickets import events
from resolvers.tickets.access import get_ticket, still_allowed, visible_message
from schema.permissions import Allow
from schema.tickets.types import TicketMessageType, TicketStatusEnum, TicketType

__all__ = ["TicketSubscription", "TicketEventType"]


@strawberry.type(name="TicketEvent")
class TicketEventType:
    kind: str = strawberry.field(description="`message` or `status`.")
    ticket: TicketType
    message: TicketMessageType | None = None
    status: TicketStatusEnum | None = None


async def _present(info: Info, event: events.TicketEvent) -> TicketEventType | None:
    principal = info.context.principal
    info.context.reset_loaders()  # per event: nothing cached from an earlier one
    if not await still_allowed(principal, event.ticket_id):
        return None
    ticket = await get_ticket(principal, event.ticket_id)
    message = None
    if event.kind == "message":
        found = await visible_message(principal, event.message_id)
        if found is None:
            return TicketEventType(kind="skip", ticket=TicketType.from_model(ticket))
        message = await TicketMessageType.one(info, found)
    return TicketEventType(
        kind=event.kind,
        ticket=TicketType.from_model(ticket),
        message=message,
        status=ticket.status if event.kind == "status" else None,
    )


@strawberry.type
class TicketSubscription:
    @strawberry.subscription(permission_classes=[Allow("ticket.read")])
    async def ticket_events(
        self, info: Info, ticket_id: strawberry.ID
    ) -> AsyncGenerator[TicketEventType, None]:
        principal = info.context.principal
        try:
            ticket = await get_ticket(principal, ticket_id)
        except NotFound:
            raise GraphQLError("No such ticket.", extensions={"code": "NOT_FOUND"}) from None
        async with events.listen(info.context.services.redis, ticket.id) as stream:
            async for event in stream:
                presented = await _present(info, event)
                if presented is None:
                    return  # the right to read is gone: the stream ends
                if presented.kind != "skip":
                    yield presented
