"""The ASGI application: Starlette routes, the GraphQL view and the process's lifespan.

uvicorn --factory accountdesk.app:create_app
"""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing
import os
from collections.abc import AsyncIterator
from typing import Any

import orjson
from cross_web import HTTPException
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError, StrawberryGraphQLError
from tortoise import Tortoise

from accountdesk.database import tortoise_config
from accountdesk.downloads import download_routes
from accountdesk.graphiql import graphiql_page, graphiql_routes
from accountdesk.headers import SecurityHeaders
from accountdesk.health import health_routes
from accountdesk.lifetime import die_with_parent
from accountdesk.observe import record, sql, tracing
from accountdesk.observe.middleware import ObserveMiddleware
from accountdesk.payments import payment_routes
from accountdesk.redis import EmbeddedRedis, connect
from accountdesk.request_limits import BodyTooLarge, counted
from accountdesk.services import Services
from accountdesk.settings import Settings
from policies.enforcer import Authorizer
from policies.watcher import PolicyWatcher
from resolvers.auth import principal_for_token
from schema import build_schema
from schema.context import RequestContext
from schema.extensions import add_code
from schema.trusted_requests import DOCUMENT_ID

__all__ = ["create_app", "GraphQLView", "CSRF_HEADER"]

log = logging.getLogger("accountdesk")
# Uploads are multipart forms, which a browser may send cross-site without a preflight;
# requiring a custom header makes such a request impossible to forge from another origin.
CSRF_HEADER = "x-accountdesk-csrf"
# Set by `accountdesk serve` on the embedded default: each API process also runs an arq worker.
IN_PROCESS_WORKER = "ACCOUNTDESK_IN_PROCESS_WORKER"
_TOO_LARGE = "The files together are larger than this server accepts."
# Where the view keeps the principal it resolved for an upload, for `get_context` to reuse.
_UPLOADER = "accountdesk.uploader"
_HTTP_CODES = {400: "BAD_REQUEST", 404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED", 413: "TOO_LARGE"}


class GraphQLView(GraphQL):
    def __init__(self, services: Services, **kwargs: Any) -> None:
        super().__init__(
            build_schema(services.settings),
            allow_queries_via_get=False,
            multipart_uploads_enabled=True,
            allowed_origins=services.settings.cors_origins,
            **kwargs,
        )
        self.services = services

    async def get_context(self, request: Request | WebSocket, response: Any) -> RequestContext:
        principal = request.scope.get(_UPLOADER)
        token = _bearer(request.headers.get("authorization", ""))
        if token is None and isinstance(request, WebSocket):
            token = _bearer(request.query_params.get("token", ""), prefix="")
        if token and principal is None:
            principal = await principal_for_token(self.services.settings, token)
            if principal is None:
                raise StrawberryGraphQLError(
                    "The token is unknown, expired or revoked. Sign in again.",
                    extensions={"code": "UNAUTHENTICATED"},
                )
        context = RequestContext(
            services=self.services,
            request=request if isinstance(request, Request) else None,
            response=response,
            client_address=request.client.host if request.client else "unknown",
        )
        current = record.current()
        if current is not None:
            context.request_id = current.request_id
        if principal is not None:
            context.principal = principal
        return context

    async def on_ws_connect(self, context: RequestContext) -> Any:
        """Clients that cannot set headers on a WebSocket send the token in connection_init."""
        params = context.connection_params or {}
        token = _bearer(str(params.get("authorization") or params.get("Authorization") or ""))
        if token and not context.principal.is_authenticated:
            principal = await principal_for_token(self.services.settings, token)
            if principal is None:
                raise ConnectionRejectionError({"code": "UNAUTHENTICATED"})
            context.principal = principal
        return await super().on_ws_connect(context)

    async def parse_multipart(self, request: Any) -> dict[str, Any]:
        if not request.headers.get(CSRF_HEADER):
            raise HTTPException(400, f"Uploads need the {CSRF_HEADER} header.")
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > self._upload_limit():
            raise HTTPException(413, _TOO_LARGE)
        return await super().parse_multipart(request)

    def _upload_limit(self) -> int:
        # The files' limit, and 1 MiB for the form's other fields.
        return self.services.settings.max_request_upload_bytes + 1024 * 1024

    async def _admit_upload(self, scope: Any, receive: Any) -> Any:
        """Only a signed-in caller may send files, and the body is counted as it arrives."""
        headers = Request(scope).headers
        token = _bearer(headers.get("authorization", ""))
        principal = await principal_for_token(self.services.settings, token) if token else None
        if principal is None:
            raise StrawberryGraphQLError(
                "Sign in to upload files.", extensions={"code": "UNAUTHENTICATED"}
            )
        scope[_UPLOADER] = principal
        return counted(receive, self._upload_limit())

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        try:
            if _is_multipart(scope):
                receive = await self._admit_upload(scope, receive)
            response = await self.run(Request(scope=scope, receive=receive))
        except BodyTooLarge:
            response = _error_response(_TOO_LARGE, "TOO_LARGE", 413)
            response.headers["connection"] = "close"
        except HTTPException as error:
            # Garbage bodies and wrong methods get a coded GraphQL error, not plain text.
            code = _HTTP_CODES.get(error.status_code, "BAD_REQUEST")
            response = _error_response(error.reason, code, error.status_code)
        except StrawberryGraphQLError as error:  # raised by get_context: a dead token
            response = _error_response(error.message, error.extensions["code"], 401)
        await response(scope, receive, send)

    @property
    def graphql_ide_html(self) -> str:
        return graphiql_page()

    async def process_result(self, request: Any, result: Any) -> Any:
        current = record.current()
        for error in result.errors or []:
            add_code(error)
            if current is not None:
                current.note(error.extensions["code"])
        return await super().process_result(request, result)

    def parse_json(self, data: str | bytes) -> Any:
        """A body must be UTF-8 JSON holding an object (a list goes on to the batch check)."""
        try:
            value = json.loads(data.decode("utf-8") if isinstance(data, bytes) else data)
        except (ValueError, UnicodeDecodeError):
            raise HTTPException(400, "The body is not JSON in UTF-8.") from None
        if not isinstance(value, dict | list):
            raise HTTPException(400, "The body must be a JSON object with a `query`.")
        if isinstance(value, dict) and DOCUMENT_ID in value:
            # Strawberry keeps only the extensions of a body: carry the trusted document's id
            # there (schema/trusted_requests.py reads it).
            extensions = value.get("extensions")
            if isinstance(extensions, dict | None):
                value["extensions"] = {**(extensions or {}), DOCUMENT_ID: value.pop(DOCUMENT_ID)}
        return value

    def encode_json(self, data: object) -> str:
        # A str, not bytes: Strawberry sends bytes over a WebSocket as binary frames, which the
        # standard clients (graphql-ws, Apollo, gql) refuse; GraphQL over WebSocket is text.
        try:
            return orjson.dumps(data).decode()
        except orjson.JSONEncodeError:
            # An error message may quote a lone surrogate the client sent: escape it.
            return json.dumps(data, ensure_ascii=True, default=str)


def _is_multipart(scope: Any) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"content-type":
            return value.lower().startswith(b"multipart/")
    return False


def _error_response(message: str, code: str, status: int) -> JSONResponse:
    message = message.encode("utf-8", "backslashreplace").decode("utf-8")
    current = record.current()
    if current is not None:
        current.note(code)
    body = {"data": None, "errors": [{"message": message, "extensions": {"code": code}}]}
    return JSONResponse(body, status_code=status)


def _bearer(value: str, prefix: str = "bearer ") -> str | None:
    if prefix and not value.lower().startswith(prefix):
        return None
    token = value[len(prefix) :].strip()
    return token or None


def _metrics_endpoint(settings: Settings, services: Any) -> Any:
    async def metrics(request: Request) -> Response:
        if not settings.metrics_enabled:
            return Response("Metrics are off: set METRICS_TOKEN or METRICS_ADDRESSES.", 404)
        from accountdesk.observe import metrics as series

        address = request.client.host if request.client else ""
        if not series.allowed(settings, address, request.headers.get("authorization", "")):
            return Response("Not allowed: see METRICS_TOKEN and METRICS_ADDRESSES.", 403)
        body = await series.render(services().redis)
        return Response(body, media_type=series.CONTENT_TYPE_LATEST)

    return metrics


async def start_services(settings: Settings, redis_url: str | None = None) -> Services:
    redis = connect(redis_url or settings.redis_url)
    authorizer = await Authorizer.load()
    services = Services(settings=settings, authorizer=authorizer, redis=redis)
    services.watcher = PolicyWatcher(redis, authorizer)
    await services.watcher.start()
    return services


async def stop_services(services: Services) -> None:
    if services.watcher is not None:
        await services.watcher.stop()
    await services.redis.aclose()


def create_app(
    settings: Settings | None = None,
    services: Services | None = None,
    manage_database: bool = True,
) -> Starlette:
    """Build the app. Tests pass ready `services` and manage the database themselves."""
    settings = settings or (services.settings if services else Settings.from_env())
    sql.instrument()
    tracing.setup_from_env()
    holder: dict[str, Any] = {"services": services}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        supervisor = multiprocessing.parent_process()
        if supervisor is not None:
            # One of `serve --workers N`'s processes: it must not outlive a killed supervisor,
            # even one killed before this process got here.
            die_with_parent(parent=supervisor.pid)
        embedded = None
        worker = None
        if manage_database:
            await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
        if holder["services"] is None:
            redis_url = settings.redis_url
            if not redis_url:
                embedded = EmbeddedRedis(settings.var_dir)
                redis_url = embedded.url
            holder["services"] = await start_services(settings, redis_url)
            view.services = holder["services"]
            if embedded is not None or os.environ.get(IN_PROCESS_WORKER) == "1":
                from jobs.worker import start_in_process_worker

                worker = await start_in_process_worker(settings, redis_url)
        try:
            yield
        finally:
            if worker is not None:
                await worker.close()
            if services is None and holder["services"] is not None:
                await stop_services(holder["services"])
            if embedded is not None:
                embedded.stop()
            if manage_database:
                await Tortoise.close_connections()

    # Without ready services the view gets them when the lifespan has started them.
    view = GraphQLView(services or Services(settings=settings, authorizer=None, redis=None))  # type: ignore[arg-type]

    middleware = [
        Middleware(ObserveMiddleware, settings=settings),
        Middleware(SecurityHeaders),
    ]
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["authorization", "content-type", CSRF_HEADER],
            )
        )
    return Starlette(
        routes=[
            Route("/graphql", view, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", view),
            *health_routes(lambda: view.services),
            Route("/metrics", _metrics_endpoint(settings, lambda: view.services), methods=["GET"]),
            *download_routes(lambda: view.services),
            *payment_routes(lambda: view.services),
            *graphiql_routes(),
        ],
        middleware=middleware,
        lifespan=lifespan,
    )
