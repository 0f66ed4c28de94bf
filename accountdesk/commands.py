"""The foundation's commands: serve, worker, migrate, seed-demo, export-schema, create-staff."""

from __future__ import annotations

import argparse
import getpass
import os
import signal
import sys
from pathlib import Path

from accountdesk.cli import CommandError, load_settings, with_database
from accountdesk.settings import Settings
from models.enums import Department, StaffRole

__all__ = ["add_commands"]


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    serve = subparsers.add_parser("serve", help="serve the GraphQL API (GraphiQL at /graphql)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="API processes (default 1)")
    serve.add_argument("--demo", action="store_true", help="seed the demo data and print logins")
    serve.add_argument(
        "--force", action="store_true", help="with --demo: even when SMTP_URL is a real server"
    )
    serve.set_defaults(handler=run_serve)

    worker = subparsers.add_parser(
        "worker", help="run a job worker (scale-out: needs REDIS_URL shared with `serve`)"
    )
    worker.set_defaults(handler=run_worker)

    migrate = subparsers.add_parser("migrate", help="apply pending database migrations")
    migrate.set_defaults(handler=run_migrate)

    seed = subparsers.add_parser("seed-demo", help="add the demo accounts and people (idempotent)")
    seed.add_argument(
        "--force",
        action="store_true",
        help="seed even when SMTP_URL is a real (not loopback) mail server",
    )
    seed.set_defaults(handler=run_seed_demo)

    export = subparsers.add_parser(
        "export-schema", help="write the GraphQL schema (SDL) for code generators"
    )
    export.add_argument("--output", default="schema.graphql", help="default: ./schema.graphql")
    export.set_defaults(handler=run_export_schema)

    listed = subparsers.add_parser(
        "settings", help="list every setting: its variable, the value in effect and its meaning"
    )
    listed.add_argument(
        "--markdown", action="store_true", help="print the README's configuration table instead"
    )
    listed.set_defaults(handler=run_settings)

    staff = subparsers.add_parser("create-staff", help="add a member of the vendor's staff")
    staff.add_argument("email")
    staff.add_argument("--name", default="")
    staff.add_argument("--role", choices=[r.value for r in StaffRole], default="agent")
    staff.add_argument("--department", choices=[d.value for d in Department], default="support")
    staff.add_argument(
        "--password", help="default: asked for (or ACCOUNTDESK_STAFF_PASSWORD when not a tty)"
    )
    staff.set_defaults(handler=run_create_staff)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(0)  # a stop asked for is a clean stop, as after Ctrl-C


def run_serve(args: argparse.Namespace) -> int:
    import asyncio

    settings = load_settings()
    if args.demo:
        _refuse_real_mail(settings, args.force)
    # Before anything imports prometheus-client: every API process writes its series there.
    _metrics_directory(settings)

    from accountdesk.preflight import check_redis

    async def prepare() -> None:
        if args.demo:
            await _seed_and_print()

    # The checks come before the heavy imports, so a refusal comes within seconds.
    if not settings.embedded_redis:
        asyncio.run(check_redis(settings.redis_url))
    asyncio.run(with_database(settings, prepare, migrations="apply_sqlite"))

    import uvicorn

    from accountdesk.app import IN_PROCESS_WORKER
    from accountdesk.observe import logs
    from accountdesk.redis import EmbeddedRedis

    embedded = None
    if settings.embedded_redis:
        # One Redis for every API process; each process also runs a job worker.
        embedded = EmbeddedRedis(settings.var_dir)
        os.environ["REDIS_URL"] = embedded.url
        os.environ[IN_PROCESS_WORKER] = "1"
    print(f"GraphiQL: http://{args.host}:{args.port}/graphql", flush=True)
    # uvicorn shuts down gracefully on SIGTERM, then raises the signal again with the handler
    # it found; Python's default would end the process before the `finally` stops Redis.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        uvicorn.run(
            "accountdesk.app:create_app",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_config=logs.config(settings.log_format, settings.log_level),
            access_log=False,  # the request line (accountdesk.requests) replaces it
        )
    finally:
        if embedded is not None:
            embedded.stop()
    return 0


def _metrics_directory(settings: Settings) -> None:
    if not settings.metrics_enabled:
        return
    import shutil

    from accountdesk.observe import MULTIPROCESS_ENV

    directory = (settings.var_dir / "metrics").resolve()
    shutil.rmtree(directory, ignore_errors=True)  # counters start again with the server
    directory.mkdir(parents=True)
    os.environ[MULTIPROCESS_ENV] = str(directory)


async def run_worker(args: argparse.Namespace) -> int:
    import asyncio
    import signal

    from tortoise import Tortoise

    from accountdesk.observe import logs, sql, tracing
    from accountdesk.preflight import check_database, check_redis, connect_database
    from jobs.worker import InProcessWorker, worker_settings

    settings = load_settings()
    if settings.embedded_redis:
        raise CommandError(
            "`worker` is for scale-out: set REDIS_URL to the Redis the `serve` processes use "
            "(on the embedded default, `serve` runs the jobs itself)"
        )
    await check_redis(settings.redis_url)
    await connect_database(settings)
    try:
        await check_database(settings)
        logs.configure(settings.log_format, settings.log_level)
        sql.instrument()
        tracing.setup_from_env("accountdesk-worker")
        worker = InProcessWorker(worker_settings(settings, settings.redis_url, False))
        stopped: list[str] = []
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stopped.append, signal.Signals(signum).name)
        while not stopped and not worker.task.done():
            await asyncio.wait({worker.task}, timeout=0.2)
        failed = worker.task.done() and not worker.task.cancelled() and worker.task.exception()
        await worker.close(f"signal {stopped[0]}" if stopped else "its loop ended")
        return 1 if failed else 0
    finally:
        await Tortoise.close_connections()


async def run_migrate(args: argparse.Namespace) -> int:
    from accountdesk.migrate import apply_pending

    settings = load_settings()
    applied = await with_database(settings, lambda: apply_pending(settings), migrations="ignore")
    for name in applied:
        print(f"applied migration {name}")
    print("database is up to date" if not applied else f"{len(applied)} migration(s) applied")
    return 0


async def _seed_and_print() -> None:
    from accountdesk.demo import DEMO_LOGINS, DEMO_PASSWORD, seed_demo

    for line in await seed_demo():
        print(f"demo data: {line}")
    print(f"demo logins (password {DEMO_PASSWORD!r}):")
    for email, where, role in DEMO_LOGINS:
        print(f"  {email:<22} {where:<12} {role}")


async def run_seed_demo(args: argparse.Namespace) -> int:
    settings = load_settings()
    _refuse_real_mail(settings, args.force)
    await with_database(settings, _seed_and_print, migrations="apply_sqlite")
    return 0


def _refuse_real_mail(settings: Settings, force: bool) -> None:
    """The demo queues mail to made-up addresses: only a loopback (test) server may get it."""
    from urllib.parse import urlsplit

    host = urlsplit(settings.smtp_url).hostname or ""
    if settings.smtp_url and not force and host not in ("localhost", "127.0.0.1", "::1"):
        raise CommandError(
            "SMTP_URL points at a real mail server: the demo's mail to its made-up addresses "
            "would be sent; unset SMTP_URL, use a local test server, or give --force"
        )


def run_settings(args: argparse.Namespace) -> int:
    from accountdesk.settings import SETTINGS, markdown_table, value_in_effect

    if args.markdown:
        print(markdown_table())
        return 0
    settings = load_settings()  # checks every value first, as `serve` does
    for setting in SETTINGS:
        hidden = setting.env in ("SECRET_KEY", "METRICS_TOKEN")
        shown = "***" if hidden else value_in_effect(settings, setting)
        print(f"{setting.env}={shown}  # {setting.help}")
    return 0


def run_export_schema(args: argparse.Namespace) -> int:
    from strawberry.printer import print_schema

    from schema import build_schema

    path = Path(args.output)
    path.write_text(print_schema(build_schema()) + "\n")
    print(f"wrote {path}")
    return 0


async def run_create_staff(args: argparse.Namespace) -> int:
    from resolvers.errors import DomainError
    from resolvers.staff import create_staff

    password = args.password or os.environ.get("ACCOUNTDESK_STAFF_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            raise CommandError("give --password or ACCOUNTDESK_STAFF_PASSWORD")
        password = getpass.getpass("password: ")
    settings = load_settings()

    async def work() -> None:
        user = await create_staff(
            args.email, args.name, StaffRole(args.role), Department(args.department), password
        )
        print(f"staff member {user.email} ({user.staff_role.value}, {user.department.value})")

    try:
        await with_database(settings, work)
    except DomainError as error:
        raise CommandError(error.message) from None
    return 0
