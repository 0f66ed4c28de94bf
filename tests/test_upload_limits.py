"""Upload requests: counted on the bytes as they arrive, and only from signed-in callers."""

from __future__ import annotations

import dataclasses
import json

from accountdesk.app import CSRF_HEADER, create_app
from tests.tickets_helpers import POST, cast, create_ticket

CHUNK = 64 * 1024
BOUNDARY = "hostile-boundary"


def _head(ticket_id: str) -> bytes:
    operations = json.dumps(
        {
            "query": POST,
            "variables": {"input": {"ticketId": ticket_id, "body": "big", "attachments": [None]}},
        }
    )
    parts = [
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{operations}\r\n',
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="map"\r\n\r\n'
        '{"0": ["variables.input.attachments.0"]}\r\n',
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="0"; filename="big.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n",
    ]
    return "".join(parts).encode()


async def _send_chunked(app, token: str | None, ticket_id: str, total: int) -> tuple[dict, int]:
    """Call the app as a server would with a chunked body (no Content-Length): the answer's
    start message and how many body bytes the app asked for before answering."""
    chunks = [_head(ticket_id)] + [b"x" * CHUNK] * (total // CHUNK)
    read = 0
    headers = [
        (b"content-type", f"multipart/form-data; boundary={BOUNDARY}".encode()),
        (b"transfer-encoding", b"chunked"),
        (CSRF_HEADER.encode(), b"1"),
    ]
    if token:
        headers.append((b"authorization", f"Bearer {token}".encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/graphql",
        "raw_path": b"/graphql",
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }
    answer: dict = {}

    async def receive() -> dict:
        nonlocal read
        if chunks:
            chunk = chunks.pop(0)
            read += len(chunk)
            return {"type": "http.request", "body": chunk, "more_body": bool(chunks)}
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.start":
            answer.update(message)

    await app(scope, receive, send)
    return answer, read


async def test_a_chunked_upload_is_refused_at_the_limit_not_after_reading_it_all(
    services, settings, api, world
):
    limited = settings.with_changes(max_request_upload_bytes=1024 * 1024)
    app = create_app(
        limited, services=dataclasses.replace(services, settings=limited), manage_database=False
    )
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    answer, read = await _send_chunked(app, people.token("owner"), ticket["id"], 60 * 1024 * 1024)
    assert answer["status"] == 413
    assert (b"connection", b"close") in answer["headers"]
    limit = limited.max_request_upload_bytes + 1024 * 1024
    assert limit < read <= limit + 2 * CHUNK


async def test_anonymous_callers_may_not_upload_at_all(services, settings, api, world):
    app = create_app(settings, services=services, manage_database=False)
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    answer, read = await _send_chunked(app, None, ticket["id"], 4 * CHUNK)
    assert answer["status"] == 401
    assert read == 0
    answer, read = await _send_chunked(app, "ads_not-a-real-token", ticket["id"], 4 * CHUNK)
    assert answer["status"] == 401
    assert read == 0
