"""Factories for the timer tests: tickets written straight to the database, and a message
posted exactly the way the API posts one (`record_message` + the insert, one transaction)."""

from __future__ import annotations

import itertools
import uuid
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from models import Account, Project, ProjectTask, Ticket, TicketMessage, User
from models.enums import Department
from models.projects import ProjectTaskStatus
from models.tickets import TicketKind, TicketStatus
from resolvers.tickets.activity import record_message

__all__ = ["make_ticket", "post_message", "link_tasks", "DEPARTMENTS"]

_numbers = itertools.count(100_000)
DEPARTMENTS = {
    TicketKind.SALES: Department.SALES,
    TicketKind.SUPPORT: Department.SUPPORT,
    TicketKind.PROJECT: Department.PROJECTS,
    TicketKind.GENERIC: Department.SUPPORT,
}


async def make_ticket(
    author: User,
    type: TicketKind | str,
    last_message_at: datetime,
    status: TicketStatus | str = TicketStatus.IN_PROGRESS,
    **fields: Any,
) -> Ticket:
    type = TicketKind(type)
    return await Ticket.create(
        number=next(_numbers),
        account_id=author.account_id,
        author=author,
        type=type,
        department=DEPARTMENTS[type],
        status=TicketStatus(status),
        title=fields.pop("title", f"{type.value} question"),
        created_at=fields.pop("created_at", last_message_at),
        updated_at=last_message_at,
        last_message_at=last_message_at,
        **fields,
    )


async def link_tasks(ticket: Ticket, *statuses: ProjectTaskStatus) -> list[ProjectTask]:
    account = await Account.get(id=ticket.account_id)
    project = await Project.create(
        account=account,
        title="Store redesign",
        created_at=ticket.created_at,
        updated_at=ticket.created_at,
    )
    return [
        await ProjectTask.create(
            project=project,
            title=f"task {n}",
            status=status,
            ticket=ticket,
            created_at=ticket.created_at,
            updated_at=ticket.created_at,
        )
        for n, status in enumerate(statuses)
    ]


async def post_message(
    ticket_id: int, author: User | None, now: datetime, from_customer: bool = True
) -> bool:
    """What `postMessage` does: the gate, then the insert, in one transaction.

    True when the message landed; False when the ticket was closed (TICKET_CLOSED).
    """
    async with in_transaction() as conn:
        previous = await record_message(ticket_id, now, from_customer, using_db=conn)
        if previous is None:
            return False
        await TicketMessage.create(
            public_id=f"M-{uuid.uuid4().hex[:12]}",
            ticket_id=ticket_id,
            author=author,
            body="Any news?",
            from_staff=not from_customer,
            created_at=now,
            using_db=conn,
        )
    return True
