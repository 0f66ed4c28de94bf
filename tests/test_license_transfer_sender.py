"""An incoming transfer names the sending company, and two new-company transfers racing for
one email give one success and one EMAIL_TAKEN (PostgreSQL: real concurrent transactions)."""

from __future__ import annotations

import asyncio

from models import Account, LicenseTransfer, User
from models.enums import AccountType
from resolvers.errors import DomainError
from resolvers.identity import Principal
from resolvers.licenses.transfers import NewCompany, request_transfer
from tests.licensing import REQUEST, active_license

INCOMING = "{ incomingLicenseTransfers { nodes { fromCompany companyName incoming } } }"
ROUNDS = 5


async def test_the_recipient_sees_which_company_sends_the_license(api, world):
    source = await world.account("Demo Store")
    owner = await world.user(source)
    target = await world.account("Other Shop")
    recipient = await world.user(target, email="owner@other.test")
    license = await active_license(source)
    variables = {
        "input": {
            "licenseId": str(license.id),
            "targetUrl": "https://other.example.org",
            "recipientEmail": "owner@other.test",
        }
    }
    await api.data(REQUEST, variables, await world.token(owner))
    incoming = (await api.data(INCOMING, token=await world.token(recipient)))[
        "incomingLicenseTransfers"
    ]["nodes"]
    assert incoming == [
        {"fromCompany": "Demo Store", "companyName": "Other Shop", "incoming": True}
    ]


async def test_racing_new_company_transfers_to_one_email_give_one_email_taken(
    world, settings, postgres
):
    source = await world.account("Source")
    owner = await world.user(source)
    principal = Principal(user_id=owner.id, account_id=source.id, account_type=AccountType.PRIMARY)

    async def transfer(license, email: str) -> str:
        try:
            await request_transfer(
                settings,
                principal,
                license.id,
                "https://new.example.org",
                email,
                new_company=NewCompany("New Company"),
            )
        except DomainError as error:
            return error.code
        return "OK"

    for round in range(ROUNDS):
        email = f"newcomer{round}@example.test"
        licenses = [await active_license(source), await active_license(source)]
        outcomes = await asyncio.gather(*(transfer(license, email) for license in licenses))
        assert sorted(outcomes) == ["EMAIL_TAKEN", "OK"]
        assert await User.filter(email=email).count() == 1
    assert await LicenseTransfer.all().count() == ROUNDS
    # The loser's new account was rolled back with the rest of its request.
    assert await Account.filter(name="New Company").count() == ROUNDS
