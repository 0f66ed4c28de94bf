"""Bench: `accountdesk serve --workers 2` against `serve --workers 1` on the `tickets` page.

    python bench/run.py workers                    # tickets, 600 requests a part
    python bench/workers.py --scenario me --requests 2000 --rounds 3

Both servers run at once (idle while the other is driven) on the demo data plus the
scenario's rows, with one Redis given as REDIS_URL (so no in-process job worker, as in
run.py), each started as production starts it (`python -m accountdesk serve --workers N`).
The client drives them alternately, `--rounds` times each, and adds the parts up.

The client shares the 2 cores. It is one process and light (it sends a prepared request and
only looks for `EXPECT` in each answer), and its CPU time is measured (`time.process_time`
around each part) and printed as a share of one core, with the servers' CPU (all their
processes, from psutil) per request: with N cores for the servers, throughput can scale by
at most what the client leaves of them. Goal (issue 15): >= 1.7x on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
GOAL = 1.7


def _cpu(process: psutil.Process) -> dict[int, float]:
    """CPU seconds so far of a server and each of its processes, by pid."""
    seconds = {}
    for each in [process, *process.children(recursive=True)]:
        try:
            times = each.cpu_times()
        except psutil.NoSuchProcess:
            continue
        seconds[each.pid] = times.user + times.system
    return seconds


def _busy() -> float:
    """CPU seconds every process of the machine spent so far, all cores."""
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


async def _measure(ports: dict[int, int], pids: dict[int, int], args: argparse.Namespace):
    import scenarios
    from client import drive
    from run import _body, _line, _login

    scenario = scenarios.load(args.scenario)
    results, client_cpu, server_cpu = {}, dict.fromkeys(ports, 0.0), {w: {} for w in ports}
    others = dict.fromkeys(ports, 0.0)
    for workers, port in ports.items():
        headers = {}
        if scenario.LOGIN:
            headers["Authorization"] = f"Bearer {await _login(port, scenario.LOGIN)}"
        ports[workers] = (port, headers)
        body = _body(scenario, "app")
        await drive("127.0.0.1", port, "/graphql", body, headers, args.warmup, args.connections,
                    scenario.EXPECT)  # fmt: skip
    for _ in range(args.rounds):
        for workers, (port, headers) in ports.items():
            server = psutil.Process(pids[workers])
            before, cpu_before, busy_before = _cpu(server), time.process_time(), _busy()
            result = await drive("127.0.0.1", port, "/graphql", _body(scenario, "app"), headers,
                                 args.requests, args.connections, scenario.EXPECT)  # fmt: skip
            client = time.process_time() - cpu_before
            client_cpu[workers] += client
            spent = {pid: cpu - before.get(pid, 0.0) for pid, cpu in _cpu(server).items()}
            for pid, cpu in spent.items():
                server_cpu[workers][pid] = server_cpu[workers].get(pid, 0.0) + cpu
            others[workers] += _busy() - busy_before - client - sum(spent.values())
            results[workers] = results[workers].merged(result) if workers in results else result
    print(
        f"workers: `{args.scenario}`, {args.rounds} x {args.requests} requests over "
        f"{args.connections} connections to each, alternated; {psutil.cpu_count()} cores"
    )
    for workers, result in results.items():
        spent = server_cpu[workers]
        split = " + ".join(f"{cpu / result.seconds:.0%}" for cpu in spent.values() if cpu > 0.01)
        print(_line(f"w={workers}", result))
        print(
            f"        CPU in cores: server {sum(spent.values()) / result.seconds:.0%} ({split} by "
            f"process), client {client_cpu[workers] / result.seconds:.0%}, everything else on "
            f"the machine {others[workers] / result.seconds:.0%}; "
            f"{1000 * sum(spent.values()) / result.requests:.1f} ms server CPU a request"
        )
    one, two = results[1], results[2]
    ratio = two.throughput / one.throughput
    verdict = "met" if ratio >= GOAL else "MISSED"
    print(f"  --workers 2 / --workers 1: throughput {ratio:.2f}x (goal >= {GOAL}x: {verdict})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", default="tickets")
    parser.add_argument("--requests", type=int, default=600, help="per part")
    parser.add_argument("--warmup", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args(argv)
    from run import _free_port, bench_environment, servers, shared_redis

    with tempfile.TemporaryDirectory(prefix="accountdesk-bench-") as var_dir:
        env = {**bench_environment(var_dir, metrics=False), "LOG_LEVEL": "warning"}
        subprocess.run([sys.executable, "-m", "accountdesk", "seed-demo"], env=env, cwd=var_dir,
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        subprocess.run([sys.executable, str(HERE / "prepare.py"), args.scenario], env=env,
                       cwd=var_dir, check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        ports = {1: _free_port(), 2: _free_port()}
        commands = [
            (
                [
                    sys.executable,
                    "-m",
                    "accountdesk",
                    "serve",
                    "--workers",
                    str(workers),
                    "--port",
                    str(port),
                ],
                env,
                port,
            )  # fmt: skip
            for workers, port in ports.items()
        ]
        with shared_redis(env), servers(*commands) as started:
            pids = {workers: process.pid for workers, process in zip(ports, started, strict=True)}
            asyncio.run(_measure(dict(ports), pids, args))


if __name__ == "__main__":
    main()
