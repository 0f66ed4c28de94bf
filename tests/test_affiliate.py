"""The affiliate program: a code per account, referred sign-ups, commissions once, payouts."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta

from tortoise.transactions import in_transaction

from models import Account, AffiliateEntry, AffiliatePayout, OutboxMail, User
from models.enums import StaffRole
from resolvers import affiliate, clock

AFFILIATE = """{ affiliate {
  code link
  referredAccounts { name signedUpMonth referredUntil }
  balance { amount currency }
  commissions(first: 10) { nodes { kind amount { amount currency } } }
  payouts { nodes { id status amount { amount } } }
} }"""
SIGN_UP = """mutation($input: SignUpInput!) { signUp(input: $input) { __typename } }"""
CONFIRM = "mutation($t: String!) { confirmEmail(token: $t) { __typename } }"
PAYOUT = """mutation($amount: Int!, $currency: String!) {
  requestAffiliatePayout(amount: $amount, currency: $currency) {
    __typename ... on AffiliatePayout { id status amount { amount currency } }
    ... on Error { code } ... on InputError { field } } }"""
MARK_PAID = """mutation($id: ID!) { markAffiliatePayoutPaid(id: $id) {
  __typename ... on AffiliatePayout { status paidAt } ... on Error { code } } }"""
SIGNED_UP = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)


async def _accrue(settings, order_id, account_id, total, paid_at, currency="USD") -> bool:
    async with in_transaction() as conn:
        return await affiliate.accrue_commission(
            settings, order_id, account_id, total, currency, paid_at, conn
        )


async def test_a_company_signed_up_with_the_code_is_referred(api, world):
    owner = await world.user(await world.account("Demo Store"))
    token = await world.token(owner)
    first = (await api.data(AFFILIATE, token=token))["affiliate"]
    assert re.fullmatch(r"[A-Z]{8}", first["code"])
    assert first["link"].endswith(f"/sign-up?ref={first['code']}")
    assert first["referredAccounts"] == [] and first["balance"] == []

    clock.set_now(SIGNED_UP)
    form = {
        "company": "Fresh Shop",
        "name": "Fay",
        "email": "fay@fresh.test",
        "password": "a long and unusual passphrase",
        "referralCode": first["code"].lower(),
    }
    await api.data(SIGN_UP, {"input": form})
    mail = await OutboxMail.get(recipient="fay@fresh.test")
    secret = re.search(r"token=(adc_[\w-]+)", mail.body).group(1)
    await api.data(CONFIRM, {"t": secret})
    again = (await api.data(AFFILIATE, token=token))["affiliate"]
    assert again["code"] == first["code"]
    assert again["referredAccounts"] == [
        {
            "name": "Fresh Shop",
            "signedUpMonth": "2026-01",
            "referredUntil": "2027-01-31T09:00:00+00:00",
        }
    ]


async def test_commission_accrues_once_within_twelve_months(api, world, settings):
    referrer = await world.user()
    buyer = await world.account(referred_by=referrer.account, referred_at=SIGNED_UP)
    stranger = await world.account()
    assert await _accrue(settings, 1, buyer.id, 129_999, SIGNED_UP + timedelta(days=30))
    assert await _accrue(settings, 1, buyer.id, 129_999, SIGNED_UP + timedelta(days=30))
    assert not await _accrue(settings, 2, stranger.id, 50_000, SIGNED_UP)
    last_moment = datetime(2027, 1, 31, 8, 59, 59, tzinfo=UTC)
    assert await _accrue(settings, 3, buyer.id, 1_000, last_moment)
    assert not await _accrue(settings, 4, buyer.id, 1_000, last_moment + timedelta(seconds=1))
    entries = await AffiliateEntry.filter(account_id=referrer.account_id).order_by("id")
    assert [(e.order_id, e.amount, e.referred_account_id) for e in entries] == [
        (1, 12_999, buyer.id),  # 10% rounded down to the cent
        (3, 100, buyer.id),
    ]
    body = await api.data(AFFILIATE, token=await world.token(referrer))
    assert body["affiliate"]["balance"] == [{"amount": 13_099, "currency": "USD"}]


async def test_a_refund_reverses_the_commission_once(world, settings):
    referrer = await world.user()
    buyer = await world.account(referred_by=referrer.account, referred_at=SIGNED_UP)
    await _accrue(settings, 7, buyer.id, 10_000, SIGNED_UP)
    for _ in range(2):
        async with in_transaction() as conn:
            assert await affiliate.reverse_commission(7, conn)
    assert await affiliate.balances(referrer.account_id) == {"USD": 0}


async def test_the_same_order_paid_twice_at_once_accrues_once(world, settings, postgres):
    referrer = await world.user()
    buyer = await world.account(referred_by=referrer.account, referred_at=SIGNED_UP)
    for order_id in range(1, 11):
        await asyncio.gather(
            *(_accrue(settings, order_id, buyer.id, 1_000, SIGNED_UP) for _ in "ab")
        )
    assert await AffiliateEntry.filter(account_id=referrer.account_id).count() == 10
    assert await affiliate.balances(referrer.account_id) == {"USD": 1_000}


async def test_payouts_never_overdraw_and_billing_marks_them_paid(api, world, settings):
    referrer = await world.user()
    buyer = await world.account(referred_by=referrer.account, referred_at=SIGNED_UP)
    await _accrue(settings, 1, buyer.id, 100_000, SIGNED_UP)
    token = await world.token(referrer)
    too_much = await api.data(PAYOUT, {"amount": 10_001, "currency": "USD"}, token)
    assert too_much["requestAffiliatePayout"]["code"] == "NOT_ENOUGH_BALANCE"
    for amount, currency, field in ((0, "USD", "amount"), (5, "US", "currency")):
        bad = await api.data(PAYOUT, {"amount": amount, "currency": currency}, token)
        assert bad["requestAffiliatePayout"]["field"] == field
    other = await api.data(PAYOUT, {"amount": 1, "currency": "EUR"}, token)
    assert other["requestAffiliatePayout"]["code"] == "NOT_ENOUGH_BALANCE"
    payout = (await api.data(PAYOUT, {"amount": 6_000, "currency": "usd"}, token))[
        "requestAffiliatePayout"
    ]
    assert payout["status"] == "REQUESTED"
    assert payout["amount"] == {"amount": 6_000, "currency": "USD"}
    rest = await api.data(PAYOUT, {"amount": 4_001, "currency": "USD"}, token)
    assert rest["requestAffiliatePayout"]["code"] == "NOT_ENOUGH_BALANCE"

    billing = await world.token(await world.staff(StaffRole.BILLING, "billing"))
    paid = (await api.data(MARK_PAID, {"id": payout["id"]}, billing))["markAffiliatePayoutPaid"]
    assert paid["status"] == "PAID" and paid["paidAt"]
    twice = (await api.data(MARK_PAID, {"id": payout["id"]}, billing))["markAffiliatePayoutPaid"]
    assert twice["code"] == "CONFLICT"
    body = await api.data(AFFILIATE, token=token)
    assert body["affiliate"]["balance"] == [{"amount": 4_000, "currency": "USD"}]
    assert body["affiliate"]["payouts"]["nodes"][0]["status"] == "PAID"
    assert [n["kind"] for n in body["affiliate"]["commissions"]["nodes"]] == [
        "PAYOUT",
        "COMMISSION",
    ]


async def test_two_payout_requests_of_the_last_money_at_once_one_wins(
    api, world, settings, postgres
):
    referrer = await world.user()
    buyer = await world.account(referred_by=referrer.account, referred_at=SIGNED_UP)
    await _accrue(settings, 1, buyer.id, 2_000, SIGNED_UP)  # 200 to pay out
    token = await world.token(referrer)
    for round_ in range(5):
        answers = await asyncio.gather(
            *(api.data(PAYOUT, {"amount": 200, "currency": "USD"}, token) for _ in "ab")
        )
        kinds = sorted(a["requestAffiliatePayout"]["__typename"] for a in answers)
        assert kinds == ["AffiliatePayout", "NotEnoughBalanceError"], round_
        await _accrue(settings, 100 + round_, buyer.id, 2_000, SIGNED_UP)  # 200 for the next
    assert await affiliate.balances(referrer.account_id) == {"USD": 200}
    assert await AffiliatePayout.all().count() == 5


async def test_the_affiliate_program_is_the_primarys_and_payouts_stay_in_their_account(
    api, world, settings
):
    owner = await world.user()
    buyer = await world.token(await world.user(owner.account, "advanced_secondary"))
    body = await api.gql(AFFILIATE, token=buyer)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    other = await world.user()
    referred = await world.account(referred_by=other.account, referred_at=SIGNED_UP)
    await _accrue(settings, 1, referred.id, 10_000, SIGNED_UP)
    theirs = await api.data(PAYOUT, {"amount": 100, "currency": "USD"}, await world.token(other))
    payout_id = theirs["requestAffiliatePayout"]["id"]
    listed = await api.data(AFFILIATE, token=await world.token(owner))
    assert listed["affiliate"]["payouts"]["nodes"] == []
    assert await Account.filter(referral_code__isnull=False).count() == 1
    agent = await world.token(await world.staff(StaffRole.AGENT, "support"))
    body = await api.gql(MARK_PAID, {"id": payout_id}, agent)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await AffiliatePayout.get(id=int(payout_id))).status == "requested"


async def _referred_order(api, world, referrer_account, products):
    """A referred company orders a point pack: (its order's payment, the order's total)."""
    from tests.buying import ADD, CHECKOUT, checkout_input, payment_of

    buyer_account = await world.account(referred_by=referrer_account, referred_at=clock.now())
    token = await world.token(await world.user(buyer_account))
    await api.data(ADD, {"product": str(products["points-10"].id)}, token)
    placed = (await api.data(CHECKOUT, {"input": checkout_input()}, token))["checkout"]
    payment = await payment_of(placed["order"]["id"])
    return payment, payment.amount


async def test_a_paid_order_of_a_referred_account_earns_the_commission_once(api, world, settings):
    from tests.buying import catalog, post_event

    referrer = await world.user()
    payment, total = await _referred_order(api, world, referrer.account, await catalog())
    for _ in range(2):
        status, _ = await post_event(api, settings, payment, "paid", event_id="evt_ref_1")
        assert status == 200
    expected = total * settings.affiliate_commission_percent // 100
    assert expected > 0
    assert await affiliate.balances(referrer.account_id) == {payment.currency: expected}


async def test_a_webhook_delivered_twice_at_once_earns_one_commission(
    api, world, settings, postgres
):
    from resolvers.buying.processors.base import PaymentEvent as Event
    from resolvers.buying.webhooks import apply_event
    from tests.buying import catalog

    referrer = await world.user()
    products = await catalog()
    for round_ in range(5):
        payment, _ = await _referred_order(api, world, referrer.account, products)
        event = Event(f"evt_ref_race_{round_}", "paid", payment.reference, payment.amount,
                      payment.currency)  # fmt: skip
        outcomes = await asyncio.gather(*(apply_event(settings, "sandbox", event) for _ in "ab"))
        assert sorted(outcomes) == ["applied", "duplicate"]
    assert await AffiliateEntry.filter(account_id=referrer.account_id).count() == 5


async def test_the_demo_shows_a_referred_account_and_its_commission(
    api, world, settings, monkeypatch
):
    from accountdesk.demo import accounts, buying
    from accountdesk.demo import affiliate as demo_affiliate

    monkeypatch.setenv("SECRET_KEY", settings.secret_key)
    await accounts.seed()
    await buying.seed()
    assert (await demo_affiliate.seed()).startswith("affiliate: 1 referred")
    assert await demo_affiliate.seed() == "affiliate: 0 added"
    owner = await world.token(await User.get(email="owner@demo.test"))
    body = (await api.data(AFFILIATE, token=owner))["affiliate"]
    assert [a["name"] for a in body["referredAccounts"]] == ["Other Shop"]
    [entry] = body["commissions"]["nodes"]
    assert entry["kind"] == "COMMISSION" and entry["amount"]["amount"] > 0
