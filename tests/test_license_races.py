"""Races on PostgreSQL (real row locks): of two concurrent decisions, exactly one wins, every time.

Each contender runs the resolver in its own task, hence its own transaction and connection.
"""

from __future__ import annotations

import asyncio

from models import License, LicenseTransfer, LicenseUrlChange, TransferStatus
from models.enums import AccountType
from resolvers.errors import DomainError
from resolvers.identity import Principal
from resolvers.licenses.holder import change_url
from resolvers.licenses.transfers import accept_transfer, cancel_transfer, request_transfer
from tests.helpers import points_of
from tests.licensing import active_license

ROUNDS = 4


def _primary(user) -> Principal:
    return Principal(user_id=user.id, account_id=user.account_id, account_type=AccountType.PRIMARY)


async def _setup(world, settings):
    source = await world.account("Source", support_points=100)
    target = await world.account("Target")
    source_owner = await world.user(source, email=None)
    target_owner = await world.user(target, email=None)
    return source, target, _primary(source_owner), _primary(target_owner), target_owner.email


async def _outcomes(*work) -> list[object]:
    results = await asyncio.gather(*work, return_exceptions=True)
    for result in results:
        if isinstance(result, Exception) and not isinstance(result, DomainError):
            raise result
    return results


async def _request(settings, source_principal, license, email, points=10):
    requested = await request_transfer(
        settings, source_principal, license.id, "https://target.example.net", email, points
    )
    return requested.transfer


async def test_two_concurrent_transfers_of_one_license_have_one_winner(postgres, world, settings):
    source, _, source_principal, _, email = await _setup(world, settings)
    for _ in range(ROUNDS):
        license = await active_license(source)
        results = await _outcomes(
            _request(settings, source_principal, license, email),
            _request(settings, source_principal, license, email),
        )
        codes = sorted(r.code if isinstance(r, DomainError) else "OK" for r in results)
        assert codes == ["OK", "TRANSFER_PENDING"]
        assert await LicenseTransfer.filter(license_id=license.id).count() == 1
    # Each round held its points once.
    assert await points_of(source.id) == 100 - 10 * ROUNDS


async def test_accept_racing_cancel_has_one_winner(postgres, world, settings):
    source, target, source_principal, target_principal, email = await _setup(world, settings)
    for _ in range(ROUNDS):
        license = await active_license(source)
        transfer = await _request(settings, source_principal, license, email)
        results = await _outcomes(
            accept_transfer(target_principal, transfer.id, "/Target Owner/"),
            cancel_transfer(source_principal, transfer.id),
        )
        winners = [r for r in results if not isinstance(r, DomainError)]
        losers = [r for r in results if isinstance(r, DomainError)]
        assert len(winners) == 1 and [e.code for e in losers] == ["CONFLICT"]
        final = await LicenseTransfer.get(id=transfer.id)
        holder = (await License.get(id=license.id)).account_id
        if final.status is TransferStatus.ACCEPTED:
            assert holder == target.id
        else:
            assert final.status is TransferStatus.CANCELLED and holder == source.id
    points = [
        await points_of(source.id),
        await points_of(target.id),
    ]
    assert sum(points) == 100  # never lost, never doubled


async def test_two_concurrent_accepts_move_the_license_and_points_once(postgres, world, settings):
    source, target, source_principal, target_principal, email = await _setup(world, settings)
    for round_number in range(1, ROUNDS + 1):
        license = await active_license(source)
        transfer = await _request(settings, source_principal, license, email)
        results = await _outcomes(
            accept_transfer(target_principal, transfer.id, "/Target Owner/"),
            accept_transfer(target_principal, transfer.id, "/Target Owner/"),
        )
        codes = sorted(r.code if isinstance(r, DomainError) else "OK" for r in results)
        assert codes == ["CONFLICT", "OK"]
        assert (await License.get(id=license.id)).account_id == target.id
        assert await points_of(target.id) == 10 * round_number


async def test_two_concurrent_domain_changes_spend_the_allowance_once(postgres, world, settings):
    source, _, source_principal, _, _ = await _setup(world, settings)
    for _ in range(ROUNDS):
        license = await active_license(source, url="https://shop.example.com")
        results = await _outcomes(
            change_url(source_principal, license.id, "https://first.example.org", True),
            change_url(source_principal, license.id, "https://second.example.net", True),
        )
        codes = sorted(r.code if isinstance(r, DomainError) else "OK" for r in results)
        assert codes == ["DOMAIN_CHANGE_USED", "OK"]
        assert await LicenseUrlChange.filter(license_id=license.id).count() == 1
