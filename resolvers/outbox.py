"""Writing mail: a row in the outbox, inside the caller's transaction; `jobs.mail` sends it.

A `dedupe_key` names the event the mail is about ("ticket:12:message:M-7Q2..."), so a retried
request or two racing sweeps cannot write the same mail twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from tortoise.backends.base.client import BaseDBAsyncClient

from accountdesk.observe import record
from models import OutboxMail
from resolvers import clock
from resolvers.sql.bulk import insert_rows

__all__ = ["enqueue", "enqueue_many", "Mail", "backlog", "note_queued"]


def note_queued() -> None:
    """Tell the running request or job that it queued mail: it asks for a send when it ends."""
    current = record.current()
    if current is not None:
        current.mail_queued = True


async def enqueue(
    recipient: str,
    subject: str,
    body: str,
    dedupe_key: str,
    using_db: BaseDBAsyncClient | None = None,
) -> bool:
    """Queue one mail; False when a mail for this event was already queued."""
    now = clock.now()
    if await OutboxMail.filter(dedupe_key=dedupe_key).using_db(using_db).exists():
        return False
    note_queued()
    await OutboxMail.create(
        dedupe_key=dedupe_key,
        recipient=recipient,
        subject=subject[:300],
        body=body,
        created_at=now,
        next_attempt_at=now,
        using_db=using_db,
    )
    return True


class Mail(NamedTuple):
    recipient: str
    subject: str
    body: str
    dedupe_key: str


async def enqueue_many(mails: Sequence[Mail], using_db: BaseDBAsyncClient) -> None:
    """Queue many mails in one statement (set-based jobs); an already queued event is skipped."""
    now = clock.now()
    columns = ("dedupe_key", "recipient", "subject", "body", "created_at", "next_attempt_at")
    rows = [(m.dedupe_key, m.recipient, m.subject[:300], m.body, now, now) for m in mails]
    note_queued()
    await insert_rows(OutboxMail, columns, rows, using_db, skip_conflicts_on="dedupe_key")


async def backlog() -> tuple[int, float]:
    """How many mails wait to be sent, and how old the oldest of them is, in seconds."""
    waiting = OutboxMail.filter(sent_at__isnull=True)
    depth = await waiting.count()
    oldest = await waiting.order_by("created_at").first().values_list("created_at", flat=True)
    age = (clock.now() - oldest).total_seconds() if oldest else 0.0
    return depth, max(age, 0.0)
