"""The one id parser: bad or out-of-range ids are missing objects and never reach the database."""

from __future__ import annotations

import pytest

from resolvers.errors import NotFound
from resolvers.ids import MAX_ID, id_or_none, parse_id, parse_ids
from tests.tickets_helpers import cast


@pytest.mark.parametrize(
    "value", ["", "abc", "-1", "0", "1.0", " 5", "5_0", "٣", str(MAX_ID + 1), "9" * 40, True, None]
)
def test_a_value_that_is_not_a_64_bit_key_is_a_missing_object(value):
    assert id_or_none(value) is None
    with pytest.raises(NotFound, match="No such ticket."):
        parse_id(value, "ticket")


def test_keys_parse_from_strings_and_integers():
    assert parse_ids(["1", 42, str(MAX_ID)], "license") == [1, 42, MAX_ID]


async def test_an_id_beyond_64_bits_answers_null_without_a_statement(api, world, count_sql):
    people = await cast(world)
    query = "query($id: ID!) { ticket(id: $id) { id } }"
    token = people.token("owner")
    await api.data(query, {"id": "1"}, token)  # the session lookup is cached from here on
    with count_sql() as counted:
        data = await api.data(query, {"id": str(MAX_ID + 1)}, token)
    assert data == {"ticket": None}
    assert not [s for s in counted.statements if "ticket" in s.lower()], counted.statements


@pytest.mark.parametrize(
    "query",
    [
        "query($id: ID!) { ticket(id: $id) { id } }",
        "query($id: ID!) { license(id: $id) { id } }",
        "query($id: ID!) { project(id: $id) { id } }",
        "query($id: ID!) { order(id: $id) { id } }",
        "query($id: ID!) { complaint(id: $id) { id } }",
        "query($id: ID!) { user(id: $id) { id } }",
    ],
)
async def test_the_largest_64_bit_ids_are_missing_objects_on_every_backend(api, world, query):
    # Keys are BIGINT: a 64-bit id past 32 bits reaches the database and finds nothing, on
    # PostgreSQL too (an int4 column would refuse the parameter with an error).
    people = await cast(world)
    for value in (str(2**40), str(MAX_ID)):
        body = await api.gql(query, {"id": value}, people.token("owner"))
        assert "errors" not in body, body
        assert list(body["data"].values()) == [None]
