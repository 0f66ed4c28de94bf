"""The ledger's rules at their edges (SPEC section 5, docs/buying.md): a balance never goes
below zero (the last point can be spent, one more cannot, and a refusal writes nothing);
billing's adjustment is a non-zero whole number up to a million with a 1-to-500-character
reason, on points or a prepaid service. Straight through the resolvers: the API around them
is covered by `test_liabilities.py`."""

from __future__ import annotations

import pytest
from tortoise.transactions import in_transaction

from models import LiabilityBalance, LiabilityEntry
from models.enums import AccountType
from resolvers.buying import ledger
from resolvers.errors import InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.licenses.errors import NotEnoughPoints
from tests.invoices import BILLING

# As the rule is written (docs/buying.md), not read from the module under test.
MAX_ADJUSTMENT = 1_000_000
MAX_REASON = 500
INSTALL = "service:install"


async def _debit(account_id: int, unit: str, amount: int) -> int:
    async with in_transaction() as conn:
        return await ledger.debit(conn, account_id, unit, amount, ledger.Change(ledger.Kind.USE))


async def _units(account_id: int) -> list[tuple[str, int]]:
    rows = await LiabilityEntry.filter(account_id=account_id).order_by("id")
    return [(row.unit, row.kind, row.amount) for row in rows]


async def test_the_last_point_can_be_spent_and_one_more_changes_nothing(world):
    account = await world.account(support_points=5)
    assert await _debit(account.id, ledger.POINTS, 4) == 1
    with pytest.raises(NotEnoughPoints) as refused:
        await _debit(account.id, ledger.POINTS, 2)
    assert refused.value.code == "NOT_ENOUGH_POINTS"
    assert await _debit(account.id, ledger.POINTS, 1) == 0
    assert await ledger.balance_of(account.id) == 0
    assert await _units(account.id) == [
        ("points", "adjustment", 5),
        ("points", "use", -4),
        ("points", "use", -1),
    ]


async def test_a_credit_answers_the_new_balance_and_keeps_500_characters_of_its_note(world):
    account = await world.account(support_points=3)
    async with in_transaction() as conn:
        change = ledger.Change(ledger.Kind.PURCHASE, "Order #7: " + "n" * 600, order_id=None)
        assert await ledger.credit(conn, account.id, ledger.POINTS, 5, change) == 8
        assert await ledger.credit(conn, account.id, INSTALL, 1, ledger.Change("use")) == 1
    notes = (
        await LiabilityEntry.filter(account_id=account.id)
        .order_by("id")
        .values_list("note", flat=True)
    )
    assert notes == ["Starting balance", ("Order #7: " + "n" * 600)[:500], ""]


async def test_a_service_the_account_does_not_hold_is_refused_in_its_own_words(world):
    account = await world.account(support_points=5)
    with pytest.raises(NotEnoughPoints) as refused:
        await _debit(account.id, INSTALL, 1)
    assert "service" in refused.value.message
    assert await ledger.balance_of(account.id, INSTALL) == 0
    assert await ledger.balance_of(account.id) == 5  # points are another unit


@pytest.mark.parametrize("amount", [0, -1])
async def test_credits_and_debits_are_positive(world, amount):
    account = await world.account(support_points=5)
    async with in_transaction() as conn:
        change = ledger.Change(ledger.Kind.USE)
        with pytest.raises(ValueError, match="positive"):
            await ledger.credit(conn, account.id, ledger.POINTS, amount, change)
        with pytest.raises(ValueError, match="positive"):
            await ledger.debit(conn, account.id, ledger.POINTS, amount, change)
    assert await ledger.balance_of(account.id) == 5


async def test_an_adjustment_takes_a_million_either_way_and_refuses_more(world):
    account = await world.account()
    added = await ledger.adjust(BILLING, account.id, ledger.POINTS, MAX_ADJUSTMENT, "Migration")
    assert (added.unit, added.balance) == ("points", MAX_ADJUSTMENT)
    for amount in (MAX_ADJUSTMENT + 1, -MAX_ADJUSTMENT - 1, 0):
        with pytest.raises(InvalidInput) as refused:
            await ledger.adjust(BILLING, account.id, ledger.POINTS, amount, "Typo")
        assert refused.value.field == "amount", amount
    taken = await ledger.adjust(BILLING, account.id, ledger.POINTS, -MAX_ADJUSTMENT, "Undo")
    assert taken.balance == 0
    with pytest.raises(NotEnoughPoints):
        await ledger.adjust(BILLING, account.id, ledger.POINTS, -1, "Below zero")
    assert await _units(account.id) == [
        ("points", "adjustment", MAX_ADJUSTMENT),
        ("points", "adjustment", -MAX_ADJUSTMENT),
    ]


async def test_the_reason_is_kept_in_one_line_of_1_to_500_characters(world):
    account = await world.account()
    longest = "r" * (MAX_REASON - 2) + "  \n  x"  # 500 once the blanks are one space
    done = await ledger.adjust(BILLING, account.id, INSTALL, 2, "  Prepaid  \n by  phone ")
    assert (done.unit, done.balance) == (INSTALL, 2)
    await ledger.adjust(BILLING, account.id, INSTALL, 1, longest)
    notes = (
        await LiabilityEntry.filter(account_id=account.id)
        .order_by("id")
        .values_list("note", "kind")
    )
    assert notes == [("Prepaid by phone", "adjustment"), ("r" * 498 + " x", "adjustment")]
    for reason in (" \n ", "r" * (MAX_REASON + 1)):
        with pytest.raises(InvalidInput) as refused:
            await ledger.adjust(BILLING, account.id, INSTALL, 1, reason)
        assert refused.value.field == "reason"
    for unit in ("coins", "services:install", "Points"):
        with pytest.raises(InvalidInput) as refused:
            await ledger.adjust(BILLING, account.id, unit, 1, "Wrong unit")
        assert refused.value.field == "unit"
    with pytest.raises(NotFound):
        await ledger.adjust(BILLING, 999_999, ledger.POINTS, 1, "Nobody")
    assert await LiabilityBalance.filter(account_id=account.id).count() == 1


async def test_billing_reads_the_account_it_names_and_must_name_one(world):
    named = await world.account(support_points=5)
    other = await world.account(support_points=9)
    await ledger.adjust(BILLING, named.id, INSTALL, 2, "Prepaid")
    listed = await ledger.balances(BILLING, named.id)
    assert [(b.account_id, b.unit, b.balance) for b in listed] == [
        (named.id, "points", 5),
        (named.id, INSTALL, 2),
    ]
    page = await ledger.entries(BILLING, 10, None, str(other.id))
    assert [(e.account_id, e.amount) for e in page.items] == [(other.id, 9)]
    newest_first = await ledger.entries(BILLING, 10, None, named.id)
    assert [(e.unit, e.amount) for e in newest_first.items] == [(INSTALL, 2), ("points", 5)]
    with pytest.raises(InvalidInput) as unnamed:
        await ledger.balances(BILLING)
    assert unnamed.value.field == "accountId"


async def test_a_customer_naming_another_account_still_reads_only_their_own(world):
    owner = await world.user(await world.account(support_points=4))
    other = await world.account(support_points=9)
    customer = Principal(
        user_id=owner.id, account_id=owner.account_id, account_type=AccountType.PRIMARY
    )
    page = await ledger.entries(customer, 10, None, str(other.id))
    assert [(e.account_id, e.amount) for e in page.items] == [(owner.account_id, 4)]
    listed = await ledger.balances(customer, other.id)
    assert [(b.account_id, b.balance) for b in listed] == [(owner.account_id, 4)]


@pytest.mark.parametrize("account_id", ["abc", str(2**64)])
async def test_an_account_id_that_is_not_one_is_no_such_account(world, account_id):
    for call in (
        ledger.balances(BILLING, account_id),
        ledger.entries(BILLING, 10, None, account_id),
        ledger.adjust(BILLING, account_id, ledger.POINTS, 1, "Typo"),
    ):
        with pytest.raises(NotFound) as missing:
            await call
        assert missing.value.message == "No such account."
