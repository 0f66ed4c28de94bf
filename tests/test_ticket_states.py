"""The ticket state machine, written out in full: every (status, action) pair and where it leads.

The expected table is spelt out here, not derived from `TRANSITIONS`, so a wrong entry in
the module (or a missing one) fails exactly one case.
"""

from __future__ import annotations

import pytest

from models.tickets import TicketStatus as S
from resolvers.tickets.states import OPEN_STATUSES, TRANSITIONS, Action, is_open, next_status

A = Action
# status -> {action: next status}; an action not listed is refused.
EXPECTED: dict[S, dict[Action, S]] = {
    S.SUBMITTED: {
        A.ASSIGN: S.ASSIGNED,
        A.START: S.IN_PROGRESS,
        A.MESSAGE: S.SUBMITTED,
        A.PRE_CLOSE: S.PRE_CLOSED,
        A.CLOSE: S.CLOSED,
    },
    S.ASSIGNED: {
        A.ASSIGN: S.ASSIGNED,  # re-assigning to someone else keeps it assigned
        A.START: S.IN_PROGRESS,
        A.MESSAGE: S.ASSIGNED,
        A.PRE_CLOSE: S.PRE_CLOSED,
        A.CLOSE: S.CLOSED,
    },
    S.IN_PROGRESS: {
        A.ASSIGN: S.IN_PROGRESS,  # re-assigning work in progress does not restart it
        A.MESSAGE: S.IN_PROGRESS,
        A.PRE_CLOSE: S.PRE_CLOSED,
        A.CLOSE: S.CLOSED,
    },
    S.PRE_CLOSED: {
        A.RESUME: S.IN_PROGRESS,
        A.MESSAGE: S.IN_PROGRESS,  # a message wakes a pre-closed ticket
        A.CLOSE: S.CLOSED,
    },
    S.CLOSED: {
        A.REOPEN: S.REOPENED,
    },
    S.REOPENED: {
        A.ASSIGN: S.ASSIGNED,
        A.START: S.IN_PROGRESS,
        A.MESSAGE: S.REOPENED,
        A.PRE_CLOSE: S.PRE_CLOSED,
        A.CLOSE: S.CLOSED,
    },
}

PAIRS = [(status, action) for status in S for action in Action]


@pytest.mark.parametrize(
    ("status", "action"), PAIRS, ids=[f"{s.value}-{a.value}" for s, a in PAIRS]
)
def test_every_status_and_action_leads_where_the_rules_say(status, action):
    assert next_status(status, action) == EXPECTED[status].get(action)
    assert next_status(status.value, action) == EXPECTED[status].get(action)  # as stored


def test_the_table_allows_nothing_beyond_the_rules():
    allowed = {(s, a) for s, actions in EXPECTED.items() for a in actions}
    assert set(TRANSITIONS) == allowed


@pytest.mark.parametrize("status", list(S), ids=[s.value for s in S])
def test_only_a_closed_ticket_is_not_open(status):
    assert is_open(status) is (status is not S.CLOSED)
    assert is_open(status.value) is (status is not S.CLOSED)
    assert (status in OPEN_STATUSES) is (status is not S.CLOSED)


def test_the_history_names_each_action_as_the_api_shows_it():
    # Stored in every history row (`history { action }`): renaming one breaks old rows.
    assert {action.name: action.value for action in Action} == {
        "ASSIGN": "assign",
        "START": "start",
        "PRE_CLOSE": "pre_close",
        "RESUME": "resume",
        "MESSAGE": "message",
        "CLOSE": "close",
        "REOPEN": "reopen",
    }
