"""The overdue reminder: one mail per invoice, when it becomes overdue; never twice.

Each run claims, in one transaction, the unpaid invoices whose due date has passed and that
were never reminded: the rows are locked (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so a second
worker passes them by), marked `reminded_at`, and their mails queued with the dedupe key
`invoice:<id>:overdue`. Two workers, a retried job or a moved clock find nothing left to
claim; the outbox's unique key would refuse a second mail anyway.
"""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models import Invoice, InvoiceStatus
from resolvers import clock, outbox
from resolvers.invoices import notify, rules

__all__ = ["send_overdue_reminders"]


async def send_overdue_reminders(batch: int = rules.REMINDER_BATCH) -> int:
    """Claim and mail every newly overdue invoice; the number reminded."""
    reminded = 0
    while True:
        claimed = await _claim_batch(batch)
        reminded += claimed
        if claimed < batch:
            return reminded


async def _claim_batch(batch: int) -> int:
    now = clock.now()
    async with in_transaction() as conn:
        due = (
            await Invoice.filter(
                status=InvoiceStatus.UNPAID, due_date__lt=now.date(), reminded_at__isnull=True
            )
            .order_by("id")
            .limit(batch)
            .select_for_update(skip_locked=True)
            .using_db(conn)
        )
        if not due:
            return 0
        await (
            Invoice.filter(id__in=[invoice.id for invoice in due], reminded_at__isnull=True)
            .using_db(conn)
            .update(reminded_at=now)
        )
        addresses = await notify.primary_addresses([i.account_id for i in due], conn)
        await outbox.enqueue_many(notify.overdue_mails(due, addresses), conn)
    return len(due)
