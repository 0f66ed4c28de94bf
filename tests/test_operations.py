"""Operations inside one process: quiet logs for expected errors, Redis lost and found again,
the worker's words and start-up catch-up, mail sent at once with a stable Message-ID, a
missing stored file, and the metrics of requests and jobs."""

from __future__ import annotations

import asyncio
import logging
import signal
from datetime import UTC, datetime, timedelta

from arq.connections import ArqRedis, RedisSettings
from arq.constants import job_key_prefix
from prometheus_client import REGISTRY
from redis.asyncio import Redis

from jobs.mail import build_message
from jobs.worker import (
    QUEUE,
    STARTUP_SUFFIX,
    AccountDeskWorker,
    InProcessWorker,
    worker_settings,
)
from models import OutboxMail, TicketAttachment
from models.tickets import TicketKind
from policies.watcher import CHANNEL, PolicyWatcher
from resolvers import clock, outbox
from tests.tickets_helpers import cast, create_ticket, post, upload
from tests.timer_support import make_ticket

UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"
NUDGE_KEY = f"{job_key_prefix}drain-outbox-nudge"
START = datetime(2026, 4, 1, 8, 0, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _arq(services) -> ArqRedis:
    return ArqRedis(connection_pool=services.redis.connection_pool)


async def test_expected_errors_write_no_traceback_and_no_error_line(api, world, caplog):
    people = await cast(world)
    with caplog.at_level(logging.INFO):
        for _ in range(5):
            body = await api.gql(
                "{ licenses(first: 2) { nodes { id } } }", None, people.token("webmaster")
            )
            assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
            body = await api.gql('{ ticket(id: "999999") { id } }', None, people.token("owner"))  # fmt: skip
            assert "errors" in body or body["data"]["ticket"] is None
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.WARNING]
    lines = [r.getMessage() for r in caplog.records if r.name == "accountdesk.requests"]
    assert len(lines) == 10
    assert sum(" licenses FORBIDDEN " in line for line in lines) == 5


class _CountingAuthorizer:
    def __init__(self) -> None:
        self.reloads = 0

    async def reload(self) -> None:
        self.reloads += 1


async def test_lost_redis_is_one_warning_per_capped_step_then_recovers(services, caplog):
    delays: list[float] = []
    lost = Redis.from_url(UNREACHABLE_REDIS)
    authorizer = _CountingAuthorizer()

    async def counted_sleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 7:
            watcher.redis = services.redis  # Redis is back
        await asyncio.sleep(0)

    watcher = PolicyWatcher(lost, authorizer, sleep=counted_sleep)  # type: ignore[arg-type]
    with caplog.at_level(logging.INFO, logger="accountdesk.policies"):
        await watcher.start()
        try:
            async with asyncio.timeout(10):
                while "reconnected" not in caplog.text:
                    await asyncio.sleep(0.01)
                reloads = authorizer.reloads
                while authorizer.reloads == reloads:
                    await services.redis.publish(CHANNEL, "reload")
                    await asyncio.sleep(0.05)
        finally:
            await watcher.stop()
            await lost.aclose()
    assert delays == [1, 2, 4, 8, 16, 30, 30]
    warnings = [r for r in caplog.records if "lost Redis" in r.getMessage()]
    assert len(warnings) == 7 and not any(r.exc_info for r in warnings)
    assert all("\n" not in r.getMessage() for r in warnings)


async def test_worker_without_redis_backs_off_then_runs_when_redis_is_back(
    settings, redis_url, caplog
):
    delays: list[float] = []
    options = worker_settings(settings, UNREACHABLE_REDIS, False)

    async def counted_sleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 4:
            worker.options = {**options, "redis_settings": RedisSettings.from_dsn(redis_url)}
        await asyncio.sleep(0)

    with caplog.at_level(logging.INFO):
        worker = InProcessWorker(options, sleep=counted_sleep)
        try:
            async with asyncio.timeout(10):
                while "Starting worker" not in caplog.text:
                    await asyncio.sleep(0.01)
        finally:
            await worker.close("the test ended")
    assert delays == [1, 2, 4, 8]
    lines = [
        r for r in caplog.records if "Redis" in r.getMessage() and r.levelno == logging.WARNING
    ]
    assert len(lines) == 5 and not any(r.exc_info for r in lines)  # 4 steps, then "reconnected"
    assert lines[-1].getMessage() == "worker reconnected to Redis"
    assert "worker stopping (the test ended)" in caplog.text


def test_worker_says_why_it_stops(settings, redis_url, caplog):
    worker = AccountDeskWorker(**worker_settings(settings, redis_url, False))
    with caplog.at_level(logging.INFO, logger="accountdesk.jobs"):
        worker.handle_sig(signal.SIGTERM)
        worker.stop_reason = "the server stopped"
        worker.handle_sig(signal.SIGUSR1)
    messages = [r.getMessage() for r in caplog.records]
    assert messages[0].startswith("worker stopping (signal SIGTERM)")
    assert messages[1].startswith("worker stopping (the server stopped)")
    assert "SIGUSR1" not in caplog.text


async def test_one_start_up_catch_up_however_many_workers_start(settings, redis_url, services):
    options = worker_settings(settings, redis_url, False)
    for _ in range(3):  # three workers starting at once
        await options["on_startup"]({"redis": _arq(services)})
    queued = await services.redis.zrange(QUEUE, 0, -1)
    assert sorted(queued) == sorted(
        f"{job.name}{STARTUP_SUFFIX}".encode() for job in options["cron_jobs"]
    )
    # A cron job whose worker was killed is run again by another, not "max retries 1 exceeded".
    assert all(job.max_tries >= 3 and not job.run_at_startup for job in options["cron_jobs"])


async def test_every_mail_of_a_request_is_sent_at_once(api, world, services):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    await services.redis.delete(NUDGE_KEY)
    await post(api, people.token("agent"), ticket["id"], "We are on it.")
    assert await OutboxMail.filter(recipient="owner@demo.test").exists()
    assert await services.redis.exists(NUDGE_KEY)  # a drain is queued, not left to the cron


async def test_a_sweep_that_queued_mail_asks_for_a_send_and_is_counted(world, settings, services):
    await make_ticket(await world.user(), TicketKind.SALES, START)
    clock.set_now(START + timedelta(days=31))
    crons = {job.name: job for job in worker_settings(settings, "redis://x", False)["cron_jobs"]}
    context = {"settings": settings, "redis": _arq(services)}
    await services.redis.delete(NUDGE_KEY)
    counts = await crons["sweep_tickets"].coroutine(context)
    assert counts["sales_idle"] == 1
    assert await services.redis.exists(NUDGE_KEY)
    counted = await services.redis.hgetall("accountdesk:metrics:jobs")
    assert counted[b"sweep_runs"] == b"1" and counted[b"sweep_changes:sales_idle"] == b"1"
    assert counted[b"runs:sweep_tickets"] == b"1"


async def test_message_id_is_fixed_when_queued(settings):
    await outbox.enqueue("a@demo.test", "Hello", "Body", "event:1")
    await outbox.enqueue("b@demo.test", "Hello", "Body", "event:2")
    first, second = await OutboxMail.all().order_by("id")
    before = build_message(settings, first)["Message-ID"]
    await OutboxMail.filter(id=first.id).update(attempts=3, last_error="server down")
    again = build_message(settings, await OutboxMail.get(id=first.id))["Message-ID"]
    assert before == again
    assert before != build_message(settings, second)["Message-ID"]
    assert before.endswith("@accountdesk.local>")


async def test_a_stored_file_missing_from_disk_answers_a_clean_404(api, world, settings, caplog):
    people = await cast(world)
    variables = {"input": {"type": "SUPPORT", "title": "Logo", "body": "File.", "attachments": [None]}}  # fmt: skip
    from tests.tickets_helpers import CREATE

    response = await upload(
        api, people.token("owner"), CREATE, variables,
        {"variables.input.attachments.0": ("logo.png", PNG, "image/png")},
    )  # fmt: skip
    link = response.json()["data"]["createTicket"]["messages"][0]["attachments"][0]["downloadUrl"]
    stored = await TicketAttachment.get()
    (settings.files_dir / stored.stored_name).unlink()
    with caplog.at_level(logging.WARNING):
        answer = await api.client.get(link)
    assert answer.status_code == 404
    assert "stored file missing" in caplog.text and "Traceback" not in caplog.text


def _value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_metrics_count_requests_statements_and_refusals(api_with, world, count_sql):
    people = await cast(world)
    before = {
        "me": _value("accountdesk_requests_total", operation="me", outcome="OK"),
        "sql": _value("accountdesk_request_sql_statements_sum", operation="me"),
        "limited": _value("accountdesk_rate_limit_refusals_total", operation="login"),
        "failed": _value("accountdesk_login_failures_total"),
    }
    async with api_with(metrics_token="scrape-token") as api:
        with count_sql() as counted:
            await api.data("{ me { id account { name } } }", None, people.token("owner"))
        login = 'mutation { login(email: "owner@demo.test", password: "nope") { __typename } }'
        for _ in range(12):
            await api.gql(login)
        assert (await api.client.get("/metrics")).status_code == 403
        scraped = await api.client.get("/metrics", headers={"authorization": "Bearer scrape-token"})
    assert scraped.status_code == 200 and "accountdesk_outbox_depth" in scraped.text
    assert _value("accountdesk_requests_total", operation="me", outcome="OK") == before["me"] + 1
    statements = _value("accountdesk_request_sql_statements_sum", operation="me") - before["sql"]
    assert statements == counted.value > 0
    assert _value("accountdesk_login_failures_total") - before["failed"] == 10
    refused = _value("accountdesk_rate_limit_refusals_total", operation="login")
    assert refused - before["limited"] == 2


async def test_metrics_are_off_until_a_way_to_read_them_is_set(api):
    assert (await api.client.get("/metrics")).status_code == 404
