"""Demo licenses: every brand and state in both demo accounts, and transfers waiting both ways.

Found again by (account, URL), so seeding twice adds nothing. Demo Store's X-Cart 5 license
waits for Other Shop's acceptance (with 5 points); Other Shop's X-Payments license waits for
Demo Store's, so each account shows a `not_accepted` license too.
"""

from __future__ import annotations

from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import Account, LiabilityEntry, License, LicenseTransfer, LicenseUrlChange, User
from models.enums import AccountType, StaffRole
from resolvers.buying import ledger
from resolvers.identity import Principal
from resolvers.licenses.catalog import seed_catalog
from resolvers.licenses.holder import change_url
from resolvers.licenses.issuing import issue_license, verify_license
from resolvers.licenses.transfers import request_transfer
from resolvers.scope import scoped

__all__ = ["seed"]

ADDONS = {"xcart5": ["Wholesale pricing", "Gift certificates"], "xcart4": ["Product options"]}
SUBSCRIPTIONS = {"xcart5": ["Upgrade subscription"]}
# (account, brand, url, verified)
LICENSES = [
    ("Demo Store", "xcart4", "https://classic.demo-store.test/shop", True),
    ("Demo Store", "xcart5", "https://www.demo-store.test", True),
    ("Demo Store", "xpayments", "https://pay.demo-store.test", True),
    ("Demo Store", "litecommerce", "https://lc.demo-store.test", True),
    ("Demo Store", "xcart5", "https://new.demo-store.test", False),
    ("Other Shop", "xcart4", "https://other-shop.test/store", True),
    ("Other Shop", "xcart5", "https://www.other-shop.test", True),
    ("Other Shop", "xpayments", "https://pay.other-shop.test", True),
    ("Other Shop", "litecommerce", "https://lc.other-shop.test", True),
    ("Other Shop", "litecommerce", "https://beta.other-shop.test", False),
]
# (from account, license url, to primary, target url, points)
TRANSFERS = [
    (
        "Demo Store",
        "https://www.demo-store.test",
        "owner@other.test",
        "https://xc5.other-shop.test",
        5,
    ),
    (
        "Other Shop",
        "https://pay.other-shop.test",
        "owner@demo.test",
        "https://pay2.demo-store.test",
        0,
    ),
]
BILLING = Principal(staff_role=StaffRole.BILLING)
STARTING_POINTS = 20


async def seed() -> str:
    added = await seed_catalog()
    accounts = {a.name: a for a in await Account.filter(name__in=["Demo Store", "Other Shop"])}
    owners = {}
    for name, account in accounts.items():
        owners[name] = await _primary(account)
    for name, brand, url, verified in LICENSES:
        if await _seeded(accounts[name], url):
            continue
        license = await issue_license(
            accounts[name].id, brand, url, ADDONS.get(brand, ()), SUBSCRIPTIONS.get(brand, ())
        )
        if verified:
            await verify_license(BILLING, license.id)
        added += 1
    for account in accounts.values():
        added += await _starting_points(account)
    added += await _folder_change(owners["Demo Store"], "https://classic.demo-store.test/shop")
    for source, url, recipient, target_url, points in TRANSFERS:
        added += await _transfer(
            owners[source], accounts[source], url, recipient, target_url, points
        )
    return f"licenses: {added} brands, versions, licenses and transfers added"


async def _starting_points(account: Account) -> int:
    """The demo's opening balance, once: a staff adjustment on the ledger."""
    if await LiabilityEntry.filter(account=account, kind=ledger.Kind.ADJUSTMENT).exists():
        return 0
    change = ledger.Change(ledger.Kind.ADJUSTMENT, "Demo starting balance")
    async with in_transaction() as conn:
        await ledger.credit(conn, account.id, ledger.POINTS, STARTING_POINTS, change)
    return 1


async def _seeded(account: Account, url: str) -> bool:
    """Found by its URL, or by the URL it had before the demo's folder change."""
    moved = LicenseUrlChange.filter(license__account=account, old_url=url)
    return await License.filter(account=account, url=url).exists() or await moved.exists()


async def _primary(account: Account) -> Principal:
    user = await User.get(account=account, account_type=AccountType.PRIMARY)
    return Principal(user_id=user.id, account_id=account.id, account_type=AccountType.PRIMARY)


async def _folder_change(owner: Principal, url: str) -> int:
    license = await scoped(owner, License.filter(url=url)).first()
    if license is None or await LicenseUrlChange.filter(license=license).exists():
        return 0
    await change_url(owner, license.id, url.replace("/shop", "/store"), False)
    return 1


async def _transfer(owner, account, url, recipient, target_url, points) -> int:
    license = await License.filter(account=account, url=url).first()
    if license is None or await LicenseTransfer.filter(license=license).exists():
        return 0
    await request_transfer(Settings(), owner, license.id, target_url, recipient, points)
    return 1
