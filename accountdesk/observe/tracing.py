"""OpenTelemetry spans for requests, root fields, SQL statements and jobs.

Off by default: nothing is imported or created until `OTEL_EXPORTER_OTLP_ENDPOINT` is set
(the standard variable; `OTEL_SERVICE_NAME` and the other `OTEL_*` variables are read by the
SDK as usual). Then spans are batched to that OTLP/HTTP endpoint. Tests install a provider
with an in-memory exporter through `install`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

__all__ = ["enabled", "install", "setup_from_env", "span", "uninstall"]

_tracer: Any = None


def enabled() -> bool:
    return _tracer is not None


def install(provider: Any) -> None:
    """Send spans through `provider` (an SDK `TracerProvider`)."""
    global _tracer
    _tracer = provider.get_tracer("accountdesk")


def uninstall() -> None:
    global _tracer
    _tracer = None


def setup_from_env(service: str = "accountdesk") -> bool:
    """Start exporting when `OTEL_EXPORTER_OTLP_ENDPOINT` is set; True when it is."""
    if not os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") or enabled():
        return enabled()
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    name = os.environ.get("OTEL_SERVICE_NAME") or service
    provider = TracerProvider(resource=Resource.create({"service.name": name}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    install(provider)
    return True


@contextlib.contextmanager
def span(name: str, **attributes: Any) -> Iterator[Any]:
    """A span when tracing is on; nothing (and no cost but this call) when it is off."""
    if _tracer is None:
        yield None
        return
    with _tracer.start_as_current_span(name, attributes=attributes) as current:
        yield current
