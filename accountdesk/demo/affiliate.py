"""Demo affiliate program: Other Shop signed up with Demo Store's referral code and bought a
point pack, so Demo Store has one referred account and one commission."""

from __future__ import annotations

from accountdesk.demo.buying import paid_order
from models import Account, Order, User
from models.enums import AccountType
from resolvers import affiliate, clock
from resolvers.identity import Principal

__all__ = ["seed"]

ORDER_KEY = "demo-order-referred"


async def seed() -> str:
    referrer = await Account.get_or_none(name="Demo Store")
    referred = await Account.get_or_none(name="Other Shop")
    if referrer is None or referred is None:
        return "affiliate: 0 added"
    await affiliate.referral_code(referrer.id)
    if referred.referred_by_id is None:
        await Account.filter(id=referred.id).update(
            referred_by_id=referrer.id, referred_at=clock.now()
        )
    if await Order.filter(idempotency_key=f"{referred.id}:{ORDER_KEY}").exists():
        return "affiliate: 0 added"
    owner = await User.get(account_id=referred.id, account_type=AccountType.PRIMARY)
    buyer = Principal(user_id=owner.id, account_id=referred.id, account_type=AccountType.PRIMARY)
    await paid_order(buyer, ORDER_KEY, [("points-10", 1)], "")
    return "affiliate: 1 referred account, 1 paid order with its commission"
