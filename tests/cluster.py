"""Several `accountdesk` processes on one machine, as a scale-out deployment runs them: `serve`
and `worker` processes sharing PostgreSQL and a Redis on a loopback TCP port."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tests.live import free_port

__all__ = ["Cluster", "Process"]


@dataclass
class Process:
    name: str
    popen: subprocess.Popen
    log: Path
    port: int | None = None

    @property
    def pid(self) -> int:
        return self.popen.pid

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def pause(self) -> None:
        os.kill(self.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.pid, signal.SIGCONT)

    def terminate(self) -> None:
        if self.popen.poll() is None:
            self.resume()
            self.popen.terminate()

    def wait(self) -> None:
        try:
            self.popen.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()


@dataclass
class Cluster:
    folder: Path
    env: dict[str, str]
    processes: list[Process] = field(default_factory=list)

    def run(self, *args: str) -> str:
        """A one-off command (migrate, seed-demo); its output, or the test fails with it."""
        done = subprocess.run(
            [sys.executable, "-m", "accountdesk", *args],
            env=self.env,
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    def start(self, name: str, *args: str, port: bool = False) -> Process:
        chosen = free_port() if port else None
        extra = ["--port", str(chosen)] if chosen else []
        log = self.folder / f"{name}.log"
        with log.open("wb") as sink:
            popen = subprocess.Popen(
                [sys.executable, "-m", "accountdesk", *args, *extra],
                env=self.env,
                cwd=self.folder,
                stdout=sink,
                stderr=subprocess.STDOUT,
            )
        process = Process(name, popen, log, chosen)
        self.processes.append(process)
        return process

    def wait_until_ready(self, timeout: float = 60) -> None:
        """API processes answer /health; workers have said they started."""
        deadline = time.monotonic() + timeout
        waiting = list(self.processes)
        while waiting:
            process = waiting[0]
            assert process.popen.poll() is None, f"{process.name} stopped:\n{process.output()}"
            assert time.monotonic() < deadline, f"{process.name} did not start:\n{process.output()}"
            if _ready(process):
                waiting.pop(0)
            else:
                time.sleep(0.1)

    def stop(self) -> None:
        for process in self.processes:  # all at once: each takes a moment to shut down
            process.terminate()
        for process in self.processes:
            process.wait()


def _ready(process: Process) -> bool:
    if process.port is None:
        return "Starting worker" in process.output()
    try:
        urllib.request.urlopen(f"{process.url}/health", timeout=2)
    except OSError:
        return False
    return True
