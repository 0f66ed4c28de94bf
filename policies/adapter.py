"""A read-only Casbin adapter: permissions and role inheritance from the reviewed CSV.

No user is a row: the enforcer decides on the role the principal carries (policies/enforcer.py).
"""

from __future__ import annotations

from pathlib import Path

from casbin.persist.adapter import load_policy_line
from casbin.persist.adapters.asyncio import AsyncAdapter

__all__ = ["PolicyAdapter", "POLICY_FILE"]

POLICY_FILE = Path(__file__).with_name("permissions.csv")


class PolicyAdapter(AsyncAdapter):
    def __init__(self, policy_file: Path = POLICY_FILE) -> None:
        self.policy_file = policy_file

    async def load_policy(self, model) -> None:
        for line in self.policy_file.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                load_policy_line(line, model)

    async def save_policy(self, model) -> bool:
        raise NotImplementedError("the policy is a reviewed file; role assignments follow users")

    async def add_policy(self, sec, ptype, rule) -> None:  # pragma: no cover - read-only
        raise NotImplementedError

    async def remove_policy(self, sec, ptype, rule) -> None:  # pragma: no cover - read-only
        raise NotImplementedError

    async def remove_filtered_policy(self, sec, ptype, field_index, *field_values) -> None:
        raise NotImplementedError  # pragma: no cover - read-only
