"""Fail loudly and early: every command checks the database and Redis it needs and stops with
one line on stderr and a non-zero status; `sweep --now` in the future only previews;
`seed-demo` refuses a real mail server."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import asyncpg
import pytest

from accountdesk.preflight import pending_line

UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1 of loopback
PENDING = pending_line(1).split(" ", 1)[1]  # "database migration(s) pending: run ..."


def _run(*args: str, tmp_path: Path, **env: str) -> tuple[subprocess.CompletedProcess, float]:
    environment = {
        **os.environ,
        "VAR_DIR": str(tmp_path / "var"),
        "DATABASE_URL": f"sqlite://{tmp_path / 'empty.sqlite3'}",
        "SECRET_KEY": "startup-test-" + "s" * 40,
        "ACCOUNTDESK_STAFF_PASSWORD": "Startup-Passw0rd-1",
        **env,
    }
    if "REDIS_URL" not in env:
        environment.pop("REDIS_URL", None)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "accountdesk", *args],
        env=environment,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    return done, time.monotonic() - started


def _refused_with_one_line(done: subprocess.CompletedProcess, seconds: float, text: str) -> None:
    lines = done.stderr.strip().splitlines()
    assert done.returncode != 0, done.stdout
    assert len(lines) == 1, done.stderr
    assert text in lines[0]
    # 10 s on a machine with a core to spare; one shared by more runnable processes than
    # cores gives each a slice, so the allowance grows with the load (never below 10 s).
    assert seconds < 10 * max(1.0, os.getloadavg()[0] / (os.cpu_count() or 1)), seconds


@pytest.fixture
def sqlite_only(backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("runs the command on its own SQLite file; once is enough")


@pytest.mark.parametrize("command", [("serve", "--port", "1"), ("worker",)])
def test_unreachable_redis_stops_serve_and_worker_with_one_line(tmp_path, sqlite_only, command):
    done, seconds = _run(*command, tmp_path=tmp_path, REDIS_URL=UNREACHABLE_REDIS)
    _refused_with_one_line(done, seconds, "cannot reach Redis at redis://127.0.0.1:1/0")


@pytest.mark.parametrize(
    "command", [("worker",), ("sweep",), ("create-staff", "first@vendor.test")]
)
def test_pending_migrations_stop_every_command_with_the_line_serve_prints(
    tmp_path, sqlite_only, redis_url, command
):
    done, seconds = _run(*command, tmp_path=tmp_path, REDIS_URL=redis_url)
    _refused_with_one_line(done, seconds, PENDING)


def test_unreachable_database_stops_with_one_line_without_the_password(tmp_path, sqlite_only):
    url = "postgresql://someone:Very-Secret-Pw@127.0.0.1:1/accountdesk"
    done, seconds = _run("sweep", tmp_path=tmp_path, DATABASE_URL=url)
    _refused_with_one_line(done, seconds, "cannot use the database at asyncpg://127.0.0.1:1/")
    assert "Very-Secret-Pw" not in done.stderr


async def _empty_postgres_database(database: str) -> str:
    """A new, empty database on the suite's PostgreSQL server: every migration is pending."""
    base = database.replace("asyncpg://", "postgresql://", 1)
    name = f"accountdesk_pending_{uuid.uuid4().hex[:8]}"
    connection = await asyncpg.connect(base)
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    path, _, query = base.partition("?")
    return f"{path.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


@pytest.mark.parametrize("command", [("serve", "--port", "1"), ("worker",)])
async def test_pending_migrations_stop_serve_and_worker_on_postgresql(
    tmp_path, backend, database, redis_url, command
):
    if backend != "postgres":
        pytest.skip("on SQLite (the embedded default) serve applies the migrations itself")
    url = await _empty_postgres_database(database)
    done, seconds = await asyncio.to_thread(
        _run, *command, tmp_path=tmp_path, DATABASE_URL=url, REDIS_URL=redis_url
    )
    _refused_with_one_line(done, seconds, PENDING)


def test_sweep_now_in_the_future_needs_dry_run(tmp_path, sqlite_only):
    done, seconds = _run("sweep", "--now", "2999-01-01T00:00:00Z", tmp_path=tmp_path)
    _refused_with_one_line(done, seconds, "--now in the future only previews: add --dry-run")
    help_text = _run("sweep", "--help", tmp_path=tmp_path)[0].stdout
    assert "future needs --dry-run" in " ".join(help_text.split())


def test_seed_demo_refuses_a_real_mail_server_unless_forced(tmp_path, sqlite_only):
    done, seconds = _run("seed-demo", tmp_path=tmp_path, SMTP_URL="smtp://mail.example.com:25")
    _refused_with_one_line(done, seconds, "SMTP_URL points at a real mail server")
    assert not (tmp_path / "empty.sqlite3").exists()  # refused before touching anything
    local, _ = _run("seed-demo", tmp_path=tmp_path, SMTP_URL="smtp://127.0.0.1:2525")
    assert local.returncode == 0, local.stderr
    forced, _ = _run(
        "seed-demo", "--force", tmp_path=tmp_path, SMTP_URL="smtp://mail.example.com:25"
    )
    assert forced.returncode == 0, forced.stderr
