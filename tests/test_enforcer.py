"""Who may do what, as the API answers it when roles change and for API tokens.

A role change takes effect on the caller's next request in the process that made it, and in
another process once that process reloads the policy (the watcher does it on the change's
announcement; here each process is an `Authorizer` of its own, without a watcher, so nothing
but the rule under test can make a case pass). A token acts through its scopes only: no scope
allows nothing, and each scope adds what it grants.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from datetime import timedelta

import casbin
import pytest

from accountdesk.app import create_app
from models import ApiToken, User
from models.enums import AccountType, Department, StaffRole
from policies.adapter import POLICY_FILE, PolicyAdapter
from policies.enforcer import MODEL_FILE, Authorizer
from policies.scopes import API_TOKEN_SCOPES, scopes_in
from resolvers import clock
from resolvers.auth import API_TOKEN_PREFIX
from resolvers.identity import Principal
from resolvers.secrets import new_token, token_hash
from schema.context import Services
from tests.helpers import Api

TICKETS = "{ tickets(first: 1) { edges { node { id } } } }"
LICENSES = "{ licenses(first: 1) { edges { node { id } } } }"
QUEUE = "{ ticketQueue(first: 1) { id } }"


def code(body: dict) -> str | None:
    errors = body.get("errors")
    return errors[0]["extensions"]["code"] if errors else None


@asynccontextmanager
async def process(services, settings):
    """Another process: its own enforcer loaded from the database, no watcher."""
    own = Services(settings=settings, authorizer=await Authorizer.load(), redis=services.redis)
    app = create_app(settings, services=own, manage_database=False)
    async with Api.connect(app) as api:
        yield own, api


async def change(services: Services, user: User, **fields) -> None:
    """A role change as the database holds it; the next request reads the caller from there."""
    await User.filter(id=user.id).update(**fields)
    await user.refresh_from_db()


async def test_a_promotion_takes_effect_on_the_next_request_in_the_same_process(
    services, settings, world
):
    owner = await world.user()
    webmaster = await world.user(owner.account, AccountType.SECONDARY)
    token = await world.token(webmaster)
    async with process(services, settings) as (here, api):
        assert code(await api.gql(LICENSES, token=token)) == "FORBIDDEN"
        await change(here, webmaster, account_type=AccountType.PRIMARY)
        assert code(await api.gql(LICENSES, token=token)) is None


async def test_a_demotion_takes_effect_on_the_next_request_in_the_same_process(
    services, settings, world
):
    owner = await world.user()
    token = await world.token(owner)
    async with process(services, settings) as (here, api):
        assert code(await api.gql(LICENSES, token=token)) is None
        await change(here, owner, account_type=AccountType.SECONDARY)
        assert code(await api.gql(LICENSES, token=token)) == "FORBIDDEN"
        assert code(await api.gql(TICKETS, token=token)) is None  # what secondaries may do


async def test_losing_the_staff_role_takes_effect_on_the_next_request(services, settings, world):
    agent = await world.staff(StaffRole.AGENT, Department.SUPPORT)
    token = await world.token(agent)
    async with process(services, settings) as (here, api):
        assert code(await api.gql(QUEUE, token=token)) is None
        await change(here, agent, staff_role=None)
        assert code(await api.gql(QUEUE, token=token)) == "FORBIDDEN"


async def test_another_process_follows_a_role_change_after_its_reload(services, settings, world):
    owner = await world.user()
    token = await world.token(owner)
    async with (
        process(services, settings) as (here, _),
        process(services, settings) as (
            there,
            api_there,
        ),
    ):
        assert code(await api_there.gql(LICENSES, token=token)) is None  # decision cached
        await change(here, owner, account_type=AccountType.SECONDARY)
        await there.authorizer.reload()
        assert code(await api_there.gql(LICENSES, token=token)) == "FORBIDDEN"
        await change(here, owner, account_type=AccountType.PRIMARY)
        await there.authorizer.reload()
        assert code(await api_there.gql(LICENSES, token=token)) is None


async def _token(world, scopes: list[str]) -> str:
    owner = await world.user()
    secret = new_token(API_TOKEN_PREFIX)
    await ApiToken.create(
        account_id=owner.account_id,
        created_by_id=owner.id,
        name="Dashboard",
        token_hash=token_hash(secret),
        scopes=scopes,
        created_at=clock.now() - timedelta(minutes=1),
    )
    return secret


@pytest.mark.parametrize(
    ("scopes", "tickets", "licenses"),
    [
        ([], False, False),
        (["tickets:read"], True, False),
        (["licenses:read"], False, True),
        (["tickets:read", "licenses:read"], True, True),
        (["licenses:read", "tickets:read"], True, True),
    ],
)
async def test_a_token_may_read_what_its_scopes_grant_and_nothing_else(
    api, world, scopes, tickets, licenses
):
    secret = await _token(world, scopes)
    assert (code(await api.gql(TICKETS, token=secret)) is None) is tickets
    assert (code(await api.gql(LICENSES, token=secret)) is None) is licenses
    assert code(await api.gql(QUEUE, token=secret)) == "FORBIDDEN"


@pytest.mark.parametrize("scopes", [[], ["tickets:read"], ["tickets:read", "licenses:read"]])
async def test_the_enforcer_answers_a_token_by_its_scopes(services, world, scopes):
    owner = await world.user()
    authorizer = await Authorizer.load()
    token = Principal(account_id=owner.account_id, api_token_id=1, scopes=frozenset(scopes))
    assert authorizer.allowed(token, "ticket", "read") is ("tickets:read" in scopes)
    assert authorizer.allowed(token, "license", "read") is ("licenses:read" in scopes)
    assert not authorizer.allowed(token, "ticket", "create")


async def test_a_policy_reload_answers_with_the_new_rights_of_a_role(tmp_path):
    """Decisions are memoized per role; a reload of a changed policy must forget them all,
    the granted and the refused, for roles and token scopes alike."""
    policy = tmp_path / "permissions.csv"
    policy.write_text(POLICY_FILE.read_text())
    enforcer = casbin.AsyncEnforcer(str(MODEL_FILE), PolicyAdapter(policy))
    await enforcer.load_policy()
    authorizer = Authorizer(enforcer)
    primary = Principal(user_id=1, account_id=1, account_type=AccountType.PRIMARY)
    secondary = Principal(user_id=2, account_id=1, account_type=AccountType.SECONDARY)
    token = Principal(account_id=1, api_token_id=1, scopes=frozenset({"licenses:read"}))
    assert authorizer.allowed(primary, "license", "transfer")
    assert not authorizer.allowed(secondary, "license", "read")
    assert authorizer.allowed(token, "license", "read")

    rows = policy.read_text().splitlines()
    rows.remove("p, role:primary, license, transfer")
    rows.remove("p, scope:licenses:read, license, read")
    policy.write_text("\n".join([*rows, "p, role:secondary, license, read", ""]))
    assert authorizer.allowed(primary, "license", "transfer")  # until the reload
    await authorizer.reload()

    assert not authorizer.allowed(primary, "license", "transfer")
    assert authorizer.allowed(secondary, "license", "read")
    assert not authorizer.allowed(token, "license", "read")
    assert authorizer.allowed(primary, "license", "read")  # the rest of the policy still holds


def test_the_scopes_are_the_scope_subjects_of_the_policy_file(tmp_path):
    policy = tmp_path / "permissions.csv"
    policy.write_text(
        "# p, scope:commented:out, ticket, read\n"
        "p, scope:tickets:read, ticket, read\n"
        "p,scope:tickets:read,product_version,read\n"
        "  p , scope:licenses:read , license , read  \n"
        "p, role:primary, ticket, read\n"
        "g, scope:grouped, role:primary, public\n"
        "p, scope:three:parts, ticket\n"
        "p, scope:five:parts, ticket, read, extra\n"
        "pp, scope:other:type, ticket, read\n"
        "p, myscope:read, ticket, read\n"
    )
    assert scopes_in(policy) == ("licenses:read", "tickets:read")


def test_the_api_offers_exactly_the_scopes_of_the_policy_file():
    assert scopes_in() == API_TOKEN_SCOPES
    assert {"tickets:read", "licenses:read"} <= set(API_TOKEN_SCOPES)
    assert list(API_TOKEN_SCOPES) == sorted(API_TOKEN_SCOPES)
