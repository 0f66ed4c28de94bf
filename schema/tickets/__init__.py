"""The Communication Center's GraphQL: tickets, messages, attachments, access info, live events."""

from schema.tickets.mutations import TicketMutation
from schema.tickets.queries import TicketQuery
from schema.tickets.subscriptions import TicketSubscription

__all__ = ["TicketQuery", "TicketMutation", "TicketSubscription"]
