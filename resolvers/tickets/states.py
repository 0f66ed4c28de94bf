"""The ticket state machine: one table of (status, action) -> status, read by the API and the jobs.

A pair missing from `TRANSITIONS` is not allowed. "Open" means every status but `closed`.
"""

from __future__ import annotations

from enum import StrEnum

from models.tickets import TicketStatus as S

__all__ = ["Action", "TRANSITIONS", "OPEN_STATUSES", "next_status", "is_open"]


class Action(StrEnum):
    ASSIGN = "assign"
    START = "start"
    PRE_CLOSE = "pre_close"
    RESUME = "resume"  # pre_closed -> in_progress by hand ("ticket properties")
    MESSAGE = "message"
    CLOSE = "close"
    REOPEN = "reopen"


OPEN_STATUSES: frozenset[S] = frozenset(s for s in S if s is not S.CLOSED)

TRANSITIONS: dict[tuple[S, Action], S] = {
    (S.SUBMITTED, Action.ASSIGN): S.ASSIGNED,
    (S.REOPENED, Action.ASSIGN): S.ASSIGNED,
    (S.ASSIGNED, Action.ASSIGN): S.ASSIGNED,
    (S.IN_PROGRESS, Action.ASSIGN): S.IN_PROGRESS,
    (S.SUBMITTED, Action.START): S.IN_PROGRESS,
    (S.ASSIGNED, Action.START): S.IN_PROGRESS,
    (S.REOPENED, Action.START): S.IN_PROGRESS,
    (S.PRE_CLOSED, Action.RESUME): S.IN_PROGRESS,
    # A message keeps an open ticket where it is, except that it wakes a pre-closed one.
    (S.PRE_CLOSED, Action.MESSAGE): S.IN_PROGRESS,
    **{(s, Action.MESSAGE): s for s in OPEN_STATUSES if s is not S.PRE_CLOSED},
    **{(s, Action.PRE_CLOSE): S.PRE_CLOSED for s in OPEN_STATUSES if s is not S.PRE_CLOSED},
    **{(s, Action.CLOSE): S.CLOSED for s in OPEN_STATUSES},
    (S.CLOSED, Action.REOPEN): S.REOPENED,
}


def next_status(status: S | str, action: Action) -> S | None:
    """The status after `action`, or None when the table does not allow it."""
    return TRANSITIONS.get((S(status), action))


def is_open(status: S | str) -> bool:
    return S(status) in OPEN_STATUSES
