"""The record of one request (or job): filled as it runs, read once when it ends.

It travels in a context variable, so the SQL hook, the GraphQL extension and the error
mapping can each add their part without being handed it. Tasks started during the request
copy the context and so share the same record object.
"""

from __future__ import annotations

import time
import uuid
from contextvars import ContextVar
from dataclasses import dataclass, field

__all__ = ["RequestRecord", "current", "start", "finish"]

_current: ContextVar[RequestRecord | None] = ContextVar("accountdesk_request", default=None)


@dataclass
class RequestRecord:
    kind: str = "http"
    operation: str = "-"
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    started: float = field(default_factory=time.perf_counter)
    user_id: int | None = None
    account_id: int | None = None
    statements: int = 0
    # Every error code seen (result unions and top-level errors): how often, in order of first.
    codes: dict[str, int] = field(default_factory=dict)
    status: int = 0
    mail_queued: bool = False

    def note(self, code: str) -> None:
        self.codes[code] = self.codes.get(code, 0) + 1

    @property
    def outcome(self) -> str:
        return next(iter(self.codes), "OK")

    def seconds(self) -> float:
        return time.perf_counter() - self.started


def current() -> RequestRecord | None:
    return _current.get()


def start(kind: str = "http", operation: str = "-") -> tuple[RequestRecord, object]:
    record = RequestRecord(kind=kind, operation=operation)
    return record, _current.set(record)


def finish(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]
