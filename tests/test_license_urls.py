"""Changing a license URL: folders freely, another domain once and acknowledged, all logged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models import LicenseUrlChange, Ticket, TicketMessage
from resolvers import clock
from resolvers.errors import InvalidInput
from resolvers.licenses.urls import parse_store_url
from tests.licensing import CHANGE_URL, active_license


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ("https://shop.example.co.uk/a", "www.example.co.uk/b", True),
        ("http://example.com", "https://example.com/new/", True),
        ("https://shop.example.com", "https://shop.example.org", False),
        ("https://a.github.io", "https://b.github.io", False),  # a public suffix: two owners
    ],
)
def test_domains_compare_by_registrable_domain(old, new, same):
    assert (parse_store_url(old).domain == parse_store_url(new).domain) is same


def test_a_url_without_a_registrable_domain_is_refused():
    with pytest.raises(InvalidInput):
        parse_store_url("https://co.uk/shop")


async def _log(account_id) -> list[str]:
    ticket = await Ticket.get(account_id=account_id, is_log=True)
    assert ticket.title == "LOG: License URL modifications"
    return [m.body for m in await TicketMessage.filter(ticket=ticket).order_by("id")]


async def test_second_domain_change_fails_folder_changes_keep_working_each_logged(api, world):
    owner = await world.user()
    license = await active_license(owner.account, url="https://shop.example.com/store")
    token = await world.token(owner)
    start = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    clock.set_now(start)

    def change(url, ack=False):
        return api.data(CHANGE_URL, {"id": str(license.id), "url": url, "ack": ack}, token=token)

    folder = (await change("https://shop.example.com/new"))["changeLicenseUrl"]
    assert folder["url"] == "https://shop.example.com/new"
    unacknowledged = (await change("https://store.example.org"))["changeLicenseUrl"]
    assert unacknowledged["code"] == "ACKNOWLEDGEMENT_REQUIRED"
    moved = (await change("https://store.example.org", True))["changeLicenseUrl"]
    assert moved["domainChangeUsed"] is True
    due = moved["urlChanges"][-1]["oldRemovalDueAt"]
    assert datetime.fromisoformat(due) == start + timedelta(hours=48)
    second = (await change("https://third.example.net", True))["changeLicenseUrl"]
    assert second["code"] == "DOMAIN_CHANGE_USED"
    again = (await change("https://www.store.example.org/shop"))["changeLicenseUrl"]
    assert again["url"] == "https://www.store.example.org/shop"

    assert await LicenseUrlChange.filter(license_id=license.id).count() == 3
    log = await _log(owner.account_id)
    assert len(log) == 3
    assert "https://shop.example.com/store to https://shop.example.com/new" in log[0]
    assert "removed from https://shop.example.com/new by 2026-03-03 12:00 UTC" in log[1]
    assert all(license.key not in body for body in log)  # secondary users read this ticket
    history = [entry["action"] for entry in again["history"]]
    assert history.count("url_change") == 3


async def test_refused_domain_change_writes_nothing(api, world):
    owner = await world.user()
    license = await active_license(owner.account)
    body = await api.data(
        CHANGE_URL,
        {"id": str(license.id), "url": "https://elsewhere.example.org", "ack": False},
        token=await world.token(owner),
    )
    assert body["changeLicenseUrl"]["code"] == "ACKNOWLEDGEMENT_REQUIRED"
    assert await LicenseUrlChange.all().count() == 0
    assert await Ticket.filter(is_log=True).count() == 0
