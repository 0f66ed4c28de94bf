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
