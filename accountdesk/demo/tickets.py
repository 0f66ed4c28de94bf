"""Demo tickets in Demo Store: every type and status, some HotRush, attachments and ratings.

Two HotRush tickets are closed; one open ticket had HotRush switched on by its author after
staff answered, so the list shows its new 2-hour deadline (SPEC "HotRush").

Made through the same use cases as the API (so numbers, message IDs, history and mail rows
are real). Idempotent: nothing is added when Demo Store already has tickets.
"""

from __future__ import annotations

from dataclasses import dataclass

from accountdesk.settings import Settings
from models import Account, Ticket, User
from models.enums import StaffRole
from models.tickets import TicketKind as Kind
from models.tickets import TicketPriority
from resolvers.identity import Principal
from resolvers.storage import storage_for
from resolvers.tickets import conversation, lifecycle, properties
from resolvers.tickets.states import Action

__all__ = ["seed"]

PNG = b"\x89PNG\r\n\x1a\n" + bytes(56)


@dataclass
class DemoFile:
    """What an upload looks like to the use cases: a name and an async read."""

    filename: str
    data: bytes

    async def read(self, size: int = -1) -> bytes:
        return self.data if size < 0 else self.data[:size]


# (author, type, title, first message, priority, hotrush, attachment, steps, rating); the
# steps are staff's but "hotrush", which the author takes.
TICKETS = [
    (
        "webmaster@demo.test",
        Kind.SUPPORT,
        "Checkout page returns 500 since this morning",
        "Every order fails at the payment step. Error log attached.",
        TicketPriority.MAJOR,
        False,
        ("error.log", b"PHP Fatal error: Uncaught Exception in payment.php:42\n"),
        [],
        None,
    ),
    (
        "owner@demo.test",
        Kind.SUPPORT,
        "Payment module error after upgrade to 5.4.1",
        "After the upgrade the payment module shows a blank page.",
        TicketPriority.NORMAL,
        False,
        ("screenshot.png", PNG),
        ["assign", "start", "answer", "hotrush"],
        None,
    ),
    (
        "buyer@demo.test",
        Kind.SALES,
        "Pricing for three more stores",
        "We plan to open three more stores; what would the licenses cost?",
        TicketPriority.MINOR,
        False,
        None,
        ["assign"],
        None,
    ),
    (
        "owner@demo.test",
        Kind.PROJECT,
        "Custom shipping module: questions on the specification",
        "Section 3 of the specification: should rates include tax?",
        TicketPriority.NORMAL,
        False,
        None,
        ["assign", "start", "answer"],
        None,
    ),
    (
        "owner@demo.test",
        Kind.GENERIC,
        "Change of our billing contact",
        "Please send invoices to accounts@demo.test from now on.",
        TicketPriority.NORMAL,
        False,
        None,
        ["answer", "pre_close"],
        None,
    ),
    (
        "webmaster@demo.test",
        Kind.SUPPORT,
        "Search index does not rebuild",
        "The search index rebuild stops at 40%.",
        TicketPriority.NORMAL,
        True,
        None,
        ["assign", "answer", "solved", "close"],
        (5, "Fixed within the hour, thank you!"),
    ),
    (
        "buyer@demo.test",
        Kind.SALES,
        "Quote for the annual support plan",
        "Could you send a quote for a year of support?",
        TicketPriority.NORMAL,
        False,
        None,
        ["answer", "close"],
        (3, "Good answer, but it took three days."),
    ),
    (
        "owner@demo.test",
        Kind.SUPPORT,
        "Product images missing after migration",
        "Half of the product images are gone since the move to the new server.",
        TicketPriority.MAJOR,
        False,
        ("missing.txt", b"/images/p/1001.jpg\n/images/p/1002.jpg\n"),
        ["assign", "answer", "close", "reopen"],
        None,
    ),
    (
        "webmaster@demo.test",
        Kind.GENERIC,
        "Where do I find the invoices of last year?",
        "I cannot find the invoices of 2025.",
        TicketPriority.MINOR,
        False,
        None,
        [],
        None,
    ),
    (
        "owner@demo.test",
        Kind.SUPPORT,
        "Payment gateway timeouts during the sale",
        "Since 9:00 every third payment times out.",
        TicketPriority.MAJOR,
        True,
        None,
        ["assign", "start", "answer", "close"],
        None,
    ),
]


def _principal(user: User) -> Principal:
    return Principal(
        user_id=user.id,
        account_id=user.account_id,
        email=user.email,
        account_type=user.account_type,
        # Demo staff handle every department's tickets here, as an admin would.
        staff_role=StaffRole.ADMIN if user.staff_role else None,
        department=user.department,
    )


async def _steps(
    settings: Settings, staff: Principal, customer: Principal, ticket: Ticket, steps: list[str]
) -> None:
    storage = storage_for(settings)
    actions = {
        "start": Action.START,
        "close": Action.CLOSE,
        "reopen": Action.REOPEN,
        "pre_close": Action.PRE_CLOSE,
    }
    for step in steps:
        if step == "assign":
            await properties.assign_ticket(settings, staff, ticket.id, staff.user_id)
        elif step == "answer":
            await conversation.post_message(
                settings, storage, staff, ticket.id, "Thanks, we are looking into it now."
            )
        elif step == "solved":
            await properties.mark_solved(staff, ticket.id)
        elif step == "hotrush":
            await properties.set_hotrush(settings, customer, ticket.id, True)
        else:
            await lifecycle.change_status(
                settings, staff, ticket.id, lifecycle.Change(actions[step])
            )


async def seed() -> str:
    account = await Account.get_or_none(name="Demo Store")
    agent = await User.get_or_none(email="agent@vendor.test")
    if account is None or agent is None:
        return "tickets: skipped (demo accounts missing)"
    if await Ticket.filter(account_id=account.id, is_log=False).exists():
        return "tickets: 0 added"
    settings = Settings.from_env()
    storage = storage_for(settings)
    staff = _principal(agent)
    for author, kind, title, body, priority, hotrush, file, steps, rating in TICKETS:
        customer = _principal(await User.get(email=author))
        uploads = [DemoFile(*file)] if file else []
        new = conversation.NewTicket(kind, title, body, priority, hotrush, uploads=uploads)
        ticket = await conversation.create_ticket(settings, storage, customer, new)
        await _steps(settings, staff, customer, ticket, steps)
        if rating:
            await properties.rate_ticket(customer, ticket.id, *rating)
    return f"tickets: {len(TICKETS)} added"
