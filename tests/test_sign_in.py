"""Sign-in limits (every alias counts), session lifetimes, and disabled people stopping at once."""

from __future__ import annotations

from datetime import timedelta

from models import Session
from models.enums import AccountType
from resolvers import clock
from tests.helpers import PASSWORD

ME = "{ me { email } }"
LOGIN = """mutation($e: String!, $p: String!) {
  login(email: $e, password: $p) { __typename ... on Session { token expiresAt } ... on Error { code } }
}"""


def _aliased_logins(credentials: list[tuple[str, str]]) -> str:
    fields = "\n".join(
        f'a{i}: login(email: "{email}", password: "{password}") '
        "{ __typename ... on Error { code } }"
        for i, (email, password) in enumerate(credentials)
    )
    return f"mutation {{\n{fields}\n}}"


def _codes(body: dict) -> list[str]:
    return [field.get("code", field["__typename"]) for field in body["data"].values()]


async def test_twenty_aliased_logins_hit_the_account_limit(api, world, settings):
    await world.user(email="owner@demo.test")
    body = await api.gql(_aliased_logins([("owner@demo.test", "wrong")] * 20))
    codes = _codes(body)
    limit = settings.login_attempts_per_account
    assert codes == ["INVALID_CREDENTIALS"] * limit + ["RATE_LIMITED"] * (20 - limit)
    right = await api.data(LOGIN, {"e": "owner@demo.test", "p": PASSWORD})
    assert right["login"] == {"__typename": "LimitError", "code": "RATE_LIMITED"}
    assert await Session.all().count() == 0


async def test_logins_are_limited_per_client_address_across_emails(api_with, world):
    await world.user(email="owner@demo.test")
    async with api_with(login_attempts_per_address=3) as api:
        body = await api.gql(
            _aliased_logins(
                [(f"guess{i}@demo.test", "x") for i in range(3)] + [("owner@demo.test", PASSWORD)]
            )
        )
    assert _codes(body) == ["INVALID_CREDENTIALS"] * 3 + ["RATE_LIMITED"]


async def test_disabled_users_token_stops_at_once(api, world):
    owner = await world.user()
    webmaster = await world.user(owner.account, AccountType.SECONDARY)
    token = await world.token(webmaster)
    assert (await api.data(ME, token=token))["me"]["email"] == webmaster.email
    disable = "mutation($id: ID!) { disableUser(id: $id) { __typename } }"
    await api.data(disable, {"id": str(webmaster.id)}, token=await world.token(owner))
    assert (await api.gql(ME, token=token))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    login = await api.data(LOGIN, {"e": webmaster.email, "p": PASSWORD})
    assert login["login"]["code"] == "INVALID_CREDENTIALS"


async def _login(api, email) -> dict:
    return (await api.data(LOGIN, {"e": email, "p": PASSWORD}))["login"]


async def test_session_dies_after_the_idle_limit(api, world, settings):
    await world.user(email="owner@demo.test")
    start = clock.now()
    clock.set_now(start)
    session = await _login(api, "owner@demo.test")
    assert session["expiresAt"].startswith((start + settings.session_idle).isoformat()[:16])
    clock.set_now(start + settings.session_idle - timedelta(minutes=5))
    assert "errors" not in await api.gql(ME, token=session["token"])  # use restarts the idle clock
    clock.set_now(start + 2 * settings.session_idle - timedelta(minutes=10))
    assert "errors" not in await api.gql(ME, token=session["token"])
    clock.advance(settings.session_idle + timedelta(minutes=1))
    body = await api.gql(ME, token=session["token"])
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_session_dies_at_the_absolute_limit_even_in_use(api, world, settings):
    await world.user(email="owner@demo.test")
    start = clock.now()
    clock.set_now(start)
    token = (await _login(api, "owner@demo.test"))["token"]
    step = settings.session_idle - timedelta(hours=1)
    while clock.now() + step < start + settings.session_absolute:
        clock.advance(step)
        assert "errors" not in await api.gql(ME, token=token)
    clock.set_now(start + settings.session_absolute + timedelta(seconds=1))
    assert (await api.gql(ME, token=token))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_logout_ends_the_session(api, world):
    await world.user(email="owner@demo.test")
    token = (await _login(api, "owner@demo.test"))["token"]
    assert (await api.data("mutation { logout }", token=token)) == {"logout": True}
    assert (await api.gql(ME, token=token))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_me_runs_two_statements_whatever_the_fields(api, world, count_sql):
    owner = await world.user()
    token = await world.token(owner)
    query = "{ me { id email name contactEmail accountType staffRole newsletterTopics account { id name } } }"
    counts = []
    for _ in range(3):  # the policy watcher may reload (one statement) during one of them
        with count_sql() as counted:
            me = (await api.data(query, token=token))["me"]
        counts.append(counted.value)
    assert min(counts) == 2, counts  # the session, then the caller with the account
    assert me["account"] == {"id": str(owner.account_id), "name": owner.account.name}
    assert me["accountType"] == "PRIMARY" and me["newsletterTopics"] == []
