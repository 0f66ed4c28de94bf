"""Stopping `serve` on the embedded default leaves no process behind: not the embedded Redis,
not a job worker, not an API process, whether it is stopped (SIGTERM from systemd, Docker or
Kubernetes; SIGINT from a terminal) or killed."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from tests.live import free_port


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    """One demo database for the module: later starts find it seeded and start faster."""
    return tmp_path_factory.mktemp("serve")


def _start(folder: Path, workers: int, port: int | None = None) -> tuple[subprocess.Popen, int]:
    port = port or free_port()
    env = {**os.environ, "VAR_DIR": str(folder / "var"), "SECRET_KEY": "stop-" + "s" * 40}
    for name in ("REDIS_URL", "DATABASE_URL"):
        env.pop(name, None)  # the embedded default
    command = [sys.executable, "-m", "accountdesk", "serve", "--demo", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workers", str(workers)],
        env=env,
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return server, port


def _wait_until_serving(server: subprocess.Popen, port: int, workers: int) -> None:
    deadline = time.monotonic() + 60
    while True:
        assert server.poll() is None, "serve stopped by itself"
        assert time.monotonic() < deadline, "serve did not start"
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2)
            if workers == 1 or len(_api_processes(server.pid)) == workers:
                return
        except OSError:
            pass
        time.sleep(0.2)


def _api_processes(pid: int) -> list[psutil.Process]:
    """The processes uvicorn spawned for `--workers N`."""
    return [
        child
        for child in psutil.Process(pid).children(recursive=True)
        if "spawn_main" in " ".join(child.cmdline())
    ]


def _redis_servers_in(folder: Path) -> list[psutil.Process]:
    """redis-server processes working in `folder`, whether children or daemons."""
    found = []
    for process in psutil.process_iter(["name"]):
        if process.info["name"] != "redis-server":
            continue
        try:
            if Path(process.cwd()).is_relative_to(folder.resolve()):
                found.append(process)
        except psutil.Error:
            continue
    return found


def _alive(processes: list[psutil.Process]) -> list[psutil.Process]:
    alive = []
    for process in processes:
        try:
            if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                alive.append(process)
        except psutil.NoSuchProcess:
            continue
    return alive


@pytest.mark.parametrize(
    ("signum", "workers"),
    # A killed supervisor with two API processes: Redis and both processes must go.
    [(signal.SIGTERM, 1), (signal.SIGINT, 1), (signal.SIGKILL, 2)],
    ids=["term", "int", "kill-two-workers"],
)
def test_stopping_serve_leaves_no_process(demo_dir, backend, signum, workers):
    if backend != "sqlite":
        pytest.skip("starts `serve` on its own SQLite file; once is enough")
    server, port = _start(demo_dir, workers)
    try:
        _wait_until_serving(server, port, workers)
        started = psutil.Process(server.pid).children(recursive=True)
        redis = _redis_servers_in(demo_dir)
        assert len(redis) == 1, "the embedded Redis is not running"
        if workers > 1:
            assert len(_api_processes(server.pid)) == workers
        server.send_signal(signum)
        returncode = server.wait(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
    if signum != signal.SIGKILL:
        assert returncode == 0
    left = set(started) | set(redis)
    deadline = time.monotonic() + 30  # a killed supervisor's children stop gracefully
    while _alive(list(left)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _alive(list(left)) == []
    assert _redis_servers_in(demo_dir) == []


def test_serve_that_cannot_start_leaves_no_process(demo_dir, backend):
    if backend != "sqlite":
        pytest.skip("starts `serve` on its own SQLite file; once is enough")
    with socket.socket() as taken:  # the port is in use: uvicorn gives up after start-up
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        server, _ = _start(demo_dir, 1, port=taken.getsockname()[1])
        try:
            returncode = server.wait(timeout=60)
        finally:
            if server.poll() is None:
                server.kill()
    assert returncode != 0
    deadline = time.monotonic() + 15
    while _redis_servers_in(demo_dir) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _redis_servers_in(demo_dir) == []


def test_a_child_whose_parent_died_before_it_asked_stops_at_once(backend):
    """A `serve --workers N` process slow to start may find its supervisor already killed:
    `getppid()` then names the adopting process, so the child compares with the pid it was
    started by, and stops."""
    if backend != "sqlite":
        pytest.skip("no database involved; once is enough")
    gone_parent = 2**22 + 1  # above Linux's default pid_max: no process of ours has it
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time\nfrom accountdesk.lifetime import die_with_parent\n"
            f"die_with_parent(parent={gone_parent})\ntime.sleep(30)",
        ],
        timeout=20,
    )
    assert child.returncode == -signal.SIGTERM
