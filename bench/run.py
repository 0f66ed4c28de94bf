"""Ratio benchmark: the app against a bare Starlette endpoint running the same SQL, in one run.

    python bench/run.py                       # every scenario (its REQUESTS, else 2000)
    python bench/run.py me --requests 5000 --connections 16
    python bench/run.py sweep --tickets 100000   # the timer sweep (bench/sweep.py); not in "all"

Both servers run as uvicorn subprocesses (one process each) on loopback against the same
SQLite file with the demo data (plus each scenario's `prepare()` rows); one client process
drives them in turn, after a warm-up. The ratios (app / bare) travel between machines better
than the absolute numbers. `bench/prepare.py` counts the SQL statements of each request.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
import scenarios
from client import Result, drive

from accountdesk.redis import EmbeddedRedis

HERE = Path(__file__).resolve().parent
CASBIN_GOAL = 1.10  # issue goal: the app's p50 latency with Casbin within 1.10x of without


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(port: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server on port {port} exited with {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"server on port {port} did not start")


def _start(command: list[str], env: dict[str, str], port: int) -> subprocess.Popen:
    process = subprocess.Popen(command, env=env, cwd=env["VAR_DIR"])
    _wait_for(port, process)
    return process


async def _login(port: int, email: str) -> str:
    body = orjson.dumps({"query": scenarios.LOGIN_QUERY, "variables": {"e": email}})
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    from client import _read_response, _request

    writer.write(_request("127.0.0.1", port, "/graphql", body, {}))
    _, reply = await _read_response(reader)
    writer.close()
    return orjson.loads(reply)["data"]["login"]["token"]


def _body(scenario, target: str) -> bytes:
    """The request sent to `target`; a scenario that writes may give each server its own rows."""
    if hasattr(scenario, "variables_for"):
        variables = scenario.variables_for(target)
    else:
        variables = getattr(scenario, "VARIABLES", {})
    return orjson.dumps({"query": scenario.QUERY, "variables": variables})


def _line(label: str, result: Result) -> str:
    return (
        f"  {label:<5} {result.throughput:8.0f} req/s   p50 {result.median_ms:6.2f} ms   "
        f"p99 {result.percentile(0.99):6.2f} ms   failures {result.failures}"
    )


async def _scenario(
    name: str, app_port: int, bare_port: int, args: argparse.Namespace, statements: str
) -> None:
    scenario = scenarios.load(name)
    requests = args.requests or getattr(scenario, "REQUESTS", 2000)
    warmup = args.warmup if args.warmup is not None else getattr(scenario, "WARMUP", 300)
    headers = {}
    if scenario.LOGIN:
        headers["Authorization"] = f"Bearer {await _login(app_port, scenario.LOGIN)}"
    targets = {
        "app": (app_port, "/graphql"),
        "bare": (bare_port, f"/bare/{name}"),
        "nocas": (args.no_casbin_port, "/graphql"),
    }
    bodies = {label: _body(scenario, label) for label in targets}
    results = {}
    for label, (port, path) in targets.items():
        await drive(
            "127.0.0.1", port, path, bodies[label], headers, warmup, args.connections,
            scenario.EXPECT,
        )  # fmt: skip
    # app and nocas in two halves around bare (app, nocas, bare, nocas, app): the box is
    # shared, and measured one after the other their ratio moved with whatever else ran.
    for label in ("app", "nocas", "bare", "nocas", "app"):
        port, path = targets[label]
        share = requests if label == "bare" else requests // 2
        result = await drive(
            "127.0.0.1", port, path, bodies[label], headers, share, args.connections,
            scenario.EXPECT,
        )  # fmt: skip
        results[label] = results[label].merged(result) if label in results else result
    app, bare, open_app = results["app"], results["bare"], results["nocas"]
    print(
        f"{name}: {requests} requests over {args.connections} connections, "
        f"{statements} SQL statements per request"
    )
    print(_line("app", app))
    print(_line("bare", bare))
    print(_line("nocas", open_app))
    print(
        f"  ratio app/bare: throughput {app.throughput / bare.throughput:.2f}, "
        f"p50 latency {app.median_ms / bare.median_ms:.2f}x"
    )
    latency = app.median_ms / open_app.median_ms
    print(
        f"  Casbin on/off (nocas: the app with every decision allowed): p50 latency "
        f"{latency:.2f}x (goal <= {CASBIN_GOAL:.2f}x: {'met' if latency <= CASBIN_GOAL else 'MISSED'}), "
        f"throughput {app.throughput / open_app.throughput:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="app vs bare Starlette, same SQL, one run")
    parser.add_argument("scenarios", nargs="*", help=f"default: all of {scenarios.available()}")
    parser.add_argument("--requests", type=int, help="default: the scenario's REQUESTS or 2000")
    parser.add_argument("--warmup", type=int, help="default: the scenario's WARMUP or 300")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--metrics",
        choices=("on", "off"),
        default="off",
        help="collect the Prometheus series in the app (multi-process mode, as `serve` does)",
    )
    parser.add_argument(
        "--tickets", type=int, default=100_000, help="sweep, sweep-p99: due tickets to seed"
    )
    args = parser.parse_args()
    chosen = args.scenarios or scenarios.available()
    if "sweep" in chosen:  # no HTTP: seeds its own databases, slow, so only when asked for
        import sweep

        sweep.main(["--tickets", str(args.tickets)])
        chosen = [name for name in chosen if name != "sweep"]
    if "sweep-p99" in chosen:  # seeds 100,000 tickets too: only when asked for
        import sweep_p99

        sweep_p99.main(["--tickets", str(args.tickets)])
        chosen = [name for name in chosen if name != "sweep-p99"]
    if "workers" in chosen:
        import workers

        workers.main(
            ["--requests", str(args.requests or 600), "--connections", str(args.connections)]
        )
        chosen = [name for name in chosen if name != "workers"]
    if chosen:
        _ratios(chosen, args)


def bench_environment(var_dir: str, metrics: bool) -> dict[str, str]:
    """The servers' environment: a fresh SQLite file in `var_dir`, no outside Redis."""
    env = {
        **os.environ,
        "VAR_DIR": var_dir,
        "DATABASE_URL": f"sqlite://{Path(var_dir, 'bench.sqlite3')}",
        "SECRET_KEY": "bench-" + "k" * 40,
    }
    env.pop("REDIS_URL", None)
    for name in ("METRICS_TOKEN", "METRICS_ADDRESSES", "PROMETHEUS_MULTIPROC_DIR"):
        env.pop(name, None)
    if metrics:
        env["METRICS_TOKEN"] = "bench-metrics"
        env["PROMETHEUS_MULTIPROC_DIR"] = str(Path(var_dir, "metrics"))
        Path(var_dir, "metrics").mkdir()
    return env


@contextlib.contextmanager
def shared_redis(env: dict[str, str]) -> Iterator[None]:
    """One Redis for every app server, given as REDIS_URL: so none starts an in-process worker.

    A worker (the outbox drain, the startup sweep) writing to the same SQLite file from
    another process would take the write lock from the requests measured, and SQLite fails a
    transaction that read before it wrote ("database is locked") instead of waiting."""
    redis = EmbeddedRedis(Path(env["VAR_DIR"], "redis"))
    env["REDIS_URL"] = redis.url
    try:
        yield
    finally:
        redis.stop()


@contextlib.contextmanager
def servers(*commands: tuple[list[str], dict[str, str], int]) -> Iterator[list[subprocess.Popen]]:
    """Start each (command, env, port), wait for its port; stop them all at the end."""
    started: list[subprocess.Popen] = []
    try:
        for command, env, port in commands:
            started.append(_start(command, env, port))
        yield started
    finally:
        for server in started:
            server.terminate()
            server.wait(timeout=30)


def app_command(port: int, factory: str = "accountdesk.app:create_app") -> list[str]:
    """The app as one uvicorn process (`factory` from the bench folder when not the app's)."""
    app_dir = [] if factory.startswith("accountdesk.") else ["--app-dir", str(HERE)]
    return [sys.executable, "-m", "uvicorn", "--factory", *app_dir, factory, "--port", str(port),
            "--host", "127.0.0.1", "--log-level", "warning", "--no-access-log"]  # fmt: skip


@contextlib.contextmanager
def start_app(env: dict[str, str], factory: str = "accountdesk.app:create_app") -> Iterator[int]:
    """Redis and the app (one process) on a free port; yields the port."""
    port = _free_port()
    with shared_redis(env), servers((app_command(port, factory), env, port)):
        yield port


def _ratios(chosen: list[str], args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="accountdesk-bench-") as var_dir:
        env = bench_environment(var_dir, args.metrics == "on")
        subprocess.run([sys.executable, "-m", "accountdesk", "seed-demo"], env=env, cwd=var_dir,
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        prepared = subprocess.run([sys.executable, str(HERE / "prepare.py"), *chosen], env=env,
                                  cwd=var_dir, check=True, stdout=subprocess.PIPE, text=True)  # fmt: skip
        statements = dict(line.split() for line in prepared.stdout.splitlines())
        app_port, bare_port, args.no_casbin_port = _free_port(), _free_port(), _free_port()
        database = env["DATABASE_URL"].removeprefix("sqlite://")
        bare = [sys.executable, str(HERE / "bare.py"), "--database", database,
                "--port", str(bare_port)]  # fmt: skip
        Path(var_dir, "no-casbin").mkdir()
        with shared_redis(env), servers(
            (app_command(app_port), env, app_port),
            # Its own VAR_DIR, the same database and Redis (`env` has REDIS_URL by now).
            (app_command(args.no_casbin_port, "app_without_casbin:create_app"),
             {**env, "VAR_DIR": str(Path(var_dir, "no-casbin"))}, args.no_casbin_port),
            (bare, env, bare_port),
        ):  # fmt: skip
            for name in chosen:
                asyncio.run(_scenario(name, app_port, bare_port, args, statements[name]))


if __name__ == "__main__":
    main()
