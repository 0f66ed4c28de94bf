"""Keeps every process's enforcer in step: Redis pub/sub for changes, a periodic reload as a net.

A user's role change needs nothing here: the policy decides on roles, and each request reads
the caller's role with the session. What travels is a change of the policy itself:
`announce()` after it changed, and every API process reloads when it hears it. The periodic
reload covers a message lost while a process was reconnecting. A lost Redis is one warning line per back-off step (1 s
doubling, at most 30 s), and one line when it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis

from policies.enforcer import Authorizer

__all__ = ["PolicyWatcher", "CHANNEL"]

CHANNEL = "accountdesk:policy"
BACKOFF_CAP_SECONDS = 30
log = logging.getLogger("accountdesk.policies")


class PolicyWatcher:
    def __init__(
        self,
        redis: Redis,
        authorizer: Authorizer,
        reload_every: float = 300.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.redis = redis
        self.authorizer = authorizer
        self.reload_every = reload_every
        self.sleep = sleep  # the back-off's wait; tests count the steps instead of waiting
        self._tasks: list[asyncio.Task] = []

    async def announce(self) -> None:
        await self.redis.publish(CHANNEL, "reload")

    async def start(self) -> None:
        ready = asyncio.Event()
        self._tasks = [
            asyncio.create_task(self._listen(ready)),
            asyncio.create_task(self._periodic()),
        ]
        await asyncio.wait_for(ready.wait(), timeout=10)

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def _listen(self, ready: asyncio.Event) -> None:
        delay = 1.0
        lost = False
        while True:
            try:
                async with self.redis.pubsub() as pubsub:
                    await pubsub.subscribe(CHANNEL)
                    ready.set()
                    if lost:
                        log.warning("policy watcher reconnected to Redis")
                        lost, delay = False, 1.0
                        await self.authorizer.reload()  # we may have missed news meanwhile
                    async for message in pubsub.listen():
                        if message.get("type") == "message":
                            await self.authorizer.reload()
            except asyncio.CancelledError:
                raise
            # Whatever broke the subscription (a dropped connection, a failed reload): one line
            # without a traceback, then retry after the back-off.
            except Exception as error:  # noqa: BLE001
                lost = True
                ready.set()
                log.warning(
                    "policy watcher lost Redis (%s: %s); retrying in %.0f s",
                    type(error).__name__, error, delay,
                )  # fmt: skip
                await self.sleep(delay)
                delay = min(delay * 2, BACKOFF_CAP_SECONDS)

    async def _periodic(self) -> None:
        while True:
            await asyncio.sleep(self.reload_every)
            try:
                await self.authorizer.reload()
            except Exception as error:  # noqa: BLE001 - one line; the next period tries again
                log.warning("periodic policy reload failed: %s: %s", type(error).__name__, error)
