"""The Prometheus series, and `GET /metrics`.

Per process (summed over `serve --workers` processes by prometheus-client's multi-process
mode, which `serve` turns on with a directory under `VAR_DIR`): requests by operation and
outcome code, latency and SQL statements per request, sign-in failures, rate-limit refusals.

For the whole installation, read when scraped: outbox depth and the age of the oldest unsent
mail (from the database), sweep runs and changes, job runs and failures (counted in Redis by
whichever worker ran them, since workers may be other processes on other machines).
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Iterable
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from redis.asyncio import Redis

from accountdesk.observe import MULTIPROCESS_ENV
from accountdesk.observe.record import RequestRecord
from accountdesk.settings import Settings

__all__ = [
    "CONTENT_TYPE_LATEST",
    "MULTIPROCESS_ENV",
    "allowed",
    "count_job",
    "count_sweep",
    "observe_request",
    "render",
]

_JOBS_KEY = "accountdesk:metrics:jobs"

REQUESTS = Counter(
    "accountdesk_requests", "Requests by operation (root fields) and outcome code.",
    ["operation", "outcome"],
)  # fmt: skip
DURATION = Histogram(
    "accountdesk_request_duration_seconds", "Time to answer a request, by operation.",
    ["operation"], buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)  # fmt: skip
STATEMENTS = Histogram(
    "accountdesk_request_sql_statements", "SQL statements sent for one request, by operation.",
    ["operation"], buckets=(0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89),
)  # fmt: skip
LOGIN_FAILURES = Counter("accountdesk_login_failures", "Sign-ins refused for wrong credentials.")
RATE_LIMITED = Counter(
    "accountdesk_rate_limit_refusals", "Attempts refused by a rate limit, by operation.",
    ["operation"],
)  # fmt: skip


def observe_request(record: RequestRecord) -> None:
    operation = record.operation
    REQUESTS.labels(operation, record.outcome).inc()
    DURATION.labels(operation).observe(record.seconds())
    STATEMENTS.labels(operation).observe(record.statements)
    if failures := record.codes.get("INVALID_CREDENTIALS"):
        LOGIN_FAILURES.inc(failures)
    if refused := record.codes.get("RATE_LIMITED"):
        RATE_LIMITED.labels(operation).inc(refused)


def allowed(settings: Settings, client_address: str, authorization: str) -> bool:
    """A scrape from an address of `METRICS_ADDRESSES`, or with `Bearer <METRICS_TOKEN>`."""
    if client_address in settings.metrics_addresses:
        return True
    token = settings.metrics_token
    scheme, _, given = authorization.partition(" ")
    return bool(token) and scheme.lower() == "bearer" and hmac.compare_digest(given.strip(), token)


async def count_job(redis: Redis, job: str, failed: bool) -> None:
    fields = [f"runs:{job}"] + ([f"failures:{job}"] if failed else [])
    async with redis.pipeline(transaction=False) as pipe:
        for name in fields:
            pipe.hincrby(_JOBS_KEY, name, 1)
        await pipe.execute()


async def count_sweep(redis: Redis, changes: dict[str, int]) -> None:
    async with redis.pipeline(transaction=False) as pipe:
        pipe.hincrby(_JOBS_KEY, "sweep_runs", 1)
        for rule, count in changes.items():
            pipe.hincrby(_JOBS_KEY, f"sweep_changes:{rule}", count)
        await pipe.execute()


class _Fixed:
    """A collector of families read just before the scrape."""

    def __init__(self, families: Iterable[Metric]) -> None:
        self.families = list(families)

    def collect(self) -> Iterable[Metric]:
        return self.families


async def _installation(redis: Redis) -> list[Metric]:
    from resolvers.outbox import backlog

    depth, oldest_age = await backlog()
    outbox = GaugeMetricFamily("accountdesk_outbox_depth", "Mails queued and not sent yet.")
    outbox.add_metric([], depth)
    age = GaugeMetricFamily(
        "accountdesk_outbox_oldest_unsent_age_seconds", "Age of the oldest unsent mail (0: none)."
    )
    age.add_metric([], oldest_age)
    counted = {key.decode(): int(value) for key, value in (await redis.hgetall(_JOBS_KEY)).items()}
    runs = CounterMetricFamily("accountdesk_sweep_runs", "Ticket sweeps run.")
    runs.add_metric([], counted.get("sweep_runs", 0))
    changes = CounterMetricFamily(
        "accountdesk_sweep_changes", "Tickets changed by the sweeps, by rule.", labels=["rule"]
    )
    jobs = CounterMetricFamily("accountdesk_job_runs", "Jobs run, by job.", labels=["job"])
    failures = CounterMetricFamily(
        "accountdesk_job_failures", "Jobs that raised, by job.", labels=["job"]
    )
    by_prefix = {"sweep_changes": changes, "runs": jobs, "failures": failures}
    for key, value in sorted(counted.items()):
        prefix, _, label = key.partition(":")
        if prefix in by_prefix and label:
            by_prefix[prefix].add_metric([label], value)
    return [outbox, age, runs, changes, jobs, failures]


async def render(redis: Redis) -> bytes:
    if MULTIPROCESS_ENV in os.environ:  # as prometheus-client itself decides
        registry: Any = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    installation = CollectorRegistry(auto_describe=False)
    installation.register(_Fixed(await _installation(redis)))
    return generate_latest(registry) + generate_latest(installation)
