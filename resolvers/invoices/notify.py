"""The invoice mails, written to the outbox in the transaction of the step they tell of.

They go to the account's primary (the license owner, who answers for the account's money);
each has a dedupe key naming the event, so no retry or racing worker writes one twice.
"""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.backends.base.client import BaseDBAsyncClient

from models import Invoice, User
from models.enums import AccountType
from resolvers import outbox
from resolvers.buying.mails import money

__all__ = ["issued", "paid", "overdue_mails", "primary_addresses"]


async def primary_addresses(
    account_ids: Sequence[int], conn: BaseDBAsyncClient | None = None
) -> dict[int, str]:
    rows = (
        await User.filter(
            account_id__in=set(account_ids), account_type=AccountType.PRIMARY, is_active=True
        )
        .using_db(conn)
        .values_list("account_id", "contact_email")
    )
    return {account_id: email for account_id, email in rows}


async def _to_primary(invoice: Invoice, event: str, subject: str, body: str, conn) -> None:
    address = (await primary_addresses([invoice.account_id], conn)).get(invoice.account_id)
    if address:
        key = f"invoice:{invoice.id}:{event}"
        await outbox.enqueue(address, subject, body, key, using_db=conn)


def _amount(invoice: Invoice) -> str:
    return money(invoice.total, invoice.currency)


async def issued(invoice: Invoice, conn: BaseDBAsyncClient) -> None:
    await _to_primary(
        invoice,
        "issued",
        f"Invoice {invoice.number}: {_amount(invoice)}, due {invoice.due_date:%Y-%m-%d}",
        f"Invoice {invoice.number} of {_amount(invoice)} is due on {invoice.due_date:%Y-%m-%d}. "
        "You find it, and can pay it, under Invoices.",
        conn,
    )


async def paid(invoice: Invoice, conn: BaseDBAsyncClient) -> None:
    await _to_primary(
        invoice,
        "paid",
        f"Invoice {invoice.number} paid",
        f"Thank you: invoice {invoice.number} ({_amount(invoice)}) is paid. "
        "It is listed under Purchases.",
        conn,
    )


def overdue_mails(invoices: Sequence[Invoice], addresses: dict[int, str]) -> list[outbox.Mail]:
    return [
        outbox.Mail(
            addresses[invoice.account_id],
            f"Invoice {invoice.number} is overdue",
            f"Invoice {invoice.number} of {_amount(invoice)} was due on "
            f"{invoice.due_date:%Y-%m-%d} and is not paid yet. You can pay it under Invoices.",
            f"invoice:{invoice.id}:overdue",
        )
        for invoice in invoices
        if invoice.account_id in addresses
    ]
