"""What the people who run the service watch: per-request records, logs, metrics and traces.

- `record`: one `RequestRecord` per HTTP request or job (operation, caller, outcome, SQL count).
- `sql`: counts (and traces) every statement Tortoise sends, into the current record.
- `logs`: the logging set-up of every command (human or JSON lines, secrets redacted).
- `metrics`: the Prometheus series and `GET /metrics`.
- `tracing`: OpenTelemetry spans, on only when `OTEL_EXPORTER_OTLP_ENDPOINT` is set.
- `middleware`: the ASGI layer that opens a record, and closes it with a log line and metrics.
"""

# prometheus-client's multi-process mode: set before it is first imported (see `serve`).
MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"
