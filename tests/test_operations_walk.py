"""A demo walk against a real `serve --demo --workers 2` process, as an operator would run it.

One server for several checks, because starting it is the slow part:
- no secret in any log line (session, API and reset tokens, passwords, signed-link
  signatures, access info, the metrics token; a token sent as `?token=` on the WebSocket URL);
- 50 refused operations (FORBIDDEN, UNAUTHENTICATED, wrong passwords) leave no traceback;
- with LOG_FORMAT=json every line is a JSON object, one per request with its fields;
- `/metrics` sums both processes (multi-process mode) and has the request, SQL, outbox and
  sweep series, parsed with prometheus-client's own parser.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2 as httpx
import pytest
import websockets
from prometheus_client.parser import text_string_to_metric_families

from tests.tickets_helpers import CREATE

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
NEW_PASSWORD = "Walk-New-Passw0rd-7731"
ACCESS_INFO = "ssh root@shop.example.test password Hunter2-Walk-Access"
METRICS_TOKEN = "metrics-walk-token-5d1e0c2b9a"
LOGIN = """mutation($email: String!, $password: String!) { login(email: $email, password: $password) {
  __typename ... on Session { token } ... on Error { code } } }"""


@pytest.fixture
def sqlite_only(backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("runs its own server on its own SQLite file; once is enough")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(tmp_path: Path, port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "VAR_DIR": str(tmp_path / "var"),
        "DATABASE_URL": f"sqlite://{tmp_path / 'walk.sqlite3'}",
        "SECRET_KEY": "walk-secret-" + "w" * 40,
        "METRICS_TOKEN": METRICS_TOKEN,
        "LOG_FORMAT": "json",
    }
    env.pop("REDIS_URL", None)
    command = [sys.executable, "-m", "accountdesk", "serve", "--demo", "--port", str(port)]
    return subprocess.Popen(
        [*command, "--workers", "2"],
        env=env,
        cwd=tmp_path,
        stdout=(tmp_path / "out.log").open("wb"),
        stderr=(tmp_path / "err.log").open("wb"),
        start_new_session=True,
    )


def _wait_until_up(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert server.poll() is None, "serve exited early"
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise AssertionError("serve did not answer in time")


class Walk:
    def __init__(self, client: httpx.AsyncClient, mail_dir: Path) -> None:
        self.client = client
        self.mail_dir = mail_dir
        self.secrets: list[str] = [NEW_PASSWORD, ACCESS_INFO, METRICS_TOKEN, "Hunter2-Walk"]

    async def gql(self, query: str, variables: dict | None = None, token: str = "") -> dict:
        headers = {"authorization": f"Bearer {token}"} if token else {}
        answer = await self.client.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        return answer.json()

    async def login(self, email: str, password: str) -> str:
        body = await self.gql(LOGIN, {"email": email, "password": password})
        assert body["data"]["login"]["__typename"] == "Session", body
        token = body["data"]["login"]["token"]
        self.secrets.append(token)
        return token

    async def refused(self, owner: str, webmaster: str) -> None:
        """50 operations the rules refuse, of several kinds."""
        for _ in range(20):
            body = await self.gql("{ licenses(first: 5) { nodes { id } } }", token=webmaster)
            assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        for _ in range(20):
            body = await self.gql("{ me { id } }")
            assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        for _ in range(7):
            body = await self.gql('{ ticket(id: "999999") { id } }', token=owner)
            assert "errors" in body or body["data"]["ticket"] is None
        for _ in range(3):
            body = await self.gql(LOGIN, {"email": "buyer@demo.test", "password": "wrong-one"})
            assert body["data"]["login"]["code"] == "INVALID_CREDENTIALS"

    async def password_reset(self) -> None:
        mutation = "mutation($e: String!) { requestPasswordReset(email: $e) { __typename } }"
        await self.gql(mutation, {"e": "buyer@demo.test"})
        token = await self._reset_token()
        self.secrets.append(token)
        body = await self.gql(
            "mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) "
            "{ __typename } }",
            {"t": token, "p": NEW_PASSWORD},
        )
        assert body["data"]["resetPassword"]["__typename"] == "PasswordChanged", body
        await self.login("buyer@demo.test", NEW_PASSWORD)

    async def _reset_token(self) -> str:
        # The reset mail is sent at once by the worker (no 30-second wait for the cron).
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            for path in sorted(self.mail_dir.glob("*.eml")):
                mail = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
                found = re.search(r"adr_[A-Za-z0-9_-]+", mail.get_content())
                if mail["To"] == "buyer@demo.test" and found:
                    return found.group(0)
            await asyncio.sleep(0.2)
        raise AssertionError("no reset mail")

    async def ticket_with_file_and_access_info(self, owner: str) -> None:
        variables = {"input": {"type": "SUPPORT", "title": "Logo", "body": "See the file.",
                               "attachments": [None]}}  # fmt: skip
        form = {
            "operations": json.dumps({"query": CREATE, "variables": variables}),
            "map": json.dumps({"0": ["variables.input.attachments.0"]}),
        }
        answer = await self.client.post(
            "/graphql",
            data=form,
            files={"0": ("logo.png", PNG, "image/png")},
            headers={"authorization": f"Bearer {owner}", "x-accountdesk-csrf": "1"},
        )
        ticket = answer.json()["data"]["createTicket"]
        link = ticket["messages"][0]["attachments"][0]["downloadUrl"]
        self.secrets.append(link.split("signature=")[1])
        assert (await self.client.get(link)).content == PNG
        body = await self.gql(
            "mutation($t: ID!, $x: String!) { postAccessInfo(ticketId: $t, text: $x) "
            "{ __typename } }",
            {"t": ticket["id"], "x": ACCESS_INFO},
            token=owner,
        )
        assert "errors" not in body, body

    async def api_token(self, owner: str) -> None:
        body = await self.gql(
            'mutation { createApiToken(name: "ci", scopes: [TICKETS_READ]) { __typename '
            "... on NewApiToken { secret } } }",
            token=owner,
        )
        created = body["data"]["createApiToken"]
        assert created["__typename"] == "NewApiToken", body
        self.secrets.append(created["secret"])
        await self.gql("{ tickets(first: 2) { nodes { id } } }", token=created["secret"])

    async def websocket(self, base: str, token: str) -> None:
        url = base.replace("http://", "ws://") + f"/graphql?token={token}"
        async with websockets.connect(url, subprotocols=["graphql-transport-ws"]) as socket_:
            await socket_.send(json.dumps({"type": "connection_init"}))
            ack = json.loads(await asyncio.wait_for(socket_.recv(), 10))
            assert ack["type"] == "connection_ack"


async def _walk(base: str, mail_dir: Path) -> tuple[Walk, str]:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        walk = Walk(client, mail_dir)
        owner = await walk.login("owner@demo.test", "demo")
        webmaster = await walk.login("webmaster@demo.test", "demo")
        assert (await walk.gql("{ me { email } }", token=owner))["data"]["me"]["email"]
        await walk.refused(owner, webmaster)
        await walk.password_reset()
        await walk.ticket_with_file_and_access_info(owner)
        await walk.api_token(owner)
        await walk.websocket(base, owner)
        assert (await client.get("/metrics")).status_code == 403
        scraped = await client.get("/metrics", headers={"authorization": f"Bearer {METRICS_TOKEN}"})
        assert scraped.status_code == 200
        return walk, scraped.text


def _samples(text: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found.setdefault(sample.name, []).append(sample)
    return found


def test_demo_walk_logs_no_secret_no_traceback_and_serves_metrics(tmp_path, sqlite_only):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = _start(tmp_path, port)
    try:
        _wait_until_up(base, server)
        walk, metrics_text = asyncio.run(_walk(base, tmp_path / "var" / "mail"))
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    logs = (tmp_path / "err.log").read_text() + (tmp_path / "out.log").read_text()

    leaked = [secret[:12] for secret in walk.secrets if secret in logs]
    assert not leaked, f"secrets in the logs: {leaked}"
    assert "Traceback" not in logs and '"traceback"' not in logs

    lines = [line for line in (tmp_path / "err.log").read_text().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # every line is JSON
    requests = [entry for entry in entries if entry["logger"] == "accountdesk.requests"]
    fields = {"time", "request_id", "operation", "user_id", "account_id", "outcome",
              "duration_ms", "statements"}  # fmt: skip
    assert requests and all(fields <= entry.keys() for entry in requests)
    forbidden = [
        e for e in requests if e["operation"] == "licenses" and e["outcome"] == "FORBIDDEN"
    ]
    assert len(forbidden) == 20 and all(e["user_id"] for e in forbidden)
    assert not [e for e in entries if e["level"] == "error"]

    samples = _samples(metrics_text)
    requests_total = {
        (s.labels["operation"], s.labels["outcome"]): s.value
        for s in samples["accountdesk_requests_total"]
    }
    # Summed over both API processes, whichever answered each request.
    assert requests_total[("licenses", "FORBIDDEN")] == 20
    assert requests_total[("me", "UNAUTHENTICATED")] == 20
    assert requests_total[("login", "INVALID_CREDENTIALS")] == 3
    assert samples["accountdesk_login_failures_total"][0].value == 3
    sql_counts = {
        s.labels["operation"]: s.value for s in samples["accountdesk_request_sql_statements_count"]
    }
    assert sql_counts["licenses"] == 20
    durations = samples["accountdesk_request_duration_seconds_count"]
    assert sum(s.value for s in durations if s.labels["operation"] == "me") >= 21
    assert samples["accountdesk_outbox_depth"][0].value >= 0
    assert "accountdesk_outbox_oldest_unsent_age_seconds" in samples
    assert samples["accountdesk_sweep_runs_total"][0].value >= 1
    assert "accountdesk_sweep_changes_total" in samples
