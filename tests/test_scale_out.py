"""Scale-out proven on one machine: two `serve` and two `worker` processes on PostgreSQL and a
Redis on a loopback TCP port, as separate machines would run them.

- a message posted through API process A reaches a subscriber on API process B;
- a role change made through A is enforced by B on its very next request;
- a sweep run by both workers at once changes each due ticket once;
- a worker killed (SIGKILL) in the middle of sending a mail leaves it to the other worker,
  and the mail is delivered once.

Workers are paused (SIGSTOP) to decide which of them takes a job: a paused worker cannot take
one, so the other must.
"""

from __future__ import annotations

import asyncio
import signal
import tempfile
import time
from pathlib import Path

import asyncpg
import httpx2 as httpx
import psutil
import pytest
from arq.connections import ArqRedis
from arq.constants import job_key_prefix
from arq.jobs import Job
from gql import Client, GraphQLRequest
from gql.transport.websockets import WebsocketsTransport

from accountdesk.redis import EmbeddedRedis, connect
from accountdesk.settings import Settings
from jobs.worker import QUEUE
from resolvers.tickets.events import channel
from tests import servers
from tests.cluster import Cluster
from tests.live import free_port
from tests.smtp import SmtpServer

pytestmark = pytest.mark.postgres_only

PASSWORD = "demo"  # the demo logins' password (`seed-demo`)
SLOW = "slow@example.test"  # the SMTP server holds mail to this address until released
DUE_TICKETS = 120
LOGIN = """mutation($e: String!, $p: String!) { login(email: $e, password: $p) {
  ... on Session { token } ... on Error { code message } } }"""
EVENTS = "subscription($t: ID!) { ticketEvents(ticketId: $t) { kind message { body } } }"


class HoldingInbox(SmtpServer):
    """aiosmtpd that stalls a transaction to SLOW at RCPT: its sender is mid-mail."""

    def __init__(self) -> None:
        super().__init__()
        self.held = asyncio.Event()  # set from the server's thread; polled, not awaited
        self.release = False
        self.inbox.handle_RCPT = self._rcpt

    async def _rcpt(self, server, session, envelope, address, options) -> str:
        if address == SLOW and not self.release:
            self.held.set()
            while not self.release:
                await asyncio.sleep(0.05)
        envelope.rcpt_tos.append(address)
        return "250 OK"


@pytest.fixture(scope="module")
def database_url() -> str:
    return servers.postgres_url()  # a database of its own on the suite's PostgreSQL


@pytest.fixture(scope="module")
async def cluster(database_url):
    folder = Path(tempfile.mkdtemp(prefix="accountdesk-cluster-"))
    redis_server = EmbeddedRedis(folder / "redis", port=free_port())
    smtp = HoldingInbox()
    smtp.start()
    env = {
        "PATH": "/usr/bin:/bin",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_server.tcp_url,
        "SECRET_KEY": "cluster-" + "k" * 40,
        "VAR_DIR": str(folder / "var"),
        "SMTP_URL": smtp.url,
        "SWEEP_BATCH_SIZE": "10",  # several batches per sweep, so two sweeps interleave
    }
    setup = Cluster(folder, env)
    setup.run("migrate")
    setup.run("seed-demo")
    for name, args, port in [
        ("api-a", ("serve",), True),
        ("api-b", ("serve",), True),
        ("worker-a", ("worker",), False),
        ("worker-b", ("worker",), False),
    ]:
        setup.start(name, *args, port=port)
    redis = connect(redis_server.tcp_url)
    try:
        setup.wait_until_ready()
        setup.redis, setup.smtp, setup.database_url = redis, smtp, database_url
        yield setup
    finally:
        setup.stop()
        await redis.aclose()
        smtp.stop()
        redis_server.stop()


def _by_name(cluster: Cluster, name: str):
    return next(p for p in cluster.processes if p.name == name)


async def _gql(base: str, query: str, variables: dict | None = None, token: str = "") -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(base_url=base, timeout=20) as client:
        answer = await client.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
    return answer.json()


async def _login(base: str, email: str) -> str:
    answer = await _gql(base, LOGIN, {"e": email, "p": PASSWORD})
    return answer["data"]["login"]["token"]


async def _enqueue(redis, job_id: str, function: str) -> Job:
    pool = ArqRedis(connection_pool=redis.connection_pool)
    job = await pool.enqueue_job(function, _job_id=job_id, _queue_name=QUEUE)
    assert job is not None
    return job


async def _until(condition, timeout: float = 20, message: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not await condition():
        assert time.monotonic() < deadline, message or "timed out"
        await asyncio.sleep(0.02)


async def test_message_through_a_reaches_a_subscriber_on_b(cluster):
    a, b = _by_name(cluster, "api-a"), _by_name(cluster, "api-b")
    owner, agent = await _login(a.url, "owner@demo.test"), await _login(b.url, "agent@vendor.test")
    create = """mutation { createTicket(input: {type: SUPPORT, title: "Across", body: "Hi"}) {
      ... on Ticket { id } } }"""
    ticket = (await _gql(a.url, create, token=owner))["data"]["createTicket"]["id"]
    transport = WebsocketsTransport(
        url=b.url.replace("http", "ws", 1) + "/graphql",
        init_payload={"authorization": f"Bearer {owner}"},
    )
    async with Client(transport=transport) as session:
        events = session.subscribe(GraphQLRequest(EVENTS, variable_values={"t": ticket}))
        first = asyncio.ensure_future(events.__anext__())

        async def listening() -> bool:
            counts = dict(await cluster.redis.pubsub_numsub(channel(int(ticket))))
            return bool(counts.get(channel(int(ticket)).encode())) or first.done()

        await _until(listening, message="B never subscribed")
        post = """mutation($t: ID!) { postMessage(input: {ticketId: $t, body: "From A"}) {
          __typename } }"""
        assert (await _gql(a.url, post, {"t": ticket}, agent))["data"]["postMessage"]
        event = (await asyncio.wait_for(first, 10))["ticketEvents"]
        await events.aclose()
    assert event == {"kind": "message", "message": {"body": "From A"}}


async def test_role_change_through_a_is_enforced_by_b_on_its_next_request(cluster):
    a, b = _by_name(cluster, "api-a"), _by_name(cluster, "api-b")
    owner, buyer = await _login(a.url, "owner@demo.test"), await _login(b.url, "buyer@demo.test")
    licenses = "{ licenses(first: 1) { nodes { id } } }"
    assert "errors" not in await _gql(b.url, licenses, token=buyer)  # B has decided once
    buyer_id = (await _gql(b.url, "{ me { id } }", token=buyer))["data"]["me"]["id"]
    change = """mutation($id: ID!, $type: AccountType!) { setUserType(id: $id, accountType: $type)
      { __typename ... on Error { code } } }"""
    for account_type, allowed in [("SECONDARY", False), ("ADVANCED_SECONDARY", True)]:
        answer = await _gql(a.url, change, {"id": buyer_id, "type": account_type}, owner)
        assert answer["data"]["setUserType"]["__typename"] == "User"
        answer = await _gql(b.url, licenses, token=buyer)
        if allowed:
            assert "errors" not in answer, answer
        else:
            assert answer["errors"][0]["extensions"]["code"] == "FORBIDDEN", answer


async def _due_tickets(cluster: Cluster, count: int) -> None:
    """`count` sales tickets idle for 40 days (due for pre-close), copies of one real ticket."""
    a = _by_name(cluster, "api-a")
    owner = await _login(a.url, "owner@demo.test")
    create = """mutation { createTicket(input: {type: SALES, title: "Quote", body: "Price?"}) {
      ... on Ticket { id } } }"""
    ticket = int((await _gql(a.url, create, token=owner))["data"]["createTicket"]["id"])
    conn = await asyncpg.connect(cluster.database_url)
    try:
        columns = [
            row["column_name"]
            for row in await conn.fetch(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'ticket'"
                " AND column_name NOT IN ('id', 'number')"
            )
        ]
        names = ", ".join(f'"{c}"' for c in columns)
        await conn.execute(
            f"INSERT INTO ticket (number, {names}) SELECT 900000 + n, {names}"
            f" FROM ticket, generate_series(1, {count - 1}) AS n WHERE id = $1",
            ticket,
        )
        await conn.execute(
            "UPDATE ticket SET last_message_at = now() - interval '40 days',"
            " response_due_at = now() + interval '1 day' WHERE id = $1 OR number > 900000",
            ticket,
        )
    finally:
        await conn.close()


async def test_sweep_on_both_workers_changes_each_due_ticket_once(cluster):
    worker_a, worker_b = _by_name(cluster, "worker-a"), _by_name(cluster, "worker-b")
    await _due_tickets(cluster, DUE_TICKETS)
    redis = cluster.redis

    async def taken(job_id: str):
        async def check() -> bool:
            return bool(await redis.exists(f"arq:in-progress:{job_id}"))

        return check

    worker_b.pause()
    try:
        first = await _enqueue(redis, "sweep-on-a", "sweep_tickets")
        await _until(await taken("sweep-on-a"), message="worker A never took the sweep")
        worker_a.pause()  # mid-sweep, perhaps holding a batch's row locks
        worker_b.resume()
        second = await _enqueue(redis, "sweep-on-b", "sweep_tickets")
        await _until(await taken("sweep-on-b"), message="worker B never took the sweep")
    finally:
        worker_a.resume()
        worker_b.resume()
    for job in (first, second):  # the sweep keeps no result
        await _until(_finished(job), timeout=30, message=f"{job.job_id} did not finish")
    conn = await asyncpg.connect(cluster.database_url)
    try:
        rows = await conn.fetch(
            "SELECT t.status, count(h.id) AS changes FROM ticket t LEFT JOIN ticket_history h"
            " ON h.ticket_id = t.id AND h.action = 'pre_close'"
            " WHERE t.type = 'sales' AND t.last_message_at < now() - interval '30 days'"
            " GROUP BY t.id, t.status"
        )
        mails = await conn.fetchval(
            "SELECT count(*) FROM outbox_mail m JOIN ticket t"
            " ON m.dedupe_key LIKE 'ticket:' || t.id || ':auto_pre_close:%'"
            " WHERE t.type = 'sales' AND t.last_message_at < now() - interval '30 days'"
        )
    finally:
        await conn.close()
    assert len(rows) == DUE_TICKETS
    assert {(row["status"], row["changes"]) for row in rows} == {("pre_closed", 1)}
    assert mails == DUE_TICKETS


async def test_worker_killed_mid_mail_leaves_it_to_the_other_sent_once(cluster):
    worker_a, worker_b = _by_name(cluster, "worker-a"), _by_name(cluster, "worker-b")
    conn = await asyncpg.connect(cluster.database_url)
    try:
        await conn.execute("UPDATE outbox_mail SET sent_at = now() WHERE sent_at IS NULL")
        mail_id = await conn.fetchval(
            "INSERT INTO outbox_mail (dedupe_key, recipient, subject, body, created_at, attempts,"
            " next_attempt_at, last_error) VALUES ('scale-out', $1, 'Once', 'Only once.', now(),"
            " 0, now() - interval '1 second', '') RETURNING id",
            SLOW,
        )
        worker_b.pause()
        try:
            await _enqueue(cluster.redis, "drain-on-a", "drain_outbox")
            await _until(_flag(cluster.smtp.held), message="worker A never started the mail")
            assert _talks_to(worker_a.pid, cluster.smtp.port)
            worker_a.popen.send_signal(signal.SIGKILL)
            worker_a.popen.wait(timeout=10)
        finally:
            worker_b.resume()
        row = await conn.fetchrow("SELECT * FROM outbox_mail WHERE id = $1", mail_id)
        assert row["sent_at"] is None and row["attempts"] == 1  # claimed by A, never finished
        # The lease A took runs out (MAIL_LEASE_SECONDS); shift it rather than wait for it.
        await conn.execute(
            "UPDATE outbox_mail SET next_attempt_at = next_attempt_at - $2::interval WHERE id = $1",
            mail_id,
            Settings().mail_lease,
        )
        cluster.smtp.release = True
        await _enqueue(cluster.redis, "drain-on-b", "drain_outbox")

        async def sent() -> bool:
            query = "SELECT sent_at IS NOT NULL FROM outbox_mail WHERE id = $1"
            return await conn.fetchval(query, mail_id)

        await _until(sent, message="worker B never sent the mail")
        row = await conn.fetchrow("SELECT * FROM outbox_mail WHERE id = $1", mail_id)
    finally:
        await conn.close()
    delivered = [m for m in cluster.smtp.messages if f"<outbox.{mail_id}." in m["Message-ID"]]
    assert len(delivered) == 1 and delivered[0]["To"] == SLOW
    assert row["attempts"] == 2
    assert worker_b.popen.poll() is None


def _finished(job: Job):
    """The job's data is gone (arq keeps a cron function's in-progress mark for a while)."""

    async def check() -> bool:
        return not await job._redis.exists(job_key_prefix + job.job_id)

    return check


def _flag(event: asyncio.Event):
    async def check() -> bool:
        return event.is_set()

    return check


def _talks_to(pid: int, port: int) -> bool:
    connections = psutil.Process(pid).net_connections(kind="tcp")
    return any(c.raddr and c.raddr.port == port for c in connections)
