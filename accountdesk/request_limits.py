"""Upload requests counted on the bytes as they arrive.

`Content-Length` is a claim: a chunked body has none, and a client may send more than it
said. `counted(receive, limit)` wraps an ASGI `receive` and raises `BodyTooLarge` as soon as
the body passes `limit`, before the multipart parser spools the rest; the view then answers
413 with `Connection: close`, so the server stops reading that connection.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["BodyTooLarge", "counted"]

Receive = Callable[[], Awaitable[dict[str, Any]]]


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"request body over {limit} bytes")


def counted(receive: Receive, limit: int) -> Receive:
    received = 0

    async def receive_counted() -> dict[str, Any]:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge(limit)
        return message

    return receive_counted
