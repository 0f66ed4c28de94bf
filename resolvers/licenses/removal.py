"""The old installation's removal deadline after a domain change, and its reminder (SPEC 3).

A domain change records when the software must be gone from the old address
(`LicenseUrlChange.old_removal_due_at`, 48 hours after the change). The license shows the
deadline while it is ahead (`removal_due_for_ids`), and the holder's primary gets one reminder
mail `REMINDER_BEFORE` (24 hours) ahead of it (`send_removal_reminders`, run by an arq cron).

Exactly one reminder, whatever the number of workers: each batch claims due rows (`FOR UPDATE
SKIP LOCKED` on PostgreSQL, so racing workers take disjoint rows), marks them with a
conditional `UPDATE ... WHERE removal_reminder_sent_at IS NULL RETURNING id` and queues mail
only for the rows that UPDATE returned, in the same transaction; the outbox's unique
dedupe key (`license_url_change:<id>:removal_reminder`) refuses a second mail on top.
A deadline that passed before any worker ran gets no reminder: it would come too late to help.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from models import LicenseUrlChange, User
from models.enums import AccountType
from resolvers.outbox import Mail, enqueue_many
from resolvers.sql.claims import locked_rows, returning_ids

__all__ = ["REMINDER_BEFORE", "removal_due_for_ids", "send_removal_reminders"]

REMINDER_BEFORE = timedelta(hours=24)
_BATCH = 500


async def removal_due_for_ids(license_ids: Sequence[int], now: datetime) -> list[datetime | None]:
    """Each license's pending removal deadline (null once it passed), one statement.

    Shaped as a DataLoader's load function for `License.oldInstallationRemovalDueAt`.
    """
    rows = await LicenseUrlChange.filter(
        license_id__in=set(license_ids), is_domain_change=True, old_removal_due_at__gt=now
    ).values_list("license_id", "old_removal_due_at")
    latest: dict[int, datetime] = {}
    for license_id, due in rows:
        latest[license_id] = max(due, latest.get(license_id, due))
    return [latest.get(license_id) for license_id in license_ids]


async def send_removal_reminders(now: datetime, batch_size: int = _BATCH) -> int:
    """Queue the reminders that are due at `now`; returns how many changes were reminded."""
    reminded = 0
    while True:
        async with in_transaction() as conn:
            due = LicenseUrlChange.filter(
                is_domain_change=True,
                removal_reminder_sent_at__isnull=True,
                old_removal_due_at__gt=now,
                old_removal_due_at__lte=now + REMINDER_BEFORE,
            ).using_db(conn)
            claimed = [row["id"] for row in await locked_rows(due.limit(batch_size), ("id",), conn)]
            if not claimed:
                return reminded
            marked = await returning_ids(
                LicenseUrlChange.filter(id__in=claimed, removal_reminder_sent_at__isnull=True)
                .using_db(conn)
                .update(removal_reminder_sent_at=now),
                conn,
            )
            await enqueue_many(await _mails(marked, conn), conn)
        reminded += len(marked)
        if len(claimed) < batch_size or not marked:
            return reminded


async def _mails(change_ids: set[int], conn) -> list[Mail]:
    if not change_ids:
        return []
    changes = (
        await LicenseUrlChange.filter(id__in=change_ids)
        .using_db(conn)
        .values(
            "id",
            "license_id",
            "old_url",
            "new_url",
            "old_removal_due_at",
            brand="license__brand__name",
            account_id="license__account_id",
        )
    )
    primaries = await (
        User.filter(
            account_id__in={row["account_id"] for row in changes},
            account_type=AccountType.PRIMARY,
            is_active=True,
        )
        .using_db(conn)
        .values_list("account_id", "contact_email")
    )
    recipients = dict(primaries)
    return [
        Mail(
            recipients[row["account_id"]],
            f"Remove the old installation by {row['old_removal_due_at']:%Y-%m-%d %H:%M} UTC",
            _body(row),
            f"license_url_change:{row['id']}:removal_reminder",
        )
        for row in changes
        if row["account_id"] in recipients
    ]


def _body(row: dict) -> str:
    return (
        f"Your {row['brand']} license #{row['license_id']} moved from {row['old_url']} to "
        f"{row['new_url']}. As agreed when the domain changed, the software must be removed "
        f"from {row['old_url']} by {row['old_removal_due_at']:%Y-%m-%d %H:%M} UTC, 24 hours "
        "from now."
    )
