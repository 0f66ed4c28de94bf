"""Demo accounts, their people and the vendor's staff."""

from __future__ import annotations

from models import Account, User
from models.enums import AccountType, Department, StaffRole
from resolvers.passwords import hash_password

__all__ = ["seed"]

ACCOUNTS = {"Demo Store": {"is_pre_sales": False}, "Other Shop": {"is_pre_sales": True}}
CUSTOMERS = [
    ("owner@demo.test", "Olivia Owner", "Demo Store", AccountType.PRIMARY),
    ("buyer@demo.test", "Bob Buyer", "Demo Store", AccountType.ADVANCED_SECONDARY),
    ("webmaster@demo.test", "Wes Webmaster", "Demo Store", AccountType.SECONDARY),
    ("owner@other.test", "Oscar Other", "Other Shop", AccountType.PRIMARY),
]
STAFF = [
    ("agent@vendor.test", "Alice Agent", StaffRole.AGENT, Department.SUPPORT),
    ("billing@vendor.test", "Bill Billing", StaffRole.BILLING, Department.BILLING),
    ("manager@vendor.test", "Mia Manager", StaffRole.DEPARTMENT_HEAD, Department.SUPPORT),
]


async def seed() -> str:
    from accountdesk.demo import DEMO_PASSWORD

    password_hash = hash_password(DEMO_PASSWORD)
    added = 0
    accounts = {}
    for name, fields in ACCOUNTS.items():
        accounts[name], created = await Account.get_or_create(name=name, defaults=fields)
        added += created
    for email, name, account, account_type in CUSTOMERS:
        _, created = await User.get_or_create(
            email=email,
            defaults={
                "name": name,
                "contact_email": email,
                "account": accounts[account],
                "account_type": account_type,
                "password_hash": password_hash,
            },
        )
        added += created
    for email, name, role, department in STAFF:
        _, created = await User.get_or_create(
            email=email,
            defaults={
                "name": name,
                "contact_email": email,
                "staff_role": role,
                "department": department,
                "password_hash": password_hash,
            },
        )
        added += created
    return f"accounts and people: {added} added"
