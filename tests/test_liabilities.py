"""The liabilities ledger: balances = sum of entries, never below zero, safe under concurrent
debits; billing adjusts with a reason; customers see their balances (SPEC section 5)."""

from __future__ import annotations

import asyncio

import pytest
from tortoise.transactions import in_transaction

from models import LiabilityEntry
from resolvers.buying import ledger
from resolvers.licenses.errors import NotEnoughPoints
from tests.helpers import points_of

LIABILITIES = """query($account: ID) { liabilities(accountId: $account) {
  balances { unit balance } entries(first: 10) { nodes { unit amount kind note } } } }"""
ADJUST = """mutation($input: AdjustLiabilityInput!) { adjustLiability(input: $input) {
  __typename ... on Error { code message } ... on LiabilityBalance { unit balance } } }"""
ROUNDS = 15


async def test_customers_see_their_balances_and_entries(api, world):
    owner = await world.user(await world.account(support_points=12))
    buyer = await world.token(await world.user(owner.account, "advanced_secondary"))
    seen = (await api.data(LIABILITIES, None, buyer))["liabilities"]
    assert seen["balances"] == [{"unit": "points", "balance": 12}]
    assert seen["entries"]["nodes"] == [
        {"unit": "points", "amount": 12, "kind": "adjustment", "note": "Starting balance"}
    ]
    stranger = await world.token(await world.user())
    assert (await api.data(LIABILITIES, None, stranger))["liabilities"]["balances"] == []
    other = await api.data(LIABILITIES, {"account": str(owner.account_id)}, stranger)
    assert other["liabilities"]["balances"] == []  # a customer's accountId is ignored
    webmaster = await world.token(await world.user(owner.account, "secondary"))
    body = await api.gql(LIABILITIES, None, webmaster)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_billing_adjusts_with_a_reason_never_below_zero(api, world):
    account = await world.account(support_points=5)
    billing = await world.token(await world.staff("billing", "billing"))
    given = {"accountId": str(account.id), "amount": -3, "reason": "Used in ticket 100042"}
    answer = (await api.data(ADJUST, {"input": given}, billing))["adjustLiability"]
    assert answer == {"__typename": "LiabilityBalance", "unit": "points", "balance": 2}
    too_much = {**given, "amount": -3}
    refused = (await api.data(ADJUST, {"input": too_much}, billing))["adjustLiability"]
    assert refused["code"] == "NOT_ENOUGH_POINTS"
    for bad in ({**given, "reason": " "}, {**given, "amount": 0}, {**given, "unit": "coins"}):
        assert (await api.data(ADJUST, {"input": bad}, billing))["adjustLiability"]["code"] == (
            "INVALID_INPUT"
        )
    missing = {**given, "accountId": "999999"}
    assert (await api.data(ADJUST, {"input": missing}, billing))["adjustLiability"]["code"] == (
        "NOT_FOUND"
    )
    assert await points_of(account.id) == 2
    staff_view = await api.data(LIABILITIES, {"account": str(account.id)}, billing)
    assert staff_view["liabilities"]["balances"] == [{"unit": "points", "balance": 2}]
    owner = await world.token(await world.user(account))
    body = await api.gql(ADJUST, {"input": given}, owner)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_the_ledger_is_append_only(world):
    account = await world.account(support_points=1)
    entry = await LiabilityEntry.get(account_id=account.id)
    entry.amount = 100
    with pytest.raises(PermissionError):
        await entry.save()
    with pytest.raises(PermissionError):
        await entry.delete()


async def _debit(account_id: int) -> str:
    try:
        async with in_transaction() as conn:
            change = ledger.Change(ledger.Kind.USE, "Support session")
            await ledger.debit(conn, account_id, ledger.POINTS, 3, change)
    except NotEnoughPoints as refused:
        return refused.code
    return "ok"


@pytest.mark.postgres_only
async def test_two_concurrent_debits_of_the_last_points_give_one_success(world):
    for _ in range(ROUNDS):
        account = await world.account(support_points=3)
        outcomes = await asyncio.gather(_debit(account.id), _debit(account.id))
        assert sorted(outcomes) == ["NOT_ENOUGH_POINTS", "ok"]
        assert await points_of(account.id) == 0
