"""Keyset pages: every row exactly once across pages, ties broken by id, bad cursors refused."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest

from models import Account, Ticket
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


async def _walk(first: int, descending: bool) -> tuple[list[int], list[tuple[bool, bool]]]:
    """Every page of all tickets by (created_at, id); ids seen and each page's flags."""
    seen, flags, after = [], [], None
    while True:
        # The cursor's values are read back by the sort fields' types (no parse table).
        page = await keyset_page(Ticket.all(), first, after, [("created_at", descending)])
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


# -- the cursor checks, at their limits (the values are the rule's, stated here)
LONGEST_CURSOR = 2048
LONGEST_TEXT_VALUE = 1000
MAX_ID = 2**63 - 1
ACCOUNTS = """query($search: String!, $first: Int!, $after: String) {
  accounts(search: $search, first: $first, after: $after) {
    edges { cursor node { id } }
    pageInfo { hasNextPage }
  }
}"""


def _padded(values: list, length: int) -> str:
    """A cursor of `values` exactly `length` characters long (JSON spaces fill it)."""
    text = json.dumps(values)
    size = length * 3 // 4  # base64: 4 characters per 3 bytes
    cursor = _b64(text[:-1].encode() + b" " * (size - len(text)) + b"]")
    assert len(cursor) == length
    return cursor


async def _refused(cursor: str, order: list[tuple[str, bool]] | None, model=Ticket) -> None:
    with pytest.raises(InvalidInput) as refused:
        await keyset_page(model.all(), 10, cursor, order)
    assert (refused.value.code, refused.value.field) == ("BAD_USER_INPUT", "after")
    assert "invalid cursor" in str(refused.value).lower()


async def _ids_after(cursor: str, order: list[tuple[str, bool]] | None, model=Ticket) -> list:
    return [row.id for row in (await keyset_page(model.all(), 10, cursor, order)).items]


async def test_a_cursor_up_to_the_longest_is_read_and_a_longer_one_refused(world):
    _, made = await _tickets(world, [30, 20, 10])
    values = [made[0].created_at.isoformat(), made[0].id]
    longest = _padded(values, LONGEST_CURSOR)
    assert await _ids_after(longest, [("created_at", False)]) == [made[1].id, made[2].id]
    # One character more that the decoder would skip (a stray "="): refused for its length.
    await _refused(longest + "=", [("created_at", False)])
    await _refused(_padded(values, LONGEST_CURSOR + 4), [("created_at", False)])


async def test_the_api_takes_back_the_longest_cursor(api, world):
    people, made = await _tickets(world, [30, 20, 10])
    longest = _padded([made[1].created_at.isoformat(), made[1].id], LONGEST_CURSOR)
    page = await api.data(LIST, {"first": 5, "after": longest}, people.token("owner"))
    assert [int(e["node"]["id"]) for e in page["tickets"]["edges"]] == [made[0].id]


async def test_a_timestamp_without_a_timezone_is_an_invalid_cursor(api, world):
    people, made = await _tickets(world, [20, 10])
    naive = _b64(json.dumps(["2026-05-01T08:45:00", made[0].id]).encode())
    await _refused(naive, [("created_at", True)])
    body = await api.gql(LIST, {"first": 5, "after": naive}, people.token("owner"))
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "invalid cursor" in body["errors"][0]["message"].lower()
    assert "data" not in body or not body["data"]


async def test_an_id_in_a_cursor_is_between_zero_and_the_largest_64_bit_id(world):
    _, made = await _tickets(world, [30, 20, 10])
    everything = [t.id for t in made]
    assert await _ids_after(_b64(b"[0]"), None) == everything
    assert await _ids_after(_b64(json.dumps([MAX_ID]).encode()), None) == []
    assert (
        await _ids_after(_b64(json.dumps([MAX_ID, MAX_ID]).encode()), [("id", True)])
        == (everything[::-1])
    )
    for beyond in (-1, MAX_ID + 1, 2**64, 1.0, True, "1"):
        await _refused(_b64(json.dumps([beyond]).encode()), None)


async def _accounts(world, names: list[str]) -> list:
    return [await world.account(name) for name in names]


async def test_pages_by_a_text_field_hold_every_row_once_across_tied_names(world):
    # Long names in a non-Latin script: their cursor must still be one the API takes back.
    long = "Общество с ограниченной ответственностью " * 5
    made = await _accounts(world, ["Beta", long[:200], "Alpha", long[:200], "Beta", "Ж"])
    expected = [a.id for a in sorted(made, key=lambda a: (a.name, a.id))]
    for descending in (False, True):
        seen, after = [], None
        while True:
            page = await keyset_page(Account.all(), 1, after, [("name", descending)])
            seen += [account.id for account in page.items]
            if not page.has_next_page:
                break
            after = page.cursors[-1]
            assert len(after) <= LONGEST_CURSOR
        assert seen == (expected[::-1] if descending else expected)


async def test_a_300_character_japanese_title_gives_a_cursor_that_is_taken_back(world):
    _, made = await _tickets(world, [30, 20, 10])
    title = "東京の店舗" * 60  # 300 characters, the longest title
    for ticket in made[:2]:
        await Ticket.filter(id=ticket.id).update(title=title)
    await Ticket.filter(id=made[2].id).update(title="A")
    seen, after = [], None
    while True:
        page = await keyset_page(Ticket.all(), 1, after, [("title", True)])
        seen += [ticket.id for ticket in page.items]
        if not page.has_next_page:
            break
        after = page.cursors[-1]
        assert len(after) <= LONGEST_CURSOR
    assert seen == [made[1].id, made[0].id, made[2].id]


async def test_the_account_search_pages_through_long_non_latin_names(api, world):
    people = await cast(world)
    name = ("Общество «Ромашка» " * 11)[:200]
    made = await _accounts(world, [name, name, name])
    seen, after = [], None
    while True:
        variables = {"search": "Ромашка", "first": 1, "after": after}
        page = (await api.data(ACCOUNTS, variables, people.token("admin")))["accounts"]
        seen += [int(edge["node"]["id"]) for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["edges"][-1]["cursor"]
    assert seen == [a.id for a in made]


async def test_a_text_value_in_a_cursor_is_checked(world):
    # A company name is at most 200 characters: a longer one in a cursor is no row's.
    made = await _accounts(world, ["a" * 200, "b"])
    at_limit = _b64(json.dumps(["a" * 200, made[0].id]).encode())
    assert await _ids_after(at_limit, [("name", False)], Account) == [made[1].id]
    for value in ("a" * 201, "a\x00b", 5, None, ["a"]):
        await _refused(_b64(json.dumps([value, 1]).encode()), [("name", False)], Account)


async def test_a_value_of_a_text_column_without_a_length_is_at_most_1000_characters(world):
    _, made = await _tickets(world, [20, 10])
    await Ticket.filter(id=made[0].id).update(rating_comment="a" * 2000)
    await Ticket.filter(id=made[1].id).update(rating_comment="b")
    order = [("rating_comment", False)]
    at_limit = _b64(json.dumps(["a" * LONGEST_TEXT_VALUE, 1]).encode())
    assert await _ids_after(at_limit, order) == [made[0].id, made[1].id]
    await _refused(_b64(json.dumps(["a" * (LONGEST_TEXT_VALUE + 1), 1]).encode()), order)


async def test_a_cursor_on_a_sort_field_of_no_known_type_is_refused(world):
    await _tickets(world, [10])
    await _refused(_b64(json.dumps([True, 1]).encode()), [("hotrush", False)])
