"""The old installation's removal deadline after a domain change: shown on the license, and a
reminder mail 24 hours before it, sent once (SPEC section 3), tested by moving the clock."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from jobs.licenses import remind_old_installation_removal
from models import LicenseUrlChange, OutboxMail
from models.enums import AccountType
from resolvers import clock
from resolvers.identity import Principal
from resolvers.licenses.holder import change_url
from resolvers.licenses.removal import send_removal_reminders
from tests.licensing import CHANGE_URL, active_license

START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
DUE = "query($id: ID!) { license(id: $id) { oldInstallationRemovalDueAt } }"


def _primary(user) -> Principal:
    return Principal(user_id=user.id, account_id=user.account_id, account_type=AccountType.PRIMARY)


async def _moved_license(world, owner=None):
    """A license moved from example.com to example.org (its domain change) at START."""
    owner = owner or await world.user()
    license = await active_license(owner.account, url="https://shop.example.com/store")
    with clock.frozen(START):
        await change_url(_primary(owner), license.id, "https://shop.example.org", True)
    return owner, license


async def _reminders() -> list[dict]:
    return await OutboxMail.filter(dedupe_key__endswith=":removal_reminder").values(
        "recipient", "subject", "body", "dedupe_key"
    )


async def test_license_shows_the_removal_deadline_until_it_passes(api, world):
    owner = await world.user()
    token = await world.token(owner)
    license = await active_license(owner.account, url="https://shop.example.com/store")

    async def deadline(at: datetime) -> str | None:
        with clock.frozen(at):
            found = await api.data(DUE, {"id": str(license.id)}, token)
        return found["license"]["oldInstallationRemovalDueAt"]

    with clock.frozen(START):
        folder = {"id": str(license.id), "url": "https://shop.example.com/new", "ack": False}
        assert (await api.data(CHANGE_URL, folder, token))["changeLicenseUrl"]["url"]
    assert await deadline(START) is None  # a folder change leaves nothing to remove
    with clock.frozen(START + HOUR):
        moved = {"id": str(license.id), "url": "https://shop.example.org", "ack": True}
        await api.data(CHANGE_URL, moved, token)
    due = START + 49 * HOUR
    assert datetime.fromisoformat(await deadline(START + 2 * HOUR)) == due
    assert datetime.fromisoformat(await deadline(due - timedelta(seconds=1))) == due
    assert await deadline(due) is None


async def test_reminder_goes_once_24_hours_before_the_deadline(world):
    owner, license = await _moved_license(world)
    due = START + 48 * HOUR
    assert await send_removal_reminders(due - 24 * HOUR - timedelta(seconds=1)) == 0
    assert await _reminders() == []
    with clock.frozen(due - 24 * HOUR):
        assert await remind_old_installation_removal({}) == 1
    for later in (due - 23 * HOUR, due - HOUR):
        assert await send_removal_reminders(later) == 0
    [change] = await LicenseUrlChange.filter(license_id=license.id).values("id")
    assert await _reminders() == [
        {
            "recipient": owner.contact_email,
            "subject": "Remove the old installation by 2026-03-03 12:00 UTC",
            "body": f"Your X-Cart 5 license #{license.id} moved from "
            "https://shop.example.com/store to https://shop.example.org. As agreed when the "
            "domain changed, the software must be removed from https://shop.example.com/store "
            "by 2026-03-03 12:00 UTC, 24 hours from now.",
            "dedupe_key": f"license_url_change:{change['id']}:removal_reminder",
        }
    ]


async def test_no_reminder_once_the_deadline_passed(world):
    await _moved_license(world)
    assert await send_removal_reminders(START + 48 * HOUR) == 0
    assert await _reminders() == []


async def test_racing_workers_send_each_reminder_once(world, postgres):
    owner = await world.user()
    for round in range(2):
        changes = [(await _moved_license(world, owner))[1] for _ in range(8)]
        now = START + 24 * HOUR + round * timedelta(minutes=1)
        counts = await asyncio.gather(
            *(send_removal_reminders(now, batch_size=3) for _ in range(4))
        )
        assert sum(counts) == len(changes)
        assert len(await _reminders()) == 8 * (round + 1)
        assert not await LicenseUrlChange.filter(
            is_domain_change=True, removal_reminder_sent_at__isnull=True
        ).exists()
