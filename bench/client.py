"""A small HTTP/1.1 keep-alive load client: `connections` sockets, each sending requests in turn.

Kept minimal on purpose: the client shares the machine with both servers, and a heavy client
would flatten the ratio it is meant to show.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Result", "drive"]


@dataclass
class Result:
    requests: int
    seconds: float
    latencies: list[float]
    failures: int

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000

    def merged(self, other: Result) -> Result:
        """Two runs of the same request as one (throughput over both runs' time)."""
        return Result(
            self.requests + other.requests,
            self.seconds + other.seconds,
            self.latencies + other.latencies,
            self.failures + other.failures,
        )

    @property
    def median_ms(self) -> float:
        return statistics.median(self.latencies) * 1000


def _request(host: str, port: int, path: str, body: bytes, headers: dict[str, str]) -> bytes:
    lines = [f"POST {path} HTTP/1.1", f"Host: {host}:{port}", "Content-Type: application/json"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    return status, await reader.readexactly(length)


async def drive(
    host: str,
    port: int,
    path: str,
    body: bytes,
    headers: dict[str, str],
    requests: int,
    connections: int,
    expect: bytes,
    until: Callable[[], bool] | None = None,
) -> Result:
    """Send `requests` requests over `connections` connections; a reply without `expect` fails.

    `until`: asked before each request; once it says True, no more are sent."""
    payload = _request(host, port, path, body, headers)
    remaining = requests
    latencies: list[float] = []
    failures = 0

    async def worker() -> None:
        nonlocal remaining, failures
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while remaining > 0 and not (until and until()):
                remaining -= 1
                started = time.perf_counter()
                writer.write(payload)
                status, reply = await _read_response(reader)
                latencies.append(time.perf_counter() - started)
                if status != 200 or expect not in reply:
                    failures += 1
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(connections)))
    return Result(len(latencies), time.perf_counter() - started, latencies, failures)
