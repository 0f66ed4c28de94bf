"""API tokens: primary only, secret shown once and stored hashed, read-only, revoked at once."""

from __future__ import annotations

from models import ApiToken
from models.enums import AccountType
from policies.scopes import API_TOKEN_SCOPES
from resolvers.identity import Principal
from resolvers.secrets import token_hash

CREATE = """mutation($name: String!, $scopes: [ApiTokenScope!]!) {
  createApiToken(name: $name, scopes: $scopes) {
    __typename
    ... on NewApiToken { secret apiToken { id name scopes } }
    ... on Error { code message }
  }
}"""
LIST = "query($first: Int!) { apiTokens(first: $first) { nodes { id name scopes } } }"
REVOKE = """mutation($id: ID!) {
  revokeApiToken(id: $id) { __typename ... on ApiToken { id revokedAt } ... on Error { code } }
}"""
PING = "{ __typename }"


async def _create(api, token, scopes=("TICKETS_READ",), name="Dashboard"):
    body = await api.data(CREATE, {"name": name, "scopes": list(scopes)}, token=token)
    return body["createApiToken"]


async def test_primary_creates_token_shown_once_and_stored_hashed(api, world):
    owner = await world.user()
    token = await world.token(owner)
    created = await _create(api, token, ("TICKETS_READ", "LICENSES_READ"))
    assert created["__typename"] == "NewApiToken"
    secret = created["secret"]
    stored = await ApiToken.get(id=created["apiToken"]["id"])
    assert stored.token_hash == token_hash(secret) != secret
    assert stored.scopes == ["licenses:read", "tickets:read"]
    listed = (await api.data(LIST, {"first": 10}, token=token))["apiTokens"]["nodes"]
    assert listed == [created["apiToken"]]
    assert "secret" not in str(listed)


async def test_secondary_and_advanced_secondary_cannot_create_tokens(api, world):
    owner = await world.user()
    for kind in (AccountType.ADVANCED_SECONDARY, AccountType.SECONDARY):
        person = await world.user(owner.account, kind)
        body = await api.gql(
            CREATE, {"name": "x", "scopes": ["TICKETS_READ"]}, token=await world.token(person)
        )
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await ApiToken.all().count() == 0


async def test_scope_list_is_the_policy_files_scope_rows(services):
    assert API_TOKEN_SCOPES == (
        "invoices:read",
        "licenses:read",
        "orders:read",
        "projects:read",
        "tickets:read",
    )
    schema_enum = await _schema_enum_values(services)
    assert schema_enum == {scope.replace(":", "_").upper() for scope in API_TOKEN_SCOPES}


async def _schema_enum_values(services):
    from schema import build_schema

    enum = build_schema().get_type_by_name("ApiTokenScope")
    return {value.name for value in enum.values}


async def test_token_without_scopes_or_name_is_refused(api, world):
    token = await world.token(await world.user())
    no_scopes = await _create(api, token, ())
    assert no_scopes["code"] == "INVALID_INPUT"
    no_name = await _create(api, token, name="   ")
    assert no_name["code"] == "INVALID_INPUT"
    assert await ApiToken.all().count() == 0


async def test_api_token_cannot_run_any_mutation(api, world):
    owner = await world.user()
    secret = (
        await _create(
            api,
            await world.token(owner),
            tuple(s.replace(":", "_").upper() for s in API_TOKEN_SCOPES),
        )
    )["secret"]
    for mutation in (
        'mutation { createApiToken(name: "again", scopes: [TICKETS_READ]) { __typename } }',
        'mutation { updateProfile(input: {name: "Mallory"}) { __typename } }',
        "mutation { logout }",
    ):
        body = await api.gql(mutation, token=secret)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN", body
    assert await ApiToken.all().count() == 1
    assert (await world_user_name(owner)) == owner.name


async def world_user_name(user):
    from models import User

    return (await User.get(id=user.id)).name


async def test_api_token_reads_only_what_its_scopes_allow(services, world):
    owner = await world.user()
    principal = Principal(
        account_id=owner.account_id, api_token_id=1, scopes=frozenset({"licenses:read"})
    )
    allowed = services.authorizer.allowed
    assert allowed(principal, "license", "read")
    assert not allowed(principal, "ticket", "read")
    assert not allowed(principal, "license", "transfer")
    assert not allowed(principal, "user", "read")


async def test_revoked_token_stops_at_once(api, world):
    owner = await world.user()
    session = await world.token(owner)
    created = await _create(api, session)
    secret = created["secret"]
    assert (await api.data(PING, token=secret)) == {"__typename": "Query"}
    revoked = await api.data(REVOKE, {"id": created["apiToken"]["id"]}, token=session)
    assert revoked["revokeApiToken"]["revokedAt"] is not None
    body = await api.gql(PING, token=secret)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    listed = (await api.data(LIST, {"first": 10}, token=session))["apiTokens"]["nodes"]
    assert listed == []


async def test_other_accounts_token_cannot_be_revoked_and_looks_missing(api, world):
    demo_owner = await world.user()
    created = await _create(api, await world.token(demo_owner))
    other = await world.token(await world.user())
    foreign = await api.data(REVOKE, {"id": created["apiToken"]["id"]}, token=other)
    missing = await api.data(REVOKE, {"id": "999999"}, token=other)
    assert (
        foreign
        == missing
        == {"revokeApiToken": {"__typename": "NotFoundError", "code": "NOT_FOUND"}}
    )
    assert (await ApiToken.get(id=created["apiToken"]["id"])).revoked_at is None


async def test_disabling_the_creator_stops_their_tokens(api, world):
    owner = await world.user()
    secret = (await _create(api, await world.token(owner)))["secret"]
    from models import User

    await User.filter(id=owner.id).update(is_active=False)
    body = await api.gql(PING, token=secret)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_api_tokens_page_through_newest_first(api, world):
    token = await world.token(await world.user())
    names = [f"board {i}" for i in range(5)]
    for name in names:
        await _create(api, token, name=name)
    query = """query($after: String) { apiTokens(first: 2, after: $after) {
      nodes { name } pageInfo { hasNextPage endCursor } } }"""
    seen, after = [], None
    while True:
        page = (await api.data(query, {"after": after}, token=token))["apiTokens"]
        seen += [node["name"] for node in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert sorted(seen) == sorted(names) and len(seen) == 5
