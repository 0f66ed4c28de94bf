"""OpenTelemetry spans (the SDK's in-memory exporter): requests, root fields, SQL, jobs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from accountdesk.observe import tracing
from jobs.worker import worker_settings
from tests.tickets_helpers import cast


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracing.install(provider)
    yield exporter
    tracing.uninstall()


def test_tracing_is_off_by_default(monkeypatch):
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_ENDPOINT", raising=False)
    assert not tracing.setup_from_env() and not tracing.enabled()


async def test_a_request_has_spans_for_itself_its_root_fields_and_its_sql(spans, api_with, world):
    people = await cast(world)
    spans.clear()  # the factories' own statements
    async with api_with() as api:  # the schema is built while tracing is on
        await api.data(
            "{ me { id } tickets(first: 2) { nodes { id } } }", None, people.token("owner")
        )
    finished = spans.get_finished_spans()
    by_name = {span.name: span for span in finished}
    request = by_name["request"]
    operation = by_name["graphql me+tickets"]
    assert operation.parent.span_id == request.context.span_id
    for field in ("me", "tickets"):
        assert by_name[f"resolve {field}"].parent.span_id == operation.context.span_id
    statements = [span for span in finished if span.name == "sql"]
    assert statements and all(s.context.trace_id == request.context.trace_id for s in statements)
    assert all("db.statement" in s.attributes for s in statements)


async def test_a_job_has_a_span_with_its_sql(spans, settings, services):
    crons = {job.name: job for job in worker_settings(settings, "redis://x", False)["cron_jobs"]}
    await crons["sweep_tickets"].coroutine({"settings": settings})
    finished = spans.get_finished_spans()
    job = next(span for span in finished if span.name == "job sweep_tickets")
    assert [s for s in finished if s.name == "sql" and s.parent.span_id == job.context.span_id]
