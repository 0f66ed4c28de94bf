"""A read-only Casbin adapter: permissions from the reviewed CSV, role assignments from the database.

Role assignments are derived from the users table (a customer's account type, a staff member's
role), so there is no second copy to keep in step: reloading the enforcer is enough.
"""

from __future__ import annotations

from pathlib import Path

from casbin.persist.adapter import load_policy_line
from casbin.persist.adapters.asyncio import AsyncAdapter

from models import User
from resolvers.identity import role_of

__all__ = ["PolicyAdapter", "POLICY_FILE", "role_assignments"]

POLICY_FILE = Path(__file__).with_name("permissions.csv")


async def role_assignments() -> list[tuple[str, str, str]]:
    """(subject, role, domain) for every active user; staff share the domain "staff"."""
    rows = await User.filter(is_active=True).values(
        "id", "is_active", "account_id", "account_type", "staff_role"
    )
    assignments = []
    for row in rows:
        role = role_of(row)
        if role is not None:
            assignments.append((f"user:{row['id']}", f"role:{role[0]}", role[1]))
    return assignments


class PolicyAdapter(AsyncAdapter):
    def __init__(self, policy_file: Path = POLICY_FILE) -> None:
        self.policy_file = policy_file

    async def load_policy(self, model) -> None:
        for line in self.policy_file.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                load_policy_line(line, model)
        load_policy_line("g, anonymous, role:anonymous, public", model)
        for subject, role, domain in await role_assignments():
            load_policy_line(f"g, {subject}, {role}, {domain}", model)

    async def save_policy(self, model) -> bool:
        raise NotImplementedError("the policy is a reviewed file; role assignments follow users")

    async def add_policy(self, sec, ptype, rule) -> None:  # pragma: no cover - read-only
        raise NotImplementedError

    async def remove_policy(self, sec, ptype, rule) -> None:  # pragma: no cover - read-only
        raise NotImplementedError

    async def remove_filtered_policy(self, sec, ptype, field_index, *field_values) -> None:
        raise NotImplementedError  # pragma: no cover - read-only
