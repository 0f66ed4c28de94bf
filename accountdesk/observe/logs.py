"""Logging for every command: human lines by default, one JSON object a line with LOG_FORMAT=json.

Whatever the format, no secret reaches a line: bearer tokens, session and API tokens, passwords,
signed-link signatures and ticket access info are replaced by `***` by a filter on the handler,
whoever logged them (our code, uvicorn, arq, a library's exception message). The request line
itself never carries a query string.
"""

from __future__ import annotations

import json
import logging
import logging.config
import re
import sys
from datetime import UTC, datetime
from typing import Any

from accountdesk.observe.record import RequestRecord

__all__ = ["RedactSecrets", "JsonFormatter", "config", "configure", "log_request", "redact"]

REQUEST_LOGGER = "accountdesk.requests"
_request_log = logging.getLogger(REQUEST_LOGGER)

# Query or form values, JSON members and headers whose names say "secret".
_NAMES = (
    r"token|password|new_?password|current_?password|signature|secret|access_?info|authorization"
)
_PATTERNS = [
    re.compile(rf"(?i)((?:{_NAMES})=)[^&\s\"']+"),
    re.compile(rf"(?i)(\"(?:{_NAMES})\"\s*:\s*\")[^\"]*"),
    re.compile(rf"(?i)('(?:{_NAMES})'\s*:\s*')[^']*"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    # Our own token formats, wherever they appear (session and API tokens, reset links).
    re.compile(r"\b((?:ads|adt|adr)_)[A-Za-z0-9_-]{16,}"),
]


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(r"\1***", text)
    return text


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(getattr(record, "fields", {}))
        if record.exc_info or record.exc_text:
            entry["traceback"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def config(log_format: str = "human", level: str = "info") -> dict[str, Any]:
    """A `logging.config.dictConfig` for our loggers, uvicorn's and arq's (uvicorn applies it in
    every `--workers` process)."""
    formatter: dict[str, Any] = (
        {"()": JsonFormatter}
        if log_format == "json"
        else {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    )
    handler = {
        "class": "logging.StreamHandler",
        "stream": "ext://sys.stderr",
        "formatter": "main",
        "filters": ["redact"],
    }
    quiet = {"level": "WARNING"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"redact": {"()": RedactSecrets}},
        "formatters": {"main": formatter},
        "handlers": {"main": handler},
        "root": {"handlers": ["main"], "level": level.upper()},
        "loggers": {
            # The request line replaces uvicorn's access log (which printed query strings).
            "uvicorn": {"handlers": [], "propagate": True},
            "uvicorn.error": {"handlers": [], "propagate": True},
            "uvicorn.access": {"handlers": [], "propagate": False, "level": "WARNING"},
            "arq": {"handlers": [], "propagate": True},
            "tortoise": quiet,
            "casbin": quiet,
            "aiosqlite": quiet,
            "asyncio": quiet,
        },
    }


def configure(log_format: str = "human", level: str = "info") -> None:
    logging.config.dictConfig(config(log_format, level))


def log_request(record: RequestRecord, path: str) -> None:
    if not _request_log.isEnabledFor(logging.INFO):
        return
    fields = {
        "request_id": record.request_id,
        "operation": record.operation,
        "user_id": record.user_id,
        "account_id": record.account_id,
        "outcome": record.outcome,
        "status": record.status,
        "duration_ms": round(record.seconds() * 1000, 1),
        "statements": record.statements,
        "path": path,
    }
    who = f"user {record.user_id}" if record.user_id else "anonymous"
    _request_log.info(
        "%s %s %s %s %s %.1fms %d sql (%s)",
        record.request_id, path, record.operation, record.outcome, record.status,
        fields["duration_ms"], record.statements, who,
        extra={"fields": fields},
    )  # fmt: skip


def stderr_line(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
