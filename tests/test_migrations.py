"""The committed migrations build exactly the tables the models describe, on either backend.

When a model changes without a migration, these fail and say what to run.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import asyncpg
from aerich.utils import compress_dict, decompress_dict, get_models_describe, import_py_file

from accountdesk.migrate import APP, MIGRATIONS_DIR

MAKE = "python -m accountdesk.makemigrations --name <what_changed>"


def _last_migration() -> Path:
    files = sorted(
        (MIGRATIONS_DIR / APP).glob("*.py"), key=lambda path: int(path.name.split("_")[0])
    )
    assert files, f"no migrations yet: run `{MAKE}`"
    return files[-1]


def test_last_migration_describes_the_current_models():
    state = decompress_dict(import_py_file(_last_migration()).MODELS_STATE)
    # Through the migration file's encoding, so tuples and lists compare alike.
    current = decompress_dict(compress_dict(get_models_describe(APP)))
    changed = sorted(
        name for name in state.keys() | current.keys() if state.get(name) != current.get(name)
    )
    assert not changed, f"models changed without a migration ({', '.join(changed)}): run `{MAKE}`"


def _pg_dsn(url: str) -> str:
    return "postgresql://" + url.removeprefix("asyncpg://")


async def _fresh_database(backend: str, database: str, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite://{tmp_path / 'migrated.sqlite3'}"
    name = f"migrated_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(_pg_dsn(database))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    path, _, query = database.partition("?")
    return f"{path.rsplit('/', 1)[0]}/{name}?{query}"


async def _columns(backend: str, url: str) -> dict[str, set[tuple[str, str, bool]]]:
    """{table: {(column, type, nullable)}} as the database itself reports them."""
    tables: dict[str, set[tuple[str, str, bool]]] = {}
    if backend == "sqlite":
        with sqlite3.connect(url.removeprefix("sqlite://")) as conn:
            names = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for name in names:
                info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
                tables[name] = {(col[1], col[2].upper(), not col[3]) for col in info}
        return tables
    conn = await asyncpg.connect(_pg_dsn(url))
    try:
        rows = await conn.fetch(
            "SELECT table_name, column_name, data_type, is_nullable "
            "FROM information_schema.columns WHERE table_schema = 'public'"
        )
    finally:
        await conn.close()
    for row in rows:
        tables.setdefault(row["table_name"], set()).add(
            (row["column_name"], row["data_type"], row["is_nullable"] == "YES")
        )
    return tables


async def test_migrate_builds_the_tables_the_models_describe(backend, database, tmp_path):
    url = await _fresh_database(backend, database, tmp_path)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "VAR_DIR": str(tmp_path),
        "SECRET_KEY": "migration-test-" + "k" * 32,
    }
    done = subprocess.run(
        [sys.executable, "-m", "accountdesk", "migrate"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "migration(s) applied" in done.stdout
    migrated = await _columns(backend, url)
    expected = await _columns(backend, database)  # built from the models by generate_schemas
    differing = sorted(
        t for t in migrated.keys() | expected.keys() if migrated.get(t) != expected.get(t)
    )
    assert not differing, f"migrations and models differ on {differing}: run `{MAKE}`"
    again = subprocess.run(
        [sys.executable, "-m", "accountdesk", "migrate"], env=env, capture_output=True, text=True
    )
    assert "database is up to date" in again.stdout, again.stderr
