"""Staff look customer accounts up by name, email or license key; the account shows its
HotRush disables left and its effective priority weight (issue 14, SPEC sections 1 and 2)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models import Account, Ticket
from models.enums import AccountType, StaffRole
from models.tickets import TicketKind, TicketPriority, TicketStatus
from resolvers import clock
from tests.licensing import active_license
from tests.timer_support import make_ticket

SEARCH = """query($search: String!, $first: Int, $after: String) {
  accounts(search: $search, first: $first, after: $after) {
    edges { cursor node { id name hotrushDisablesLeft effectivePriorityWeight } }
    pageInfo { hasNextPage endCursor }
  }
}"""
MINE = "{ me { account { id name hotrushDisablesLeft effectivePriorityWeight } } }"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


async def _names(api, token, search: str) -> list[str]:
    data = await api.data(SEARCH, {"search": search, "first": 100}, token)
    return [edge["node"]["name"] for edge in data["accounts"]["edges"]]


async def test_staff_find_accounts_by_name_email_or_license_key(api, world):
    bakery = await world.account("Sunrise Bakery")
    await world.user(bakery, email="chef@bakery.test")
    hardware = await world.account("Hammer Hardware")
    await world.user(hardware, AccountType.SECONDARY, email="webmaster@hammer.test")
    license = await active_license(hardware)
    token = await world.token(await world.staff(StaffRole.SALES))
    assert await _names(api, token, "bakery") == ["Sunrise Bakery"]  # name and email
    assert await _names(api, token, "WEBMASTER@hammer") == ["Hammer Hardware"]
    assert await _names(api, token, license.key.lower()) == ["Hammer Hardware"]
    assert await _names(api, token, license.key[:8]) == []  # a key matches whole
    assert await _names(api, token, "nobody") == []


@pytest.mark.parametrize("role", ["agent", "sales", "billing", "admin"])
async def test_support_sales_billing_and_admins_may_search(api, world, role):
    await world.account("Sunrise Bakery")
    token = await world.token(await world.staff(StaffRole(role)))
    assert await _names(api, token, "sunrise") == ["Sunrise Bakery"]


async def test_customers_developers_and_heads_may_not_search(api, world):
    owner = await world.user(await world.account("Sunrise Bakery"))
    for who in (
        owner,
        await world.staff(StaffRole.DEVELOPER),
        await world.staff(StaffRole.DEPARTMENT_HEAD),
    ):
        body = await api.gql(SEARCH, {"search": "sunrise"}, await world.token(who))
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_blank_or_long_search_is_refused(api, world):
    token = await world.token(await world.staff(StaffRole.AGENT))
    for search in ("   ", "x" * 201):
        body = await api.gql(SEARCH, {"search": search}, token)
        assert body["errors"][0]["extensions"]["code"] == "INVALID_INPUT"


async def test_search_pages_by_name_and_statements_do_not_grow(api, world, count_sql):
    for n in range(100):
        await world.account(f"Shop {n:03d}")
    token = await world.token(await world.staff(StaffRole.AGENT))
    await api.data(SEARCH, {"search": "shop", "first": 1}, token)  # the first sign-in's extras
    counts = {}
    for first in (1, 10, 100):
        with count_sql() as counted:
            data = await api.data(SEARCH, {"search": "shop", "first": first}, token)
        assert len(data["accounts"]["edges"]) == first
        counts[first] = counted.value
    assert counts[1] == counts[10] == counts[100] <= 5, counts
    page = await api.data(SEARCH, {"search": "shop", "first": 60}, token)
    rest = await api.data(
        SEARCH,
        {"search": "shop", "first": 60, "after": page["accounts"]["pageInfo"]["endCursor"]},
        token,
    )
    names = [e["node"]["name"] for e in page["accounts"]["edges"] + rest["accounts"]["edges"]]
    assert names == [f"Shop {n:03d}" for n in range(100)]
    assert rest["accounts"]["pageInfo"]["hasNextPage"] is False


async def test_the_account_shows_its_hotrush_disables_left_and_priority_weight(api, world):
    account = await world.account("Loud Shop", hotrush_disables_used=1)
    owner = await world.user(account)
    webmaster = await world.user(account, AccountType.SECONDARY)
    for priority in (TicketPriority.MAJOR, TicketPriority.MAJOR, TicketPriority.NORMAL):
        await make_ticket(owner, TicketKind.SUPPORT, NOW, priority=priority)
    # Older than the 90-day window: not counted.
    await make_ticket(owner, TicketKind.SUPPORT, NOW - timedelta(days=91), priority="minor")
    with clock.frozen(NOW):
        mine = (await api.data(MINE, token=await world.token(webmaster)))["me"]["account"]
    assert mine["hotrushDisablesLeft"] == 2
    assert mine["effectivePriorityWeight"] == pytest.approx(2 / (8 / 3))  # mean weight 8/3
    await Account.filter(id=account.id).update(hotrush_disables_used=3)
    await Ticket.all().update(status=TicketStatus.CLOSED)  # closed tickets still count
    with clock.frozen(NOW):
        mine = (await api.data(MINE, token=await world.token(owner)))["me"]["account"]
    assert mine["hotrushDisablesLeft"] == 0
    assert mine["effectivePriorityWeight"] == pytest.approx(0.75)


async def test_an_account_without_recent_tickets_weighs_one(api, world):
    owner = await world.user()
    mine = (await api.data(MINE, token=await world.token(owner)))["me"]["account"]
    assert (mine["hotrushDisablesLeft"], mine["effectivePriorityWeight"]) == (3, 1.0)
