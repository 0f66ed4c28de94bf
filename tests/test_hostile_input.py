"""Hostile or merely odd input gets a coded answer, never a 500, and changes nothing."""

from __future__ import annotations

import base64
import json
import logging

import pytest

from models import Ticket, User
from tests.tickets_helpers import CREATE, cast, create_ticket

LOGIN = """mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { __typename ... on Error { code message } }
}"""


def _code(body: dict) -> str:
    return body["errors"][0]["extensions"]["code"]


async def _send(api, document: str, variables: dict, token: str | None = None) -> dict:
    """Like `api.gql`, but JSON with escapes (`\\ud800`), as a hostile client can write it."""
    headers = {"content-type": "application/json"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    body = json.dumps({"query": document, "variables": variables})
    response = await api.client.post("/graphql", content=body, headers=headers)
    return response.json()


def _cursor(values: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode()


@pytest.mark.parametrize(
    "body", [b'"hello"', b"null", b"[1, 2]", b"42", b"\xff", b'{"query": "\xff"}']
)
async def test_a_body_that_is_not_a_json_object_is_a_bad_request(api, body):
    response = await api.client.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert _code(response.json()) == "BAD_REQUEST"


@pytest.mark.parametrize(
    ("document", "variables", "message"),
    [
        (
            "query($f: Int!) { tickets(first: $f) { nodes { id } } }",
            {"f": 1.5},
            "Variable '$f' has invalid value: Int cannot represent non-integer value: 1.5",
        ),
        (
            "query($f: TicketFilterInput) { tickets(filter: $f) { nodes { id } } }",
            {"f": {"status": "KING"}},
            "Value 'KING' does not exist in 'TicketStatus' enum.",
        ),
        (
            "query($f: Int!) { tickets(first: $f) { nodes { id } } }",
            {"f": "ten"},
            "Int cannot represent non-integer value: 'ten'",
        ),
    ],
)
async def test_a_variable_of_the_wrong_type_is_a_validation_error_and_logs_no_error(
    api, world, caplog, document, variables, message
):
    people = await cast(world)
    with caplog.at_level(logging.WARNING):
        body = await api.gql(document, variables, token=people.token("owner"))
    assert _code(body) == "GRAPHQL_VALIDATION_FAILED"
    assert message in body["errors"][0]["message"]
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


PAGED = {
    "tickets": "query($after: String) { tickets(after: $after) { nodes { id } } }",
    "licenses": "query($after: String) { licenses(after: $after) { nodes { id } } }",
    "licenseHistory": "query($after: String) { licenseHistory(after: $after) { nodes { action } } }",
    "apiTokens": "query($after: String) { apiTokens(after: $after) { nodes { id } } }",
    "incomingLicenseTransfers": (
        "query($after: String) { incomingLicenseTransfers(after: $after) { nodes { id } } }"
    ),
}
TAMPERED = [
    ["not-a-date", 1],
    ["2026-01-01T00:00:00+00:00", "x"],
    ["2026-01-01T00:00:00+00:00", 2**70],
    [{"a": 1}, [1]],
    ["not-a-date"],
    [1.5],
    [True],
    ["2026-01-01T00:00:00+00:00", 1, 2],
]


@pytest.mark.parametrize("field", sorted(PAGED))
async def test_a_tampered_cursor_is_bad_user_input_on_every_list(api, world, field):
    people = await cast(world)
    for values in TAMPERED:
        body = await api.gql(PAGED[field], {"after": _cursor(values)}, token=people.token("owner"))
        assert _code(body) == "BAD_USER_INPUT", (values, body)
        assert "invalid cursor" in body["errors"][0]["message"].lower()
    for garbage in ["!!!", "\ud800", "A" * 5000]:
        body = await _send(api, PAGED[field], {"after": garbage}, token=people.token("owner"))
        assert _code(body) == "BAD_USER_INPUT", (garbage, body)


async def test_a_login_email_over_its_maximum_is_an_input_error(api, world, count_sql):
    with count_sql() as counted:
        body = await api.data(LOGIN, {"email": "a" * 250 + "@demo.test", "password": "x"})
    assert body["login"]["code"] == "INVALID_INPUT"
    assert "254" in body["login"]["message"]
    assert counted.value == 0


@pytest.mark.parametrize(
    ("document", "variables"),
    [
        ("query($m: String!) { ticketByMessageId(messageId: $m) { id } }", {"m": "M-" + "A" * 100}),
        ("query($b: String!) { productVersions(brand: $b) { id } }", {"b": "B" * 41}),
        (
            "query($f: TicketFilterInput) { tickets(filter: $f) { nodes { id } } }",
            {"f": {"search": "x" * 50_000}},
        ),
        ("query($a: String) { tickets(after: $a) { nodes { id } } }", {"a": "A" * 50_000}),
    ],
)
async def test_a_query_string_over_its_maximum_is_a_coded_error_before_any_sql(
    api, world, count_sql, document, variables
):
    people = await cast(world)
    with count_sql() as counted:
        body = await api.gql(document, variables, token=people.token("owner"))
    assert _code(body) == "BAD_USER_INPUT", body
    assert "longer than" in body["errors"][0]["message"] or "cursor" in body["errors"][0]["message"]
    # The one statement is the session lookup of the bearer token.
    assert counted.value <= 1, counted.statements


async def test_mutation_strings_over_their_maximum_are_input_errors(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    before = await Ticket.all().count()
    cases = [
        ('splitMessage(messageId: $s, title: "t")', "M-" + "A" * 100),
        ('setLicenseVersion(id: "1", version: $s)', "9" * 41),
        (f'addInternalNote(ticketId: "{ticket["id"]}", body: $s)', "x" * 200_000),
    ]
    for call, value in cases:
        document = f"mutation($s: String!) {{ result: {call} {{ __typename ... on Error {{ code message }} }} }}"
        token = people.token("agent")
        body = await api.data(document, {"s": value}, token)
        assert body["result"]["code"] == "INVALID_INPUT", (call, body)
        assert "longer than" in body["result"]["message"]
    reply = {"ticketId": ticket["id"], "body": "hi", "replyTo": "M-" + "A" * 100}
    body = await api.data(
        "mutation($i: PostMessageInput!) { postMessage(input: $i) { __typename ... on Error { code message } } }",
        {"i": reply},
        people.token("owner"),
    )
    assert body["postMessage"]["code"] == "INVALID_INPUT"
    assert await Ticket.all().count() == before


@pytest.mark.parametrize("bad", ["\ud800@demo.test", "owner\x00@demo.test", "\udfff"])
async def test_lone_surrogates_and_nul_bytes_are_refused_as_invalid_text(api, world, bad):
    people = await cast(world)
    body = (await _send(api, LOGIN, {"email": bad, "password": "demo"}))["data"]
    assert body["login"]["code"] == "INVALID_INPUT"
    assert "not valid text" in body["login"]["message"]
    ticket = {"type": "SUPPORT", "title": "Hello", "body": f"body {bad}"}
    body = (await _send(api, CREATE, {"input": ticket}, people.token("owner")))["data"]
    assert body["createTicket"]["code"] == "INVALID_INPUT"
    assert await Ticket.all().count() == 0
    body = await _send(
        api,
        "query($f: TicketFilterInput) { tickets(filter: $f) { nodes { id } } }",
        {"f": {"search": bad}},
        token=people.token("owner"),
    )
    assert _code(body) == "BAD_USER_INPUT"
    literal = json.dumps(bad)  # the same text written into the document itself
    body = await _send(
        api,
        f"{{ tickets(filter: {{search: {literal}}}) {{ nodes {{ id }} }} }}",
        {},
        token=people.token("owner"),
    )
    assert _code(body) in {"BAD_USER_INPUT", "GRAPHQL_PARSE_FAILED"}


UPDATE_PASSWORD = """mutation($current: String!, $new: String!) {
  updateProfile(input: {currentPassword: $current, newPassword: $new}) {
    __typename ... on Error { code message }
  }
}"""


async def test_a_password_change_ends_every_other_session_of_the_user(api, world):
    people = await cast(world)
    current = people.token("owner")
    other = await world.token(people.owner)
    colleague = people.token("webmaster")
    body = await api.data(
        UPDATE_PASSWORD, {"current": "demo-password", "new": "a much longer passphrase 42"}, current
    )
    assert body["updateProfile"]["__typename"] == "User"
    me = "{ me { email } }"
    assert (await api.data(me, token=current))["me"]["email"] == "owner@demo.test"
    response = await api.client.post(
        "/graphql", json={"query": me}, headers={"authorization": f"Bearer {other}"}
    )
    assert response.status_code == 401
    assert (await api.data(me, token=colleague))["me"]["email"] == "webmaster@demo.test"
    assert await User.filter(id=people.owner.id).count() == 1


def test_every_string_argument_declares_its_maximum():
    from schema import build_schema
    from schema.text_input import undeclared_strings

    assert undeclared_strings(build_schema()) == []


@pytest.mark.parametrize("search", ["M-" + "A" * 30, "9" * 40, "M-"])
async def test_a_ticket_search_that_looks_like_an_id_but_cannot_be_one_finds_nothing(
    api, world, search
):
    people = await cast(world)
    await create_ticket(api, people.token("owner"))
    body = await api.data(
        "query($f: TicketFilterInput) { tickets(filter: $f) { nodes { id } } }",
        {"f": {"search": search}},
        people.token("owner"),
    )
    assert body["tickets"]["nodes"] == []


@pytest.mark.parametrize("bad", [str(2**63), str(2**70), "-1", "abc"])
async def test_a_license_or_version_id_that_cannot_be_one_is_not_found(api, world, bad):
    people = await cast(world)
    for extra in ({"licenseIds": [bad]}, {"productVersionId": bad}):
        ticket = {"type": "SUPPORT", "title": "Hello", "body": "Hi", **extra}
        body = await api.data(CREATE, {"input": ticket}, people.token("owner"))
        assert body["createTicket"]["code"] == "NOT_FOUND", body
    assert await Ticket.all().count() == 0
