"""Password reset ("Unable to log in"): one answer for any address, rate-limited, one-time links."""

from __future__ import annotations

import re
from datetime import timedelta
from email import message_from_bytes
from email.policy import default

from arq import Worker

from jobs.worker import worker_settings
from models import OutboxMail, PasswordReset
from resolvers import clock

REQUEST = """mutation($email: String!) {
  requestPasswordReset(email: $email) {
    __typename ... on PasswordResetRequested { message } ... on Error { code message }
  }
}"""
RESET = """mutation($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) {
    __typename ... on PasswordChanged { email } ... on Error { code }
  }
}"""
LOGIN = """mutation($e: String!, $p: String!) {
  login(email: $e, password: $p) { __typename ... on Session { token } ... on Error { code } }
}"""
ME = "{ me { email } }"
NEW_PASSWORD = "a new and long password"


async def _request(api, email):
    return (await api.data(REQUEST, {"email": email}))["requestPasswordReset"]


async def _link_secret(recipient: str) -> str:
    mail = await OutboxMail.filter(recipient=recipient).order_by("-id").first()
    return re.search(r"token=(adr_[\w-]+)", mail.body).group(1)


async def _reset(api, secret, password=NEW_PASSWORD):
    return (await api.data(RESET, {"token": secret, "password": password}))["resetPassword"]


async def test_known_and_unknown_addresses_get_the_same_answer(api, world):
    await world.user(email="owner@demo.test")
    known = await _request(api, "owner@demo.test")
    unknown = await _request(api, "nobody@demo.test")
    assert known == unknown
    assert known["__typename"] == "PasswordResetRequested"
    assert await OutboxMail.filter(recipient="owner@demo.test").count() == 1
    assert await OutboxMail.all().count() == 1


async def test_reset_requests_are_limited_per_address(api, world, settings):
    await world.user(email="owner@demo.test")
    for _ in range(settings.password_reset_per_hour):
        assert (await _request(api, "owner@demo.test"))["__typename"] == "PasswordResetRequested"
    limited = await _request(api, "owner@demo.test")
    assert limited["code"] == "RATE_LIMITED"
    assert await PasswordReset.all().count() == settings.password_reset_per_hour


async def test_reset_requests_are_limited_per_client(api, settings):
    for i in range(settings.password_reset_per_address_per_hour):
        await _request(api, f"someone{i}@demo.test")
    assert (await _request(api, "one-more@demo.test"))["code"] == "RATE_LIMITED"


async def test_link_sets_the_password_once_and_ends_every_session(api, world):
    user = await world.user(email="owner@demo.test")
    session = await world.token(user)
    await _request(api, "owner@demo.test")
    secret = await _link_secret("owner@demo.test")
    assert await _reset(api, secret) == {
        "__typename": "PasswordChanged",
        "email": "owner@demo.test",
    }
    assert (await api.gql(ME, token=session))["errors"][0]["extensions"][
        "code"
    ] == "UNAUTHENTICATED"
    login = await api.data(LOGIN, {"e": "owner@demo.test", "p": NEW_PASSWORD})
    assert login["login"]["__typename"] == "Session"
    again = await _reset(api, secret, "yet another password")
    assert again == {"__typename": "InputError", "code": "INVALID_TOKEN"}


async def test_link_expires(api, world, settings):
    await world.user(email="owner@demo.test")
    start = clock.now()
    clock.set_now(start)
    await _request(api, "owner@demo.test")
    secret = await _link_secret("owner@demo.test")
    clock.set_now(start + settings.password_reset_ttl + timedelta(seconds=1))
    assert (await _reset(api, secret))["code"] == "INVALID_TOKEN"


async def test_only_the_newest_link_works(api, world):
    await world.user(email="owner@demo.test")
    await _request(api, "owner@demo.test")
    older = await _link_secret("owner@demo.test")
    await _request(api, "owner@demo.test")
    newer = await _link_secret("owner@demo.test")
    assert (await _reset(api, older))["code"] == "INVALID_TOKEN"
    assert (await _reset(api, newer))["__typename"] == "PasswordChanged"


async def test_weak_password_keeps_the_link_usable(api, world):
    await world.user(email="owner@demo.test")
    await _request(api, "owner@demo.test")
    secret = await _link_secret("owner@demo.test")
    assert (await _reset(api, secret, "short"))["code"] == "WEAK_PASSWORD"
    assert (await _reset(api, secret))["__typename"] == "PasswordChanged"


async def test_malformed_link_is_invalid_token(api):
    assert (await _reset(api, "not-a-token"))["code"] == "INVALID_TOKEN"


async def test_the_worker_mails_the_link(api, world, settings, redis_url, tmp_path):
    await world.user(email="owner@demo.test")
    await _request(api, "owner@demo.test")
    options = worker_settings(
        settings.with_changes(mail_dir=tmp_path), redis_url, manage_database=False
    )
    worker = Worker(**{**options, "cron_jobs": [], "burst": True, "poll_delay": 0.05})
    try:
        await worker.async_run()
    finally:
        await worker.close()
    [mail] = [
        message_from_bytes(path.read_bytes(), policy=default) for path in tmp_path.glob("*.eml")
    ]
    assert mail["To"] == "owner@demo.test"
    assert "/reset-password?token=adr_" in mail.get_content()
    assert await OutboxMail.filter(sent_at__isnull=True).count() == 0
