"""Tortoise configuration for SQLite (embedded default) and PostgreSQL (scale-out)."""

from __future__ import annotations

from typing import Any

from accountdesk.settings import Settings

__all__ = ["tortoise_config", "MODEL_MODULES"]

MODEL_MODULES = ["models", "aerich.models"]


def tortoise_config(settings: Settings, database_url: str | None = None) -> dict[str, Any]:
    url = database_url or settings.database_url
    if url.startswith("sqlite://"):
        path = url[len("sqlite://") :]
        if path != ":memory:":
            from pathlib import Path

            Path(path).parent.mkdir(parents=True, exist_ok=True)
        connection: Any = {
            "engine": "accountdesk.sqlite_engine",
            # WAL lets readers go on while one writer commits; busy_timeout waits for the lock
            # instead of failing at once when the API and the embedded worker write together.
            "credentials": {
                "file_path": path,
                "journal_mode": "WAL",
                "journal_size_limit": 16384,
                "foreign_keys": "ON",
                "busy_timeout": 5000,
            },
        }
    else:
        connection = url
    return {
        "connections": {"default": connection},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }
