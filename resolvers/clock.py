"""The one clock of the domain: every rule asks it for `now`, so tests move time instead of sleeping.

from resolvers import clock
with clock.frozen(datetime(2026, 1, 1, tzinfo=UTC)):
    ...  # every clock.now() inside sees that instant
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

__all__ = ["now", "frozen", "advance", "set_now", "reset"]

_fixed: datetime | None = None


def now() -> datetime:
    return _fixed if _fixed is not None else datetime.now(UTC)


def set_now(moment: datetime | None) -> None:
    global _fixed
    if moment is not None and moment.tzinfo is None:
        raise ValueError("the clock only takes timezone-aware times")
    _fixed = moment


def advance(delta: timedelta) -> datetime:
    set_now(now() + delta)
    return now()


def reset() -> None:
    set_now(None)


@contextmanager
def frozen(moment: datetime) -> Iterator[datetime]:
    previous = _fixed
    set_now(moment)
    try:
        yield moment
    finally:
        set_now(previous)
