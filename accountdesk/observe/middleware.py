"""The ASGI layer around every request: opens its record, and when it ends writes the one log
line, the metrics and the span.

Pure ASGI (no `BaseHTTPMiddleware`), so a request pays a context variable, a clock read and,
with metrics on, three counter updates.
"""

from __future__ import annotations

from typing import Any

from accountdesk.observe import logs, record, tracing
from accountdesk.settings import Settings

__all__ = ["ObserveMiddleware", "STATUS_CODES"]

# The outcome of a request that noted no code of its own, by HTTP status.
STATUS_CODES = {
    400: "BAD_REQUEST",
    401: "UNAUTHENTICATED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    413: "TOO_LARGE",
}
# Operation names of the routes that are not GraphQL (GraphQL requests name their root fields).
_ROUTES = {"/graphql": "graphql", "/health": "health", "/metrics": "metrics"}


def _operation(path: str) -> str:
    if path in _ROUTES:
        return _ROUTES[path]
    if path.startswith("/files/"):
        return "download"
    return "other"


class ObserveMiddleware:
    def __init__(self, app: Any, settings: Settings) -> None:
        self.app = app
        self.metrics = settings.metrics_enabled

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        current, token = record.start(scope["type"], _operation(path))

        async def sending(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                current.status = message["status"]
            await send(message)

        try:
            with tracing.span("request", **{"http.route": path, "request.id": current.request_id}):
                await self.app(scope, receive, sending)
        except Exception:
            current.status = 500
            current.note("INTERNAL_SERVER_ERROR")
            raise
        finally:
            record.finish(token)
            self._finish(current, path)

    def _finish(self, current: record.RequestRecord, path: str) -> None:
        if not current.codes and current.status >= 400:
            current.note(STATUS_CODES.get(current.status, "INTERNAL_SERVER_ERROR"))
        logs.log_request(current, path)
        if self.metrics:
            from accountdesk.observe.metrics import observe_request

            observe_request(current)
