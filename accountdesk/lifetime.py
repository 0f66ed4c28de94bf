"""Child processes that end with their parent, however the parent ends (Linux)."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal

__all__ = ["die_with_parent"]

_PR_SET_PDEATHSIG = 1


def die_with_parent(signum: int = signal.SIGTERM, parent: int | None = None) -> None:
    """Ask the kernel to send `signum` to this process when its parent goes away.

    For a child whose parent may be killed (SIGKILL, a crash) before it can stop it: without
    this the child lives on as an orphan. Elsewhere than Linux this does nothing.

    `parent` is the pid the child was started by, when known: a parent that died before this
    call (a slow start-up) is seen only by comparing with it, since `getppid()` already names
    the process that adopted the orphan.
    """
    parent = parent or os.getppid()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request was in place
        os.kill(os.getpid(), signum)
