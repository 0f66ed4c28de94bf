"""Who is calling: resolved once per request from a session token or an API token."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from models.enums import AccountType, Department, StaffRole

__all__ = ["Principal", "ANONYMOUS", "role_of"]


@dataclass(frozen=True)
class Principal:
    user_id: int | None = None
    account_id: int | None = None
    email: str = ""
    account_type: AccountType | None = None
    staff_role: StaffRole | None = None
    department: Department | None = None
    session_id: int | None = None
    api_token_id: int | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_authenticated(self) -> bool:
        return self.user_id is not None or self.api_token_id is not None

    @property
    def is_staff(self) -> bool:
        return self.staff_role is not None

    @property
    def is_customer(self) -> bool:
        return self.account_id is not None

    @property
    def is_api_token(self) -> bool:
        return self.api_token_id is not None

    @property
    def is_primary(self) -> bool:
        return self.account_type is AccountType.PRIMARY and not self.is_api_token

    @property
    def subject(self) -> str:
        if self.api_token_id is not None:
            return f"token:{self.api_token_id}"
        if self.user_id is not None:
            return f"user:{self.user_id}"
        return "anonymous"

    @property
    def domain(self) -> str:
        if self.account_id is not None:
            return f"account:{self.account_id}"
        if self.staff_role is not None:
            return "staff"
        return "public"


ANONYMOUS = Principal()


def _value(value: Any) -> str | None:
    return getattr(value, "value", value) or None


def role_of(user: Any) -> tuple[str, str] | None:
    """(role, Casbin domain) of a user (a model or a row with the same names); None when it
    has none: inactive, or neither staff nor a member of an account. The one derivation."""
    read = user.get if isinstance(user, dict) else lambda name: getattr(user, name, None)
    if not read("is_active"):
        return None
    if staff_role := _value(read("staff_role")):
        return staff_role, "staff"
    account_type, account_id = _value(read("account_type")), read("account_id")
    if account_type and account_id:
        return account_type, f"account:{account_id}"
    return None
