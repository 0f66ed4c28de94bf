"""Bad input gets a clear coded error and changes nothing; unexpected failures are masked."""

from __future__ import annotations

import logging

import pytest

from models import ApiToken, OutboxMail, PasswordReset, Session, User
from resolvers import accounts

SET_TYPE = """mutation($id: ID!) {
  setUserType(id: $id, accountType: KING) { __typename }
}"""


async def _snapshot() -> dict:
    users = (
        await User.all()
        .order_by("id")
        .values("id", "account_type", "is_active", "name", "password_hash", "email")
    )
    counts = {
        model.__name__: await model.all().count()
        for model in (Session, ApiToken, PasswordReset, OutboxMail)
    }
    return {"users": users, **counts}


@pytest.fixture
async def people(world):
    owner = await world.user(email="owner@demo.test")
    webmaster = await world.user(owner.account, "secondary", email="webmaster@demo.test")
    return {"owner": owner, "webmaster": webmaster, "token": await world.token(owner)}


def _code(body: dict) -> str:
    return body["errors"][0]["extensions"]["code"]


async def test_wrong_password_is_coded_and_opens_no_session(api, people):
    before = await _snapshot()
    body = await api.data(
        'mutation { login(email: "owner@demo.test", password: "nope") { ... on Error { code } } }'
    )
    assert body == {"login": {"code": "INVALID_CREDENTIALS"}}
    assert await _snapshot() == before


@pytest.mark.parametrize("token", ["garbage", "ads_not-a-real-token", "adt_" + "x" * 43, "Bearer"])
async def test_malformed_token_is_unauthenticated(api, people, token):
    before = await _snapshot()
    response = await api.client.post(
        "/graphql",
        json={"query": 'mutation { updateProfile(input: {name: "X"}) { __typename } }'},
        headers={"authorization": f"Bearer {token}"},
    )
    assert response.status_code == 401
    assert _code(response.json()) == "UNAUTHENTICATED"
    assert await _snapshot() == before


async def test_unknown_enum_value_fails_validation_and_changes_nothing(api, people):
    before = await _snapshot()
    body = await api.gql(SET_TYPE, {"id": str(people["webmaster"].id)}, token=people["token"])
    assert _code(body) == "GRAPHQL_VALIDATION_FAILED"
    assert "KING" in body["errors"][0]["message"]
    assert await _snapshot() == before


async def test_query_deeper_than_the_limit_is_refused(api_with, people):
    async with api_with(max_query_depth=1) as api:
        body = await api.gql("{ me { account { id } } }", token=people["token"])
    assert _code(body) == "GRAPHQL_VALIDATION_FAILED"
    assert "depth" in body["errors"][0]["message"]
    assert body.get("data") is None


async def test_too_many_aliases_are_refused_before_anything_runs(api, people, settings):
    before = await _snapshot()
    count = settings.max_aliases + 1
    fields = " ".join(
        f'a{i}: updateProfile(input: {{name: "n{i}"}}) {{ __typename }}' for i in range(count)
    )
    body = await api.gql(f"mutation {{ {fields} }}", token=people["token"])
    assert _code(body) == "GRAPHQL_VALIDATION_FAILED"
    assert "alias" in body["errors"][0]["message"]
    assert await _snapshot() == before


async def test_too_many_tokens_are_refused(api, people, settings):
    before = await _snapshot()
    names = " ".join("__typename" for _ in range(settings.max_tokens))
    body = await api.gql(
        f'mutation {{ updateProfile(input: {{name: "Z"}}) {{ {names} }} }}', token=people["token"]
    )
    assert _code(body) == "GRAPHQL_PARSE_FAILED"
    assert "token" in body["errors"][0]["message"].lower()
    assert await _snapshot() == before


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2", b"\xff\xfe", b""])
async def test_garbage_body_is_a_coded_bad_request(api, people, content):
    before = await _snapshot()
    response = await api.client.post(
        "/graphql",
        content=content,
        headers={"content-type": "application/json", "authorization": f"Bearer {people['token']}"},
    )
    assert response.status_code == 400
    assert _code(response.json()) == "BAD_REQUEST"
    assert await _snapshot() == before


async def test_first_over_the_page_limit_is_invalid_input(api, people, settings):
    body = await api.gql(
        "query($n: Int!) { apiTokens(first: $n) { nodes { id } } }",
        {"n": settings.max_page_size + 1},
        token=people["token"],
    )
    error = body["errors"][0]
    assert error["extensions"] == {"code": "INVALID_INPUT", "field": "first"}
    assert str(settings.max_page_size) in error["message"]


async def test_unexpected_error_is_masked_with_a_request_id(api, people, monkeypatch, caplog):
    async def broken(principal):
        raise RuntimeError("secret detail: password=hunter2")

    monkeypatch.setattr(accounts, "list_users", broken)
    with caplog.at_level(logging.ERROR, logger="accountdesk.graphql"):
        response = await api.client.post(
            "/graphql",
            json={"query": "{ users { id } }"},
            headers={"authorization": f"Bearer {people['token']}"},
        )
    error = response.json()["errors"][0]
    assert error["message"] == "Unexpected error."
    assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    request_id = error["extensions"]["requestId"]
    assert len(request_id) == 16
    assert "hunter2" not in response.text and "Traceback" not in response.text
    assert any(request_id in record.getMessage() for record in caplog.records)
