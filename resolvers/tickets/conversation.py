"""Opening a ticket, posting messages (with attachments), and splitting a message off.

Every new message goes through `records.add_message`, i.e. through the one gate
`activity.record_message`: in a closed ticket it writes nothing and raises TicketClosed.
Files are written to storage before the transaction and removed again if it rolls back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis
from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import License, ProductVersion
from models.enums import Department
from models.tickets import (
    Ticket,
    TicketAttachment,
    TicketKind,
    TicketMessage,
    TicketPriority,
    TicketStatus,
)
from resolvers import clock
from resolvers.errors import Forbidden, InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id, parse_ids
from resolvers.storage import Storage
from resolvers.tickets.access import get_ticket, visible_messages
from resolvers.tickets.attachments import read_uploads, record_attachments, stored_files
from resolvers.tickets.events import TicketEvent, publish
from resolvers.tickets.lifecycle import locked_ticket
from resolvers.tickets.notify import mail_message
from resolvers.tickets.records import add_message, next_ticket_number, write_history
from resolvers.tickets.timers import response_target, staff_answer

__all__ = [
    "DEPARTMENT_BY_TYPE",
    "NewTicket",
    "HotRushSupportOnly",
    "create_ticket",
    "post_message",
    "split_message",
    "ticket_by_message_id",
    "open_vendor_ticket",
]

DEPARTMENT_BY_TYPE = {
    TicketKind.SALES: Department.SALES,
    TicketKind.SUPPORT: Department.SUPPORT,
    TicketKind.PROJECT: Department.PROJECTS,
    TicketKind.GENERIC: Department.SUPPORT,
}
MAX_BODY = 50_000


class HotRushSupportOnly(InvalidInput):
    code = "HOTRUSH_SUPPORT_ONLY"
    default_message = "HotRush is urgent technical support: only support tickets can have it."


@dataclass
class NewTicket:
    type: TicketKind
    title: str
    body: str
    priority: TicketPriority = TicketPriority.NORMAL
    hotrush: bool = False
    license_ids: list[Any] = field(default_factory=list)  # ids from the API, parsed here
    product_version_id: Any = None
    uploads: Sequence[Any] = ()


def clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title or len(title) > 300:
        raise InvalidInput("The title takes 1 to 300 characters.", field="title")
    return title


def clean_body(body: str) -> str:
    body = body.strip()
    if not body or len(body) > MAX_BODY:
        raise InvalidInput(f"A message takes 1 to {MAX_BODY} characters.", field="body")
    return body


async def _licenses(principal: Principal, ids: list[Any]) -> list[License]:
    unique = set(parse_ids(ids, "license"))
    found = await License.filter(id__in=unique, account_id=principal.account_id)
    if len(found) != len(unique):
        raise NotFound("No such license.")
    return found


async def _check_version(version_id: Any) -> int | None:
    if version_id is None:
        return None
    wanted = parse_id(version_id, "product version")
    if not await ProductVersion.filter(id=wanted).exists():
        raise NotFound("No such product version.")
    return wanted


async def _insert_ticket(
    settings: Settings, number: int, now: Any, conn: Any, **fields: Any
) -> Ticket:
    return await Ticket.create(
        number=number,
        created_at=now,
        updated_at=now,
        last_message_at=now,
        response_due_at=now + response_target(settings.timers, fields.get("hotrush", False)),
        using_db=conn,
        **fields,
    )


async def _take_number() -> int:
    async with in_transaction() as conn:  # short: the counter row is locked until commit
        return await next_ticket_number(conn)


async def create_ticket(
    settings: Settings, storage: Storage, principal: Principal, new: NewTicket
) -> Ticket:
    if principal.account_id is None:
        raise Forbidden("Tickets are opened by customers.")
    title, body = clean_title(new.title), clean_body(new.body)
    if new.hotrush and new.type is not TicketKind.SUPPORT:
        raise HotRushSupportOnly()
    licenses = await _licenses(principal, new.license_ids)
    version_id = await _check_version(new.product_version_id)
    files = await read_uploads(settings, new.uploads)
    number, now, author = await _take_number(), clock.now(), principal.user_id
    async with stored_files(storage, files) as names, in_transaction() as conn:
        ticket = await _insert_ticket(
            settings,
            number,
            now,
            conn,
            account_id=principal.account_id,
            author_id=author,
            type=new.type,
            department=DEPARTMENT_BY_TYPE[new.type],
            priority=new.priority,
            hotrush=new.hotrush,
            title=title,
            product_version_id=version_id,
        )
        if licenses:
            await ticket.licenses.add(*licenses, using_db=conn)
        message, _ = await add_message(ticket.id, author, body, now, conn)
        await record_attachments(ticket.id, message.id, author, files, names, now, conn)
        await write_history(
            conn,
            ticket.id,
            "create",
            actor_id=author,
            at=now,
            from_status=None,
            to_status=TicketStatus.SUBMITTED,
            reason="",
        )
    return ticket


async def open_vendor_ticket(
    settings: Settings, account_id: int, kind: TicketKind, title: str, body: str, conn: Any
) -> Ticket:
    """A ticket the vendor opens for an account (e.g. for a service it bought), inside the
    caller's transaction; its first message is from the vendor (no author)."""
    now = clock.now()
    ticket = await _insert_ticket(
        settings,
        await next_ticket_number(conn),
        now,
        conn,
        account_id=account_id,
        type=kind,
        department=DEPARTMENT_BY_TYPE[kind],
        title=clean_title(title),
    )
    await add_message(ticket.id, None, clean_body(body), now, conn, from_staff=True)
    await write_history(
        conn, ticket.id, "create", actor_id=None, at=now, to_status=TicketStatus.SUBMITTED
    )
    return ticket


async def post_message(
    settings: Settings,
    storage: Storage,
    principal: Principal,
    ticket_id: Any,
    body: str,
    reply_to: str | None = None,
    internal: bool = False,
    uploads: Sequence[Any] = (),
    bus: Redis | None = None,
) -> TicketMessage:
    """A message in an open ticket; a pre-closed one goes back to `in_progress`."""
    body, author = clean_body(body), principal.user_id
    if internal and not principal.is_staff:
        raise Forbidden("Only staff write internal notes.")
    ticket = await get_ticket(principal, ticket_id)
    reply_to_id = await _reply_target(principal, ticket.id, reply_to)
    files = await read_uploads(settings, uploads)
    async with stored_files(storage, files) as names, in_transaction() as conn:
        ticket = await locked_ticket(principal, ticket.id, conn)
        now = clock.now()  # under the lock, like status changes
        message, previous = await add_message(
            ticket.id,
            author,
            body,
            now,
            conn,
            from_staff=principal.is_staff,
            is_internal=internal,
            reply_to_id=reply_to_id,
        )
        await record_attachments(ticket.id, message.id, author, files, names, now, conn)
        if previous is TicketStatus.PRE_CLOSED:
            await write_history(
                conn,
                ticket.id,
                "message",
                actor_id=author,
                at=now,
                from_status=previous,
                to_status=TicketStatus.IN_PROGRESS,
                reason="A message came in while pre-closed.",
            )
        if principal.is_staff and not internal:
            await _staff_answer(ticket, now, conn)
            await mail_message(ticket, message, conn)
    await publish(bus, TicketEvent(ticket.id, "message", message_id=message.id))
    if previous is TicketStatus.PRE_CLOSED:
        await publish(bus, TicketEvent(ticket.id, "status", status=TicketStatus.IN_PROGRESS.value))
    return message


async def _staff_answer(ticket: Ticket, now: Any, conn: Any) -> None:
    """The ticket row is locked (`locked_ticket`), so its deadline fields are current."""
    changes = staff_answer(ticket, now)
    if changes:
        await Ticket.filter(id=ticket.id).using_db(conn).update(**changes)


async def _reply_target(principal: Principal, ticket_id: int, reply_to: str | None) -> int | None:
    if not reply_to:
        return None
    found = await visible_messages(
        principal, TicketMessage.filter(public_id=reply_to.strip().upper(), ticket_id=ticket_id)
    ).values_list("id", flat=True)
    if not found:
        raise NotFound("No such message in this ticket.")
    return found[0]


async def ticket_by_message_id(principal: Principal, message_id: str) -> Ticket:
    """ "Search by Message ID": the ticket holding a message the caller may see."""
    found = await visible_messages(
        principal, TicketMessage.filter(public_id=message_id.strip().upper())
    ).values_list("ticket_id", flat=True)
    if not found:
        raise NotFound("No message with this ID.")
    return await get_ticket(principal, found[0])


async def split_message(
    settings: Settings,
    principal: Principal,
    message_id: str,
    title: str,
    bus: Redis | None = None,
) -> Ticket:
    """Staff move a message (and its attachments) into a new ticket of the same account."""
    title = clean_title(title)
    found = await visible_messages(
        principal, TicketMessage.filter(public_id=message_id.strip().upper())
    ).values("id", "ticket_id")
    if not found:
        raise NotFound("No message with this ID.")
    number, now, actor = await _take_number(), clock.now(), principal.user_id
    async with in_transaction() as conn:
        source = await locked_ticket(principal, found[0]["ticket_id"], conn)
        ticket = await _insert_ticket(
            settings,
            number,
            now,
            conn,
            account_id=source.account_id,
            author_id=source.author_id,
            type=source.type,
            department=source.department,
            priority=source.priority,
            title=title,
            product_version_id=source.product_version_id,
        )
        await _move_message(found[0]["id"], ticket.id, conn)
        reason = f"Split from ticket #{source.number} (message {message_id})."
        await write_history(
            conn,
            ticket.id,
            "split",
            actor_id=actor,
            at=now,
            from_status=None,
            to_status=TicketStatus.SUBMITTED,
            reason=reason,
        )
        reason = f"Message {message_id} moved to ticket #{number}."
        await write_history(
            conn,
            source.id,
            "split",
            actor_id=actor,
            at=now,
            from_status=source.status,
            to_status=source.status,
            reason=reason,
        )
    await publish(bus, TicketEvent(source.id, "status", status=source.status.value))
    return ticket


async def _move_message(message_id: int, ticket_id: int, conn: Any) -> None:
    """The message and its files go to the new ticket; replies on either side let go of it."""
    await (
        TicketMessage.filter(id=message_id)
        .using_db(conn)
        .update(ticket_id=ticket_id, reply_to_id=None)
    )
    await TicketMessage.filter(reply_to_id=message_id).using_db(conn).update(reply_to_id=None)
    await TicketAttachment.filter(message_id=message_id).using_db(conn).update(ticket_id=ticket_id)
