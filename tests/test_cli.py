"""The `accountdesk` command: every sub-command listed, one clear line for bad settings."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from strawberry.printer import print_schema

from schema import build_schema

COMMANDS = (
    "serve", "worker", "migrate", "seed-demo", "export-schema", "create-staff", "documents"
)  # fmt: skip


def _run(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "VAR_DIR": str(tmp_path / "var"),
        "DATABASE_URL": f"sqlite://{tmp_path / 'cli.sqlite3'}",
        "SECRET_KEY": "cli-test-" + "s" * 40,
        **env,
    }
    environment.pop("REDIS_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "accountdesk", *args],
        env=environment,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )


@pytest.fixture
def sqlite_only(backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("runs the command on its own SQLite file; once is enough")


def test_help_lists_every_command(tmp_path, sqlite_only):
    done = _run("--help", tmp_path=tmp_path)
    assert done.returncode == 0
    for command in COMMANDS:
        assert command in done.stdout


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("DATABASE_URL", "mysql://db/x", "DATABASE_URL must start with sqlite:// or postgresql://"),
        ("SESSION_IDLE_MINUTES", "soon", "SESSION_IDLE_MINUTES must be a whole number"),
        ("SECRET_KEY", "short", "SECRET_KEY must be at least 32 characters long"),
        ("ONLY_TRUSTED_DOCUMENTS", "maybe", "ONLY_TRUSTED_DOCUMENTS must be true or false"),
        ("TRUSTED_DOCUMENTS_EXCEPT", "staff,everyone", "TRUSTED_DOCUMENTS_EXCEPT lists staff"),
    ],
)
def test_bad_setting_stops_with_one_clear_line(tmp_path, sqlite_only, name, value, message):
    done = _run("migrate", tmp_path=tmp_path, **{name: value})
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"accountdesk: error: {message}")
    assert "Traceback" not in done.stderr


def test_worker_without_redis_url_explains_itself(tmp_path, sqlite_only):
    done = _run("worker", tmp_path=tmp_path)
    assert done.returncode == 2
    assert "set REDIS_URL" in done.stderr


def test_export_schema_writes_the_sdl(tmp_path, sqlite_only):
    done = _run("export-schema", "--output", "out.graphql", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.graphql").read_text() == print_schema(build_schema()) + "\n"


def test_seed_demo_is_idempotent_and_create_staff_adds_a_login(tmp_path, sqlite_only):
    first = _run("seed-demo", tmp_path=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "accounts and people: 9 added" in first.stdout
    assert "owner@demo.test" in first.stdout
    again = _run("seed-demo", tmp_path=tmp_path)
    assert "accounts and people: 0 added" in again.stdout
    staff = _run(
        "create-staff", "Head@Vendor.test", "--role", "department_head", "--department",
        "sales", "--password", "a long enough password", tmp_path=tmp_path,
    )  # fmt: skip
    assert staff.returncode == 0, staff.stderr
    with sqlite3.connect(tmp_path / "cli.sqlite3") as conn:
        row = conn.execute(
            "SELECT staff_role, department FROM user WHERE email = 'head@vendor.test'"
        ).fetchone()
    assert row == ("department_head", "sales")
    taken = _run("create-staff", "head@vendor.test", "--password", "x" * 12, tmp_path=tmp_path)
    assert taken.returncode == 2
    assert taken.stderr.strip() == "accountdesk: error: This email is already a login."


def test_worker_sends_queued_mail_and_stops_on_sigterm(tmp_path, sqlite_only, redis_url):
    import signal
    import time

    assert _run("migrate", tmp_path=tmp_path).returncode == 0
    with sqlite3.connect(tmp_path / "cli.sqlite3") as conn:
        conn.execute(
            "INSERT INTO outbox_mail (dedupe_key, recipient, subject, body, created_at, attempts,"
            " next_attempt_at, last_error) VALUES ('k', 'a@example.test', 'Hello', 'Body',"
            " '2026-01-01 00:00:00+00:00', 0, '2026-01-01 00:00:00+00:00', '')"
        )
    env = {
        **os.environ,
        "VAR_DIR": str(tmp_path / "var"),
        "DATABASE_URL": f"sqlite://{tmp_path / 'cli.sqlite3'}",
        "SECRET_KEY": "cli-test-" + "s" * 40,
        "REDIS_URL": redis_url,
        "MAIL_DIR": str(tmp_path / "mail"),
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "accountdesk", "worker"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not list((tmp_path / "mail").glob("*.eml")) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert list((tmp_path / "mail").glob("*.eml")), "the worker sent nothing"
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            returncode = worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
            raise
    assert returncode == 0


def test_serve_demo_answers_graphiql_and_demo_login(tmp_path, sqlite_only):
    import json
    import signal
    import socket
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "VAR_DIR": str(tmp_path / "var"), "SECRET_KEY": "serve-" + "s" * 40}
    for name in ("REDIS_URL", "DATABASE_URL"):
        env.pop(name, None)  # the embedded default, as in the quick start
    server = subprocess.Popen(
        [sys.executable, "-m", "accountdesk", "serve", "--demo", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/graphql"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                page = urllib.request.urlopen(
                    urllib.request.Request(url, headers={"Accept": "text/html"})
                )
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "serve did not start"
                time.sleep(0.3)
        assert "graphiql" in page.read().decode().lower()
        query = 'mutation { login(email: "owner@demo.test", password: "demo") { __typename } }'
        request = urllib.request.Request(
            url, json.dumps({"query": query}).encode(), {"Content-Type": "application/json"}
        )
        answer = json.loads(urllib.request.urlopen(request).read())
        assert answer == {"data": {"login": {"__typename": "Session"}}}
    finally:
        server.send_signal(signal.SIGINT)
        try:
            output, _ = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            raise
    assert "owner@demo.test" in output  # the demo logins are printed at start
    assert server.returncode == 0


def test_documents_add_prints_the_ids_clients_send_and_list_shows_them(tmp_path, sqlite_only):
    import hashlib

    text = "query Me { me { id } }\n"
    (tmp_path / "me.graphql").write_text(text)
    (tmp_path / "bad.graphql").write_text("{ me { nothing } }")
    assert _run("migrate", tmp_path=tmp_path).returncode == 0
    refused = _run("documents", "add", "me.graphql", "bad.graphql", tmp_path=tmp_path)
    assert refused.returncode == 2 and "bad.graphql: Cannot query field" in refused.stderr
    added = _run("documents", "add", "me.graphql", tmp_path=tmp_path)
    digest = hashlib.sha256(text.encode()).hexdigest()
    assert added.returncode == 0 and added.stdout == f"sha256:{digest}  me.graphql\n"
    listed = _run("documents", "list", tmp_path=tmp_path)
    assert listed.stdout.split()[:2] == [f"sha256:{digest}", "build"]
