"""The account's system ticket "LOG: License URL modifications" (SPEC sections 2 and 3).

Every license URL change is appended to it as a system message (no author). The ticket is
a `generic` one, so no timer ever pre-closes it, and people cannot close, rate or change it
(`LogTicketReadOnly`); it is excluded from the staff queue and sends no mail.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from models.enums import Department
from models.tickets import Ticket, TicketHistory, TicketKind, TicketMessage, TicketStatus
from resolvers import clock
from resolvers.errors import Conflict
from resolvers.tickets.records import add_message, next_ticket_number, write_history

__all__ = ["LOG_TITLE", "LogTicketReadOnly", "append_to_log_ticket", "log_ticket_id"]

LOG_TITLE = "LOG: License URL modifications"


class LogTicketReadOnly(Conflict):
    code = "LOG_TICKET_READ_ONLY"
    default_message = "The log ticket is written by the system; it cannot be changed by hand."


def _log_key(account_id: int) -> str:
    return f"account:{account_id}"


async def log_ticket_id(account_id: int, using_db: BaseDBAsyncClient) -> int:
    """The id of the account's log ticket, made on first use; safe when two requests race.

    The insert is `ON CONFLICT DO NOTHING` on the unique `log_key`: the loser of a race
    waits for the winner's commit, inserts nothing and then reads the winner's row.
    """
    key = _log_key(account_id)
    found = await Ticket.filter(log_key=key).using_db(using_db).values_list("id", flat=True)
    if found:
        return found[0]
    now = clock.now()
    ticket = Ticket(
        number=await next_ticket_number(using_db),
        account_id=account_id,
        type=TicketKind.GENERIC,
        department=Department.SUPPORT,
        status=TicketStatus.IN_PROGRESS,
        title=LOG_TITLE,
        is_log=True,
        log_key=key,
        created_at=now,
        updated_at=now,
        last_message_at=now,
    )
    await Ticket.bulk_create([ticket], ignore_conflicts=True, using_db=using_db)
    ticket_id = (await Ticket.filter(log_key=key).using_db(using_db).values_list("id", flat=True))[
        0
    ]
    # The loser of a race only got here after the winner committed, history row included.
    if not await TicketHistory.filter(ticket_id=ticket_id).using_db(using_db).exists():
        await write_history(
            using_db,
            ticket_id,
            "create",
            actor_id=None,
            at=now,
            from_status=None,
            to_status=TicketStatus.IN_PROGRESS,
            reason=LOG_TITLE,
        )
    return ticket_id


async def append_to_log_ticket(
    account_id: int, text: str, using_db: BaseDBAsyncClient
) -> TicketMessage:
    """Append a system message to the account's log ticket (made on first use).

    Call inside the transaction of the change being logged, so both commit or neither does.
    """
    ticket_id = await log_ticket_id(account_id, using_db)
    message, _ = await add_message(ticket_id, None, text, clock.now(), using_db)
    return message
