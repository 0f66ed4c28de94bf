"""The outbox drain: files by default, SMTP when configured; nothing lost, nothing twice."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes

import pytest

from jobs.mail import backoff, drain
from models import OutboxMail
from resolvers import clock, outbox
from tests.smtp import SmtpServer


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


async def _queue(count: int, prefix: str = "mail") -> None:
    for i in range(count):
        await outbox.enqueue(
            f"person{i}@example.test", f"{prefix} {i}", f"body {i}", f"{prefix}:{i}"
        )


def _ids(messages) -> list[str]:
    return sorted(message["Message-ID"] for message in messages)


async def test_without_smtp_mail_becomes_eml_files_once(settings, tmp_path):
    settings = settings.with_changes(mail_dir=tmp_path / "mail")
    await _queue(2)
    assert (await drain(settings)).sent == 2
    assert (await drain(settings)).sent == 0
    files = sorted((tmp_path / "mail").glob("*.eml"))
    assert len(files) == 2
    first = message_from_bytes(files[0].read_bytes())
    assert first["To"] == "person0@example.test"
    assert first["Subject"] == "mail 0"
    assert await OutboxMail.filter(sent_at__isnull=True).count() == 0


async def test_smtp_down_then_back_loses_nothing_and_sends_nothing_twice(settings, smtp):
    settings = settings.with_changes(smtp_url=smtp.url)
    smtp.stop()
    await _queue(3)
    report = await drain(settings)
    assert (report.sent, report.failed) == (0, 1)
    assert await OutboxMail.filter(sent_at__isnull=True).count() == 3
    smtp.start()
    assert (await drain(settings)).sent == 3
    assert (await drain(settings)).sent == 0
    assert len(smtp.messages) == 3
    assert len(set(_ids(smtp.messages))) == 3


async def test_refused_mail_backs_off_then_goes_out_once(settings, smtp):
    settings = settings.with_changes(smtp_url=smtp.url)
    smtp.inbox.refuse_next = 1
    start = clock.now()
    clock.set_now(start)
    await _queue(2)
    report = await drain(settings)
    assert (report.sent, report.failed) == (0, 1)
    refused = await OutboxMail.get(dedupe_key="mail:0")
    assert refused.attempts == 1 and "try again later" in refused.last_error
    assert refused.next_attempt_at == start + backoff(1)
    assert (await drain(settings)).sent == 1  # the other one; the refused one is not due yet
    clock.set_now(start + backoff(1) + timedelta(seconds=1))
    assert (await drain(settings)).sent == 1
    assert sorted(m["Subject"] for m in smtp.messages) == ["mail 0", "mail 1"]


async def test_two_workers_draining_together_send_each_mail_once(settings, smtp):
    settings = settings.with_changes(smtp_url=smtp.url)
    await _queue(12)
    first, second = await asyncio.gather(drain(settings, batch=5), drain(settings, batch=5))
    assert first.sent + second.sent == 12
    assert len(smtp.messages) == 12
    assert len(set(_ids(smtp.messages))) == 12


async def test_queuing_the_same_event_twice_writes_one_mail(settings):
    assert await outbox.enqueue("a@example.test", "s", "b", "event:1")
    assert not await outbox.enqueue("a@example.test", "s", "b", "event:1")
    assert await OutboxMail.all().count() == 1


def test_backoff_doubles_up_to_an_hour():
    assert [backoff(n).total_seconds() for n in (1, 2, 3)] == [30, 60, 120]
    assert backoff(50) == timedelta(hours=1)
