"""Sign-up of a new company: one answer for any email, confirmation by a one-time link, purge."""

from __future__ import annotations

import re
import statistics
import time
from datetime import timedelta

from models import Account, OutboxMail, SignupConfirmation, User
from resolvers import clock
from resolvers.signup import purge_unconfirmed

SIGN_UP = """mutation($input: SignUpInput!) { signUp(input: $input) {
  __typename
  ... on SignUpAccepted { message }
  ... on Error { code message }
  ... on InputError { field }
} }"""
CONFIRM = """mutation($token: String!) { confirmEmail(token: $token) {
  __typename ... on User { email accountType isActive account { name } } ... on Error { code } } }"""
LOGIN = """mutation($e: String!, $p: String!) {
  login(email: $e, password: $p) { __typename ... on Session { token } ... on Error { code } } }"""
PASSWORD = "a long and unusual passphrase"


def _form(email: str = "new@shop.test", **changes) -> dict:
    return {
        "input": {
            "company": "New Shop",
            "name": "Nina New",
            "email": email,
            "password": PASSWORD,
            **changes,
        }
    }


async def _sign_up(api, email="new@shop.test", **changes) -> dict:
    return (await api.data(SIGN_UP, _form(email, **changes)))["signUp"]


async def _link(recipient: str) -> str:
    mail = await OutboxMail.filter(recipient=recipient).order_by("-id").first()
    return re.search(r"token=(adc_[\w-]+)", mail.body).group(1)


async def test_sign_up_confirm_and_sign_in(api):
    accepted = await _sign_up(api, email=" New@Shop.test ")
    assert accepted["__typename"] == "SignUpAccepted"
    user = await User.get(email="new@shop.test")
    assert (user.is_active, user.account_type) == (False, "primary")
    refused = await api.data(LOGIN, {"e": "new@shop.test", "p": PASSWORD})
    assert refused["login"]["code"] == "INVALID_CREDENTIALS"

    confirmed = (await api.data(CONFIRM, {"token": await _link("new@shop.test")}))["confirmEmail"]
    assert confirmed == {
        "__typename": "User",
        "email": "new@shop.test",
        "accountType": "PRIMARY",
        "isActive": True,
        "account": {"name": "New Shop"},
    }
    session = await api.data(LOGIN, {"e": "new@shop.test", "p": PASSWORD})
    token = session["login"]["token"]
    me = await api.data("{ me { name account { name } } }", token=token)
    assert me["me"] == {"name": "Nina New", "account": {"name": "New Shop"}}
    # The primary has the primary's rights at once: it may invite people.
    users = await api.data("{ users { email } }", token=token)
    assert users["users"] == [{"email": "new@shop.test"}]


async def test_a_confirmation_link_works_once(api):
    await _sign_up(api)
    secret = await _link("new@shop.test")
    assert (await api.data(CONFIRM, {"token": secret}))["confirmEmail"]["__typename"] == "User"
    again = (await api.data(CONFIRM, {"token": secret}))["confirmEmail"]
    assert again["code"] == "INVALID_TOKEN"
    for bad in ("adc_nope", "x" * 300, "adr_" + secret[4:]):
        assert (await api.data(CONFIRM, {"token": bad}))["confirmEmail"]["code"] == "INVALID_TOKEN"


async def test_a_taken_email_gets_the_same_answer_and_its_owner_a_mail(api, world):
    owner = await world.user(email="owner@demo.test")
    taken = await _sign_up(api, email="owner@demo.test")
    free = await _sign_up(api, email="free@demo.test")
    assert taken == free
    assert await Account.filter(name="New Shop").count() == 1
    [mail] = await OutboxMail.filter(recipient="owner@demo.test")
    assert mail.subject == "Someone tried to sign up with your address"
    assert "adc_" not in mail.body
    assert (await User.get(id=owner.id)).is_active is True


async def test_taken_and_free_email_take_about_the_same_time(api, world):
    await world.user(email="owner@demo.test")
    taken, free = [], []
    for n in range(4):
        start = time.perf_counter()
        await _sign_up(api, email="owner@demo.test", company=f"T{n}")
        taken.append(time.perf_counter() - start)
        start = time.perf_counter()
        await _sign_up(api, email=f"free{n}@demo.test")
        free.append(time.perf_counter() - start)
    # Both hash the password (tens of milliseconds); a path without the hash would be far faster.
    ratio = statistics.median(taken) / statistics.median(free)
    assert 0.5 < ratio < 2.0, (taken, free)


async def test_an_unconfirmed_sign_up_again_sends_a_fresh_link(api):
    await _sign_up(api)
    first = await _link("new@shop.test")
    await _sign_up(api)
    second = await _link("new@shop.test")
    assert first != second
    assert await Account.filter(name="New Shop").count() == 1


async def test_weak_or_common_passwords_and_bad_fields_are_refused(api):
    for password, code in (("short", "WEAK_PASSWORD"), ("password123", "WEAK_PASSWORD")):
        refused = await _sign_up(api, password=password)
        assert (refused["code"], refused["field"]) == (code, "password")
    for field, value in (("company", " "), ("name", "x" * 201), ("email", "not-an-email")):
        refused = await _sign_up(api, **{field: value})
        assert (refused["code"], refused["field"]) == ("INVALID_INPUT", field)
    unknown = await _sign_up(api, referralCode="NOSUCHCODE")
    assert (unknown["code"], unknown["field"]) == ("INVALID_INPUT", "referralCode")
    assert await User.all().count() == 0
    assert await OutboxMail.all().count() == 0


async def test_sign_ups_are_limited_per_email_and_per_client(api, settings):
    for n in range(settings.signups_per_hour):
        assert (await _sign_up(api, company=f"C{n}"))["__typename"] == "SignUpAccepted"
    assert (await _sign_up(api))["code"] == "RATE_LIMITED"
    for n in range(settings.signups_per_address_per_hour - settings.signups_per_hour):
        await _sign_up(api, email=f"x{n}@shop.test")
    assert (await _sign_up(api, email="fresh@shop.test"))["code"] == "RATE_LIMITED"


async def test_unconfirmed_sign_ups_are_purged_after_their_time(api, world, settings):
    await world.user(email="owner@demo.test")
    await _sign_up(api, email="late@shop.test", company="Late")
    await _sign_up(api, email="quick@shop.test", company="Quick")
    await api.data(CONFIRM, {"token": await _link("quick@shop.test")})
    almost = clock.now() + settings.signup_confirmation_ttl - timedelta(seconds=1)
    assert await purge_unconfirmed(settings, almost) == 0
    later = clock.now() + settings.signup_confirmation_ttl + timedelta(seconds=1)
    assert await purge_unconfirmed(settings, later) == 1
    assert not await Account.filter(name="Late").exists()
    assert not await User.filter(email="late@shop.test").exists()
    assert await Account.filter(name="Quick").exists()
    assert await User.filter(email="owner@demo.test").exists()
    assert await SignupConfirmation.all().count() == 1
    assert await purge_unconfirmed(settings, later) == 0


async def test_two_sign_ups_of_one_email_at_once_make_one_account(api, postgres):
    import asyncio

    for round_ in range(5):
        email = f"race{round_}@shop.test"
        answers = await asyncio.gather(*(_sign_up(api, email=email) for _ in range(2)))
        assert answers[0] == answers[1]
        assert await User.filter(email=email).count() == 1
    assert await Account.filter(name="New Shop").count() == 5
