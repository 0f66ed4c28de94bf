"""Bench: the API's p99 latency while the timer sweep runs, against the same API idle.

    python bench/run.py sweep-p99                      # 100,000 due tickets, `me`, 2 connections
    python bench/sweep_p99.py --tickets 20000 --scenario me --connections 2

One SQLite file with the demo data and N idle sales tickets (all due); the app as one uvicorn
process (no in-process worker, as in run.py); the sweep (`sweep_all`, as the worker runs it)
in a process of its own, the way an arq worker beside the API runs it. The client drives a
light query (`me` by default) idle for a while, then for as long as the sweep runs, then idle
again; idle is both idle parts together. Goal (issue 15): p99 during the sweep <= 1.5x idle.
The client is one process with few connections, so the server is not saturated: a
saturated server's p99 is its queue, not what the sweep does to a request.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GOAL = 1.5


async def _seed(count: int) -> None:
    import sweep
    from tortoise import Tortoise

    from accountdesk.database import tortoise_config
    from accountdesk.settings import Settings

    await Tortoise.init(config=tortoise_config(Settings.from_env()), _enable_global_fallback=True)
    try:
        await sweep.seed(count)
    finally:
        await Tortoise.close_connections()


async def _reset() -> None:
    """Make every seeded ticket due again (the in-process sweep's round starts from this)."""
    import sweep
    from tortoise import Tortoise

    from accountdesk.database import tortoise_config
    from accountdesk.settings import Settings

    await Tortoise.init(config=tortoise_config(Settings.from_env()), _enable_global_fallback=True)
    try:
        await sweep.reset(postgres=False)
    finally:
        await Tortoise.close_connections()


async def _sweep() -> None:
    """The worker side: make every seeded ticket due again, say "start", run every rule once,
    say how long it took."""
    import sweep
    from tortoise import Tortoise

    from accountdesk.database import tortoise_config
    from accountdesk.settings import Settings, TicketTimers
    from resolvers.tickets.sweep import sweep_all

    await Tortoise.init(config=tortoise_config(Settings.from_env()), _enable_global_fallback=True)
    try:
        await sweep.reset(postgres=False)
        timers = TicketTimers.from_env(dict(os.environ))
        print("start", timers.sweep_batch_size, flush=True)
        started = time.perf_counter()
        report = await sweep_all(timers)
        print("done", f"{time.perf_counter() - started:.2f}", len(report.changes), flush=True)
    finally:
        await Tortoise.close_connections()


def _burn(seconds: float) -> None:
    """The control: a process that only spends CPU, as long as the sweep took."""
    print("start 0", flush=True)
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        sum(range(10_000))
    print("done", f"{seconds:.2f}", 0, flush=True)


async def _beside(run, env: dict[str, str], *child: str) -> tuple[Any, list[bytes]]:
    """Drive requests for as long as the child process (`start` ... `done` lines) works."""
    worker = await asyncio.create_subprocess_exec(
        sys.executable, str(Path(__file__)), *child, env=env, cwd=env["VAR_DIR"],
        stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    start = await worker.stdout.readline()
    finished: list[bytes] = []

    async def wait_done() -> None:
        finished.append(await worker.stdout.readline())

    waiting = asyncio.create_task(wait_done())
    during = await run(10**9, until=lambda: bool(finished))
    await waiting
    await worker.wait()
    return during, [*start.decode().split(), *finished[0].decode().split()]


async def _beside_app(run, env: dict[str, str], port: int) -> tuple[Any, list[str]]:
    """Drive requests while the app itself sweeps (`app_with_sweep.py`), in its event loop."""
    import orjson
    from client import _read_response, _request

    reset = await asyncio.create_subprocess_exec(
        sys.executable, str(Path(__file__)), "--reset", env=env, cwd=env["VAR_DIR"]
    )
    await reset.wait()

    async def sweep() -> dict:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(_request("127.0.0.1", port, "/bench/sweep", b"{}", {}))
        _, reply = await _read_response(reader)
        writer.close()
        return orjson.loads(reply)

    task = asyncio.create_task(sweep())
    during = await run(10**9, until=task.done)
    said = await task
    return during, ["start", str(said["batch"]), "done", f"{said['seconds']:.2f}",
                    str(said["changed"])]  # fmt: skip


async def _measure(env: dict[str, str], port: int, args: argparse.Namespace) -> None:
    import scenarios
    from client import drive
    from run import _body, _line, _login

    scenario = scenarios.load(args.scenario)
    headers = {}
    if scenario.LOGIN:
        headers["Authorization"] = f"Bearer {await _login(port, scenario.LOGIN)}"
    body, expect = _body(scenario, "app"), scenario.EXPECT

    async def run(requests: int, until=None):
        return await drive(
            "127.0.0.1", port, "/graphql", body, headers, requests, args.connections, expect, until
        )

    await run(300)  # warm-up
    idle = await run(args.idle_requests)
    during = burning = None
    # Alternated rounds: idle, sweep, idle, CPU burn, ... (the box is shared).
    for _ in range(args.rounds):
        if args.in_process:
            swept, said = await _beside_app(run, env, port)
        else:
            swept, said = await _beside(run, env, "--run-sweep")
        during = swept if during is None else during.merged(swept)
        idle = idle.merged(await run(args.idle_requests))
        burnt, _ = await _beside(run, env, "--run-burn", said[3])
        burning = burnt if burning is None else burning.merged(burnt)
        idle = idle.merged(await run(args.idle_requests))
        print(f"  round: the sweep (batches of {said[1]}) changed {said[4]} tickets in {said[3]} s")
    where = "in the app's process" if args.in_process else "in a worker process"
    print(
        f"sweep-p99: `{args.scenario}` over {args.connections} connections, {args.rounds} "
        f"rounds, the sweep {where}"
    )
    print(_line("idle", idle))
    print(_line("sweep", during))
    print(_line("burn", burning))
    ratio = during.percentile(0.99) / idle.percentile(0.99)
    verdict = "met" if ratio <= GOAL else "MISSED"
    print(
        f"  p99 during the sweep / idle: {ratio:.2f}x (goal <= {GOAL}x: {verdict}); "
        f"p50 {during.median_ms / idle.median_ms:.2f}x"
    )
    print(
        f"  control, a process only burning CPU as long: p99 "
        f"{burning.percentile(0.99) / idle.percentile(0.99):.2f}x idle; the sweep's p99 / the "
        f"burn's: {during.percentile(0.99) / burning.percentile(0.99):.2f}x"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--scenario", default="me", help="the light query (a bench scenario)")
    parser.add_argument("--connections", type=int, default=2)
    parser.add_argument("--idle-requests", type=int, default=1000, help="per idle part")
    parser.add_argument("--seed", type=int, help=argparse.SUPPRESS)  # child: seed N tickets
    parser.add_argument("--run-sweep", action="store_true", help=argparse.SUPPRESS)  # child
    parser.add_argument("--run-burn", type=float, help=argparse.SUPPRESS)  # child: seconds
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="the sweep in the app's process, as `serve` with the embedded Redis runs its jobs",
    )
    parser.add_argument("--reset", action="store_true", help=argparse.SUPPRESS)  # child
    args = parser.parse_args(argv)
    if args.seed is not None:
        asyncio.run(_seed(args.seed))
        return
    if args.run_sweep:
        asyncio.run(_sweep())
        return
    if args.reset:
        asyncio.run(_reset())
        return
    if args.run_burn is not None:
        _burn(args.run_burn)
        return
    from run import bench_environment, start_app

    with tempfile.TemporaryDirectory(prefix="accountdesk-bench-") as var_dir:
        env = bench_environment(var_dir, metrics=False)
        subprocess.run([sys.executable, "-m", "accountdesk", "seed-demo"], env=env, cwd=var_dir,
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        subprocess.run([sys.executable, str(Path(__file__)), "--seed", str(args.tickets)],
                       env=env, cwd=var_dir, check=True)  # fmt: skip
        factory = "app_with_sweep:create_app" if args.in_process else "accountdesk.app:create_app"
        with start_app(env, factory) as port:
            asyncio.run(_measure(env, port, args))


if __name__ == "__main__":
    main()
