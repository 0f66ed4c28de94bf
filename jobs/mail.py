"""Draining the outbox: SMTP when `SMTP_URL` is set, otherwise `.eml` files under `MAIL_DIR`.

- Claim before sending: a conditional UPDATE (same `attempts` as read, still due, not sent)
  moves `next_attempt_at` one lease ahead; of two workers only one sees its update count 1.
- Sent: `sent_at` is set. Failed: `next_attempt_at` backs off (30 s doubling, at most an hour)
  and the error is kept; the mail is tried again, however long the server stays down.
- The lease (`MAIL_LEASE_SECONDS`, default 120 s) is how long a claimed mail is left to its
  worker: a worker that dies between claim and send leaves the row to come back when the lease
  ends, so delivery is at least once at that edge. The lease must outlast one send (the SMTP
  timeout is 30 s), hence its minimum of 45 s.
- The Message-ID is made from what was written when the mail was queued (row id, event key,
  queue time), so every try of one mail carries the same Message-ID and a mail client shows a
  repeat as one message. `.eml` files are named by the row and written atomically.
- Every request or job that queued mail asks for a drain when it ends (`nudge`); a cron drains
  every 30 seconds as the safety net (a lost nudge, a failed try whose back-off has passed).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import aiosmtplib
from arq import func
from arq.connections import ArqRedis
from arq.cron import cron
from redis.asyncio import Redis

from accountdesk.settings import Settings
from jobs.worker import CRON_JOBS, FUNCTIONS, QUEUE
from models import OutboxMail
from resolvers import clock

__all__ = ["drain_outbox", "drain", "nudge", "DrainReport", "backoff", "message_id"]

log = logging.getLogger("accountdesk.mail")
BATCH = 50
_NUDGE_JOB_ID = "drain-outbox-nudge"


@dataclass
class DrainReport:
    sent: int = 0
    failed: int = 0


def backoff(attempts: int) -> timedelta:
    """Wait before the next try after `attempts` tries: 30 s, 1 min, 2 min ... at most an hour."""
    return timedelta(seconds=min(30 * 2 ** min(max(attempts - 1, 0), 7), 3600))


def build_message(settings: Settings, mail: OutboxMail) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = mail.recipient
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(mail.created_at)
    message["Message-ID"] = message_id(settings, mail)
    message.set_content(mail.body)
    return message


def message_id(settings: Settings, mail: OutboxMail) -> str:
    """The same for every try of one queued mail, and unlike any other mail's."""
    queued = f"{mail.id}|{mail.dedupe_key}|{mail.created_at.timestamp():.6f}"
    digest = hashlib.sha256(queued.encode()).hexdigest()[:24]
    domain = parseaddr(settings.mail_from)[1].rpartition("@")[2] or "accountdesk.local"
    return f"<outbox.{mail.id}.{digest}@{domain}>"


class _FileSender:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def __aenter__(self) -> _FileSender:
        self.directory.mkdir(parents=True, exist_ok=True)
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def send(self, mail: OutboxMail, message: EmailMessage) -> None:
        final = self.directory / f"{mail.id:08d}.eml"
        partial = final.with_suffix(".eml.part")
        partial.write_bytes(bytes(message))
        os.replace(partial, final)


class _SmtpSender:
    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        secure = parts.scheme == "smtps"
        self.client = aiosmtplib.SMTP(
            hostname=parts.hostname or "localhost",
            port=parts.port or (465 if secure else 25),
            use_tls=secure,
            start_tls=False if secure else None,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            timeout=30,
        )

    async def __aenter__(self) -> _SmtpSender:
        await self.client.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception):
            await self.client.quit()

    async def send(self, mail: OutboxMail, message: EmailMessage) -> None:
        await self.client.send_message(message)


def _sender(settings: Settings) -> Any:
    return _SmtpSender(settings.smtp_url) if settings.smtp_url else _FileSender(settings.mail_dir)


async def _claim(mail: OutboxMail, lease: timedelta) -> bool:
    now = clock.now()
    claimed = await OutboxMail.filter(
        id=mail.id, attempts=mail.attempts, sent_at__isnull=True, next_attempt_at__lte=now
    ).update(attempts=mail.attempts + 1, next_attempt_at=now + lease)
    mail.attempts += 1
    return claimed == 1


async def _failed(mail: OutboxMail, error: BaseException) -> None:
    log.warning("mail %s to %s failed (try %s): %s", mail.id, mail.recipient, mail.attempts, error)
    await OutboxMail.filter(id=mail.id, sent_at__isnull=True).update(
        next_attempt_at=clock.now() + backoff(mail.attempts), last_error=str(error)[:2000]
    )


async def drain(settings: Settings, batch: int = BATCH) -> DrainReport:
    """Send what is due, oldest first, until none is left; stops at the first failure."""
    report = DrainReport()
    while True:
        due = (
            await OutboxMail.filter(sent_at__isnull=True, next_attempt_at__lte=clock.now())
            .order_by("id")
            .limit(batch)
        )
        if not due:
            return report
        try:
            async with _sender(settings) as sender:
                for mail in due:
                    if not await _claim(mail, settings.mail_lease):
                        continue  # another worker has it
                    try:
                        await sender.send(mail, build_message(settings, mail))
                    except Exception as error:  # noqa: BLE001 - recorded on the row, retried
                        await _failed(mail, error)
                        report.failed += 1
                        return report  # the server is unwell: leave the rest for later
                    await OutboxMail.filter(id=mail.id).update(sent_at=clock.now(), last_error="")
                    report.sent += 1
        except (OSError, aiosmtplib.SMTPException) as error:
            # Could not even connect: nothing was claimed by this round; try again next tick.
            log.warning("mail server unavailable: %s", error)
            report.failed += 1
            return report
        if len(due) < batch:
            return report


async def drain_outbox(ctx: dict[str, Any]) -> int:
    report = await drain(ctx["settings"])
    return report.sent


async def nudge(redis: Redis) -> None:
    """Ask a worker to drain now. Best effort: the cron finds the mail anyway."""
    try:
        pool = ArqRedis(connection_pool=redis.connection_pool)
        await pool.enqueue_job("drain_outbox", _job_id=_NUDGE_JOB_ID, _queue_name=QUEUE)
    except Exception:
        log.warning("could not nudge the outbox drain; the cron will send the mail", exc_info=True)


FUNCTIONS.append(func(drain_outbox, name="drain_outbox", keep_result=0, max_tries=3))
CRON_JOBS.append(
    cron(
        drain_outbox,
        name="drain_outbox_cron",
        second={0, 30},
        run_at_startup=True,
        unique=True,
        keep_result=0,
    )
)
