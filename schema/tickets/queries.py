"""Root query fields of the Communication Center."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from resolvers.errors import NotFound
from resolvers.tickets import catalog, conversation, queue
from resolvers.tickets.access import get_ticket
from schema.pagination import Connection, connection
from schema.permissions import Allow
from schema.tickets.loaders import prefetch
from schema.tickets.types import (
    ProductVersionType,
    TicketKindEnum,
    TicketLicenseType,
    TicketStatusEnum,
    TicketType,
)

__all__ = ["TicketQuery", "TicketFilterInput"]


@strawberry.input
class TicketFilterInput:
    status: TicketStatusEnum | None = None
    type: TicketKindEnum | None = None
    search: str | None = strawberry.field(
        default=None, description="A title fragment, a ticket number or a message ID."
    )
    hide_closed_and_rated: bool = strawberry.field(
        default=True, description="Leave out closed tickets, rated or not (on by default)."
    )


@strawberry.type
class TicketQuery:
    @strawberry.field(permission_classes=[Allow("ticket.read")])
    async def tickets(
        self,
        info: Info,
        filter: TicketFilterInput | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[TicketType]:
        chosen = filter or TicketFilterInput()
        page = await queue.list_tickets(
            info.context.settings,
            info.context.principal,
            queue.TicketFilter(
                status=chosen.status,
                type=chosen.type,
                search=chosen.search,
                hide_closed_and_rated=chosen.hide_closed_and_rated,
            ),
            first,
            after,
        )
        await prefetch(info, page.items)
        return connection(page, TicketType.from_model)

    @strawberry.field(permission_classes=[Allow("ticket.read")])
    async def ticket(self, info: Info, id: strawberry.ID) -> TicketType | None:
        try:
            return TicketType.from_model(await get_ticket(info.context.principal, id))
        except NotFound:
            return None

    @strawberry.field(
        permission_classes=[Allow("ticket.read")], description="Search by Message ID."
    )
    async def ticket_by_message_id(self, info: Info, message_id: str) -> TicketType | None:
        try:
            found = await conversation.ticket_by_message_id(info.context.principal, message_id)
        except NotFound:
            return None
        return TicketType.from_model(found)

    @strawberry.field(
        permission_classes=[Allow("ticket.queue")],
        description="Open tickets in answering order: HotRush by deadline, then effective "
        "priority, then age.",
    )
    async def ticket_queue(self, info: Info, first: int = 50) -> list[TicketType]:
        entries = await queue.ticket_queue(info.context.settings, info.context.principal, first)
        await prefetch(info, [entry.ticket for entry in entries])
        return [TicketType.from_model(e.ticket, e.effective_priority) for e in entries]

    @strawberry.field(
        permission_classes=[Allow("ticket.license_options")],
        description="The account's licenses a ticket may be about.",
    )
    async def ticket_license_options(self, info: Info) -> list[TicketLicenseType]:
        rows = await catalog.license_options(info.context.principal)
        return [TicketLicenseType.from_row(r) for r in rows]

    @strawberry.field(permission_classes=[Allow("product_version.read")])
    async def product_versions(self, info: Info, brand: str) -> list[ProductVersionType]:
        try:
            found = await catalog.product_versions(brand)
        except NotFound:
            return []
        return [ProductVersionType.from_row(row, marks) for row, marks in found]
