"""Staff correct a URL typo: recorded as a correction, the holder's domain change untouched."""

from __future__ import annotations

from models import License, Ticket, TicketMessage
from models.enums import StaffRole
from tests.licensing import CHANGE_URL, LICENSE_FIELDS, RESULT, active_license

CORRECT = f"""mutation($id: ID!, $url: String!, $reason: String!) {{
  correctLicenseUrl(id: $id, url: $url, reason: $reason) {{
    {RESULT} ... on License {{ {LICENSE_FIELDS} urlChanges {{ isCorrection }} }}
  }}
}}"""


async def _correct(api, token, license_id, url, reason="customer typed exmaple") -> dict:
    variables = {"id": str(license_id), "url": url, "reason": reason}
    return (await api.data(CORRECT, variables, token))["correctLicenseUrl"]


async def _log(account_id) -> list[str]:
    ticket = await Ticket.get(account_id=account_id, is_log=True)
    return [m.body for m in await TicketMessage.filter(ticket=ticket).order_by("id")]


async def test_agent_corrects_a_typo_without_spending_the_domain_change(api, world):
    owner = await world.user()
    license = await active_license(owner.account, url="https://shop.exmaple.com")
    agent = await world.token(await world.staff(StaffRole.AGENT))
    corrected = await _correct(api, agent, license.id, "https://shop.example.org/store")
    assert corrected["url"] == "https://shop.example.org/store"
    assert corrected["domainChangeUsed"] is False
    [change] = corrected["urlChanges"]
    assert change["isCorrection"] is True
    assert change["isDomainChange"] is False and change["oldRemovalDueAt"] is None
    assert [h["action"] for h in corrected["history"]][-1] == "url_correction"
    [logged] = await _log(owner.account_id)
    assert "URL corrected by staff from https://shop.exmaple.com to " in logged
    assert "(customer typed exmaple)" in logged and license.key not in logged
    # The holder still has the one domain change.
    moved = await api.data(
        CHANGE_URL,
        {"id": str(license.id), "url": "https://new-shop.example.net", "ack": True},
        await world.token(owner),
    )
    assert moved["changeLicenseUrl"]["domainChangeUsed"] is True


async def test_a_correction_after_a_domain_change_keeps_it_spent(api, world):
    owner = await world.user()
    license = await active_license(owner.account, url="https://shop.example.com")
    moved = {"id": str(license.id), "url": "https://shop.exmaple.org", "ack": True}
    await api.data(CHANGE_URL, moved, await world.token(owner))
    admin = await world.token(await world.staff(StaffRole.ADMIN))
    corrected = await _correct(api, admin, license.id, "https://shop.example.org")
    assert corrected["domainChangeUsed"] is True
    assert [c["isDomainChange"] for c in corrected["urlChanges"]] == [True, False]
    assert corrected["urlChanges"][0]["oldRemovalDueAt"] is not None


async def test_only_agents_and_admins_correct_and_bad_input_changes_nothing(api, world):
    owner = await world.user()
    license = await active_license(owner.account, url="https://shop.example.com")
    variables = {"id": str(license.id), "url": "https://x.example.org", "reason": "typo"}
    for who in (owner, await world.staff(StaffRole.SALES), await world.staff(StaffRole.BILLING)):
        refused = await api.gql(CORRECT, variables, await world.token(who))
        assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    agent = await world.token(await world.staff(StaffRole.AGENT))
    assert (await _correct(api, agent, license.id, "https://x.example.org", " "))["code"] == (
        "INVALID_INPUT"
    )
    assert (await _correct(api, agent, license.id, "ftp://x"))["code"] == "INVALID_INPUT"
    assert (await _correct(api, agent, license.id, "https://shop.example.com"))["code"] == (
        "INVALID_INPUT"
    )
    assert (await _correct(api, agent, 99999, "https://x.example.org"))["code"] == "NOT_FOUND"
    assert (await License.get(id=license.id)).url == "https://shop.example.com"
    assert not await Ticket.filter(account_id=owner.account_id, is_log=True).exists()
