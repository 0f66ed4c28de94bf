"""One scenario's requests through the app in this process (ASGI, one at a time): time and
profile them without servers, so a loaded machine's scheduling counts for little.

    python bench/inprocess.py me --requests 300                 # ms per request
    python bench/inprocess.py tickets --requests 50 --profile   # and the top of cProfile
    python bench/inprocess.py tickets --rounds 3 --execution compiled,core   # alternating

Seeds the demo data into a temporary directory as `run.py` does. `--execution` alternates the
GraphQL execution paths (GRAPHQL_EXECUTION: one app each) round by round, in one process.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import dataclasses
import os
import pstats
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson
import scenarios

HERE = Path(__file__).resolve().parent


async def _post(api, body: bytes, headers: dict) -> bytes:
    response = await api.post("/graphql", content=body, headers=headers)
    return response.content


async def _run(args: argparse.Namespace) -> None:
    import httpx2 as httpx
    from tortoise import Tortoise

    from accountdesk.app import create_app, start_services, stop_services
    from accountdesk.database import tortoise_config
    from accountdesk.redis import EmbeddedRedis
    from accountdesk.settings import Settings

    settings = Settings.from_env()
    await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
    redis = EmbeddedRedis(settings.var_dir)
    services = await start_services(settings, redis.url)
    scenario = scenarios.load(args.scenario)
    paths = args.execution.split(",") if args.execution else [settings.graphql_execution]
    try:
        apps = {}
        for path in paths:
            changed = settings.with_changes(graphql_execution=path)
            changed_services = dataclasses.replace(services, settings=changed)
            app = create_app(changed, services=changed_services, manage_database=False)
            apps[path] = httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://bench"
            )
        async with contextlib.AsyncExitStack() as stack:
            for client in apps.values():
                await stack.enter_async_context(client)
            api = next(iter(apps.values()))
            if hasattr(scenario, "prepare"):
                await scenario.prepare()
            headers = {"content-type": "application/json"}
            if scenario.LOGIN:
                login = orjson.loads(
                    await _post(
                        api,
                        orjson.dumps(
                            {"query": scenarios.LOGIN_QUERY, "variables": {"e": scenario.LOGIN}}
                        ),
                        headers,
                    )
                )
                headers["Authorization"] = f"Bearer {login['data']['login']['token']}"
            body = orjson.dumps(
                {"query": scenario.QUERY, "variables": getattr(scenario, "VARIABLES", {})}
            )
            await _rounds(apps, body, headers, scenario, args)
    finally:
        await stop_services(services)
        redis.stop()
        await Tortoise.close_connections()


async def _rounds(apps: dict, body: bytes, headers: dict, scenario, args) -> None:
    answers = set()
    signed = re.compile(rb"expires=\d+&signature=[0-9a-f]+")
    for api in apps.values():  # warm-up: caches, policy, plans
        for _ in range(5):
            answer = await _post(api, body, headers)
            if scenario.EXPECT not in answer:
                raise SystemExit(f"unexpected answer: {answer[:500]!r}")
        answers.add(signed.sub(b"", answer))  # a signed link's expiry moves with the clock
    if len(answers) != 1:
        first, second = sorted(answers)
        at = next(i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b)
        raise SystemExit(
            f"the paths answered differently: {first[at - 200 : at + 200]!r} vs {second[at - 200 : at + 200]!r}"
        )
    profiler = cProfile.Profile() if args.profile else None
    for round_number in range(args.rounds):
        for path, api in apps.items():
            if profiler:
                profiler.enable()
            cpu, started = time.process_time(), time.perf_counter()
            for _ in range(args.requests):
                await _post(api, body, headers)
            wall = (time.perf_counter() - started) * 1000 / args.requests
            cpu = (time.process_time() - cpu) * 1000 / args.requests
            if profiler:
                profiler.disable()
            print(f"round {round_number + 1} {path:<9} {wall:7.2f} ms/request wall "
                  f"{cpu:7.2f} ms CPU", flush=True)  # fmt: skip
    if profiler:
        if args.dump:
            profiler.dump_stats(args.dump)
        stats = pstats.Stats(profiler).strip_dirs()
        stats.sort_stats(args.sort).print_stats(args.top)


def main() -> None:
    parser = argparse.ArgumentParser(description="a scenario in one process, timed or profiled")
    parser.add_argument("scenario", help=f"one of {scenarios.available()}")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--execution", help="comma-separated paths to alternate: compiled,core")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--dump", help="write the raw profile to this file (pstats)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="accountdesk-profile-") as var_dir:
        env = {
            **os.environ,
            "VAR_DIR": var_dir,
            "DATABASE_URL": f"sqlite://{Path(var_dir, 'bench.sqlite3')}",
            "SECRET_KEY": "bench-" + "k" * 40,
        }
        for name in ("REDIS_URL", "METRICS_TOKEN", "METRICS_ADDRESSES", "PROMETHEUS_MULTIPROC_DIR"):
            env.pop(name, None)
        subprocess.run([sys.executable, "-m", "accountdesk", "seed-demo"], env=env, cwd=var_dir,
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        os.environ.update(env)
        for name in ("REDIS_URL", "METRICS_TOKEN", "METRICS_ADDRESSES", "PROMETHEUS_MULTIPROC_DIR"):
            os.environ.pop(name, None)
        os.chdir(var_dir)
        asyncio.run(_run(args))


if __name__ == "__main__":
    main()
