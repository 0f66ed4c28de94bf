"""Keyset pages: every row exactly once across pages, ties broken by id, bad cursors refused."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest

from models import Ticket
from models.tickets import TicketKind
from resolvers import clock
from resolvers.errors import InvalidInput
from resolvers.pagination import check_first, decode_cursor, encode_cursor, keyset_page
from tests.tickets_helpers import cast
from tests.timer_support import make_ticket

NOW = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
LIST = """query($first: Int!, $after: String) {
  tickets(first: $first, after: $after) {
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}"""


async def _tickets(world, offsets_in_minutes: list[int]):
    """Tickets created at NOW minus each offset, in this order (ids follow the list)."""
    clock.set_now(NOW)
    people = await cast(world)
    made = []
    for minutes in offsets_in_minutes:
        at = NOW - timedelta(minutes=minutes)
        made.append(await make_ticket(people.owner, TicketKind.SUPPORT, at, created_at=at))
    return people, made


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value)


async def _walk(first: int, descending: bool) -> tuple[list[int], list[tuple[bool, bool]]]:
    """Every page of all tickets by (created_at, id); ids seen and each page's flags."""
    seen, flags, after = [], [], None
    while True:
        page = await keyset_page(
            Ticket.all(), first, after, [("created_at", descending)], {"created_at": _parse}
        )
        seen += [ticket.id for ticket in page.items]
        flags.append((page.has_next_page, page.has_previous_page))
        if not page.has_next_page:
            return seen, flags
        after = page.cursors[-1]


# Three tickets share one second; the pages of 2 split them.
TIED = [30, 10, 10, 10, 50, 20]


@pytest.mark.parametrize("first", [1, 2, 3, 4])
@pytest.mark.parametrize("descending", [True, False], ids=["newest first", "oldest first"])
async def test_pages_hold_every_row_once_when_timestamps_tie(world, first, descending):
    _, made = await _tickets(world, TIED)
    key = lambda t: (t.created_at, t.id)  # noqa: E731
    expected = [t.id for t in sorted(made, key=key, reverse=descending)]
    seen, flags = await _walk(first, descending)
    assert seen == expected
    pages = -(-len(made) // first)
    assert flags == [(n < pages - 1, n > 0) for n in range(pages)]


async def test_the_ticket_list_pages_through_tied_timestamps(api, world):
    people, made = await _tickets(world, TIED)
    token = people.token("owner")
    seen, after, previous = [], None, []
    while True:
        page = (await api.data(LIST, {"first": 2, "after": after}, token))["tickets"]
        seen += [int(edge["node"]["id"]) for edge in page["edges"]]
        previous.append(page["pageInfo"]["hasPreviousPage"])
        assert page["pageInfo"]["startCursor"] == page["edges"][0]["cursor"]
        assert page["pageInfo"]["endCursor"] == page["edges"][-1]["cursor"]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    newest_first = sorted(made, key=lambda t: (t.created_at, t.id), reverse=True)
    assert seen == [t.id for t in newest_first]
    assert previous == [False, True, True]


async def test_a_full_last_page_says_there_is_no_next_page(world):
    await _tickets(world, [1, 2, 3])
    assert (await keyset_page(Ticket.all(), 3, None)).has_next_page is False
    assert (await keyset_page(Ticket.all(), 2, None)).has_next_page is True


async def test_without_an_order_pages_go_by_id(world):
    _, made = await _tickets(world, [5, 50, 1])
    first = await keyset_page(Ticket.all(), 2, None)
    assert [t.id for t in first.items] == [made[0].id, made[1].id]
    rest = await keyset_page(Ticket.all(), 2, first.cursors[-1])
    assert [t.id for t in rest.items] == [made[2].id]


def test_a_cursor_reads_back_what_it_holds():
    at = datetime(2026, 5, 1, 9, 0, 1, 250000, tzinfo=UTC)
    assert decode_cursor(encode_cursor([at, 7]), 2) == [at.isoformat(), 7]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode()


@pytest.mark.parametrize(
    "cursor",
    [
        "not a cursor!",  # not base64
        "abc",  # bad padding
        _b64(b"\xff\xfe"),  # not text
        _b64(b"{not json"),
        _b64(json.dumps({"a": 1, "b": 2}).encode()),  # not a list
        _b64(json.dumps(["2026-05-01T09:00:00+00:00"]).encode()),  # too short
        _b64(json.dumps(["2026-05-01T09:00:00+00:00", 1, 2]).encode()),  # too long
    ],
)
async def test_a_cursor_this_api_did_not_give_out_is_the_input_error(world, cursor):
    with pytest.raises(InvalidInput) as refused:
        await keyset_page(Ticket.all(), 2, cursor, [("created_at", True)])
    assert refused.value.field == "after"


@pytest.mark.parametrize(
    ("first", "allowed"), [(-1, False), (0, False), (1, True), (100, True), (101, False)]
)
def test_first_is_between_one_and_the_maximum(first, allowed):
    if allowed:
        check_first(first, 100)
        return
    with pytest.raises(InvalidInput) as refused:
        check_first(first, 100)
    assert refused.value.field == "first"


async def test_first_out_of_range_is_refused_through_the_api(api, world):
    people, _ = await _tickets(world, [1])
    for first in (0, 101):
        body = await api.gql(LIST, {"first": first}, people.token("owner"))
        assert body["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
