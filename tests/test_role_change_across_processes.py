"""A role changed through one API process holds on another from the caller's next request on,
with that process's policy watcher stopped: the role is read from the user's row on every
request, and nothing a process keeps in memory may outvote it."""

from __future__ import annotations

from accountdesk.app import create_app, start_services, stop_services
from models.enums import AccountType
from tests.helpers import Api

LICENSES = "{ licenses(first: 1) { nodes { id } } }"  # advanced secondary: yes; secondary: no
SET_TYPE = """mutation($id: ID!, $type: AccountType!) { setUserType(id: $id, accountType: $type) {
  __typename } }"""


async def test_role_change_holds_on_another_process_before_its_watcher_hears(
    api, world, settings, redis_url
):
    account = await world.account()
    owner = await world.user(account, AccountType.PRIMARY)
    buyer = await world.user(account, AccountType.ADVANCED_SECONDARY)
    owner_token, buyer_token = await world.token(owner), await world.token(buyer)
    other = await start_services(settings, redis_url)
    await other.watcher.stop()  # it hears nothing: only the user's row can tell it
    try:
        async with Api.connect(create_app(settings, services=other, manage_database=False)) as b:
            assert "errors" not in await b.gql(LICENSES, token=buyer_token)
            for account_type, allowed in [("SECONDARY", False), ("ADVANCED_SECONDARY", True)]:
                changed = await api.data(
                    SET_TYPE, {"id": str(buyer.id), "type": account_type}, owner_token
                )
                assert changed["setUserType"]["__typename"] == "User"
                answer = await b.gql(LICENSES, token=buyer_token)
                if allowed:
                    assert "errors" not in answer, answer
                else:
                    assert answer["errors"][0]["extensions"]["code"] == "FORBIDDEN", answer
                    assert answer["data"] is None
    finally:
        await stop_services(other)
