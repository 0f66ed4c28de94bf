"""Fixed-window counters in Redis, shared by every API process.

Each attempt counts, whether it came alone, as an alias or in a batch: the counter is bumped
before the password is even looked at.
"""

from __future__ import annotations

from datetime import timedelta

from redis.asyncio import Redis

__all__ = ["RateLimiter"]


class RateLimiter:
    def __init__(self, redis: Redis, prefix: str = "ratelimit") -> None:
        self.redis = redis
        self.prefix = prefix

    async def hit(self, bucket: str, limit: int, window: timedelta) -> bool:
        """Count one attempt; True while the bucket is still within `limit`."""
        key = f"{self.prefix}:{bucket}"
        async with self.redis.pipeline(transaction=True) as pipe:
            # SET NX starts the window once; works on Redis 6 (no EXPIRE NX there).
            pipe.set(key, 0, ex=int(window.total_seconds()), nx=True)
            pipe.incr(key)
            _, count = await pipe.execute()
        return int(count) <= limit

    async def clear(self, bucket: str) -> None:
        await self.redis.delete(f"{self.prefix}:{bucket}")
