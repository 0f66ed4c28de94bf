"""File-area benchmark: download throughput and memory, in one run.

    python bench/files.py                     # 200 MB throughput, 1 GB download, 500 MB pack
    python bench/files.py --size-mb 50 --download-mb 200 --pack-mb 100   # quicker

1. Throughput: a 200 MB product package downloaded through its signed link from the app
   (`accountdesk.app:create_app` under uvicorn) and the same file from a bare Starlette
   `FileResponse` (another uvicorn process), alternately (3 rounds) by one raw-socket client;
   the ratio of the medians app / bare is the number to compare (goal: at least 0.8).
2. Download memory: the app's RSS sampled every 20 ms while a 1 GB file streams through it.
3. Pack memory: a worker process builds a 500 MB upgrade pack (tgz) with the job's own code
   and samples its own RSS the same way.

Everything runs on loopback in a temporary directory (seeded with the demo data); the files
are generated, not downloaded.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MB = 1024 * 1024


def _rss(pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


class Sampler:
    """The peak RSS of a process, sampled in a thread every 20 ms."""

    def __init__(self, pid: int | str = "self") -> None:
        self.pid, self.peak, self.running = pid, 0, True
        self.base = _rss(pid)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while self.running:
            self.peak = max(self.peak, _rss(self.pid))
            time.sleep(0.02)

    def stop(self) -> int:
        self.running = False
        self.thread.join()
        return self.peak - self.base


# --- helpers run inside the seeded environment (subprocesses) ---------------------------------


async def _with_database(work):
    from tortoise import Tortoise

    from accountdesk.database import tortoise_config
    from accountdesk.settings import Settings

    settings = Settings.from_env()
    await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
    try:
        return await work(settings)
    finally:
        await Tortoise.close_connections()


def _generated(size: int):
    block = os.urandom(MB)  # incompressible, like a real package

    async def chunks():
        for number in range(size // MB):
            yield number.to_bytes(4, "big") + block[4:]

    return chunks()


async def _publish(settings, name: str, size: int, kind: str = "package", addon: str = ""):
    from models.files import FileKind
    from resolvers.files.publishing import Release, publish
    from resolvers.identity import Principal
    from resolvers.storage import storage_for

    release = Release(brand="xcart4", versions=["4.7.12"], kind=FileKind(kind), addon_name=addon)
    return await publish(Principal(), storage_for(settings), release, name, _generated(size))


def publish_command(size_mb: int) -> None:
    """Publish a generated package; print its id, stored path and a signed link for the owner."""

    async def work(settings):
        from models import User
        from resolvers.storage import sign_link

        stored = await _publish(settings, f"bench-{size_mb}mb.tgz", size_mb * MB)
        owner = await User.get(email="owner@demo.test")
        link = sign_link(settings, "file", stored.id, owner.id)
        print(stored.id, settings.files_dir.resolve() / stored.stored_name, link)

    asyncio.run(_with_database(work))


def pack_command(size_mb: int) -> None:
    """Build a `size_mb` upgrade pack with the job's code; print the RSS growth and time."""

    async def work(settings):
        from models import License, LicenseAddon, ProductVersion
        from models.files import ArchiveFormat, UpgradePack
        from resolvers import clock
        from resolvers.files.building import build_pack
        from resolvers.storage import storage_for

        await _publish(settings, "bench-pack-main.tgz", size_mb // 2 * MB)
        await _publish(settings, "bench-pack-addon.tgz", size_mb // 2 * MB, "addon", "Bench add-on")
        license = await License.filter(brand__code="xcart4", account__name="Demo Store").first()
        addon = await LicenseAddon.create(
            license_id=license.id, name="Bench add-on", purchased_at=clock.now()
        )
        version = await ProductVersion.get(brand__code="xcart4", version="4.7.12")
        pack = await UpgradePack.create(
            account_id=license.account_id, license_id=license.id, target_version_id=version.id,
            addon_ids=[addon.id], archive=ArchiveFormat.TGZ, choice="bench", open_choice="bench",
            created_at=clock.now(),
        )  # fmt: skip
        sampler, started = Sampler(), time.monotonic()
        status = await build_pack(storage_for(settings), None, pack.id)
        grown, seconds = sampler.stop(), time.monotonic() - started
        built = await UpgradePack.get(id=pack.id)
        print(status.value, built.size, grown, f"{seconds:.1f}")

    asyncio.run(_with_database(work))


# --- the run ------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(command: list[str], env: dict[str, str], port: int) -> subprocess.Popen:
    process = subprocess.Popen(command, env=env, cwd=env["VAR_DIR"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server on port {port} exited with {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return process
        time.sleep(0.2)
    raise SystemExit(f"server on port {port} did not start")


async def _download(port: int, path: str) -> tuple[int, float]:
    """GET `path` and read the body to its end; (bytes, seconds)."""
    started = time.monotonic()
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=4 * MB)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = head.split(b" ", 2)[1]
    if status != b"200":
        raise SystemExit(f"download of {path} answered {status.decode()}: {head[:300]!r}")
    received = 0
    while chunk := await reader.read(4 * MB):
        received += len(chunk)
    writer.close()
    return received, time.monotonic() - started


BARE = """
import sys, uvicorn
from starlette.applications import Starlette
from starlette.responses import FileResponse
from starlette.routing import Route
path = sys.argv[1]
app = Starlette(routes=[Route("/file", lambda request: FileResponse(path))])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False)
"""


def _run(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, str(HERE / "files.py"), *args], env=env,
                          cwd=env["VAR_DIR"], check=True, stdout=subprocess.PIPE, text=True)  # fmt: skip
    return done.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description="file downloads and pack builds")
    parser.add_argument("--size-mb", type=int, default=200, help="throughput file")
    parser.add_argument("--download-mb", type=int, default=1024, help="memory: download")
    parser.add_argument("--pack-mb", type=int, default=500, help="memory: upgrade pack")
    parser.add_argument("--rounds", type=int, default=3, help="throughput: downloads of each")
    parser.add_argument("command", nargs="?", default="run", choices=["run", "publish", "pack"])
    parser.add_argument("--mb", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.command in ("publish", "pack"):
        command = publish_command if args.command == "publish" else pack_command
        command(args.mb)
        return
    with tempfile.TemporaryDirectory(prefix="accountdesk-bench-files-") as var_dir:
        env = {
            **os.environ,
            "VAR_DIR": var_dir,
            "DATABASE_URL": f"sqlite://{Path(var_dir, 'bench.sqlite3')}",
            "SECRET_KEY": "bench-" + "k" * 40,
            "SIGNED_LINK_TTL_SECONDS": "3600",
            "PYTHONPATH": str(ROOT),
        }
        env.pop("REDIS_URL", None)
        env.pop("FILES_URL", None)
        subprocess.run([sys.executable, "-m", "accountdesk", "seed-demo"], env=env, cwd=var_dir,
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        _, path, link = _run(env, "publish", "--mb", str(args.size_mb)).split()
        app_port, bare_port = _free_port(), _free_port()
        uvicorn = ["--host", "127.0.0.1", "--log-level", "warning", "--no-access-log"]
        app = _start([sys.executable, "-m", "uvicorn", "--factory", "accountdesk.app:create_app",
                      "--port", str(app_port), *uvicorn], env, app_port)  # fmt: skip
        bare = _start([sys.executable, "-c", BARE, path, str(bare_port)], env, bare_port)
        try:
            asyncio.run(_download(app_port, link))  # warm-up: imports, first connection
            asyncio.run(_download(bare_port, "/file"))
            rates: dict[str, list[float]] = {"app": [], "bare": []}
            for _ in range(args.rounds):  # alternating, so both see the same machine load
                size, seconds = asyncio.run(_download(app_port, link))
                rates["app"].append(size / MB / seconds)
                size, seconds = asyncio.run(_download(bare_port, "/file"))
                rates["bare"].append(size / MB / seconds)
            app_rate, bare_rate = statistics.median(rates["app"]), statistics.median(rates["bare"])
            print(f"download of {size // MB} MB, {args.rounds} alternating rounds (median):")
            for label, title in (("app", "app (signed link)  "), ("bare", "bare (FileResponse)")):
                each = ", ".join(f"{rate:.0f}" for rate in rates[label])
                print(f"  {title} {statistics.median(rates[label]):7.0f} MB/s  ({each})")
            print(f"  ratio app/bare: {app_rate / bare_rate:.2f}")
            _, _, big_link = _run(env, "publish", "--mb", str(args.download_mb)).split()
            sampler = Sampler(app.pid)
            size, seconds = asyncio.run(_download(app_port, big_link))
            grown = sampler.stop()
            print(f"download of {size // MB} MB through the app: {size / MB / seconds:.0f} MB/s, "
                  f"server RSS grew {grown / MB:.1f} MB")  # fmt: skip
        finally:
            for server in (app, bare):
                server.terminate()
                server.wait(timeout=30)
        status, built, grown, seconds = _run(env, "pack", "--mb", str(args.pack_mb)).split()
        print(f"upgrade pack of {int(built) // MB} MB ({status}) built in {seconds} s: "
              f"worker RSS grew {int(grown) / MB:.1f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
