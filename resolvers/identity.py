"""Who is calling: resolved once per request from a session token or an API token."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    def role(self) -> str | None:
        """The role the policy decides on: the staff role, else the account type, else
        "anonymous" for nobody signed in (None: signed in without a role, which has no rights)."""
        if self.staff_role is not None:
            return self.staff_role.value
        if self.account_type is not None and self.account_id is not None:
            return self.account_type.value
        return None if self.is_authenticated else "anonymous"

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


def role_of(principal: Principal) -> str | None:
    """The one derivation of a caller's role: what the policy decides on."""
    return principal.role
