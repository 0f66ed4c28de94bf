"""Sign-in, the caller, and the primary's management of the account's people."""

from __future__ import annotations

from models import User
from models.enums import AccountType

ME = "{ me { id email accountType account { name } } }"
LOGIN = """mutation($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    __typename
    ... on Session { token user { email } }
    ... on Error { code message }
  }
}"""
CREATE_USER = """mutation($input: CreateUserInput!) {
  createUser(input: $input) {
    __typename
    ... on User { id email accountType }
    ... on Error { code message }
  }
}"""
USER = "query($id: ID!) { user(id: $id) { id email } }"


async def test_login_then_me_returns_the_caller(api, world):
    user = await world.user(email="owner@demo.test")
    body = await api.data(LOGIN, {"e": "OWNER@demo.test", "p": "demo-password"})
    token = body["login"]["token"]
    me = (await api.data(ME, token=token))["me"]
    assert me["email"] == "owner@demo.test"
    assert me["accountType"] == "PRIMARY"
    assert me["id"] == str(user.id)


async def test_wrong_password_is_invalid_credentials(api, world):
    await world.user(email="owner@demo.test")
    body = await api.data(LOGIN, {"e": "owner@demo.test", "p": "nope"})
    assert body["login"] == {
        "__typename": "LoginError",
        "code": "INVALID_CREDENTIALS",
        "message": "The email or the password is wrong.",
    }


async def test_me_without_token_is_unauthenticated(api):
    body = await api.gql(ME)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_primary_creates_secondary_user(api, world):
    owner = await world.user(email="owner@demo.test")
    token = await world.token(owner)
    body = await api.data(
        CREATE_USER,
        {"input": {"email": "Web@Demo.test", "name": "Web", "accountType": "SECONDARY"}},
        token=token,
    )
    assert body["createUser"]["__typename"] == "User"
    assert body["createUser"]["email"] == "web@demo.test"
    created = await User.get(email="web@demo.test")
    assert created.account_id == owner.account_id
    assert created.account_type is AccountType.SECONDARY


async def test_secondary_cannot_create_user_and_nothing_changes(api, world):
    owner = await world.user()
    webmaster = await world.user(owner.account, AccountType.SECONDARY)
    before = await User.all().count()
    body = await api.gql(
        CREATE_USER,
        {"input": {"email": "x@demo.test", "accountType": "SECONDARY"}},
        token=await world.token(webmaster),
    )
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert body["data"] is None
    assert await User.all().count() == before


async def test_other_tenants_user_looks_missing(api, world):
    demo_owner = await world.user()
    demo_buyer = await world.user(demo_owner.account, AccountType.ADVANCED_SECONDARY)
    other_owner = await world.user()
    token = await world.token(other_owner)
    foreign = await api.data(USER, {"id": str(demo_buyer.id)}, token=token)
    missing = await api.data(USER, {"id": "999999"}, token=token)
    assert foreign == missing == {"user": None}


REMOVE_USER = """mutation($id: ID!) {
  removeUser(id: $id) { __typename ... on RemovedUser { id } ... on Error { code } }
}"""
USERS = "{ users { email } }"


async def test_primary_removes_user_who_can_no_longer_sign_in(api, world):
    owner = await world.user()
    webmaster = await world.user(owner.account, AccountType.SECONDARY, email="web@demo.test")
    webmaster_token = await world.token(webmaster)
    owner_token = await world.token(owner)
    body = await api.data(REMOVE_USER, {"id": str(webmaster.id)}, token=owner_token)
    assert body["removeUser"] == {"__typename": "RemovedUser", "id": str(webmaster.id)}
    listed = await api.data(USERS, token=owner_token)
    assert [u["email"] for u in listed["users"]] == [owner.email]
    assert await api.data(USER, {"id": str(webmaster.id)}, token=owner_token) == {"user": None}
    refused = await api.gql(ME, token=webmaster_token)
    assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    login = await api.data(LOGIN, {"e": "web@demo.test", "p": "demo-password"})
    assert login["login"]["code"] == "INVALID_CREDENTIALS"
    # The address is free again: the primary may invite the person anew.
    again = await api.data(
        CREATE_USER,
        {"input": {"email": "web@demo.test", "accountType": "SECONDARY"}},
        token=owner_token,
    )
    assert again["createUser"]["__typename"] == "User"


async def test_advanced_secondary_cannot_remove_users(api, world):
    owner = await world.user()
    buyer = await world.user(owner.account, AccountType.ADVANCED_SECONDARY)
    webmaster = await world.user(owner.account, AccountType.SECONDARY)
    body = await api.gql(REMOVE_USER, {"id": str(webmaster.id)}, token=await world.token(buyer))
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    await webmaster.refresh_from_db()
    assert webmaster.removed_at is None and webmaster.is_active


async def test_primary_cannot_remove_another_accounts_user(api, world):
    owner = await world.user()
    stranger = await world.user(await world.account(), AccountType.SECONDARY)
    body = await api.data(REMOVE_USER, {"id": str(stranger.id)}, token=await world.token(owner))
    assert body["removeUser"] == {"__typename": "NotFoundError", "code": "NOT_FOUND"}
    await stranger.refresh_from_db()
    assert stranger.removed_at is None
